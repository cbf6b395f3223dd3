"""Tiles sized to what they hold: a slide's key-figure tiles as tall as their text needs.

A template lays out its tiles for the most they may hold; the default deck's three tiles took the
whole body's height, tall boxes with a number floating in their middle (review W). A shape the
template sets to "Resize shape to fit text" (PowerPoint: Format Shape > Text Options; `a:spAutoFit`),
other than a text box (a text box is set so by PowerPoint's default) or a placeholder, is a tile:
after rendering, every tile of a slide takes one height: TILE_ROOM times what the text of its
fullest tile needs, yet no flatter than TILE_FLATTEST to one (a card, not a strip), and never more
than the template gives it; a single row of tiles, its text set larger first (row_type.py), at
least ONE_ROW_FILL of the room under its lead (review KK: a row at a grid's size floated in the
middle of its slide). Its rows keep their gaps, and the group is centred where the template's
tiles stood, under the lead. The numbers of a slide's tiles share the smallest size the fit set any of
them (review DD: one shrunk beside one full-size read as two kinds of figure; review HH: a row at
40 pt over one at 29 pt); before the fit, a
row whose one long number would drag it far down gives that tile the room its neighbours' short
numbers leave (`widen_tiles`), the others one width, no label that fits its even tile wrapped
(review JJ). Tiles then shrink their
text on overflow, as PowerPoint would (`a:normAutofit`). A template's own tiles without that
setting keep their geometry. A text box set over the top of the tiles' room (a page's lead line)
that holds text pushes them below it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from typing import Any

from pptx.util import Inches

from reportgen.office.ooxml import qn
from reportgen.office.powerpoint.fit import (
    EMU_PER_PT,
    _widest,
    autofit_scale,
    set_scale,
    text_em,
    text_height,
    word_margin,
)
from reportgen.office.powerpoint.reclaim import is_text_box, movable
from reportgen.office.powerpoint.row_type import grow_one_row
from reportgen.office.powerpoint.row_type import insets as _insets
from reportgen.office.powerpoint.row_type import number_line as _number_size

#: A tile is at most this many times as tall as the text of the slide's fullest tile needs (its
#: insets included): the number and its label with a quarter of that above and below them.
TILE_ROOM = 1.5
#: ... and at least 1 / TILE_FLATTEST of its width: a card, not a strip (three tiles of a number and
#: a one-line label were 3.8 × 1.8 in at 1.4 times their text).
TILE_FLATTEST = 1.75
#: A single row of tiles (two or more) is at least this share of the room under its lead (or its
#: title) tall, so that it fills its slide rather than float in the middle of it (review KK; at 0.75
#: review LL still found a wide gap over the Japanese summit's row and its slide's bottom 16 % empty) ...
ONE_ROW_FILL = 0.85
#: ... yet no more than this many times what its text needs: a card round its number, not a tall
#: box with a number floating in it (review W).
ONE_ROW_ROOM = 2.6
#: Tiles whose tops differ by less than this are one row.
ROW_TOLERANCE = Inches(0.05)
#: Between a lead line set over the tiles' room and the tiles under it.
LEAD_GAP = Inches(0.2)
#: A tile of a row gives its room to a neighbour's longer number down to this share of its width.
NARROWEST = 0.6
#: ... keeping this much more than its own number needs as measured: a face wider than the table
#: (LibreOffice's fallback) broke a short number set to the row's size in a tile cut to it ('3,28' / '1').
SPARE = 1.12
#: A row whose numbers all fit at this share of their size or more keeps its even tiles: tiles of
#: one row in three widths read as misaligned (review LL: the Japanese summit's '1,150件以上', which
#: fits at 0.83 of 48 pt, took 380 px beside 280 and 260), and a number at four fifths of its size
#: is still its slide's largest text.
SHRUNK = 0.8
#: A row of at most this many tiles keeps a label on one line where its even tile held it so; a row
#: of four (seven or eight short tiles: data/plan/tile_grid.py) sets its labels in two lines, and
#: its tiles beside a long number share one width rather than four (review LL: Limerick's '€1.46
#: million' beside '112', '€410' and '6,140').
WHOLE_LABELS = 3

_BODY_PR = f"{qn('p:txBody')}/{qn('a:bodyPr')}"
_SIZED_TO_TEXT = qn("a:spAutoFit")
_BEFORE = qn("a:spcBef")


def is_tile(element: Any) -> bool:
    """A shape (not a text box, not a placeholder) the template sets to resize to fit its text."""
    body_pr = element.find(_BODY_PR)
    return (
        element.tag == qn("p:sp")
        and not is_text_box(element)
        and element.find(f".//{qn('p:nvPr')}/{qn('p:ph')}") is None
        and body_pr is not None
        and body_pr.find(_SIZED_TO_TEXT) is not None
    )


def text_need(element: Any, width: int) -> int:
    """The height (EMU) a tile's text takes at its autofit scale, insets and the space before its
    paragraphs included (the label set off from its number)."""
    body = element.find(qn("p:txBody"))
    before = sum(int(s.get("val", "0")) for s in body.iter(qn("a:spcPts")) if s.getparent().tag == _BEFORE)
    return text_height(element, width) + int(before / 100 * autofit_scale(body) * EMU_PER_PT)


def size_tiles(slide: Any) -> list[Any]:
    """Size and place a slide's tiles (`is_tile`) to their text; leave a layout whose rows overlap.
    The tiles."""
    if not any(is_tile(e) for e in slide.shapes._spTree.iterchildren(qn("p:sp"))):
        return []  # most slides: no tiles
    tiles = [s for s in slide.shapes if is_tile(s._element) and movable(s) and s.width and s.height]
    _size(slide, tiles)
    return tiles


def _size(slide: Any, tiles: list[Any]) -> None:
    for tile in tiles:  # sized once here: shrink on overflow from now on, as PowerPoint would
        body = tile._element.find(qn("p:txBody"))
        set_scale(body, autofit_scale(body))
    if not tiles:
        return
    rows: list[list[Any]] = []
    for tile in sorted(tiles, key=lambda t: t.top):
        if rows and abs(tile.top - rows[-1][0].top) < ROW_TOLERANCE:
            rows[-1].append(tile)
        else:
            rows.append([tile])
    # one size a slide: never '120만 회 이상' shrunk beside '2,870건' full (review DD), nor a row of
    # five at 40 pt over one at 29 pt (review HH: Bengaluru's Investment, its five tiles on one page)
    _one_number_size([tile for row in rows for tile in row])
    bottoms = [max(t.top + t.height for t in row) for row in rows]
    gaps = [rows[i + 1][0].top - bottoms[i] for i in range(len(rows) - 1)]
    if any(gap < 0 for gap in gaps):
        return  # tiles over one another: the template's own arrangement
    first = rows[0][0].top
    floor = max(first, _text_above(slide, tiles, first) + LEAD_GAP)  # under a lead line over them
    one_row = len(rows) == 1 and len(tiles) > 1
    if one_row:  # a row alone: its text a size up (review KK: Andong's '경제 효과' floated)
        grow_one_row(rows[0], bottoms[0] - floor, lambda t: text_need(t._element, t.width), TILE_ROOM)
    need = max(text_need(t._element, t.width) for t in tiles)
    height = int(max(need * TILE_ROOM, max(t.width for t in tiles) / TILE_FLATTEST))
    if one_row:  # ... and its tiles taller, a card round its text, to fill the room under its lead
        height = max(height, int(min((bottoms[0] - floor) * ONE_ROW_FILL, need * ONE_ROW_ROOM)))
    if floor > first:  # the rows share the room under it, each as tall as it leaves them
        height = min(height, (bottoms[-1] - floor - sum(gaps)) // len(rows))
    elif not need or all(t.height <= height for t in tiles):
        return  # no text, or full already: the template's geometry
    heights = [[min(t.height, height) for t in row] for row in rows]
    spans = [max(h) for h in heights]
    centre = (floor + bottoms[-1]) // 2
    top = centre - (sum(spans) + sum(gaps)) // 2
    for index, row in enumerate(rows):
        for tile, new in zip(row, heights[index], strict=True):
            tile.top, tile.height = top + (spans[index] - new) // 2, new
        top += spans[index] + (gaps[index] if index < len(gaps) else 0)


def widen_tiles(slide: Any) -> None:
    """Before the fit: in each row of a slide's tiles, the room shared by what their numbers need
    at the size the template sets them, so that one long number ('1조 2000억 원 이상' beside
    '3500억 원' and '1,480건') takes the room the short ones leave rather than setting the whole
    row, which shares one size (`_one_number_size`), at about 21 pt (closing-34). Each tile keeps
    at least NARROWEST of its width; the row keeps its span, gaps and order. A row whose numbers
    fit at SHRUNK of their size or more, or of one tile, is left. Rows of as many tiles over the
    same span share their columns' widths (`_columns`)."""
    tiles = [s for s in slide.shapes if is_tile(s._element) and movable(s) and s.width and s.height]
    rows: list[list[Any]] = []
    for tile in sorted(tiles, key=lambda t: (t.top, t.left)):
        if rows and abs(tile.top - rows[-1][0].top) < ROW_TOLERANCE:
            rows[-1].append(tile)
        else:
            rows.append([tile])
    rows = [sorted(row, key=lambda t: t.left) for row in rows]
    sizing = [_row_sizing(row) for row in rows]
    grids: dict[tuple[int, int, int], list[int]] = {}
    for at, row in enumerate(rows):
        if sizing[at] is not None:
            grids.setdefault((len(row), row[0].left, _span(row)), []).append(at)
    for members in grids.values():
        sized = {at: found for at in members if (found := sizing[at]) is not None}
        wanted = [at for at, (_, wants) in sized.items() if wants]
        if not wanted:
            continue  # every row's numbers fit: the template's even columns
        together = _columns([sized[at][0] for at in members], _room(rows[members[0]]))
        for at in members if together is not None else wanted:
            widths = together if together is not None else _columns([sized[at][0]], _room(rows[at]))
            if widths is not None:
                _place(rows[at], widths)


