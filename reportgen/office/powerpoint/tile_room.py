"""A key-figure tile whose text needs more height than the tile has, shortened before LibreOffice
or PowerPoint shrinks it or lets it spill (review MM: Montréal's 'près de / 38,4 millions / de
dollars' over a label with its conversion and its as-of needed about 164 pt in a 126 pt tile,
set smaller than its neighbours and touching its edges).

After the tiles are sized and their rows aligned (tiles.py, tile_lines.py), a tile still over
(`tile_lines.overflows`, to the point: LibreOffice shrinks a text a point too tall) is shortened
in the order of what a reader loses least: its unit already stands on its number's line where the
two fit (tile_units.py); the rows of tiles take the room the slide leaves over them under its lead
(tiles.py's LEAD_GAP), every tile one height; the slide's numbers are set smaller together, one
size a slide, down to SHRUNK of their size; last, its conversion ('(environ 26 millions d'euros)')
goes to the slide's speaker notes, with its label and number, as the briefing prints it with the
figure (its as-of stays: it is part of the number, and the check reads the slides for it,
office/asof_check.py). A tile still over after that is the document check's to name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from reportgen.data.plan.views import FigureView
from reportgen.office.ooxml import qn
from reportgen.office.powerpoint.fit import text_height
from reportgen.office.powerpoint.reclaim import is_text_box
from reportgen.office.powerpoint.row_type import number_line
from reportgen.office.powerpoint.tile_lines import _parts, align_tile_rows, overflows, text_need, tile_rows
from reportgen.office.powerpoint.tiles import LEAD_GAP, SHRUNK

#: A tile is made room for until its text, as the build measures it, is this much shorter than
#: the tile (EMU, 4 pt): LibreOffice still shrank Lakes Cup's '61,488' at 0.4 pt to spare.
MARGIN = 50800
_SPACES = " \u00a0\u202f"
#: The numbers are set smaller by this share of their size a step.
_STEP = 0.025


def make_room(slide: Any, tiles: list[Any], figures: Iterable[Any], movable: bool) -> list[str]:
    """Shorten the tiles of `slide` (`tiles`, aligned by tile_lines.py) whose text is taller than
    they are; the figures of the deck (`figures`) tell their conversions. `movable`: the tiles are
    the build's to place (tiles.py), not a template's own. The lines for the slide's speaker notes:
    each figure whose conversion left its tile, with its label."""
    if not any(_over(t) for t in tiles):
        return []
    if movable:  # a taller row loses the reader nothing
        _taller_rows(slide, tiles)
        align_tile_rows(tiles)
    if any(_over(t) for t in tiles):  # the slide's numbers smaller together, down to SHRUNK
        _smaller_numbers(tiles)
    # and only then a conversion to the notes: a number on the slide is a fact its reader reads
    # there (the languages' tests read every amount, its conversion too, on the slides)
    notes = [line for t in tiles if _over(t) and (line := _conversion_out(t, figures))]
    if notes:
        align_tile_rows(tiles)
    return notes


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


def _taller_rows(slide: Any, tiles: list[Any]) -> None:
    """Every tile as tall as the fullest text needs, within the room from under the slide's lead
    (LEAD_GAP below it; the rows' top where there is none) to the lowest row's bottom; the rows
    keep their gaps and are centred in that room."""
    rows = tile_rows(tiles)
    first, bottom = rows[0][0].top, max(t.top + t.height for t in rows[-1])
    above = _lead_bottom(slide, tiles, first)
    floor = min(first, above + LEAD_GAP) if above else first
    gaps = [rows[i + 1][0].top - max(t.top + t.height for t in rows[i]) for i in range(len(rows) - 1)]
    if any(gap < 0 for gap in gaps):
        return  # tiles over one another
    need = max(text_need(t) for t in tiles)  # no inset over it nor under it: aligned
    height = min(need + MARGIN, (bottom - floor - sum(gaps)) // len(rows))
    if all(t.height >= height for t in tiles):
        return
    spans = [max(height, *(t.height for t in row)) for row in rows]
    top = (floor + bottom) // 2 - (sum(spans) + sum(gaps)) // 2
    for index, row in enumerate(rows):
        for tile in row:
            tile.top, tile.height = top, spans[index]
        top += spans[index] + (gaps[index] if index < len(gaps) else 0)


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


def _smaller_numbers(tiles: list[Any]) -> None:
    """The numbers of all `tiles` set smaller together, a step at a time, down to SHRUNK of their
    size, until none overflows (tiles.py: one number size a slide)."""
    numbers = [found[0] for t in tiles if (found := number_line(t)) is not None]
    runs = [r for p in numbers for r in p.iter(qn("a:rPr"), qn("a:endParaRPr"))]
    sizes = {r: int(r.get("sz")) for r in runs if r.get("sz", "").isdigit()}
    scale = 1.0
    while scale - _STEP >= SHRUNK - 1e-9:
        scale -= _STEP
        for r_pr, size in sizes.items():
            r_pr.set("sz", str(int(size * scale) // 50 * 50))
        align_tile_rows(tiles)
        if not any(_over(t) for t in tiles):
            return
