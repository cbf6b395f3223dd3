"""A chart of gaps to a leader ('Distacchi dal vincitore'): the leader's own bar is a gap of zero,
which a results table writes '—', never '0 s' (review YY2 #7). A chart is one where its bars keep
the file's order, the first is 0 and the others rise from it, none of them a year."""

from __future__ import annotations

from dataclasses import replace

from reportgen.data.chart_data import ChartBar

#: What the leader's bar prints: no gap.
NO_GAP = "\u2014"
#: The fewest bars of a ranking of gaps: a leader and two behind.
MIN_BARS = 3


def with_leader_dash(bars: tuple[ChartBar, ...], kept_order: str) -> tuple[ChartBar, ...]:
    """`bars` with the leader's zero printed '—' where they are gaps to it in the file's order."""
    if kept_order != "as_given" or len(bars) < MIN_BARS or any(b.missing for b in bars):
        return bars
    values = [b.value for b in bars]
    if values[0] != 0 or any(v <= 0 for v in values[1:]) or values[1:] != sorted(values[1:]):
        return bars
    if any(b.label.strip().isdigit() for b in bars):  # a trend of years: 0 is a count
        return bars
    return (replace(bars[0], text=NO_GAP), *bars[1:])


def is_leader(bar: ChartBar) -> bool:
    """Whether `bar` is a leader's, its gap of zero printed '—': no number left out."""
    return bar.value == 0 and bar.text == NO_GAP
