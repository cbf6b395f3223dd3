"""A slide's body text starts under its title: a body placeholder the template anchors in the
middle (or at the foot) of its box is set from the box's top, so a short body (a line or three)
does not float far below its title over an empty slide (review HH: the Austrian fair's 'Zwei
Hallen blieben geschlossen.' two lines below its title). A statement (`fit.is_statement`: a pull
quote, centred and set large to fill its slide) is display type and keeps its middle; a body that
fills its box reads the same from its top. The document check names what this leaves, in a
user's template too (office/far_below.py)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pptx.oxml.ns import qn

from reportgen.office.powerpoint.under_title import is_body

#: The anchors that set a body's lines away from the top of its box.
_AWAY = frozenset({"ctr", "b"})


def from_top(shapes: Iterable[Any]) -> None:
    """Anchor each body placeholder (not a statement) of a slide at the top of its box."""
    for shape in shapes:
        if not is_body(shape):
            continue
        body_pr = shape._element.find(f"{qn('p:txBody')}/{qn('a:bodyPr')}")
        if body_pr is not None and body_pr.get("anchor") in _AWAY:
            body_pr.set("anchor", "t")