def _span(row: list[Any]) -> int:
    return row[-1].left + row[-1].width - row[0].left


def _room(row: list[Any]) -> int:
    return sum(t.width for t in row)


#: A row's tiles' widths with its numbers set at a scale of their size.
WidthsAt = Callable[[float], list[int]]


def _row_sizing(row: list[Any]) -> tuple[WidthsAt, bool] | None:
    """A row's widths at a scale of its numbers' size, and whether its numbers need the room
    shared (they do not fit at SHRUNK); None for a row of one tile or of tiles over one another."""
    insets = [_insets(t) for t in row]
    needs = [_number_need(t) for t in row]
    if len(row) < 2:
        return None
    if any(row[i].left + row[i].width > row[i + 1].left for i in range(len(row) - 1)):
        return None  # tiles over one another: the template's own arrangement
    wants = not all(n * SHRUNK + i <= t.width for n, i, t in zip(needs, insets, row, strict=True))
    # no narrower than its label's longest word, which it would have to break ('Busi-ness-to-…'),
    # nor, in a row of up to three, than its label's line where the even tile held it on one
    # (review JJ: '23 / Lande repræsenteret' wrapped in a tile cut narrow beside 'nearly kr.47
    # millioner'); a row of four's labels are set in two lines: its short tiles share one width
    kept = len(row) <= WHOLE_LABELS
    floors = [
        min(t.width, max(int(t.width * NARROWEST), _words_need(t) + i, _kept_line(t, i) if kept else 0))
        for t, i in zip(row, insets, strict=True)
    ]
    # the number that drags the row is fitted to its tile (fit.py keeps its margin); the others,
    # set at its size, keep SPARE over what they need at it
    longest = max(range(len(row)), key=lambda i: needs[i] / (row[i].width - insets[i]))
    spare = [1.0 if i == longest else SPARE for i in range(len(row))]

    def widths_at(scale: float) -> list[int]:
        fitted = zip(needs, insets, floors, spare, strict=True)
        return [max(f, int(n * scale * s) + i) for n, i, f, s in fitted]

    return widths_at, wants


