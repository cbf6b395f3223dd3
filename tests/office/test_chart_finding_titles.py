"""A chart slide whose headline states no finding is titled with the finding its own data states,
the section's name a kicker above it, and the briefing's caption likewise where the event file
gives none (data/chart_findings.py, review Q: 'Délégations internationales', 'Aussteller nach
Land'); the event file's caption still wins."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from docx import Document
from pptx import Presentation

from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

EVENTS = ROOT / "tests" / "events"
SOMMET = ROOT / "tests" / "data" / "review_events" / "sommet-startups-bordeaux-fr.yaml"
NBSP = str.maketrans({"\u00a0": " ", "\u202f": " "})


def _built(event: Path, out: Path, caplog: pytest.LogCaptureFixture) -> tuple[Path, Path]:
    with caplog.at_level(logging.WARNING, logger="reportgen"):
        result = build(event, Settings.simple(out, TEMPLATES))
    assert not [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    deck = next(p for p in result.files if p.suffix == ".pptx")
    return deck, next(p for p in result.files if p.suffix == ".docx")


def _chart_slide(deck: Path) -> dict[str, str]:
    """The text of each named shape of the deck's (first) slide with a chart."""
    for slide in Presentation(str(deck)).slides:
        if any(getattr(s, "has_chart", False) and s.has_chart for s in slide.shapes):
            return {s.name: s.text_frame.text.translate(NBSP) for s in slide.shapes if s.has_text_frame}
    raise AssertionError("no chart slide")


def _captions(briefing: Path) -> list[str]:
    return [p.text.translate(NBSP) for p in Document(str(briefing)).paragraphs if p.style.name == "Caption"]


def test_the_german_chart_slide_states_its_leader(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    deck, briefing = _built(EVENTS / "buchmesse-de.yaml", tmp_path, caplog)
    shapes = _chart_slide(deck)
    # its number left to the bar that prints it (round 22, data/plan/unnumbered_titles.py)
    assert shapes["Title 1"] == "Deutschland an der Spitze"
    # the topic: the chart's own title 'Aussteller nach Land', no kicker above saying it again
    assert "Section name" not in shapes  # (review GG: a kicker repeating its chart's title)
    assert "Deutschland an der Spitze: 820." in _captions(briefing)


def test_the_french_chart_slide_states_its_two_leaders(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    deck, _ = _built(SOMMET, tmp_path, caplog)
    shapes = next(
        s for s in _slides_with_chart(deck) if "Délégations internationales" in s.get("Section name", "")
    )
    assert shapes["Title 1"] == "Allemagne et Espagne en tête"  # the numbers left to their bars
    # under it the section's summary, which had been in the notes only (round 16), in the place of
    # the event file's caption, which says again what the title states: the chart keeps its height
    assert shapes["Headline"].startswith("Les délégations étrangères ont réuni des entrepreneurs")


def _slides_with_chart(deck: Path) -> list[dict[str, str]]:
    return [
        {s.name: s.text_frame.text.translate(NBSP) for s in slide.shapes if s.has_text_frame}
        for slide in Presentation(str(deck)).slides
        if any(getattr(s, "has_chart", False) and s.has_chart for s in slide.shapes)
    ]


def test_the_event_files_caption_wins(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    event = tmp_path / "buchmesse-de.yaml"
    text = (EVENTS / "buchmesse-de.yaml").read_text(encoding="utf-8")
    said = "Mehr als die Hälfte der Aussteller kam aus Deutschland."
    event.write_text(
        text.replace("    kind: bar\n", f"    kind: bar\n    caption: {said}\n"), encoding="utf-8"
    )
    deck, briefing = _built(event, tmp_path / "out", caplog)
    assert _chart_slide(deck)["Title 1"] == said.rstrip(".")
    assert said in _captions(briefing)
    assert not any("an der Spitze" in c for c in _captions(briefing))
