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
from reportgen.office.repeats import chart_labels

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
    before = replace(chart, unit_note="Amounts in …")  # one currency, as the plan found it
    drawn = chart_labels([before])
    as_set.name = worded.name = f"Chart {chart.id}"
    assert words_on_native(as_set, drawn, "slide 3", locale) == []
    (warning,) = words_on_native(worded, drawn, "slide 3", locale)
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
    shape.name = f"Chart {chart.id}"
    drawn = chart_labels([replace(mixed, unit_note="Amounts in …")])
    assert words_on_native(shape, drawn, "slide 3", chart.locale) == []


def test_labels_of_a_unit_not_money_are_not_named() -> None:
    # '46.8萬人次' on every bar is the language's own way to write a count (review WW1 #9)
    chart = _chart("startup-summit-cph-da-dk")
    slide = Presentation().slides.add_slide(Presentation().slide_layouts[6])
    worded = add_native_chart(
        slide.shapes, _worded(chart, "millioner kroner"), 0, 0, Inches(10), Inches(4), palette=()
    )
    worded.name = f"Chart {chart.id}"
    assert words_on_native(worded, chart_labels([chart]), "slide 3", chart.locale) == []
