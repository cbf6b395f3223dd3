"""The least height a briefing's chart is drawn at to fit its page. A bar chart drawn across is
read bar by bar: its natural height is its rows' (charts/hbar_height.py), so it is drawn no
shorter than ACROSS_SHARE of that, nor than BAR_CM a bar and EDGE_CM for its title and margins;
where its page has less room, it opens the next page under its own section (office/word_fill.py).
Review UU3 #4 of round 23: the ko festival's three stage bars, squeezed to 2.1 cm (0.55 cm a bar)
to fit page 1, touched their names. Any other chart keeps `share` of its height."""

from __future__ import annotations

from reportgen.data.chart_data import ChartData

#: A horizontal bar's least height, its gap included (cm): a name's line and a little more (the
#: zh fair's 18 bars of one line each read well at it).
BAR_CM = 0.48
#: Above the first bar and below the last (cm): the picture's title line and its margins.
EDGE_CM = 1.7
#: The least share of its natural height a chart of bars drawn across is drawn at.
ACROSS_SHARE = 0.55
#: The kinds drawn bar by bar across the page.
ACROSS = ("hbar",)
_PT_PER_CM = 72 / 2.54


def drawn_across(data: ChartData | None) -> bool:
    """Whether the chart is drawn bar by bar across the page, its least height its rows'."""
    return data is not None and data.kind in ACROSS and bool(data.bars)


def least_height_pt(data: ChartData | None, drawn_pt: float, share: float) -> float:
    """The least height (pt) of a chart drawn `drawn_pt` tall: `share` of it, or, for bars drawn
    across, ACROSS_SHARE of it and BAR_CM a bar at least (never more than `drawn_pt`)."""
    if data is None or not drawn_across(data):
        return share * drawn_pt
    bars = (len(data.bars) * BAR_CM + EDGE_CM) * _PT_PER_CM
    return min(drawn_pt, max(ACROSS_SHARE * drawn_pt, bars))
