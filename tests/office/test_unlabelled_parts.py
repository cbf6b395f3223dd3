"""Every part of a stacked chart shows its value: a part too thin for its label on the fill (the
Polish furniture fair's 86 exhibitors of 'Meble z odzysku', slide 5, review Q) gives it in its
legend entry ('Meble z odzysku: 86'), in the deck's native chart and in the briefing's picture.
The document check finds a part with neither."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation

from reportgen.office.chart_check import chart_problems
from reportgen.office.ooxml import qn

from ..conftest import ROOT
from ..pipeline.test_catalogues import built

EVENT = ROOT / "tests" / "data" / "review_events" / "targi-meblowe-nadarzyn-pl.yaml"


def _stacked(deck: Path):
    for slide in Presentation(str(deck)).slides:
        for shape in slide.shapes:
            grouping = shape.chart._chartSpace.find(f".//{qn('c:grouping')}") if shape.has_chart else None
            if grouping is not None and grouping.get("val") == "stacked":
                return shape
    raise AssertionError("no stacked chart")


def _names(shape) -> list[str]:
    return [series.name for series in shape.chart.plots[0].series]


def test_a_part_too_thin_for_its_label_gives_its_value_in_the_legend(tmp_path: Path) -> None:
    _, deck = built(EVENT, tmp_path / "out")
    shape = _stacked(deck)
    names = [n.replace("\u00a0", " ") for n in _names(shape)]
    assert "Meble z odzysku: 86" in names
    assert "Meble tapicerowane" in names  # a part labelled on its fill keeps its plain name
    assert chart_problems(shape.chart, "deck", {}, frozenset(), (shape.width, shape.height)) == []


def test_the_check_finds_a_part_without_its_value(tmp_path: Path) -> None:
    _, deck = built(EVENT, tmp_path / "out")
    shape = _stacked(deck)
    for series in shape.chart._chartSpace.iter(qn("c:ser")):
        for value in series.iter(qn("c:v")):
            if value.getparent().getparent().getparent().getparent().tag == qn("c:tx"):
                value.text = value.text.split(":")[0]  # the legend entry without its value, as before
    found = [
        w
        for w in chart_problems(shape.chart, "deck", {}, frozenset(), (shape.width, shape.height))
        if "no value" in w
    ]
    assert found == [
        "deck: the part 'Meble z odzysku' of '2026' (86) shows no value: no label on it, none in its legend "
        "entry; label it, or give its value in the legend"
    ]
