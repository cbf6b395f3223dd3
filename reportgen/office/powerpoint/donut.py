"""A native donut's legend and ring, laid out by hand: each entry broken into lines only where
data/chart_lines.py allows (never inside "14.2亿元人民币"), in a legend box as wide as its widest
line and below the title, the ring in the rest. Left to itself LibreOffice gave the legend a third
of the chart, broke "人民币" across two lines and centred a tall legend over the title.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportgen.data.chart_data import ChartData
from reportgen.data.chart_lines import KEY_EM, LegendPlan, fit_legend, legend_entry
from reportgen.data.chart_shape import LINE_HEIGHT, wrapped_lines
from reportgen.data.deck_kind import CHART_TEXT_PT
from reportgen.lazy_pattern import of_script

TITLE_PT = 18
#: The least size of a legend's entries, as of category names (native.MIN_CATEGORY_PT).
MIN_LEGEND_PT = 12
#: The legend takes at most this share of the chart's width.
LEGEND_SHARE = 0.55
#: LibreOffice sets about a quarter em between a CJK character and a digit (its autospace), which
#: the text does not hold: room for it on each such boundary of a line. Nothing a chart's label can
#: say turns it off (round 14, measured in LibreOffice 7.4's PDFs of the showcase's dot plot): a
#: U+2060 word joiner at each boundary (which Writer honours: data/typography.py), the digits and
#: the CJK in runs of their own, the digits' run in lang="en-US" all print '約 345 万件' alike;
#: only full-width digits ('２８００') close it, at the cost of digits set an em apart. The office
#: helper turns it off in the loaded deck (office_pdf/chart_spacing.py); the room stays for a
#: LibreOffice run without LibreOfficeKit (office_pdf/pdf.py), which still sets the gap.
AUTOSPACE_EM = 0.3
_BOUNDARY = of_script(r"(?<=[0-9%])(?=[\u2e80-\u9fff])|(?<=[\u2e80-\u9fff])(?=[0-9])", "\u2e80")


@dataclass(frozen=True)
class DonutLegend:
    title: str
    plan: LegendPlan
    legend_box: tuple[float, float, float, float]  # x, y, w, h as fractions of the chart's box
    ring_box: tuple[float, float, float, float]


def title_height(title: str, width_pt: float) -> float:
    """The title's height: LibreOffice wraps a chart's title at about 60% of its width."""
    lines = min(3, wrapped_lines(title, width_pt * 0.6 / TITLE_PT))
    return lines * TITLE_PT * LINE_HEIGHT + 16


def donut_legend(data: ChartData, width: int, height: int) -> DonutLegend:
    width_pt, height_pt = width / 12700, height / 12700
    # the whole after the title, as the plan words it in the title's language (plan/totals.py)
    title = (
        (data.whole_title or legend_entry(data.title, data.total_text, data.pair))
        if data.total_text
        else data.title
    )
    top = title_height(title, width_pt)
    entries = [legend_entry(b.label, b.text, data.pair) for b in data.bars]
    spare = max((len(_BOUNDARY.findall(e)) for e in entries), default=0) * AUTOSPACE_EM + 0.5
    room = height_pt - top - 12
    plan = fit_legend(entries, width_pt * LEGEND_SHARE, room, CHART_TEXT_PT, MIN_LEGEND_PT, spare)
    legend_w = plan.width_pt + (KEY_EM + spare) * plan.size + 8
    legend_h = min(plan.height_pt * LINE_HEIGHT / 1.25 + 8, room)
    x = 1 - legend_w / width_pt - 0.01
    y = top / height_pt
    legend_box = (x, y + max(room - legend_h, 0) / 2 / height_pt, legend_w / width_pt, legend_h / height_pt)
    ring_box = (0.02, y, max(x - 0.04, 0.2), max(1 - y - 0.04, 0.2))
    return DonutLegend(title, plan, legend_box, ring_box)
