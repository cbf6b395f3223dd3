"""The least height a briefing's chart is drawn at to fit its page: a bar chart drawn across is
read bar by bar, so it keeps BAR_CM a bar (and EDGE_CM for its edges) however short its slot
would make it, where that is less than word_fill.MIN_HEIGHT_SHARE of its height (review RR3: the
nl fair's 9 bars, about 5.5 cm, fitted the 7 cm left on page 1, inside their own section, but the
share kept them at 55 % of their 13 cm slot, and the next section's text moved above them).

Where even BAR_CM a bar leaves the page before the chart under the check's bar (the same fair's
page 1, 73 % full after round 23's news lede, its chart opening page 2), the bars may be drawn at
TIGHT_BAR_CM each, their labels' line, as a compact chart ends the page (`tight_height_pt`)."""

from __future__ import annotations

from reportgen.data.chart_data import ChartData

#: A horizontal bar's least height, its gap included (cm), as the deck and charts/ set it.
BAR_CM = 0.55
#: Above the first bar and below the last (cm): the picture's margins and its title's line.
EDGE_CM = 0.45
#: A horizontal bar's tightest height, its gap included (cm): the line of its label (the charts'
#: 9.5 pt text at 1.25 lines, charts/theme.py), so that labels stacked bar by bar never overlap.
TIGHT_BAR_CM = 0.42
#: A bar's name of at most this many characters is set on one line (charts/draw.py wraps none
#: shorter: `_name_chars`, 24 at least).
ONE_LINE_CHARS = 24
#: The kinds drawn bar by bar across the page.
ACROSS = ("hbar",)
_PT_PER_CM = 72 / 2.54


def least_height_pt(data: ChartData | None, drawn_pt: float, share: float, bar_cm: float = BAR_CM) -> float:
    """The least height (pt) of a chart drawn `drawn_pt` tall: `share` of it, or, for bars drawn
    across, their `bar_cm` each where that is less."""
    least = share * drawn_pt
    if data is None or data.kind not in ACROSS or not data.bars:
        return least
    return min(least, (len(data.bars) * bar_cm + EDGE_CM) * _PT_PER_CM)


def tight_height_pt(data: ChartData | None, drawn_pt: float, share: float) -> float:
    """The tightest height (pt) of a chart drawn `drawn_pt` tall: as `least_height_pt`, a bar
    drawn across taking TIGHT_BAR_CM where every bar's name is set on one line (at most
    ONE_LINE_CHARS); the chart is drawn so short only to end a page that would else be left under
    the check's bar. A name of two lines keeps BAR_CM: at TIGHT_BAR_CM, the congress's two-line
    session names ran into each other."""
    if data is not None and any(len(b.label) > ONE_LINE_CHARS or "\n" in b.label for b in data.bars):
        return least_height_pt(data, drawn_pt, share)
    return least_height_pt(data, drawn_pt, share, TIGHT_BAR_CM)
