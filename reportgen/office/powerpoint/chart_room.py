"""Room under a chart whose names would be set small: its box takes the height down to the slide's
foot first.

A chart of many bars drawn across sets its names at the size its rows leave them (native.py,
down to 9 pt). Review RR2 found the youth games' eleven states at a small size in wide bands, under
a lead of three rows, with an empty sources footer under the chart: the room was on the slide, the
chart's box stopped where the template's slot does. Before the chart is made, a slot whose names
would be set under the deck's chart size grows down over the empty boxes under it (a sources
footer this slide leaves empty), to a little above the first text or picture under it, never past
the template's own boxes; its names then take the size the taller rows give them. Any template:
the room is measured on the slide as the template laid it out.
"""

from __future__ import annotations

from typing import Any

from pptx.util import Inches

from reportgen.office.ooxml import qn
from reportgen.office.powerpoint.fit import inherited_size, text_height
from reportgen.office.powerpoint.foot_room import foot_anchored

#: The gap kept between a chart's new foot and the text under it.
GAP = Inches(0.1)

_PICTURES = (qn("p:pic"), qn("p:graphicFrame"), qn("p:grpSp"), qn("p:cxnSp"))


def room_under(slide: Any, slot: Any, height: int, sizes: dict[Any, float]) -> int:
    """How tall (EMU) `slot`, `height` tall, may grow down: over the empty text boxes under it,
    across from it (their foot is the template's), to GAP above the first text or picture under
    it (a text set from its foot: above its first line)."""
    if None in (slot.top, slot.left, slot.width):
        return height  # a slot placed by its layout alone: the layout's room
    top, left, right = slot.top, slot.left, slot.left + slot.width
    foot = floor = top + height
    stops = []
    for shape in slide.shapes:
        if shape is slot or None in (shape.top, shape.left, shape.width, shape.height):
            continue
        across = shape.left < right and left < shape.left + shape.width
        bottom = shape.top + shape.height
        if not across or bottom <= foot or shape.top < top:
            continue  # beside it, above its foot, or a panel behind it
        if _empty(shape):
            floor = max(floor, bottom)
        elif foot_anchored(shape._element):
            stops.append(bottom - text_height(shape._element, shape.width, inherited_size(shape, sizes)))
        else:
            stops.append(shape.top)
    limit = min([floor, *(s - GAP for s in stops)])
    return max(height, limit - top)


def _empty(shape: Any) -> bool:
    """A text box or placeholder with no text: its rows are room."""
    element = shape._element
    if element.tag in _PICTURES:
        return False
    return not "".join(t.text or "" for t in element.iter(qn("a:t"))).strip()
