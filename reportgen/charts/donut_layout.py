"""Where a donut picture's legend goes and how its entries break, worked out before drawing (plain
arithmetic, no matplotlib: `chart_size` asks here for the height a donut needs).

Beside the ring where the picture is wide enough (RIGHT_FROM_PT), else under it; entries broken
only where data/chart_lines.py allows (never inside "14.2亿元人民币"), at the largest size from the
chart's type size down to MIN_LEGEND_PT at which they fit their box. The drawing code then
measures the laid-out figure (charts/measure.py `collisions`) and shrinks what still touches.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportgen.charts.theme import Theme
from reportgen.data.chart_data import ChartData
from reportgen.data.chart_lines import LegendPlan, fit_legend, legend_entry, wrap_em

#: A picture at least this wide (points) sets its legend beside the ring, else under it.
RIGHT_FROM_PT = 300.0
#: The legend takes at most this share of the picture's width beside the ring.
RIGHT_SHARE = 0.52
MIN_LEGEND_PT = 7.0
#: The ring's least diameter under a title and beside or above its legend, in points.
MIN_RING_PT = 110.0
TITLE_SCALE = 1.15
TITLE_LINE = 1.3
#: Bold type is about this much wider than the regular type `text_em` measures.
BOLD = 1.12


@dataclass(frozen=True)
class DonutLayout:
    below: bool
    legend: LegendPlan
    title_pt: float  # the title's height


def title_lines(title: str, width_pt: float, theme: Theme) -> list[str]:
    return wrap_em(title, width_pt * 0.95 / (theme.text_pt * TITLE_SCALE * BOLD))


def donut_layout(data: ChartData, theme: Theme, width_pt: float, height_pt: float | None) -> DonutLayout:
    entries = [legend_entry(b.label, b.text, data.pair) for b in data.bars]
    title_pt = len(title_lines(data.title, width_pt, theme)) * theme.text_pt * TITLE_SCALE * TITLE_LINE + 8
    below = width_pt < RIGHT_FROM_PT
    if below:
        room = None if height_pt is None else max(height_pt - title_pt - MIN_RING_PT - 8, 0.0)
        legend = fit_legend(entries, width_pt * 0.95, room, theme.text_pt, MIN_LEGEND_PT)
    else:
        room = None if height_pt is None else height_pt - title_pt - 8
        legend = fit_legend(entries, width_pt * RIGHT_SHARE, room, theme.text_pt, MIN_LEGEND_PT)
    return DonutLayout(below, legend, title_pt)


def donut_height_in(data: ChartData, theme: Theme, width_in: float) -> float:
    """The height a donut picture `width_in` wide needs: its title, ring and legend, none on another."""
    width_pt = width_in * 72
    layout = donut_layout(data, theme, width_pt, None)
    if layout.below:
        ring = min(width_pt * 0.6, 170.0)
        height_pt = layout.title_pt + ring + layout.legend.height_pt + 16
    else:
        height_pt = max(width_pt * 0.42, layout.title_pt + layout.legend.height_pt + 16)
    return max(height_pt / 72, 1.8)
