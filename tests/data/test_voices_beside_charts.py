"""Review OO1 (round 21): Taichung's animation festival set its chart, two speakers with their
words and the sources footer on one slide, the column beside the chart filled to its foot in small
type, in a deck of three slides. Two quotations or more do not go beside a chart: the voices take a
slide of their own after it (data/plan/deck_pages.py `_voices`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation

from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

TAICHUNG = ROOT / "tests" / "data" / "review_events" / "taichung-animation-festival-zh-tw.yaml"
QUOTES = ("亞洲的獨立動畫正在長大", "讓動畫走出戲院")


def test_two_voices_take_a_slide_of_their_own_after_the_chart(tmp_path: Path) -> None:
    result = build(TAICHUNG, Settings.simple(tmp_path, TEMPLATES))
    assert result.warnings == []
    deck = next(f for f in result.files if f.suffix == ".pptx")
    slides = []
    for slide in Presentation(str(deck)).slides:
        text = " ".join(
            s.text_frame.text.replace("\u2060", "").replace("\v", "").replace("\n", "")
            for s in slide.shapes
            if s.has_text_frame
        )
        slides.append((text, any(s.has_chart for s in slide.shapes)))
    charted = [text for text, chart in slides if chart]
    assert charted, "the deck draws no chart"
    assert not [q for q in QUOTES for text in charted if q in text]  # no quotation beside a chart
    for quote in QUOTES:  # each on a slide without a chart, once
        assert [text for text, chart in slides if quote in text and not chart], quote
    voices = next(text for text, chart in slides if QUOTES[0] in text)
    assert QUOTES[1] in voices  # together, on one slide
    assert "林佩蓉" in voices  # under the line that names who said it


def test_the_check_names_voices_beside_a_chart(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The deck as the plan set it before: both speakers and their words beside the chart."""
    from reportgen.data.plan import deck_pages

    monkeypatch.setattr(deck_pages, "_voices", lambda points: False)
    result = build(TAICHUNG, Settings.simple(tmp_path, TEMPLATES))
    named = [w for w in result.warnings if "quotations beside the chart" in w]
    assert len(named) == 1 and "slide 3:" in named[0], result.warnings
