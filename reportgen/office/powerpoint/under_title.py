"""Body text never outranks its slide's title: a sparse slide's text, set large to fill its box,
is set no larger than the title above it, as the title prints (its autofit scale counted).

Review CC: the fr film market's slide 3 and the ja showcase's slide 5 set their body at 32 pt
under a title of 28 pt, shrunk to two lines; a reader takes the larger text for the title. Body
text is the text of a slide's body placeholders (an allow-list of kinds); a statement
(`fit.is_statement`: a pull quote, centred in the middle of its slide) is display type, as are the
tiles' numbers, and may be larger than its title, by one step at most (STATEMENT_STEP).

Review GG (the zh marathon's slide 3): a 40 pt statement under its 28 pt title made the title read
as a caption of it. A statement may stand larger than its title, as display type does; but a
bold title one step smaller than the regular text under it (28 over 32) still reads as the
slide's heading, and 28 over 40 does not. So a statement is set no larger than STATEMENT_STEP
times its title, its paragraphs scaled alike (the quotation keeps its step below the fact).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any

from lxml import etree
from pptx.oxml.ns import qn

from reportgen.office.powerpoint.fit import autofit_scale, inherited_size, is_statement, is_title

#: The placeholder kinds whose text is a slide's body ('obj' and no type: the content placeholder).
BODY_KINDS = frozenset({"body", "obj", None})
#: How much larger than its title a statement may print: one step of the type scale (32 over 28).
STATEMENT_STEP = 8 / 7


def printed_size(shape: Any, sizes: dict[Any, float] | None = None) -> float:
    """The largest size a text shape prints at, its autofit scale counted; 0 without text."""
    body = shape._element.find(qn("p:txBody"))
    if body is None:
        return 0.0
    default = inherited_size(shape, sizes)
    found = [_run_size(r, default) for r in body.iter(qn("a:r")) if (r.findtext(qn("a:t")) or "").strip()]
    return max(found, default=0.0) * autofit_scale(body)


def is_body(shape: Any) -> bool:
    """Whether a shape is one of its slide's body placeholders, not set as a statement."""
    return _body_kind(shape) == "body"


def _body_kind(shape: Any) -> str:
    """'body' for a body placeholder, 'statement' for one set as a statement, '' otherwise."""
    ph = shape._element.find(f"{qn('p:nvSpPr')}/{qn('p:nvPr')}/{qn('p:ph')}")
    if ph is None or ph.get("type") not in BODY_KINDS or not shape.has_text_frame:
        return ""
    set_large = is_statement(shape._element, shape.width or 0, shape.height or 0, inherited_size(shape))
    return "statement" if set_large else "body"


def outranking(
    shapes: Iterable[Any], sizes: dict[Any, float] | None = None
) -> list[tuple[Any, float, float]]:
    """The body shapes of a slide (`shapes`) that print larger than its title (a statement: more
    than STATEMENT_STEP times it): each with its size and the largest it may print at."""
    shapes = list(shapes)
    title = next((s for s in shapes if is_title(s._element) and s.has_text_frame), None)
    top = printed_size(title, sizes) if title is not None else 0.0
    if not top:
        return []
    found = []
    for shape in shapes:
        kind = _body_kind(shape) if shape is not title else ""
        limit = top * STATEMENT_STEP if kind == "statement" else top
        if kind:
            size = printed_size(shape, sizes)
            if size > limit + 0.05:
                found.append((shape, size, limit))
    return found


def statement_most(shapes: Iterable[Any], sizes: dict[Any, float] | None = None) -> float:
    """The largest a statement on a slide (`shapes`) may print: STATEMENT_STEP times its title."""
    title = next((s for s in shapes if is_title(s._element) and s.has_text_frame), None)
    top = printed_size(title, sizes) if title is not None else 0.0
    return top * STATEMENT_STEP if top else math.inf


def under_title(shapes: Iterable[Any], sizes: dict[Any, float] | None = None) -> None:
    """Set each body shape that prints larger than its slide's title no larger than it: every run
    scaled alike, to whole half points, so its paragraphs keep their ranks (a smaller text never
    overflows the box the larger fitted)."""
    for shape, size, top in outranking(shapes, sizes):
        factor = top / size
        body = shape._element.find(qn("p:txBody"))
        default = inherited_size(shape, sizes)
        for r_pr in _run_properties(body):
            now = int(r_pr.get("sz")) / 100 if r_pr.get("sz", "").isdigit() else default
            r_pr.set("sz", str(math.floor(now * factor * 2) * 50))


def _run_size(run: etree._Element, default: float) -> float:
    r_pr = run.find(qn("a:rPr"))
    sz = r_pr.get("sz", "") if r_pr is not None else ""
    return int(sz) / 100 if sz.isdigit() else default


def _run_properties(body: etree._Element) -> list[etree._Element]:
    """Each run's properties (made where a run has none) and each paragraph's end's."""
    found = []
    for run in body.iter(qn("a:r")):
        r_pr = run.find(qn("a:rPr"))
        if r_pr is None:
            r_pr = etree.SubElement(run, qn("a:rPr"))
            run.remove(r_pr)
            run.insert(0, r_pr)
        found.append(r_pr)
    found.extend(body.iter(qn("a:endParaRPr")))
    return found
