"""Every value label of a document's charts of one unit prints its unit alike (round 25; review WW1
#9): Tainan's trend labelled '46.8萬人次' and its venues' chart, of the same 人次, '15.2萬（39%）';
Setouchi's days '3,100人' beside its countries' '142（37%）'. Where one chart writes the unit on
its numbers (the language writes it so: plan/charts.py `unit_in_chart`), every chart of that unit
does; a unit a chart's title says (a spaced language's word: 'espositori') stays off them all."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from docx import Document

from reportgen.data.chart_data import as_drawn, shown
from reportgen.data.prepare import prepare
from reportgen.office.label_units import mixed_units
from reportgen.office.repeats import chart_labels
from reportgen.pipeline.pipeline import BuildResult

from ..conftest import ROOT

REVIEWS = ROOT / "tests" / "data" / "review_events"

#: (event, the unit its charts share, whether their labels write it)
EVENTS = [
    ("wenhuajie-tainan-zh-tw", "人次", True),
    ("setouchi-tennis-ja-jp", "人", True),
    ("vinum-verona-it-it", "espositori", False),
]


def _numbers(text: str) -> str:
    """A label's amount, before a share in brackets ('15.2萬人次（39%）' → '15.2萬人次')."""
    for mark in ("（", " ("):
        text = text.split(mark, 1)[0]
    return text.strip()


@pytest.mark.parametrize(("event", "unit", "written"), EVENTS, ids=[e[0] for e in EVENTS])
def test_charts_of_one_unit_write_it_alike(event: str, unit: str, written: bool) -> None:
    prepared = prepare(REVIEWS / f"{event}.yaml")
    derived, specs = prepared.derived, prepared.summary.charts
    labels = []
    for cid, spec in specs.items():
        chart = derived.charts[cid]
        whole = derived.figures[spec.figures[0]]
        if shown(chart) and chart.kind != "donut" and not chart.series and whole.unit == unit:
            labels += [_numbers(b.text) for b in chart.bars if b.text and not b.missing]
    assert len({cid for cid, s in specs.items() if derived.figures[s.figures[0]].unit == unit}) >= 2
    assert labels and all(label.endswith(unit) == written for label in labels), labels


def test_the_check_names_charts_of_one_unit_written_two_ways(
    built_event: Callable[[Path], BuildResult],
) -> None:
    """Silent on Tainan's briefing as built; with its venues' labels as round 24 drew them
    ('15.2萬（39%）' beside the trend's '46.8萬人次'), the rule names the two charts and the unit."""
    event = REVIEWS / "wenhuajie-tainan-zh-tw.yaml"
    body = Document(str(next(f for f in built_event(event).files if f.suffix == ".docx"))).element.body
    charts = list(prepare(event).derived.charts.values())
    drawn = chart_labels(as_drawn(c, "briefing") for c in charts)
    assert mixed_units(body, drawn, "briefing") == []
    bare = [
        replace(c, bars=tuple(replace(b, text=b.text.replace("人次", "")) for b in c.bars))
        if c.id == "changdi"
        else c
        for c in charts
    ]
    (warning,) = mixed_units(body, chart_labels(as_drawn(c, "briefing") for c in bare), "briefing")
    assert "'人次'" in warning and "changdi" in warning and "qushi" in warning, warning
