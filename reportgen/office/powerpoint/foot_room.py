"""Room for text set from a box's foot: the shapes above it end where its lines begin.

A template's source line on the deck's last slide is a tall box anchored at its bottom, so its
lines grow up from the slide's foot as far as they need (three lines of sources, or five). The
box overlaps the body above it by design; where the sources take more lines than the body leaves
free, the body's last lines ran into them (review R: a Polish quote's credit touched 'Źródła: …').
After rendering, each shape above a foot-anchored text box, across from it, ends a little above
its first line; the fit code then shrinks the body's text into the room left, or says it cannot.
"""

from __future__ import annotations

from typing import Any

from pptx.util import Inches

from reportgen.office.ooxml import qn
from reportgen.office.powerpoint.fit import inherited_size, text_height
from reportgen.office.powerpoint.reclaim import is_text_box, movable

#: The gap kept between a shape's new foot and the first line of the text below it.
GAP = Inches(0.1)
#: A shape keeps at least this share of its height: a template whose box is mostly under the
#: footer is the template's own layout, left as it is (the check reports overlapping text).
LEAST_SHARE = 0.5

_ANCHOR = f"{qn('p:txBody')}/{qn('a:bodyPr')}"


def foot_anchored(element: Any) -> bool:
    """A text box (not a placeholder: a title set from its foot is the layout's own) whose text is
    set from its foot, and is not empty."""
    body_pr = element.find(_ANCHOR)
    return (
        is_text_box(element)
        and body_pr is not None
        and body_pr.get("anchor") == "b"
        and bool("".join(t.text or "" for t in element.iter(qn("a:t"))).strip())
    )


def clear_of_feet(slide: Any, sizes: dict[Any, float]) -> None:
    """End each shape above a foot-anchored text box, across from it, above that box's lines."""
    if not any(foot_anchored(e) for e in slide.shapes._spTree.iterchildren(qn("p:sp"))):
        return  # most slides: no text set from a foot
    shapes = list(slide.shapes)
    for foot in [s for s in shapes if foot_anchored(s._element)]:
        if foot.top is None or foot.height is None or not foot.width:
            continue
        used = text_height(foot._element, foot.width, inherited_size(foot, sizes))
        lines_top = foot.top + foot.height - used
        for shape in shapes:
            if shape is foot or not movable(shape) or shape.left is None or shape.width is None:
                continue
            top, height, left, width = shape.top, shape.height, shape.left, shape.width
            across = left < foot.left + foot.width and foot.left < left + width
            if not across or top >= lines_top or top + height <= lines_top - GAP:
                continue
            new = lines_top - GAP - top
            if new >= height * LEAST_SHARE:  # all four set: a placeholder's place is its layout's
                shape.left, shape.top, shape.width, shape.height = left, top, width, int(new)


def first_line_top(shape: Any, sizes: dict[Any, float]) -> int | None:
    """Where a text shape's first line starts (EMU from the slide's top), its anchor and top inset
    counted, as the document check reads it; None for a shape without text or a box."""
    if not getattr(shape, "has_text_frame", False) or not shape.text_frame.text.strip():
        return None
    if shape.top is None or not shape.height or not shape.width:
        return None
    used = min(text_height(shape._element, int(shape.width), inherited_size(shape, sizes)), shape.height)
    body_pr = shape._element.find(_ANCHOR)
    anchor = body_pr.get("anchor") if body_pr is not None else None
    inset = body_pr.get("tIns", "") if body_pr is not None else ""
    slack = {"ctr": (shape.height - used) // 2, "b": shape.height - used}.get(anchor or "t", 0)
    return int(shape.top + slack + (int(inset) if inset.isdigit() else 45720))
