"""A key figure that joins a series of years under a label naming no year, where the plan cannot
tell its year (review CC): `validate` says which label to write.

The chart reads such a figure as the event's year where that year continues the series
(data/chart_order.py, `as_their_kind`: 'Besökare under tre dagar' after '2022' … '2025' of the
2026 edition is the column '2026'); where it does not (the event's year is one of the series',
or leaves it out of order), the bar would be named by its label and sorted among the years by
value, so the author is told the year the series' step gives ("label it 'Besökare 2026'")."""

from __future__ import annotations

from reportgen.data import chart_order
from reportgen.data.chart_kinds import CHART_KINDS
from reportgen.data.model import EventSummary, Figure

#: Languages written without spaces between words, and the word a year takes there before a label
#: ('2026年来場者数'); Korean spaces its words ('2026년 관람객').
_YEAR_BEFORE = {"ja": "{year}年{label}", "zh": "{year}年{label}", "ko": "{year}년 {label}"}


def labelled(label: str, year: int, locale: str) -> str:
    """`label` with `year` written as the language writes a year with what it counts."""
    shape = _YEAR_BEFORE.get(locale.split("_")[0], "{label} {year}")
    return shape.format(label=label.strip(), year=year)


def trend_label_warnings(summary: EventSummary) -> list[str]:
    """One warning per chart whose series of years takes a key figure the plan cannot place."""
    figures: dict[str, tuple[str, Figure]] = {
        f"{sid}.{fid}": (f"sections.{sid}.figures.{fid}", figure)
        for sid, section in summary.sections.items()
        for fid, figure in section.figures.items()
    }
    locale = summary.formatting.locale
    warnings = []
    for cid, chart in summary.charts.items():
        if chart.breakdown or CHART_KINDS[chart.kind.value].draws_breakdowns:
            continue
        chosen = [figures[ref] for ref in chart.figures if ref in figures]
        if len(chosen) != len(chart.figures):
            continue
        labels = [figure.label for _, figure in chosen]
        cuttable = [figure.key or figure.headline for _, figure in chosen]
        untold = chart_order.untold_year(labels, cuttable, summary.event.year)
        if untold is None:
            continue
        index, year = untold
        field, figure = chosen[index]
        warnings.append(
            f"{field}: its label {figure.label!r} names no year, and chart '{cid}' draws it with "
            f"the years {labels[1 if index == 0 else 0]!r} to {labels[-1 if index == 0 else -2]!r}, "
            f"where the event's year {summary.event.year} does not follow them; the chart cannot "
            f"tell its year and sorts it among the years by value: label it with the year it counts "
            f"(for example `label: {labelled(figure.label, year, locale)}`)"
        )
    return warnings
