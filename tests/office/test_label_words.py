"""The document check names a chart whose every label repeats its scale and currency words (review
YY1 #9: '145 millioner kroner … 18 millioner kroner' on five bars): on a deck's native chart as a
template or an older plan would set it, in several languages; silent on the charts as the plan sets
them (and on the reviewers' corpus: tests/data/test_review_events_clean.py runs it on every build)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pptx import Presentation
from pptx.util import Inches

from reportgen.data.chart_data import ChartData
from reportgen.data.prepare import prepare
from reportgen.office.label_words import words_on_native
from reportgen.office.powerpoint.native import add_native_chart

from ..conftest import ROOT

EVENTS = {
    "startup-summit-cph-da-dk": (ROOT / "tests" / "data" / "review_events", "runder", "millioner kroner"),
    "climate-forum-de-ch": (ROOT / "tests" / "events" / "languages", "zusagen", "Millionen Franken"),
}


def _chart(event: str) -> ChartData:
    folder, chart, _ = EVENTS[event]
    return prepare(folder / f"{event}.yaml").derived.charts[chart]


def _worded(chart: ChartData, words: str) -> ChartData:
    """The chart's labels as round 25 set them: each with its scale and currency words."""
    return replace(chart, bars=tuple(replace(b, text=f"{b.text}\u00a0{words}") for b in chart.bars))


@pytest.mark.parametrize("event", sorted(EVENTS))
def test_the_check_names_a_native_chart_that_repeats_its_words(event: str) -> None:
    chart = _chart(event)
    locale = chart.locale
    slide = Presentation().slides.add_slide(Presentation().slide_layouts[6])
    as_set = add_native_chart(slide.shapes, chart, 0, 0, Inches(10), Inches(4), palette=())
    worded = add_native_chart(
        slide.shapes, _worded(chart, EVENTS[event][2]), 0, Inches(4), Inches(10), Inches(3), palette=()
    )
    assert words_on_native(as_set, "slide 3", locale) == []
    (warning,) = words_on_native(worded, "slide 3", locale)
    assert EVENTS[event][2] in warning.replace("\u00a0", " ") and warning.startswith("slide 3: chart")


def test_labels_at_several_scales_are_not_named() -> None:
    chart = _chart("startup-summit-cph-da-dk")
    mixed = replace(
        chart,
        bars=tuple(
            replace(b, text="820.000 kroner" if i == 0 else f"{b.text} millioner kroner")
            for i, b in enumerate(chart.bars)
        ),
    )
    slide = Presentation().slides.add_slide(Presentation().slide_layouts[6])
    shape = add_native_chart(slide.shapes, mixed, 0, 0, Inches(10), Inches(4), palette=())
    assert words_on_native(shape, "slide 3", chart.locale) == []
