"""A key-figure tile whose text needs more height than the tile has, shortened before LibreOffice
or PowerPoint shrinks it or lets it spill (review MM: Montréal's 'près de / 38,4 millions / de
dollars' over a label with its conversion and its as-of needed about 164 pt in a 126 pt tile,
set smaller than its neighbours and touching its edges).

After the tiles are sized and their rows aligned (tiles.py, tile_lines.py), a tile still over
(`tile_lines.overflows`, to the point: LibreOffice shrinks a text a point too tall) is shortened
in the order of what a reader loses least, so that the number stays the tile's largest text: its
unit already stands on its number's line where the two fit (tile_units.py); the rows of tiles take
the room the slide leaves over them under its lead (tiles.py's LEAD_GAP) and under them down to
FOOT over its foot where nothing is printed there, every tile one height; a note ('Record') goes
after its label's last line where that saves a line; the slide's labels are set a step smaller
(tile_words.py: review MM's nl fair, 'bijna / 310 miljoen / euro / Waarde van de op de beurs
afgesloten handelscontracten / Record', five lines in a tile of four, had its numbers set at four
fifths of their size and still shrunk by LibreOffice); then the slide's numbers smaller together,
one size a slide, down to SHRUNK of their size; last, its conversion ('(environ 26 millions
d'euros)') goes to the slide's speaker notes, with its label and number, as the briefing prints it
with the figure (its as-of stays: it is part of the number, and the check reads the slides for it,
office/asof_check.py), and the tiles are shortened again from their text as set, as little as
they then need. A tile still over after that is the document check's to name.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterable
from typing import Any

from reportgen.data.plan.views import FigureView
from reportgen.office.ooxml import qn
from reportgen.office.powerpoint.fit import text_height
from reportgen.office.powerpoint.reclaim import is_text_box
from reportgen.office.powerpoint.row_type import number_line
from reportgen.office.powerpoint.tile_lines import _parts, align_tile_rows, overflows, text_need, tile_rows
from reportgen.office.powerpoint.tile_words import SEPARATOR, note_on_label, smaller_labels
from reportgen.office.powerpoint.tiles import LEAD_GAP, SHRUNK

#: A tile is made room for until its text, as the build measures it, is this much shorter than
#: the tile (EMU, 4 pt): LibreOffice still shrank Lakes Cup's '61,488' at 0.4 pt to spare.
MARGIN = 50800
#: The room over and under the text of the tile set apart as the news's (filled: record_tiles.py),
#: whose last line is its mark: a mark against the tile's edge reads as cut off (review VV3 #7: the
#: pl charity run's 'NAJWIĘCEJ W LATACH 2022–2026' under a label of three lines). Its row grows for
#: it where the slide has room, else the slide's labels are set a step smaller (never its numbers).
MARKED_MARGIN = 5 * MARGIN
#: Rows of tiles grow down into an empty foot to this far over the slide's bottom edge (EMU, 0.35 in):
#: the deck's other slides set their text as low.
FOOT = 320040
_SPACES = " \u00a0\u202f"
#: The numbers are set smaller by this share of their size a step.
_STEP = 0.025


def make_room(slide: Any, tiles: list[Any], figures: Iterable[Any], movable: bool) -> list[str]:
    """Shorten the tiles of `slide` (`tiles`, aligned by tile_lines.py) whose text is taller than
    they are; the figures of the deck (`figures`) tell their conversions and the language's
    separator. `movable`: the tiles are the build's to place (tiles.py), not a template's own. The
    lines for the slide's speaker notes: each figure whose conversion left its tile, with its
    label."""
    if not any(_over(t) for t in tiles):
        return []
    figures = tuple(figures)
    views = [f for f in figures if isinstance(f, FigureView)]
    separator = views[0]._punct.separator if views else SEPARATOR
    places = [(t, t.top, t.height) for t in tiles]

    def fits() -> bool:
        """The rows as tall as their text now needs, within the room (a taller row loses the
        reader nothing), their lines aligned; whether every tile's text fits it."""
        if movable:
            for tile, top, height in places:
                tile.top, tile.height = top, height
            _taller_rows(slide, tiles)
        align_tile_rows(tiles)
        return not any(_over(t) for t in tiles)

    bodies = [copy.deepcopy(_body(t)) for t in tiles]  # their text as set: shortened afresh
    if _shortened(tiles, fits, separator):
        return []
    # and only then a conversion to the notes: a number on the slide is a fact its reader reads
    # there (the languages' tests read every amount, its conversion too, on the slides); the tiles
    # then shortened again from their text as set, as little as they now need
    over = [_over(t) for t in tiles]
    for tile, body in zip(tiles, bodies, strict=True):
        _body(tile).getparent().replace(_body(tile), copy.deepcopy(body))
    notes = [line for t, o in zip(tiles, over, strict=True) if o and (line := _conversion_out(t, figures))]
    _shortened(tiles, fits, separator)
    return notes


