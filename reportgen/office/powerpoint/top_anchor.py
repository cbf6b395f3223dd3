"""A short body fills its box from under its title. A body of a few paragraphs that leaves much of
its box empty (SPARSE: a statement's list, set large because its section has little to say:
gipfel-zh's '展会概况', five short lines over the top 40 % of an empty slide) has its paragraphs
spread apart, up to a line and a half between them, until its lines take about FILL of its box,
as a designer sets a short list to fill its slide; a heading and a line set a level down (a
quotation under its speaker's line) stay with the text they belong to, and a list's first column
is not spread apart from the columns beside it. A body alone under its title (no chart, picture,
table, tile or text beside it) whose lines then take from half (CENTRE_FROM) to nearly all (FULL)
of its box is set in the middle of it, as a designer sets a short statement: set from the top,
WAIC's 'Signed projects and investment' left the lower third of its slide empty (a first line
that is a credit stays under its quotation title, the lines after it in the middle of the room
left). Otherwise its template's anchor stays where the text, so anchored, starts near its box's
top; where it would not (a line or three the template anchors in the middle of its box: review
HH, the Austrian fair's 'Zwei Hallen blieben geschlossen.' two lines below its title), it is set
from the top. A statement (`fit.is_statement`: a pull quote, centred and set large to fill its
slide) is display type and keeps its middle. The document check names what this leaves, in a
user's template too (office/far_below.py, office/slide_space.py: `_empty_foot`, `_top_heavy`)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise
from typing import Any

from lxml import etree
from pptx.oxml.ns import qn

from reportgen.office.powerpoint.fit import (
    EMU_PER_PT,
    _paragraph_size,
    inherited_size,
    is_title,
    text_height,
)
from reportgen.office.powerpoint.under_title import is_body

#: The anchors that set a body's lines away from the top of its box.
_AWAY = frozenset({"ctr", "b"})
#: A body whose lines take less than this share of its box leaves much of it empty ...
SPARSE = 0.65
#: ... and its paragraphs are spread until its lines take about this share of it (a line of room
#: under them, so that a folded section's slide is not read as crowded: office/crowded.py) ...
FILL = 0.8
#: ... with at most this much more space after a paragraph, as a share of its size (a line and a
#: half: more reads as items set apart, not a list)
MOST_SPREAD = 1.5
#: ... where it has at least this many paragraphs (a block of text alone is not spread).
SPREAD_FROM = 2
#: A body whose template's anchor starts its text at most this far below its box's top keeps it.
NEAR_PT = 36.0
#: A body alone under its title (no chart, picture, table, tile or text beside it or between them)
#: whose lines, spread, take at least this share of its box but less than FULL of it is set in the
#: middle of its box: set from the top, WAIC's 'Signed projects and investment' (two paragraphs
#: at 32 pt, 70 % of its box) and the Danish biennale's 'Salg og ordrer' (a lead and two bullets,
#: spread) left the lower third of their slide empty, the zh marathon's '奖金与成绩' (two lines and
#: a quotation at 28 pt, 48 % of its box) its lower 39 %. Its first line then starts at most 28 %
#: of its box under its top, not floating (office/far_below.py names a gap over less than this).
CENTRE_FROM = 0.45
#: A body whose lines take this share of its box (a full list) keeps its top: set in the middle, it
#: would move a few points. One spread to FILL, or a list of two people's words that takes 80 % of
#: its box by the estimate (agrishow's 'Vozes da feira', 72 % as printed), is set in the middle.
FULL = 0.95


def from_top(shapes: Iterable[Any], sizes: dict[Any, float] | None = None) -> None:
    """Spread each short body placeholder (not a statement) of a slide over its box, and set it
    from the top of its box where its template's anchor would start it far below its top."""
    shapes = list(shapes)
    for shape in shapes:
        if not is_body(shape) or not shape.height or not shape.width:
            continue
        element = shape._element
        default = inherited_size(shape, sizes)
        if not _beside_text(shape, shapes):  # a list's first column: its rows line up with the next's
            _spread(element, int(shape.width), int(shape.height), default)
        body_pr = element.find(f"{qn('p:txBody')}/{qn('a:bodyPr')}")
        if body_pr is None:
            continue
        used = text_height(element, int(shape.width), default)
        if alone(shape, shapes) and CENTRE_FROM * int(shape.height) <= used < FULL * int(shape.height):
            _centre(element, body_pr, int(shape.height) - used)  # in the middle of the room under its title
            continue
        if body_pr.get("anchor") not in _AWAY:
            continue
        slack = int(shape.height) - used
        offset = slack / 2 if body_pr.get("anchor") == "ctr" else slack
        if offset > NEAR_PT * EMU_PER_PT:
            body_pr.set("anchor", "t")


