"""The news a trend makes of its last year, where that year is a key figure (review QQ1): the
record of its series ('Highest of 2022–2026': the charity run's amount raised, above each of the
four years before it) or its change on the year before ('Down 15.8% since 2025': the river
festival's attendance). Proved by the data, never invented: the record is of the years the chart
draws, not of all time, and a change is computed from two exact amounts.

The record is the figure's `record_note` (the tile's badge, the band's line, and the news of its
page's title: plan/news.py); the change its `trend_note`, the line under its tile and in the band
where it has no note of its own, unless a key figure prints that change already (the festival's
'15.8%' tile: the glance would print it twice).
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from reportgen.data import chart_findings, chart_order
from reportgen.data.chart_kinds import CHART_KINDS
from reportgen.data.formatting import Formatter
from reportgen.data.model import EventSummary, Qualifier
from reportgen.data.plan import printed_change
from reportgen.data.plan.views import FigureView

#: A category that names a year, and nothing else but words around it ('2026', '2026년', '2026年').
_YEAR = re.compile(r"\D*?(\d{4})\D*")


def trend_news(
    summary: EventSummary, figures: dict[str, FigureView], fmt: Formatter
) -> dict[str, FigureView]:
    """The figures the last year of a trend chart is, with their record or change noted; only
    those (the caller replaces them)."""
    out: dict[str, FigureView] = {}
    for spec in summary.charts.values():
        if spec.breakdown or CHART_KINDS[spec.kind.value].draws_breakdowns or len(spec.figures) < 3:
            continue
        chosen = [figures[ref] for ref in spec.figures if ref in figures]
        last = chosen[-1] if len(chosen) == len(spec.figures) else None
        if last is None or not (last.key or last.headline) or last.note or last.record_note:
            continue  # a note of its own, or a record its quote claims, is its tile's line already
        points = _points(chosen, summary.event.year)
        if not points:
            continue
        record = chart_findings.record_words(points, "years", fmt.locale)
        if chart_findings.series_record(points, "years") > 0 and record:
            out[last.ref] = replace(last, record_note=record)
            continue
        step = chart_findings.step_percent(fmt.percent)
        change, said = chart_findings.step_change(points, "years", fmt.locale, step)
        if not change:  # of 'about' amounts: 'about 18%' (review WW1 #11)
            about = lambda share: fmt.shares([share], approximate=True)[0]  # noqa: E731
            change, said = chart_findings.about_step_change(points, "years", fmt.locale, about)
        note = record or ("" if printed_change.printing(change, figures.values()) else said)
        stepped = replace(last, trend_step=(1 if change > 0 else -1, points[-2].label)) if change else last
        if note or change:
            out[last.ref] = replace(stepped, trend_note=note)
    return out


def _points(chosen: list[FigureView], year: int | None) -> list[chart_findings.Point]:
    """The chart's figures as a finding reads them, where each names one year, in rising order,
    and all count one thing; else []."""
    names = chart_order.as_their_kind([f.label for f in chosen], [f.key or f.headline for f in chosen], year)
    years = [m.group(1) if (m := _YEAR.fullmatch(n.strip())) else "" for n in names]
    if not all(years) or any(int(b) <= int(a) for a, b in pairwise(years)):
        return []
    if len({(f.unit, f.currency) for f in chosen}) != 1:
        return []
    return [
        chart_findings.Point(
            name.strip(), float(f.value), Qualifier(f.qualifier).bound, f.text_with_unit, f.text
        )
        for f, name in zip(chosen, names, strict=True)
    ]