def _columns(rows: list[WidthsAt], room: int) -> list[int] | None:
    """One set of column widths for rows of as many tiles (review KK: Andong's two rows of three,
    the first widened at its first tile and the second at its last, shared no column edge): the
    largest scale of their numbers at which each column, as wide as its widest tile, fills no more
    than `room`. None where the columns cannot hold the rows' floors."""

    def widths_at(scale: float) -> list[int]:
        return [max(column) for column in zip(*(at(scale) for at in rows), strict=True)]

    if len(rows) > 1 and sum(widths_at(0.0)) > room:
        return None  # each row by itself, then
    low, high = 0.0, 1.0
    if sum(widths_at(high)) <= room:
        low = high
    for _ in range(24 if low < high else 0):
        middle = (low + high) / 2
        low, high = (middle, high) if sum(widths_at(middle)) <= room else (low, middle)
    return _levelled(widths_at(low), room)


def _place(row: list[Any], widths: list[int]) -> None:
    left = row[0].left
    gaps = [row[i + 1].left - row[i].left - row[i].width for i in range(len(row) - 1)]
    for index, (tile, width) in enumerate(zip(row, widths, strict=True)):
        tile.left, tile.width = left, width
        left += width + (gaps[index] if index < len(gaps) else 0)


def _levelled(widths: list[int], room: int) -> list[int]:
    """`widths` raised to one level where that fills `room`: the room left goes to the narrowest
    tiles first, so the tiles a number does not widen share one width (review JJ: a row of three,
    each of a different width, read as misaligned)."""
    level = max(widths)
    if sum(widths) >= room or level * len(widths) <= room:
        return [w + (room - sum(widths)) // len(widths) for w in widths]
    low, high = min(widths), level
    while high - low > 1:  # the highest level whose raised widths fit the room
        middle = (low + high) // 2
        low, high = (middle, high) if sum(max(w, middle) for w in widths) <= room else (low, middle)
    raised = [max(w, low) for w in widths]
    return [w + (room - sum(raised)) // len(raised) for w in raised]


def _label_lines(tile: Any) -> list[tuple[str, bool, int]]:
    """A tile's lines other than its number: each one's text, whether it is bold, and its largest
    size (hundredths of a point); lines of no set size are left out."""
    number = _number_size(tile)
    lines = []
    for p in tile._element.find(qn("p:txBody")).iter(qn("a:p")):
        sizes = [int(r.get("sz")) for r in p.iter(qn("a:rPr")) if r.get("sz", "").isdigit()]
        if (number is not None and p is number[0]) or not sizes:
            continue
        bold = any(r.get("b") == "1" for r in p.iter(qn("a:rPr")))
        lines.append(("".join(t.text or "" for t in p.iter(qn("a:t"))), bold, max(sizes)))
    return lines


def _kept_line(tile: Any, insets: int) -> int:
    """The width (EMU) of a tile's widest line other than its number where its width holds that
    line whole, else 0: a label that fits on one line is not wrapped by a narrower tile. Measured
    as the lines' estimate measures it (a Hangul letter a full em, `text_em`): a row of one tile
    grows its labels while that estimate keeps their lines (row_type.py)."""
    widest = max(
        (text_em(text) * word_margin(text, bold) * size / 100 for text, bold, size in _label_lines(tile)),
        default=0.0,
    )
    need = math.ceil(widest * EMU_PER_PT * SPARE) + insets  # a wider face: LibreOffice wrapped it
    return need if need <= tile.width else 0


def _number_need(tile: Any) -> int:
    """The width (EMU) a tile's number line needs at its set size: a number is one unbreakable
    word (fit.py measures it so)."""
    found = _number_size(tile)
    if found is None:
        return 0
    p, size = found
    text = "".join(t.text or "" for t in p.iter(qn("a:t")))
    return int(_widest(text, True) * size / 100 * EMU_PER_PT)


def _words_need(tile: Any) -> int:
    """The width (EMU) of the widest word of a tile's lines other than its number, at their size,
    the last two words of a line of three or more as one (as the fit ties them where the line
    wraps: fit.py, `_tie_last_words`); a label of two words may wrap between them ('Charities /
    supported' in a row of four: review LL)."""
    widest = max(
        (
            _widest(re.sub(r" (\S+)$", "\u00a0\\1", text) if text.count(" ") >= 2 else text, bold)
            * size
            / 100
            for text, bold, size in _label_lines(tile)
        ),
        default=0.0,
    )
    return int(widest * EMU_PER_PT * SPARE)  # a wider face: LibreOffice broke "Business-to-busi-ness"


def _one_number_size(row: list[Any]) -> None:
    """The number lines of a row of tiles at the smallest size the fit set any of them (fit.py sets
    a number too wide for its tile smaller), each of its runs in proportion."""
    found = [n for n in map(_number_size, row) if n is not None]
    if len(found) < 2:
        return
    least = min(size for _, size in found)
    for p, size in found:
        if size <= least:
            continue
        for r_pr in p.iter(qn("a:rPr"), qn("a:endParaRPr")):
            if r_pr.get("sz", "").isdigit():
                r_pr.set("sz", str(int(int(r_pr.get("sz")) * least / size) // 50 * 50))


def _text_above(slide: Any, tiles: list[Any], top: int) -> int:
    """The bottom (EMU) of the text held by a text box over the top of the tiles' room (`top`),
    across them: a page of tiles' lead line (`glance_leads`), which the template sets over the
    room the tiles take where it is empty; 0 where there is none."""
    left, right = min(t.left for t in tiles), max(t.left + t.width for t in tiles)
    lowest = 0
    for shape in slide.shapes:
        element = shape._element
        if not is_text_box(element) or not shape.text_frame.text.strip() or not shape.height:
            continue
        if not (shape.top <= top < shape.top + shape.height) or shape.left >= right:
            continue
        if shape.left + shape.width <= left:
            continue
        lowest = max(lowest, shape.top + text_height(element, shape.width))
    return lowest
