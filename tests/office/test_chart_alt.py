"""A chart's alt text names the kind the document draws: the deck draws a bar chart across where
its names are too long for columns, and its alt text said 'vertical bars' (a reviewer's Japanese
deck read '縦棒グラフ' under horizontal bars)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation

from reportgen.data.messages import gettext

from ..conftest import ROOT
from ..pipeline.test_catalogues import built

EVENTS = [
    # (the book fair's countries, no longer beside a folded section's text, are columns since round 13)
    ROOT / "tests" / "data" / "review_events" / "castello-it-ch.yaml",
    ROOT / "tests" / "events" / "languages" / "esports-ko.yaml",
    ROOT / "tests" / "events" / "languages" / "festival-cinema-it.yaml",
]


@pytest.mark.parametrize("event", EVENTS, ids=lambda path: path.stem)
def test_a_charts_alt_text_names_the_bars_as_the_deck_draws_them(tmp_path: Path, event: Path) -> None:
    _, deck = built(event, tmp_path)
    locale = next(
        line.split(":", 1)[1].strip()
        for line in event.read_text(encoding="utf-8").splitlines()
        if line.strip().startswith("locale:")
    )
    across, upright = gettext(locale, "Horizontal bar chart"), gettext(locale, "Bar chart")
    seen = []
    for slide in Presentation(str(deck)).slides:
        for shape in slide.shapes:
            if not shape.has_chart or shape.chart.plots[0].__class__.__name__ != "BarPlot":
                continue
            bar_dir = shape.chart.plots[0]._element.find(
                "{http://schemas.openxmlformats.org/drawingml/2006/chart}barDir"
            )
            alt = shape._element.nvGraphicFramePr.cNvPr.get("descr")
            words = across if bar_dir.get("val") == "bar" else upright
            assert alt.startswith(words), (alt, bar_dir.get("val"))
            seen.append(bar_dir.get("val"))
    assert "bar" in seen  # the event has bars drawn across