def room_for_mark(slide: Any, tiles: list[Any], marked: list[Any], movable: bool) -> None:
    """Where a tile of `marked` (the news's, filled) has less than MARKED_MARGIN over and under its
    text together, the rows of `tiles` taller, where the slide has room, for MARKED_MARGIN each;
    else the slide's labels a step smaller where that gives it its MARGIN (a label of three lines
    in two), not where it does not. The build's tiles alone (`movable`)."""
    own = [t for t in tiles if any(t is m for m in marked)]
    if not movable or not own or not any(overflows(t, -MARKED_MARGIN) for t in own):
        return
    _taller_rows(slide, tiles, MARKED_MARGIN + insets(own[0]) // 2)
    align_tile_rows(tiles)
    if not any(overflows(t, -MARKED_MARGIN) for t in own):
        return
    bodies = [copy.deepcopy(_body(t)) for t in tiles]
    if smaller_labels(tiles):
        align_tile_rows(tiles)
        if any(overflows(t, -MARKED_MARGIN) for t in own):  # no line saved: as they were
            for tile, body in zip(tiles, bodies, strict=True):
                _body(tile).getparent().replace(_body(tile), body)
            align_tile_rows(tiles)


def insets(tile: Any) -> int:
    """A tile's text insets over and under it together (EMU)."""
    body_pr = tile._element.find(f"{qn('p:txBody')}/{qn('a:bodyPr')}")
    return int(body_pr.get("tIns", "45720")) + int(body_pr.get("bIns", "45720"))


def _shortened(tiles: list[Any], fits: Callable[[], bool], separator: str) -> bool:
    """Shorten `tiles` in the order of what their reader loses least until they `fits`: their rows
    taller, a note after its label's last line, the labels a step smaller, the numbers smaller.
    Whether they fit."""
    if fits():
        return True
    # a note after its label's last line, where that saves a line ('… handelscontracten · Record')
    if _notes_on_labels(tiles, separator) and fits():
        return True
    # the labels a step smaller, one size a slide, before its numbers: the number stays the
    # largest; a note may then find room on its label's last line
    if smaller_labels(tiles):
        _notes_on_labels(tiles, separator)
        if fits():
            return True
    return _smaller_numbers(tiles, fits)  # the slide's numbers smaller together, down to SHRUNK


def _body(tile: Any) -> Any:
    return tile._element.find(qn("p:txBody"))


def _over(tile: Any) -> bool:
    """Whether a tile's text is taller than it less MARGIN: LibreOffice shrinks a text a point too
    tall (review MM: Lakes Cup's '61,488' two points over, its lines out of line with its row's)."""
    return overflows(tile, -MARGIN)


def _conversion_out(tile: Any, figures: Iterable[Any]) -> str:
    """Remove a figure's conversion (' (environ 26 millions d'euros)') from the tile's label; the
    line that says it in the notes ('label: number (conversion)'), or '' where none was found."""
    parts = _parts(tile._element)
    if parts is None or parts[3] is None:
        return ""
    for figure in figures:
        if not isinstance(figure, FigureView) or not figure.conversions_text:
            continue
        punct = figure._punct
        aside = _loose(f"{punct.open}{figure.conversions_text}{punct.close}")
        for text in parts[3].iter(qn("a:t")):
            if text.text and aside.search(text.text):
                text.text = aside.sub("", text.text, count=1)
                return f"{figure.label}{punct.pair}{figure.text_full}"
    return ""


def _loose(text: str) -> re.Pattern[str]:
    """`text` as a pattern that a space matches as any space the build sets ('environ\u00a026
    millions'), and a word joiner may stand between any two characters."""
    parts = ["[ \u00a0\u202f]" if c in _SPACES else re.escape(c) for c in text if c != "\u2060"]
    return re.compile("\u2060?".join(parts))


def _taller_rows(slide: Any, tiles: list[Any], margin: int = MARGIN) -> None:
    """Every tile as tall as the fullest text needs, within the room from under the slide's lead
    (LEAD_GAP below it; the rows' top where there is none) to the foot of the free room under the
    rows (`_foot`); the rows keep their gaps and grow about their middle, moved up or down where
    that room ends on one side."""
    rows = tile_rows(tiles)
    first, bottom = rows[0][0].top, max(t.top + t.height for t in rows[-1])
    above = _lead_bottom(slide, tiles, first)
    floor = min(first, above + LEAD_GAP) if above else first
    foot = max(bottom, _foot(slide, tiles, bottom))
    gaps = [rows[i + 1][0].top - max(t.top + t.height for t in rows[i]) for i in range(len(rows) - 1)]
    if any(gap < 0 for gap in gaps):
        return  # tiles over one another
    need = max(text_need(t) for t in tiles)  # no inset over it nor under it: aligned
    # centred in it (tile_lines.py), as much room over its text as under it: MARGIN each
    height = min(need + 2 * margin, (foot - floor - sum(gaps)) // len(rows))
    if all(t.height >= height for t in tiles):
        return
    spans = [max(height, *(t.height for t in row)) for row in rows]
    whole = sum(spans) + sum(gaps)
    top = max(floor, min((first + bottom) // 2 - whole // 2, foot - whole))
    for index, row in enumerate(rows):
        for tile in row:
            tile.top, tile.height = top, spans[index]
        top += spans[index] + (gaps[index] if index < len(gaps) else 0)


def _foot(slide: Any, tiles: list[Any], bottom: int) -> int:
    """How far down (EMU) the rows of tiles, now ending at `bottom`, may grow: to FOOT over the
    slide's foot, or LEAD_GAP over the first thing under them across them: a text's first line (a
    source line set from its box's foot), a picture or another shape, the layout's and master's
    own shapes too (a logo in the corner); an empty text box is no obstacle."""
    left, right = min(t.left for t in tiles), max(t.left + t.width for t in tiles)
    lowest = slide.part.package.presentation_part.presentation.slide_height - FOOT
    layout = slide.slide_layout
    shapes = [*slide.shapes, *_drawn(layout.shapes), *_drawn(layout.slide_master.shapes)]
    for shape in shapes:
        if shape in tiles or None in (shape.top, shape.left, shape.width, shape.height):
            continue
        if shape.top + shape.height <= bottom or shape.left >= right or shape.left + shape.width <= left:
            continue
        top = shape.top
        if is_text_box(shape._element) or shape.is_placeholder:
            if not shape.has_text_frame or not shape.text_frame.text.strip():
                continue  # an empty box: nothing printed
            top = _text_top(shape)
        lowest = min(lowest, top - LEAD_GAP)
    return lowest


def _drawn(shapes: Any) -> list[Any]:
    """A layout's or master's shapes a slide shows: not its placeholders, which show only where
    the slide has its own."""
    return [s for s in shapes if not s.is_placeholder]


def _text_top(shape: Any) -> int:
    """Where a text shape's first line starts (EMU): at its top, or as far over its foot (its
    middle) as its text is tall where it is set from there."""
    element = shape._element
    body_pr = element.find(f"{qn('p:txBody')}/{qn('a:bodyPr')}")
    anchor = body_pr.get("anchor", "t") if body_pr is not None else "t"
    need = min(text_height(element, shape.width), shape.height)
    if anchor == "b":
        return shape.top + shape.height - need
    if anchor == "ctr":
        return shape.top + (shape.height - need) // 2
    return shape.top


def _notes_on_labels(tiles: list[Any], separator: str) -> bool:
    """Each tile still over its height with its note after its label's last line (tile_words.py)."""
    return any([note_on_label(t, separator) for t in tiles if _over(t)])


def _lead_bottom(slide: Any, tiles: list[Any], first: int) -> int:
    """The bottom (EMU) of the lowest text over the tiles (`first`: their top) across them: a text
    box set from its top ends where its text does, or at its box's foot where it shrinks its text
    to its box (a:normAutofit); another shape at its foot. 0 where there is none."""
    left, right = min(t.left for t in tiles), max(t.left + t.width for t in tiles)
    lowest = 0
    for shape in slide.shapes:
        element = shape._element
        if shape in tiles or not shape.has_text_frame or not shape.text_frame.text.strip():
            continue
        if None in (shape.top, shape.left, shape.width, shape.height):
            continue  # a placeholder placed by its layout: a title, over the body
        if shape.top >= first or shape.left >= right or shape.left + shape.width <= left:
            continue
        body_pr = element.find(f"{qn('p:txBody')}/{qn('a:bodyPr')}")
        bottom = shape.top + shape.height
        if is_text_box(element) and body_pr.get("anchor", "t") == "t":
            need = text_height(element, shape.width)
            shrinks = body_pr.find(qn("a:normAutofit")) is not None
            bottom = shape.top + (min(need, shape.height) if shrinks else need)
        lowest = max(lowest, bottom)
    return lowest


def _smaller_numbers(tiles: list[Any], fits: Callable[[], bool]) -> bool:
    """The numbers of all `tiles` set smaller together, a step at a time, down to SHRUNK of their
    size, until they `fits` (tiles.py: one number size a slide). Whether they do."""
    numbers = [found[0] for t in tiles if (found := number_line(t)) is not None]
    runs = [r for p in numbers for r in p.iter(qn("a:rPr"), qn("a:endParaRPr"))]
    sizes = {r: int(r.get("sz")) for r in runs if r.get("sz", "").isdigit()}
    scale = 1.0
    while scale - _STEP >= SHRUNK - 1e-9:
        scale -= _STEP
        for r_pr, size in sizes.items():
            r_pr.set("sz", str(int(size * scale) // 50 * 50))
        if fits():
            return True
    return False
