"""The document check names a bar chart that labels its bars and leaves one bare (round 25; reviews
VV1 A, VV3 NEW-1, VV4 N1, WW1 #1: the news's bar was the one bare bar of the briefing's trend and
the check was silent "by construction"): in a briefing's chart picture and in a deck's native
chart; silent on the documents as built (and on the reviewers' corpus:
tests/data/test_review_events_clean.py runs this rule on every build)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from docx import Document
from pptx import Presentation
from pptx.util import Inches

from reportgen.data.chart_data import ChartData, as_drawn, shown
from reportgen.data.prepare import prepare
from reportgen.office.bare_bars import bare_native, bare_pictures
from reportgen.office.powerpoint.native import add_native_chart
from reportgen.office.repeats import chart_labels
from reportgen.pipeline.pipeline import BuildResult

from ..conftest import ROOT

REVIEWS = ROOT / "tests" / "data" / "review_events"
#: a fall (ko), a record (en), a fall in Chinese (zh_TW)
EVENTS = ["seomjin-riverfest-ko-kr", "limerick-half-marathon-en-ie", "wenhuajie-tainan-zh-tw"]


def _trend(event: str) -> ChartData:
    """The event's first shown chart of one labelled bar per category, not a donut."""
    charts = prepare(REVIEWS / f"{event}.yaml").derived.charts.values()
    return next(
        c for c in charts if shown(c) and c.kind != "donut" and not c.series and any(b.text for b in c.bars)
    )


def _bared(chart: ChartData) -> ChartData:
    """The chart with its last bar's value label taken off, as round 24 drew the news's bar."""
    last = len(chart.bars) - 1
    return replace(
        chart, bars=tuple(replace(b, text="") if i == last else b for i, b in enumerate(chart.bars))
    )


@pytest.mark.parametrize("event", EVENTS)
def test_the_check_names_a_briefing_picture_with_a_bare_bar(
    event: str, built_event: Callable[[Path], BuildResult]
) -> None:
    result = built_event(REVIEWS / f"{event}.yaml")
    body = Document(str(next(f for f in result.files if f.suffix == ".docx"))).element.body
    charts = list(prepare(REVIEWS / f"{event}.yaml").derived.charts.values())
    drawn = chart_labels(as_drawn(c, "briefing") for c in charts)
    assert bare_pictures(body, drawn, "briefing") == []
    trend = _trend(event)
    bad = chart_labels(as_drawn(_bared(c) if c.id == trend.id else c, "briefing") for c in charts)
    found = bare_pictures(body, bad, "briefing")
    if not any(f"{trend.id}" in w for w in found):  # the trend may be the deck's alone
        assert "briefing" not in trend.documents, found
        return
    (warning,) = found
    assert trend.bars[-1].label in warning and "label every bar or none" in warning


@pytest.mark.parametrize("event", EVENTS)
def test_the_check_names_a_native_chart_with_a_bare_bar(event: str) -> None:
    trend = _trend(event)
    slide = Presentation().slides.add_slide(Presentation().slide_layouts[6])
    whole = add_native_chart(slide.shapes, trend, 0, 0, Inches(10), Inches(4), palette=())
    bare = add_native_chart(slide.shapes, _bared(trend), 0, Inches(4), Inches(10), Inches(3), palette=())
    assert bare_native(whole, "slide 3") == []
    (warning,) = bare_native(bare, "slide 3")
    assert trend.bars[-1].label in warning and warning.startswith("slide 3: chart")


def test_a_record_mark_in_a_bars_number_place_is_named_too() -> None:
    """Round 24 labelled the record's bar 'A record', with no number, beside numbered bars: read as
    a value left out too."""
    trend = _trend("limerick-half-marathon-en-ie")
    last = len(trend.bars) - 1
    marked = replace(
        trend, bars=tuple(replace(b, text="A record") if i == last else b for i, b in enumerate(trend.bars))
    )
    (drawn,) = chart_labels([marked])
    assert drawn.bare == (trend.bars[-1].label,)
    (whole,) = chart_labels([trend])
    assert whole.bare == ()
