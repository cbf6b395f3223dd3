"""Overriding the plan for one figure: `deck: auto | tile | bullet | omit` under a figure in the
event file decides where the deck prints it; the briefing prints every figure whatever it says
(issue 19: "override any decision in the YAML"). Checked on the plan, in `inspect --plan` and in
the produced deck and briefing."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from docx import Document
from pptx import Presentation

from reportgen.cli import main
from reportgen.data.derive import derive
from reportgen.data.formatting import Formatter
from reportgen.data.load import load_event
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES, docx_reading

MARATHON = ROOT / "tests" / "events" / "city-marathon.yaml"


def _event(tmp_path: Path, **decks: str) -> Path:
    """The marathon with `deck: <value>` added to each figure named (its one-line mapping)."""
    text = MARATHON.read_text(encoding="utf-8")
    for fid, deck in decks.items():
        text, count = re.subn(rf"(\n +{fid}: \{{[^\n]*)\}}", rf"\1, deck: {deck}}}", text, count=1)
        assert count == 1, fid
    path = tmp_path / "marathon.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _plan(path: Path):
    summary = load_event(path)
    return derive(summary, Formatter(summary.formatting.locale, dict(summary.formatting.currency_labels)))


def _deck_points(derived) -> list[str]:
    return [p for s in derived.deck_sections for page in s.deck_pages for p in (page.headline, *page.points)]


def test_each_override_moves_its_figure_in_the_deck(tmp_path: Path) -> None:
    before = _plan(MARATHON)
    assert [f.id for page in before.glance_pages for f in page] == [
        "starters",
        "finishers",
        "charity",
        "spectators",
    ]
    derived = _plan(_event(tmp_path, spectators="bullet", charity="omit", wheel="tile"))
    assert [f.id for page in derived.glance_pages for f in page] == ["starters", "finishers", "wheel"]
    points = _deck_points(derived)
    assert any("About 1.2 million spectators along the course" in p for p in points)
    assert not any("31.4" in p for p in points)
    # the briefing's first page and sections keep every figure: an override is for the deck only
    assert [f.id for f in derived.headline_figures] == ["starters", "finishers", "charity"]
    assert [f.id for f in derived.table_figures] == ["spectators"]


def test_bullet_prints_a_figure_a_chart_draws_as_a_line_too(tmp_path: Path) -> None:
    assert not any("Wheelchair" in p for p in _deck_points(_plan(MARATHON)))
    derived = _plan(_event(tmp_path, wheel="bullet"))
    assert any(p.startswith("Wheelchair race: 180") for p in _deck_points(derived))


def test_the_documents_follow_the_overrides_and_the_briefing_keeps_every_fact(tmp_path: Path) -> None:
    event = _event(tmp_path, spectators="bullet", charity="omit", wheel="tile")
    result = build(event, Settings.simple(tmp_path / "out", TEMPLATES))
    files = {f.suffix: f for f in result.files}
    slides = list(Presentation(str(files[".pptx"])).slides)
    glance = "\n".join(sh.text_frame.text for sh in slides[1].shapes if sh.has_text_frame)
    assert "Wheelchair race" in glance and "Spectators" not in glance
    deck = "\n".join(sh.text_frame.text for s in slides for sh in s.shapes if sh.has_text_frame)
    assert "About\u00a01.2\u00a0million spectators along the course" in deck
    assert "31.4" not in deck
    briefing = docx_reading(files[".docx"])  # its paragraphs, and its chart pictures' amounts
    briefing += "\n".join(
        c.text for t in Document(str(files[".docx"])).tables for r in t.rows for c in r.cells
    )
    for fact in ("31.4\u00a0million", "1.2\u00a0million", "Wheelchair race"):
        assert fact in briefing, fact
    assert result.warnings == []


def test_inspect_plan_shows_each_override(tmp_path: Path) -> None:
    event = _event(tmp_path, charity="omit", wheel="tile")
    shown = CliRunner().invoke(main, ["inspect", "--plan", str(event)]).output
    assert "  Raised for charity ($31.4 million): deck: notes only (deck: omit); briefing: " in shown
    assert "  Wheelchair race (180): deck: tile (slide 2), chart 'races' (slide 3) (deck: tile); " in shown
    data = json.loads(CliRunner().invoke(main, ["inspect", "--plan", "--json", str(event)]).output)
    overrides = {f["figure"]: f["override"] for f in data["figures"]}
    assert overrides["race.charity"] == "omit" and overrides["races.wheel"] == "tile"
    assert overrides["race.starters"] == "auto"


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (
            ("      starters: {label: Starters,", "      starters: {deck: always, label: Starters,"),
            "marathon.yaml:21:24: sections.race.figures.starters.deck: "
            "expected 'auto', 'tile', 'bullet' or 'omit', got 'always'",
        ),
        (
            (
                "value: 41250, unit: runners,",
                "value: 41250, breakdown: {a: {label: A, value: 41250, deck: tile}},",
            ),
            "sections.race.figures.starters: deck: is for a whole figure: "
            "a breakdown part is printed with its figure",
        ),
    ],
)
def test_a_bad_figure_override_is_a_data_error_naming_its_place(
    tmp_path: Path, edit: tuple[str, str], message: str
) -> None:
    text = MARATHON.read_text(encoding="utf-8")
    assert edit[0] in text
    event = tmp_path / "marathon.yaml"
    event.write_text(text.replace(edit[0], edit[1], 1), encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(event)])
    assert result.exit_code == 3, result.output
    assert message in result.output, result.output
    assert "Traceback" not in result.output
