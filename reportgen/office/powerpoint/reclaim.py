"""Room an empty text box leaves: the shapes right under it move up into it.

A template lays out a slide for its fullest case: a headline above a chart, say. When the headline
renders empty (the slide's title already states the finding), its box is a hole of an inch above
the chart, and the chart and the text beside it sit low and small. After rendering, each shape
whose top lies just below an empty text box it is covered by (horizontally) takes that box's top,
growing by as much, so the slide's content fills the slide as the template's full case does.
Titles never move (they stay where the master puts them), nor do shapes the box does not cover.
"""

from __future__ import annotations

import hashlib
from typing import Any

from lxml import etree
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.util import Inches

from reportgen.memo import Memo
from reportgen.office.ooxml import qn

#: How far below an empty box's bottom a shape may start and still be "right under" it.
REACH = Inches(0.3)


_SP, _TEXT = qn("p:sp"), qn("a:t")
_TEXT_BOX = f"{qn('p:nvSpPr')}/{qn('p:cNvSpPr')}"


def is_text_box(element: Any) -> bool:
    """Whether a shape's XML marks it a text box (not a placeholder), read without python-pptx's
    proxy, which walks the layout for each property."""
    marks = element.find(_TEXT_BOX)
    return element.tag == _SP and marks is not None and marks.get("txBox") in ("1", "true")


def _empty_box(element: Any) -> bool:
    """A text box (not a placeholder) whose text rendered empty, read from its XML: python-pptx
    builds a proxy and walks the layout for each property, on every shape of every slide."""
    return is_text_box(element) and not "".join(t.text or "" for t in element.iter(_TEXT)).strip()


def movable(shape: Any) -> bool:
    """Whether a rendered shape may be moved or resized to make room: any with a place of its own
    but a slide's title, which stays where the master puts it (foot_room.py too)."""
    if shape.is_placeholder and shape.placeholder_format.type in {
        PP_PLACEHOLDER.TITLE,
        PP_PLACEHOLDER.CENTER_TITLE,
    }:
        return False
    return shape.top is not None and shape.height is not None


def reclaim_empty_boxes(slide: Any, marker: str = "") -> None:
    """`marker`: the start of the picture slots' markers, which differs from build to build (a
    secret): a slide's moves are kept by its XML with the marker written one way."""
    tree = slide.shapes._spTree
    if not any(_empty_box(element) for element in tree.iterchildren()):
        return  # most slides: nothing rendered empty, nothing to read
    key = _key(slide, marker)
    moves = _MOVES.get(key) if key is not None else None
    if moves is None:
        moves = _moves(slide)  # found and made
        if key is not None:
            _MOVES.remember(key, moves)
        return
    members = list(slide.shapes._iter_member_elms())
    for index, height, top in moves:  # made again, as `_moves` made them, in its order
        shape = slide.shapes._shape_factory(members[index])
        shape.height = height
        shape.top = top


#: A slide's moves (shape index, height, top), by a digest of everything `_moves` reads: the
#: slide's shapes and its layout's and master's placeholders (where a placeholder without a
#: place of its own stands). python-pptx reads a placeholder's place through its layout each
#: time; a rebuild renders mostly the slides it rendered before (256 slides).
_MOVES: Memo[bytes, tuple[tuple[int, int, int], ...]] = Memo(256)


def _key(slide: Any, marker: str) -> bytes | None:
    try:
        layout = slide.slide_layout
        parts = (slide.shapes._spTree, layout._element, layout.slide_master._element)
    except (KeyError, AttributeError):  # a damaged template's slide: worked out, not kept
        return None
    found = hashlib.sha256()
    for element in parts:
        xml = etree.tostring(element)
        if marker:  # where a slot's marker stands, not its secret: moves read only whether a box is empty
            xml = xml.replace(marker.encode(), b"[[marker:")
        found.update(hashlib.sha256(xml).digest())
    return found.digest()


def _moves(slide: Any) -> tuple[tuple[int, int, int], ...]:
    """Each shape right under an empty box, grown up into it: (its index among the slide's shapes,
    its new height, its new top), in the order they are set."""
    shapes = list(slide.shapes)
    index_of = {id(shape._element): index for index, shape in enumerate(shapes)}
    moves: list[tuple[int, int, int]] = []
    empty = [s for s in shapes if _empty_box(s._element) and (s.height or 0) > 0]
    # each shape's place read once (python-pptx walks the XML, and a placeholder's layout, per read)
    places = [(s, s.left, s.top, s.width, s.height) for s in shapes if s not in empty and movable(s)]
    for box in empty:
        top, height, left, width = box.top, box.height, box.left, box.width
        bottom, right = top + height, left + width
        for index, (shape, s_left, s_top, s_width, s_height) in enumerate(places):
            below = bottom - height // 2 <= s_top <= bottom + REACH
            covered = left <= s_left and s_left + s_width <= right
            if below and covered:
                shape.height = s_height + s_top - top
                shape.top = top
                moves.append((index_of[id(shape._element)], s_height + s_top - top, top))
                places[index] = (shape, s_left, top, s_width, s_height + s_top - top)
    return tuple(moves)
