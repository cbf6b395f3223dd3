"""Body text far below its title: a slide's body whose first line starts more than FAR_PT under
its title, on a slide it leaves mostly empty (its lines take less than EMPTY of their box), reads
as floating, set apart from what it belongs to (review HH: the Austrian fair's 'Zwei Hallen
blieben geschlossen.', a template's body anchored in the middle of its box). The renderer sets
bodies from their box's top (powerpoint/top_anchor.py); this names a slide where a template's
geometry still leaves the gap. The document check runs it on each slide (office/quality.py)."""

from __future__ import annotations

from typing import Any

from pptx.oxml.ns import qn

from reportgen.office.powerpoint.fit import EMU_PER_PT, inherited_size, is_title, text_height
from reportgen.office.powerpoint.top_anchor import CENTRE_FROM
from reportgen.office.powerpoint.under_title import is_body

#: Between a title's foot and its body's first line: more than this (about two lines of body
#: text) reads as a gap, not a margin (the deck's own bodies start about 16 pt under the title).
FAR_PT = 48.0
#: A body whose lines take less than this share of their box leaves its slide mostly empty (a body
#: alone that takes more is set in the middle of its box: powerpoint/top_anchor.py).
EMPTY = CENTRE_FROM


def far_below(shape: Any, shapes: list[Any], where: str, sizes: dict[Any, float]) -> list[str]:
    """A warning naming the slide where `shape`, a body under its slide's title (`shapes`: the
    slide's), starts far below the title or the lowest box set over it (a headline over a chart
    and its points)."""
    title = next((s for s in shapes if is_title(s._element)), None)
    if title is None or shape is title or not is_body(shape) or None in (shape.top, shape.left):
        return []
    if not shape.height or not shape.width or shape.top < _bottom(title):
        return []
    over = [
        _bottom(s)
        for s in shapes
        if s is not shape
        and None not in (s.top, s.left, s.width, s.height)
        and _bottom(s) <= shape.top
        and s.left < shape.left + shape.width
        and shape.left < s.left + s.width
    ]
    element = shape._element
    used = text_height(element, shape.width, inherited_size(shape, sizes))
    if not used or used >= EMPTY * shape.height:
        return []
    body_pr = element.find(f"{qn('p:txBody')}/{qn('a:bodyPr')}")
    anchor = body_pr.get("anchor") if body_pr is not None else None
    first = shape.top + {"ctr": (shape.height - used) / 2, "b": shape.height - used}.get(anchor or "t", 0)
    gap = (first - max(over, default=_bottom(title))) / EMU_PER_PT
    if gap <= FAR_PT:
        return []
    text = " ".join(shape.text_frame.text.split())
    return [
        f"{where}: the text '{text[:30]}' starts {gap:.0f} pt below its title, on a slide it leaves "
        "mostly empty; set it from the top of its box (anchor: top), under its title"
    ]


def _bottom(shape: Any) -> int:
    return int(shape.top or 0) + int(shape.height or 0)