def alone(shape: Any, shapes: list[Any], columns: Iterable[Any] = (), headed: bool = False) -> bool:
    """Whether a body is its slide's one content under its title: no picture, chart, table, group
    or tile anywhere on the slide, no text beside it (a list's next column, unless one of its
    `columns`) nor between its title and it (a headline over a list, which its list stays under;
    unless `headed`)."""
    columns = [shape, *columns]
    top = int(shape.top or 0)
    left, right = int(shape.left or 0), int(shape.left or 0) + int(shape.width or 0)
    title_foot = max(
        (int(s.top or 0) + int(s.height or 0) for s in shapes if is_title(s._element)), default=0
    )
    for other in shapes:
        if any(other is column for column in columns):
            continue
        element = other._element
        if element.tag in _CONTENT or _tile(element):
            return False
        if is_title(element) or not other.has_text_frame or not other.text_frame.text.strip():
            continue
        o_top, o_left = int(other.top or 0), int(other.left or 0)
        o_right = o_left + int(other.width or 0)
        between = title_foot <= o_top < top and o_left < right and left < o_right
        if between and not headed:
            return False
    return len(columns) > 1 or not _beside_text(shape, shapes)


#: A credit's line: a dash first (the Danish biennale's '— Mette Skovgaard, direktør …' under the
#: quotation its slide's title prints).
_CREDIT = re.compile(r"^[\s\u00a0\u2060]*[—–―-]")


def _centre(element: Any, body_pr: Any, slack: int) -> None:
    """Set a body's lines in the middle of its box (`slack`: the EMU its lines leave free). A first
    line that is a credit completes its title (a quotation) and stays under it: the lines after it
    are set in the middle of the room it leaves, half the slack after it."""
    body = element.find(qn("p:txBody"))
    shown = [p for p in body.findall(qn("a:p")) if "".join(t.text or "" for t in p.iter(qn("a:t"))).strip()]
    first = "".join(t.text or "" for t in shown[0].iter(qn("a:t"))) if shown else ""
    if len(shown) > 1 and _CREDIT.match(first):
        space_after(shown[0], slack / 2 / EMU_PER_PT)
        body_pr.set("anchor", "t")
    else:
        body_pr.set("anchor", "ctr")


#: The shapes that show content of their own (a picture, a chart or table, a group).
_CONTENT = frozenset({qn("p:pic"), qn("p:graphicFrame"), qn("p:grpSp")})


def _tile(element: Any) -> bool:
    """A shape, not a placeholder, with a fill of its own that holds text: a key-figure tile."""
    if element.tag != qn("p:sp") or element.find(f".//{qn('p:nvPr')}/{qn('p:ph')}") is not None:
        return False
    properties = element.find(qn("p:spPr"))
    own = properties is not None and any(properties.find(qn(f"a:{k}")) is not None for k in _FILLS)
    style = element.find(f"{qn('p:style')}/{qn('a:fillRef')}")  # a user's shape filled by its theme
    themed = style is not None and style.get("idx", "0") != "0"
    themed = themed and (properties is None or properties.find(qn("a:noFill")) is None)
    return (own or themed) and bool("".join(element.itertext(qn("a:t"))).strip())


