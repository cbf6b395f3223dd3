"""Review NN: the en_AU symposium's briefing printed 'Award winners:' under its heading 'Awards'
and its summary, over the five winners; the deck had lost it (round 19). A list's label that says
its section's name again, by its words' stems, is no lead line in either document."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from reportgen.data.plan.lists import label_is
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES, docx_paragraphs

TASMARS = ROOT / "tests" / "data" / "review_events" / "tasman-marine-symposium-en-au.yaml"


@pytest.mark.parametrize(
    ("label", "title", "echoes"),
    [
        ("Award winners:", "Awards", True),
        ("Partners:", "Partners", True),
        ("Main sponsors", "Sponsors", True),
        ("獲獎名單", "獲獎", True),
        # a word of the title the label does not say, or one word that only starts alike
        ("Speakers", "Keynote speakers", False),
        ("Exhibitors", "Exhibitions", False),
        ("Highlights", "Programme", False),
        ("Hauptsponsoren", "Sponsoren", False),
    ],
)
def test_a_label_echoes_its_sections_name_by_its_words(label: str, title: str, echoes: bool) -> None:
    assert label_is(label, title) is echoes


def test_the_briefing_prints_the_winners_under_awards_without_their_label(tmp_path: Path) -> None:
    result = build(TASMARS, Settings.simple(tmp_path / "out", TEMPLATES))
    briefing = next(f for f in result.files if f.suffix == ".docx")
    paragraphs = docx_paragraphs(briefing)
    assert "Award winners:" not in paragraphs, paragraphs
    # the winners by category a table under the heading (people22b), with no header row that
    # says the heading again
    table = next(t for t in Document(str(briefing)).tables if t.rows[0].cells[0].text == "Best Paper")
    assert table.rows[0].cells[1].text.startswith("Dr Priya Natarajan")
    assert not any("Award winners" in c.text for row in table.rows for c in row.cells)
    assert "Awards" in paragraphs
