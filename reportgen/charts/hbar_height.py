"""How tall a chart of bars drawn across is drawn where its slot leaves the height to it (the
briefing): by its bars' count and the lines of their names (reviews UU2 F8/NEW-2 and UU3 #4 of
round 23). A bar whose name is one line takes ONE_LINE_ROW lines: nine names of one line
took 2.4 lines each, 11.3 cm for nine thin bars with wide gaps, which pushed the boat show's
briefing to a third page. Plain arithmetic, no matplotlib: `chart_size` and charts/draw.py (the
names' wrap) ask here.
"""

from __future__ import annotations

from reportgen.charts.column_height import wrapped_lines
from reportgen.charts.theme import Theme
from reportgen.data.chart_data import ChartData

#: The share of a horizontal bar chart's width its names wrap within; and the most they may take,
#: where the longest would wrap to more than two lines (review X: twelve venues of 40 to 60
#: characters wrapped to three lines, so tall their rows touched and were set at 6 pt, beside bars
#: that left a quarter of the picture empty).
NAME_SHARE = 0.3
NAME_SHARE_MOST = 0.45
#: A character of chart text takes about this share of its size across (draw.py's wrap measure).
CHAR_EM = 0.6
#: A line of chart text takes this many times its size.
LINE_SPACING = 1.25
#: A row whose name is one line, in lines of chart text: the line and a gap under it.
ONE_LINE_ROW = 1.7
#: A row whose name wraps, in lines of chart text a line of it, and in inches at least (as every
#: row was before: labels of two lines never overlap).
WRAPPED_ROW, WRAPPED_ROW_IN = 1.2, 0.42
#: The picture's title, its margins and the room below the last bar, in lines of chart text.
FRAME_LINES = 4.0
#: The least height of such a chart, in inches.
MIN_HEIGHT_IN = 1.6


def name_chars(width_in: float, labels: list[str], text_pt: float) -> int:
    """How many characters a horizontal bar's name wraps at: within NAME_SHARE of the picture's
    width (24 characters at least), or as many more as set every name on one line, else as few
    more as wrap every name to two lines at most, up to NAME_SHARE_MOST."""
    per_share = width_in * 72 / (text_pt * CHAR_EM)
    chars = max(24, int(per_share * NAME_SHARE))
    most = max(chars, int(per_share * NAME_SHARE_MOST))
    # the names' column widened before any name wraps, where every name fits one line within
    # NAME_SHARE_MOST: nine names of two lines beside bars that left a third of the picture empty
    # (review SS2 F8: 'Équipement et / accastillage')
    longest = max((len(label) for label in labels), default=0)
    if chars < longest <= most and "\n" not in "".join(labels):
        return longest
    two_lines = (c for c in range(chars, most + 1) if all(wrapped_lines(label, c) < 3 for label in labels))
    return next(two_lines, most)


def name_lines(data: ChartData, width_in: float, text_pt: float) -> int:
    """The most lines a bar's name takes, wrapped as charts/draw.py wraps it."""
    labels = [b.label for b in data.bars]
    chars = name_chars(width_in, labels, text_pt)
    return max((wrapped_lines(label, chars) for label in labels), default=1)


def row_in(data: ChartData, width_in: float, text_pt: float) -> float:
    """The height (inches) one bar's row takes: its name's lines and the gap to the next."""
    line_in = text_pt / 72 * LINE_SPACING
    lines = name_lines(data, width_in, text_pt)
    return line_in * ONE_LINE_ROW if lines < 2 else max(WRAPPED_ROW_IN, line_in * WRAPPED_ROW * lines)


def hbar_height_in(data: ChartData, theme: Theme, width_in: float) -> float:
    """The height (inches) a chart of bars drawn across, `width_in` wide, needs for its rows."""
    frame = theme.text_pt / 72 * LINE_SPACING * FRAME_LINES
    return max(len(data.bars) * row_in(data, width_in, theme.text_pt) + frame, MIN_HEIGHT_IN)
