"""A series over time is drawn as columns in the deck, read left to right, with its value labels
set smaller where its columns are narrow, all at one size (review R: the Brazilian festival's
2021 to 2026 audience read top to bottom as horizontal bars, as the briefing drew columns)."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation

from reportgen.data.chart_data import ChartBar, ChartData
from reportgen.data.deck_kind import SLOT_BESIDE_TEXT, SLOT_FULL_WIDTH, deck_kind
from reportgen.office.ooxml import qn

from ..conftest import ROOT
from ..pipeline.test_catalogues import built

EVENT = ROOT / "tests" / "data" / "review_events" / "sons-do-cerrado-pt-br.yaml"


def test_the_festivals_audience_by_year_is_drawn_as_columns_labels_at_one_size(tmp_path: Path) -> None:
    _, deck = built(EVENT, tmp_path / "out")
    charts = [
        shape.chart
        for slide in Presentation(str(deck)).slides
        for shape in slide.shapes
        if getattr(shape, "has_chart", False) and "edição" in shape.chart.chart_title.text_frame.text
    ]
    assert len(charts) == 1
    space = charts[0]._chartSpace
    assert [d.get("val") for d in space.iter(qn("c:barDir"))] == ["col"]
    labels = [label for label in space.iter(qn("c:dLbl")) if label.find(qn("c:tx")) is not None]
    texts = ["".join(t.text for t in label.iter(qn("a:t"))) for label in labels]
    assert texts[0] == "38.000" and texts[-1] == "mais\u00a0de\u00a0186.000"
    sizes = {run.get("sz") for label in labels for run in label.iter(qn("a:rPr"))}
    assert len(sizes) == 1  # the long last label does not stand out set smaller than the rest


def _years(texts: list[str], kept_order: str = "numbered") -> ChartData:
    bars = tuple(ChartBar(str(2019 + i), 1000.0 * (i + 1), t, "exact") for i, t in enumerate(texts))
    return ChartData("audience", "Audience", "bar", bars, False, "", "", kept_order=kept_order)


def test_years_keep_their_columns_while_labels_fit_at_the_least_size() -> None:
    wide = [f"more than {n},000" for n in range(10, 18)]  # 9 em: too wide at 16 pt, not at 12
    short = [f"{n},000" for n in range(100, 106)]
    assert deck_kind(_years(short), SLOT_FULL_WIDTH) == "bar"
    assert deck_kind(_years(wide[:6]), SLOT_FULL_WIDTH) == "bar"  # set smaller, still columns
    assert deck_kind(_years(wide[:6], kept_order=""), SLOT_FULL_WIDTH) == "hbar"  # not a series
    assert deck_kind(_years(wide), SLOT_BESIDE_TEXT) == "hbar"  # too narrow even set smaller
