"""The document check's rule that a chart's value labels are all or none (round 25; reviews VV1 A,
VV3 NEW-1, VV4 N1, WW1 #1): a bar chart that labels its bars and leaves one bare reads as a broken
build, most of all where the bare bar is the news. A picture's labels are known from its data
(office/repeats.py `Drawn.bare`), a native chart's from its points' labels."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from lxml import etree

from reportgen.office.printed_texts import drawn_pictures
from reportgen.office.repeats import Drawn
from reportgen.office.seen import quoted

#: python-pptx's chart types of one bar per category, whose bars are labelled all or none
_BARS = ("BAR_CLUSTERED", "COLUMN_CLUSTERED")


def _warning(where: str, name: str, bare: Sequence[str]) -> str:
    listed = ", ".join(quoted(b) for b in bare)
    return (
        f"{where}: chart {quoted(name)} labels its bars but not {listed}: a bar left bare reads as a "
        "value missing; label every bar or none"
    )


def bare_pictures(element: etree._Element, drawn: Sequence[Drawn], where: str) -> list[str]:
    """One warning for each chart picture under `element` (a slide's shapes, a briefing's body)
    whose data draws a bar with no value label beside labelled ones."""
    return [_warning(where, name, chart.bare) for name, chart in drawn_pictures(element, drawn) if chart.bare]


def bare_native(shape: Any, where: str) -> list[str]:
    """A warning where a native chart of one series of bars labels some of its points and not
    others (a stacked part's sliver, left unlabelled by design, is another chart type)."""
    chart = shape.chart
    if len(chart.plots) != 1 or chart.chart_type is None or chart.chart_type.name not in _BARS:
        return []
    series = list(chart.plots[0].series)
    if len(series) != 1:
        return []
    (one,) = series
    categories = list(chart.plots[0].categories)
    values = list(one.values)
    labelled = {i: one.points[i].data_label.has_text_frame for i, v in enumerate(values) if v}  # drawn bars
    if not any(labelled.values()) or all(labelled.values()):
        return []
    bare = [str(categories[i]) if i < len(categories) else str(i + 1) for i, on in labelled.items() if not on]
    return [_warning(where, shape.name, bare)]
