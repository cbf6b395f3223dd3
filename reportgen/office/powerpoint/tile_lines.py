"""The numbers of a row of key-figure tiles on one line, their labels on another, whatever each
number has above it (a qualifier: 'ponad') or below it (a unit on a line of its own: 'steden').

Each tile set its text in its middle, so '63' (no unit) stood lower than '28' over 'steden', and
'27' lower than 'prawie' / '4,8 mln' / 'widzów' (review FF). Here the tiles of a row get the same
lines: an empty line of the same size where a neighbour has a qualifier or a unit, and their texts
start at one height, the row's fullest text centred in its tile. `rows_out_of_line` measures where
each tile's number and label stand, and `overflowing` which tiles' text is taller than they are,
for the document check.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

from lxml import etree

from reportgen.office.ooxml import qn
from reportgen.office.powerpoint.fit import EMU_PER_PT, autofit_scale, text_height
from reportgen.office.powerpoint.reclaim import is_text_box

#: Tiles whose tops differ by less than this are one row (as tiles.py groups them).
ROW_TOLERANCE = 45720
#: Numbers (or labels) of a row whose lines stand further apart than this do not line up (EMU).
OUT_OF_LINE = 45720
_BEFORE = qn("a:spcBef")


def tile_rows(shapes: list[Any]) -> list[list[Any]]:
    """The shapes (tiles) grouped in rows by their tops."""
    rows: list[list[Any]] = []
    for tile in sorted(shapes, key=lambda t: t.top):
        if rows and abs(tile.top - rows[-1][0].top) < ROW_TOLERANCE:
            rows[-1].append(tile)
        else:
            rows.append([tile])
    return rows


def own_tiles(slide: Any) -> list[Any]:
    """A template's own tiles, which it does not size to their text (tiles.py leaves them where it
    sets them): shapes (not text boxes, not placeholders) whose text has a number in bold."""
    return [
        s
        for s in slide.shapes
        if s._element.tag == qn("p:sp")
        and not is_text_box(s._element)
        and s._element.find(f".//{qn('p:nvPr')}/{qn('p:ph')}") is None
        and s.width
        and s.height
        and _parts(s._element) is not None
    ]


def align_tile_rows(tiles: list[Any]) -> None:
    """Give each row's tiles the same lines over their numbers and labels, and start their texts
    at one height."""
    for row in tile_rows(tiles):
        parts = [_parts(t._element) for t in row]
        if len(row) < 2 or any(p is None for p in parts):
            continue
        found = [p for p in parts if p is not None]
        for side in (0, 2):  # over the number (a qualifier), between it and the label (a unit)
            most = max(len(p[side]) for p in found)
            model = next(p[side] for p in found if len(p[side]) == most)
            for p in found:
                anchor = p[1] if side == 0 else (p[2][-1] if p[2] else p[1])
                for line in model[len(p[side]) :]:
                    empty = _empty_like(line)
                    if side == 0:
                        anchor.addprevious(empty)
                    else:
                        anchor.addnext(empty)
                        anchor = empty
        texts = [text_need(t) for t in row]
        centre = sum(t.top + t.height // 2 for t in row) // len(row)
        start = centre - max(texts) // 2
        for tile in row:
            body_pr = tile._element.find(f"{qn('p:txBody')}/{qn('a:bodyPr')}")
            body_pr.set("anchor", "t")
            body_pr.set("tIns", str(max(0, start - tile.top)))
            body_pr.set("bIns", "0")


def rows_out_of_line(tiles: list[Any]) -> Iterator[list[str]]:
    """The numbers of each row of tiles whose numbers, or labels, do not stand on one line."""
    for row in tile_rows(tiles):
        places = [_places(t) for t in row]
        if len(row) < 2 or any(p is None for p in places):
            continue
        numbers = [p[0] for p in places if p is not None]
        labels = [p[1] for p in places if p is not None and p[1] is not None]
        if max(numbers) - min(numbers) > OUT_OF_LINE or (
            len(labels) == len(row) and max(labels) - min(labels) > OUT_OF_LINE
        ):
            yield [_text(p[1]) for p in (_parts(t._element) for t in row) if p is not None]


def overflowing(tiles: list[Any]) -> Iterator[str]:
    """The numbers of the tiles whose text, with their insets, needs more height than the tile has
    (review LL: a tile with a unit line a line taller than its row's height): it runs over the
    tile's edge, or LibreOffice and PowerPoint shrink it below its row's size."""
    for tile in tiles:
        if overflows(tile):
            parts = _parts(tile._element)
            yield _text(parts[1]) if parts is not None else ""


def overflows(tile: Any, slack: int = OUT_OF_LINE) -> bool:
    """Whether a tile's text, with its insets, is taller than the tile by more than `slack` (EMU)."""
    if _parts(tile._element) is None or not tile.height:
        return False
    body_pr = tile._element.find(f"{qn('p:txBody')}/{qn('a:bodyPr')}")
    insets = int(body_pr.get("tIns", "45720")) + int(body_pr.get("bIns", "45720"))
    return text_need(tile) + insets > tile.height + slack


def text_need(tile: Any) -> int:
    """The height (EMU) of a tile's text alone, its paragraphs' space before included."""
    return _through(tile._element, tile.width, None)


def _places(tile: Any) -> tuple[int, int | None] | None:
    """(the bottom of the number's line, the top of the label's) in EMU from the slide's top."""
    parts = _parts(tile._element)
    if parts is None:
        return None
    above, _, between, label = parts
    body_pr = tile._element.find(f"{qn('p:txBody')}/{qn('a:bodyPr')}")
    top_inset = int(body_pr.get("tIns", "45720"))
    bottom_inset = int(body_pr.get("bIns", "45720"))
    anchor = body_pr.get("anchor", "t")
    whole = text_need(tile)
    if anchor == "ctr":
        start = tile.top + top_inset + (tile.height - top_inset - bottom_inset - whole) // 2
    elif anchor == "b":
        start = tile.top + tile.height - bottom_inset - whole
    else:
        start = tile.top + top_inset
    number_end = start + _through(tile._element, tile.width, len(above) + 1)
    if label is None:
        return number_end, None
    return number_end, start + _through(tile._element, tile.width, len(above) + 1 + len(between))


def _through(element: etree._Element, width: int, count: int | None) -> int:
    """The height (EMU) of the first `count` paragraphs of a shape's text (all where None), with
    their space before, without the insets."""
    shape = copy.deepcopy(element)
    body = shape.find(qn("p:txBody"))
    paragraphs = body.findall(qn("a:p"))
    for p in paragraphs[count:] if count is not None else []:
        body.remove(p)
    body_pr = body.find(qn("a:bodyPr"))
    insets = int(body_pr.get("tIns", "45720")) + int(body_pr.get("bIns", "45720"))
    kept = body.findall(qn("a:p"))
    before = sum(
        int(s.get("val", "0"))
        for p in kept[1:]  # a first paragraph's space before: LibreOffice sets none at a box's top
        for s in p.iter(qn("a:spcPts"))
        if s.getparent().tag == _BEFORE
    )
    height = text_height(shape, width)
    return max(0, height - insets) + int(before / 100 * autofit_scale(body) * EMU_PER_PT)


def _parts(element: etree._Element) -> tuple[list[Any], Any, list[Any], Any] | None:
    """A tile's paragraphs: those over its number (its first in bold), the number's, those between
    it and its label (the first after it set off by space before), and the label's; None where
    it has no number."""
    body = element.find(qn("p:txBody"))
    if body is None:
        return None
    paragraphs = body.findall(qn("a:p"))
    number = next((i for i, p in enumerate(paragraphs) if _bold(p)), None)
    if number is None:
        return None
    label = next(
        (
            i
            for i in range(number + 1, len(paragraphs))
            if paragraphs[i].find(f"{qn('a:pPr')}/{_BEFORE}") is not None
        ),
        None,
    )
    between = paragraphs[number + 1 : label] if label is not None else []
    return paragraphs[:number], paragraphs[number], between, paragraphs[label] if label is not None else None


def _bold(p: etree._Element) -> bool:
    return any(
        r.get("b") == "1" and (r.getparent().findtext(qn("a:t")) or "").strip() for r in p.iter(qn("a:rPr"))
    )


def _text(p: etree._Element) -> str:
    return "".join(t.text or "" for t in p.iter(qn("a:t"))).strip()


def _empty_like(paragraph: etree._Element) -> etree._Element:
    """An empty paragraph as tall as `paragraph`'s line: its properties, its mark at its size."""
    empty = etree.Element(qn("a:p"))
    properties = paragraph.find(qn("a:pPr"))
    if properties is not None:
        empty.append(copy.deepcopy(properties))
    sized = next((r for r in paragraph.iter(qn("a:rPr"), qn("a:endParaRPr")) if r.get("sz")), None)
    mark = etree.SubElement(empty, qn("a:endParaRPr"))
    if sized is not None:
        mark.set("sz", sized.get("sz"))
        if sized.get("lang"):
            mark.set("lang", sized.get("lang"))
    return empty
