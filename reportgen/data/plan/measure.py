"""How much text a slide holds: its rows, its width in narrow characters, how full a slide of text
is, the panel beside a chart."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

#: A slide holds at most this many bullets; beside a chart, at most PANEL_POINTS.
POINTS_PER_SLIDE = 6
#: A slide is about this many rows of body text high, its title and the space above the body
#: TITLE_ROWS of them, and a row about ROW_CHARS narrow characters wide: a slide of text filling
#: less than FOLD_BELOW of its area is folded into another (issue 19 item 3).
TEXT_ROWS = 18
TITLE_ROWS = 2
#: A slide of up to POINTS_PER_SLIDE bullets holds this many rows at most, its text shrunk by the fit
#: code (19 and 20 rows fit at a smaller size); more are split over two slides (a summary and four
#: people with two quotations, 26 rows, overflowed its box at the least size: review P).
MOST_ROWS = 22
ROW_CHARS = 66
FOLD_BELOW = 0.3
#: A slide that takes a folded section's text holds at most this many rows of body text (its
#: title's aside), so that it sets at the body's size with room under it: its box holds about 12
#: lines at 24 pt, and ROW_CHARS counts German and Swedish lines about a sixth short, so that 10
#: rows filled the Austrian fair's Bilanz slide to its foot and 14 shrank the Swedish festival's
#: 'Andra höjdpunkter' to 18.6 pt (review CC).
BODY_ROWS = 9
#: A row of Chinese, Japanese or Korean body text at 24 pt holds about CJK_ROW_CHARS narrow
#: characters (35 full-width ones across the 860 pt box), not ROW_CHARS (measured on Latin text),
#: and its rows are the lines it sets. The box holds about 9.7 such lines of bullets with their
#: spacing (LibreOffice sets gipfel-zh's nine lines and a heading under 展会概况 to 91.5 % of it,
#: less than a line of room), so BODY_ROWS holds for them too (review GG, fold17).
CJK_ROW_CHARS = 70

STATEMENT_ROWS = 6  # a slide of text of at most this many rows is set large (DeckPage.statement)
PULL_TEXTS = 2  # a statement of at most this many texts is set as a pull quote (DeckPage.pull)
PULL_ROWS = 4  # in at most this many rows
#: ... but not prose: a text of at least PROSE_ROWS rows among PROSE_TOTAL or more (`views._prose`)
PROSE_ROWS = 3
PROSE_TOTAL = 5

PANEL_POINTS = 4

#: Up to this many bullets of one line each share one slide rather than spill onto a second.
SHORT_POINTS = 9
#: The panel beside a chart is about a third of the body's width and four fifths of its height:
#: about PANEL_CHARS narrow characters a row and PANEL_ROWS rows (a long statement folded there
#: was set below the smallest size and overflowed).
PANEL_CHARS = 24
PANEL_ROWS = 12
#: Text of at most THIN_PANEL_ROWS rows leaves two thirds of that panel empty: the chart takes the
#: full width and the text its lead, where the lead has room (plan/deck_pages.py `_thin_lead`).
THIN_PANEL_ROWS = PANEL_ROWS // 3
TILES_PER_SLIDE = 6


def chunks(items: tuple, size: int) -> tuple[tuple, ...]:
    """`items` in the fewest runs of at most `size`, as even as can be (7 by 6 is 4 + 3, not 6 + 1)."""
    if not items:
        return ()
    count = -(-len(items) // size)
    base, extra = divmod(len(items), count)
    out, start = [], 0
    for index in range(count):
        end = start + base + (index < extra)
        out.append(tuple(items[start:end]))
        start = end
    return tuple(out)


@lru_cache(maxsize=4096)
def _width(text: str) -> int:
    """A text's width in narrow characters: a Chinese or Japanese character is two (kept: the plan
    measures the same bullets again for each slide it tries them on)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _fill(title: str, headline: str, points: tuple[str, ...]) -> float:
    """About how much of a slide a title, a headline and bullets fill: rows used (a long line
    wraps) times the widest line's share of a row, the way a reader sees a slide as full or empty."""
    lines = [_width(t) for t in (headline, *points) if t]
    rows = TITLE_ROWS + sum(-(-w // ROW_CHARS) for w in lines)
    widest = max((_width(title), *lines))
    return min(rows / TEXT_ROWS, 1.0) * min(widest / ROW_CHARS, 1.0)


def _panel_rows(points: tuple[str, ...]) -> int:
    """The rows `points` set in the panel beside a chart (a long line wraps)."""
    return sum(-(-_width(t) // PANEL_CHARS) for t in points)


def _thin_panel(points: tuple[str, ...]) -> bool:
    """Whether `points` fill at most THIN_PANEL_ROWS of the panel's rows: a column mostly empty
    beside its chart (review NN: one bullet in a 4.3-inch column, three quarters of it empty)."""
    return bool(points) and _panel_rows(points) <= THIN_PANEL_ROWS


def _fits_panel(points: tuple[str, ...]) -> bool:
    """Whether `points` fit the panel beside a chart: few enough, and short enough."""
    return len(points) <= PANEL_POINTS and _panel_rows(points) <= PANEL_ROWS


def _rows(headline: str, points: tuple[str, ...]) -> int:
    """The rows of body text a slide of text sets (a long line wraps), its title's included."""
    return TITLE_ROWS + sum(-(-_width(t) // ROW_CHARS) for t in (headline, *points) if t)


def _cjk(text: str) -> bool:
    """Whether most of a text's width is Chinese, Japanese or Korean (wide) characters."""
    return 2 * sum(2 for c in text if unicodedata.east_asian_width(c) in "WF") > _width(text)


def _body_rows(headline: str, points: tuple[str, ...]) -> int:
    """The rows of body text a slide sets, its title's aside: a Latin text's at ROW_CHARS, a
    Chinese, Japanese or Korean text's at CJK_ROW_CHARS, the characters a row holds at the body's
    size (a line of 34 Chinese characters is one row, not two)."""
    return sum(-(-_width(t) // (CJK_ROW_CHARS if _cjk(t) else ROW_CHARS)) for t in (headline, *points) if t)
