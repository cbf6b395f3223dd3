"""How tall a chart of upright columns is drawn where its slot leaves the height to it (the
briefing): as its columns and their names need, not a fixed share of its width (review PP: the
marine symposium's three yearly columns took a third of a page). Plain arithmetic, no matplotlib:
`chart_size` asks here.

The picture holds its title, the values over the columns, the columns, their names (wrapped to a
column's slot as charts/draw.py wraps them) and, for parts of a whole, a legend. The columns take
COLUMN_IN each (a group's or a stack's bars count one each), from MIN_HEIGHT_IN up to the height
it had before, half its width (three quarters where the picture is narrow).
"""

from __future__ import annotations

import re

from reportgen.charts.theme import Theme
from reportgen.data.chart_data import ChartData

#: The kinds drawn as upright columns.
COLUMN_KINDS = ("bar", "stacked", "grouped")
#: The room the title, the values over the columns and the axis take, in inches.
FRAME_IN = 1.45
#: Each column adds this much height (in inches): three columns, 2.2 in; seven, the full height.
COLUMN_IN = 0.25
#: The least height of such a chart, in inches.
MIN_HEIGHT_IN = 2.0
#: A character of chart text takes about this share of its size across (draw.py's wrap measure).
CHAR_EM = 0.6
#: A line of chart text takes this many times its size.
LINE_SPACING = 1.25


def column_chars(width_in: float, columns: int, text_pt: float) -> int:
    """How many characters of chart text fit across one column's slot (a name wraps to it)."""
    width_pt = width_in * 72 * 0.9 / max(columns, 1)
    return max(8, int(width_pt / (text_pt * CHAR_EM)))


def wrapped_lines(text: str, width: int) -> int:
    """How many lines `text` takes at `width` characters a line, broken at plain spaces only."""
    lines, line = 1, 0
    for word in (w for w in re.split(r"[ \t\n]+", text) if w):
        if line and line + 1 + len(word) > width:
            lines, line = lines + 1, len(word)
        else:
            line = line + 1 + len(word) if line else len(word)
    return lines


def column_height_in(data: ChartData, theme: Theme, width_in: float) -> float:
    """The height (inches) a chart of upright columns `width_in` wide needs for its columns."""
    most = min(max(width_in * 0.5, 2.2), width_in * 0.75)
    line_in = theme.text_pt / 72 * LINE_SPACING
    groups = len(data.bars)
    columns = groups * max(1, len(data.series)) if data.kind == "grouped" else groups
    chars = column_chars(width_in, groups, theme.text_pt)
    names = max((wrapped_lines(b.label, chars) for b in data.bars), default=1)
    legend = 1.5 * line_in if data.series else 0.0
    wanted = FRAME_IN + COLUMN_IN * columns + (names - 1) * line_in + legend
    return min(max(wanted, MIN_HEIGHT_IN), most)
