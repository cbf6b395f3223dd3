"""A long list on the deck laid out by measure: how many columns (1, 2 or 3), which items on which
slide and in which column, from the items' widths and the size of the slide's body.

Reviewers saw 30 exhibitors printed five or six a slide over six slides, and 12 partners split
2 / 5 / 5 over three: a list was in columns only when every item was short, and otherwise one item
a bullet, six bullets a slide. Here each column count is tried: an item may wrap onto a second line
of its column at a space (a third line, or a word wider than the column, is broken awkwardly and
rules that count out); the list takes the fewest slides, then the count that wraps the fewest
items, then the most columns. Its slides are balanced (no two-item first slide), and so are the
columns of each slide: each column is its own text box, as PowerPoint and LibreOffice fill a
box's own columns one after the other (12 names in three columns were 11 + 1 + 0).

Pure arithmetic on the bundled template's geometry (scripts/make_templates.py, `_columns_slide`);
the fit code still shrinks a column whose text a user's template sets larger.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportgen.data.chart_lines import wrap_em
from reportgen.data.chart_shape import text_em
from reportgen.data.line_measure import line_pt

#: The items' size and the room on the bundled template's slide of a list (points): the content
#: width, the gap between columns (each its own box), a box's left and right insets and a bullet's
#: hanging indent, the height of a column's text under a headline (the box's 267.1 pt less its
#: insets, as the fit code measures it: data/line_measure.py) and, where the slide has none, from
#: the headline's place down (`reclaim` moves the columns up into it), and the space after an
#: item. MEASURE_MARGIN: the renderers' fonts set a little wider than the table.
ITEM_PT = 20.0
BODY_W_PT = 873.6
GAP_PT = 21.6
INSETS_PT = 14.4 + 27.0
BODY_H_PT = 259.9
FULL_H_PT = 342.0
MEASURE_MARGIN = 1.06
#: One column may be set this much smaller to keep a list on one slide fewer (the fit code shrinks
#: the text to fit its box: 8 names of a line each took two slides of four at 20 pt, one at 18;
#: 10 lecture titles took two near-empty slides of five at 18 pt, one at 16, the fit code's least).
#: Not two or three: each column is its own box, and one column smaller than the next reads wrong.
ONE_COLUMN_SHRINK = 0.8
#: Two or three columns may be set together this much smaller, all alike (the renderer sets a
#: list's columns at their smallest box's size, powerpoint/list_columns.py), to keep a list on
#: one slide fewer: the gala's 16 sponsors took two slides of one narrow column at 20 pt where two
#: columns at 18 pt hold them on one, at the body's full width (review UU2 F2).
COLUMNS_SHRINK = (1.0, 0.9, 0.8)
LINE_PT = line_pt(ITEM_PT)
AFTER_PT = 8.0
MAX_COLUMNS = 3
#: An item wrapped onto more lines than this in a column of two or three is broken awkwardly.
MAX_LINES = 2
#: A column of fewer items than this reads as a leftover: 4 items are not set in three columns.
MIN_PER_COLUMN = 3


@dataclass(frozen=True)
class ListLayout:
    """How a list is set: `columns` per slide, `pages` of items (in order), and why, in words."""

    columns: int
    pages: tuple[tuple[str, ...], ...]
    why: str


def column_width_em(columns: int) -> float:
    """The width of one column's text, in ems of the items' size."""
    return ((BODY_W_PT - GAP_PT * (columns - 1)) / columns - INSETS_PT) / (ITEM_PT * MEASURE_MARGIN)


def _lines(item: str, width_em: float) -> int | None:
    """The lines `item` takes in a column `width_em` wide; None where a word is wider than it."""
    lines = wrap_em(item, width_em)
    return None if any(text_em(line) > width_em for line in lines) else len(lines)


def _height(lines: int, scale: float = 1.0) -> float:
    """An item's height (pt) of `lines` lines set at `scale` of ITEM_PT, as the fit code measures
    it (data/line_measure.py: lines closer below its REDUCED_BELOW; the space after as it is)."""
    return lines * line_pt(ITEM_PT, scale) + AFTER_PT


def split(heights: Sequence[float], parts: int, room: float) -> tuple[int, ...] | None:
    """The ends of at most `parts` runs of `heights`, in order, each at most `room` high, as even as
    can be (the fullest run as low as can be); None where they do not fit."""
    if not heights:
        return ()
    if max(heights) > room:
        return None

    def runs(limit: float) -> list[int]:
        ends, used = [], 0.0
        for at, height in enumerate(heights):
            if used and used + height > limit:
                ends.append(at)
                used = 0.0
            used += height
        return [*ends, len(heights)]

    low, high = max(heights), min(room, sum(heights))
    if len(runs(high)) > parts:
        return None
    while high - low > 0.5:  # the least limit (to half a point) that needs no more runs
        middle = (low + high) / 2
        low, high = (middle, high) if len(runs(middle)) > parts else (low, middle)
    return tuple(runs(high))


def _fits(heights: Sequence[float], columns: int, room: float) -> bool:
    return split(heights, columns, room) is not None


def _pages(heights: list[float], columns: int, headed: bool) -> tuple[int, ...]:
    """The ends of the fewest slides `columns` columns of items (their `heights` at the size they
    are set at) fill, balanced: slides whose items are as even in height as can be, each still
    fitting its columns (the first under a headline where `headed`, the others none)."""

    def room(page: int) -> float:
        return BODY_H_PT if headed and page == 0 else FULL_H_PT

    count = len(_greedy(heights, lambda run, page: _fits(run, columns, room(page))))  # fill each
    limit = sum(heights) / count
    while True:  # the least even share of the height that still needs no more slides
        ends = _greedy(
            heights, lambda run, page, most=limit: sum(run) <= most and _fits(run, columns, room(page))
        )
        if len(ends) <= count:
            return tuple(ends)
        limit += LINE_PT / 2  # at the latest a slide's whole room: the fewest slides again


def _greedy(heights: list[float], fits: Callable[[list[float], int], bool]) -> list[int]:
    """The ends of runs of `heights`, each as long as `fits` (a run, its number) allows."""
    ends, start = [], 0
    for at in range(len(heights)):
        if at > start and not fits(heights[start : at + 1], len(ends)):
            ends.append(at)
            start = at
    return [*ends, len(heights)]


def lay_out(items: Sequence[str], forced: int | None = None, headed: bool = True) -> ListLayout:
    """The layout of a long list: the column count (`forced` where the event file sets one) and
    its slides, by measure; `headed` where its first slide has a headline over the columns."""
    items = tuple(items)
    found: list[tuple[tuple[int, int, int], int, tuple[int, ...], str]] = []
    passed: list[str] = []  # why more columns were not taken
    for columns in (forced,) if forced else range(MAX_COLUMNS, 0, -1):
        for scale in COLUMNS_SHRINK if columns > 1 else (1.0,):
            width = column_width_em(columns) / scale
            lines = [_lines(item, width) for item in items]
            broken = [i for i, n in zip(items, lines, strict=True) if n is None or n > MAX_LINES]
            if broken and columns > 1 and not forced:  # one column takes any item
                if scale == COLUMNS_SHRINK[-1]:
                    passed.append(
                        f"in {columns}, '{broken[0]}' would break over {MAX_LINES + 1} lines or more"
                    )
                continue
            # one column may shrink on its own to ONE_COLUMN_SHRINK (the fit code's, its lines closer)
            shrunk = ONE_COLUMN_SHRINK if columns == 1 else scale
            ends = _pages([_height(n or MAX_LINES + 1, shrunk) for n in lines], columns, headed)
            if columns > 1 and not forced and len(items) < MIN_PER_COLUMN * columns * len(ends):
                if scale == COLUMNS_SHRINK[-1]:
                    passed.append(f"{columns} would hold fewer than {MIN_PER_COLUMN} items each")
                continue
            wrapped = sum(1 for n in lines if n != 1)
            said = "every item on one line" if not wrapped else f"{wrapped} on two lines"
            said = f"{len(ends)} slide(s), {said}" + (f", at {scale:.0%} of its size" if scale < 1 else "")
            found.append(((len(ends), -scale, wrapped, -columns), columns, ends, said))
    _, columns, ends, said = min(found, key=lambda f: f[0])
    best: dict[int, str] = {}  # each other column count at its best
    for _key, c, _, s in sorted(found, key=lambda f: f[0]):
        best.setdefault(c, s)
    others = [f"{c}: {s}" for c, s in best.items() if c != columns]
    if forced:
        why = f"{columns} column(s), as the event file sets (columns: {forced}): {said}"
    else:
        why = f"{columns} column(s): {said}" + "".join(f"; {o}" for o in (*others, *passed))
    starts = (0, *ends[:-1])
    return ListLayout(columns, tuple(items[a:b] for a, b in zip(starts, ends, strict=True)), why)


def columns_of(items: Sequence[str], columns: int) -> tuple[tuple[str, ...], ...]:
    """A slide's items over its `columns` columns, in order, as even in height as can be (a last
    column may stay empty where the items are too few)."""
    items = tuple(items)
    width = column_width_em(columns)
    heights = [_height(_lines(item, width) or MAX_LINES + 1) for item in items]
    ends = split(heights, columns, float("inf")) or (len(items),)
    starts = (0, *ends[:-1])
    runs = [items[a:b] for a, b in zip(starts, ends, strict=True)]
    return tuple(runs + [()] * (columns - len(runs)))