_FILLS = ("solidFill", "gradFill", "blipFill", "pattFill")


def _beside_text(shape: Any, shapes: list[Any]) -> bool:
    """Whether another shape with text stands beside `shape`, level with it (a list's next
    column), rather than above or below it: spread alone, their lines would no longer line up."""
    top, bottom = int(shape.top or 0), int(shape.top or 0) + int(shape.height or 0)
    left, right = int(shape.left or 0), int(shape.left or 0) + int(shape.width or 0)
    for other in shapes:
        if other is shape or not other.has_text_frame or not other.text_frame.text.strip():
            continue
        o_top, o_left = int(other.top or 0), int(other.left or 0)
        o_bottom, o_right = o_top + int(other.height or 0), o_left + int(other.width or 0)
        if o_top < bottom and top < o_bottom and (o_right <= left or right <= o_left):
            return True
    return False


def _spread(element: Any, width: int, height: int, default: float) -> None:
    """More space after each shown paragraph but the last (and a heading, and a line a line set a
    level down follows), alike, until the lines take FILL of the box (`height`), or MOST_SPREAD
    of the paragraph's size more, whichever comes first."""
    used = text_height(element, width, default)
    body = element.find(qn("p:txBody"))
    shown = [p for p in body.findall(qn("a:p")) if "".join(t.text or "" for t in p.iter(qn("a:t"))).strip()]
    # a line set a level down (a person's quotation under their line) stays with the one above it,
    # and a heading (a folded section's name, bold) with the lines under it
    gaps = [p for p, after in pairwise(shown) if _level(after) <= _level(p) and not _heading(p)]
    if not used or len(shown) < SPREAD_FROM or not gaps or used >= SPARSE * height:
        return
    more = (FILL * height - used) / EMU_PER_PT / len(gaps)
    for p in gaps:
        space_after(p, min(more, MOST_SPREAD * _paragraph_size(p, default)))


def _heading(p: Any) -> bool:
    """Whether a paragraph is a heading: every run of its text set bold."""
    runs = [r for r in p.iter(qn("a:r")) if (r.findtext(qn("a:t")) or "").strip()]
    return bool(runs) and all(
        r.find(qn("a:rPr")) is not None and r.find(qn("a:rPr")).get("b") == "1" for r in runs
    )


def _level(p: Any) -> int:
    p_pr = p.find(qn("a:pPr"))
    level = p_pr.get("lvl", "0") if p_pr is not None else "0"
    return int(level) if level.isdigit() else 0


def space_after(p: Any, extra: float) -> None:
    """Add `extra` points to a paragraph's space after it (a:spcAft, in hundredths of a point)."""
    p_pr = p.find(qn("a:pPr"))
    if p_pr is None:
        p_pr = etree.SubElement(p, qn("a:pPr"))
        p.remove(p_pr)
        p.insert(0, p_pr)
    after = p_pr.find(qn("a:spcAft"))
    if after is None:
        after = etree.SubElement(p_pr, qn("a:spcAft"))
        _in_order(p_pr, after)
    points = after.find(qn("a:spcPts"))
    if points is None:
        for child in list(after):  # a percentage of the line: replaced by points
            after.remove(child)
        points = etree.SubElement(after, qn("a:spcPts"), val="0")
    now = int(points.get("val", "0")) if points.get("val", "0").isdigit() else 0
    points.set("val", str(min(now + round(extra * 100), 158400)))


#: a:pPr's children in the schema's order: spcAft follows lnSpc and spcBef, precedes the bullets'.
_BEFORE_SPCAFT = ("lnSpc", "spcBef")


def _in_order(p_pr: Any, after: Any) -> None:
    """Move a new a:spcAft to its place in a:pPr (after lnSpc and spcBef, before the rest)."""
    p_pr.remove(after)
    place = 0
    for index, child in enumerate(p_pr):
        if etree.QName(child).localname in _BEFORE_SPCAFT:
            place = index + 1
    p_pr.insert(place, after)
