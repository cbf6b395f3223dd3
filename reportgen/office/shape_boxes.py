"""Where a slide's shapes stand and what they fill, as a reader sees it (the document check,
office/quality.py): whether a shape shows something (a picture, chart, table, tile), the box its
content or its lines fill, the box around several, and text boxes whose lines run into each other."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from lxml import etree

from reportgen.office.ooxml import qn
from reportgen.office.powerpoint.fit import (
    _paragraph_size,
    autofit_scale,
    inherited_size,
    text_columns,
    text_em,
    text_height,
)
from reportgen.office.powerpoint.reclaim import is_text_box

#: A filled shape smaller than this share of the slide is a decoration (an accent bar), not content.
_DECORATION = 0.02
_EMU_PER_PT = 12700
_INSET_EMU = 91440  # a text box's default left and right inset


def _area(shape: Any) -> float:
    return float(shape.width or 0) * float(shape.height or 0)


def _content_box(shape: Any, sizes: dict[Any, float]) -> tuple[float, float, float, float] | None:
    """The part of the slide a shape fills as a reader sees it (left, top, right, bottom in EMU):
    a picture's, chart's, table's or filled shape's box; for text, the lines it sets (an estimate
    from character widths), where its anchor and alignment put them: from the box's top, middle
    or foot, from its left or centred; None for an empty box."""
    shows = _shows_something(shape)
    element = shape._element
    if not shows and (  # an empty text box fills nothing: known from its XML, before its place
        element.find(qn("p:txBody")) is None or not "".join(element.itertext(qn("a:t"))).strip()
    ):
        return None
    left, top = float(shape.left or 0), float(shape.top or 0)
    width, height = float(shape.width or 0), float(shape.height or 0)
    if shows:
        return left, top, left + width, top + height
    columns, gap = text_columns(element.find(f"{qn('p:txBody')}/{qn('a:bodyPr')}"))
    column = (width - gap * (columns - 1)) / columns
    used_width, used_height = _text_extent(element, int(column), inherited_size(shape, sizes))
    if columns > 1 and used_height > height > 0:  # filled one column after the other
        filled = min(columns, math.ceil(used_height / height))
        used_width, used_height = (filled - 1) * (column + gap) + used_width, height
    used_width, used_height = min(used_width + 2 * _INSET_EMU, width), min(used_height, height)
    # where the lines stand in their box: set from its middle or its foot (a statement), centred
    body_pr = element.find(f"{qn('p:txBody')}/{qn('a:bodyPr')}")
    anchor = body_pr.get("anchor") if body_pr is not None else None
    top += {"ctr": (height - used_height) / 2, "b": height - used_height}.get(anchor or "t", 0.0)
    aligned = {p.get("algn") for p in element.iterfind(f"{qn('p:txBody')}/{qn('a:p')}/{qn('a:pPr')}")}
    if aligned == {"ctr"} and len(element.findall(f"{qn('p:txBody')}/{qn('a:p')}")) == len(
        element.findall(f"{qn('p:txBody')}/{qn('a:p')}/{qn('a:pPr')}")
    ):
        left += (width - used_width) / 2
    return left, top, left + used_width, top + used_height


#: Text boxes whose lines overlap by less than this (EMU, about 2 pt) are read as touching, not
#: as running into each other: the estimate of a line's height is not finer than that.
_OVERLAP_EMU = 25400


def _text_over_text(shapes: list[Any], where: str, sizes: dict[Any, float]) -> list[str]:
    """Two text boxes whose lines, where their anchors set them, run into each other (review R:
    a body's last lines over the sources set from the slide's foot)."""
    boxes = [
        (shape, box)
        for shape in shapes
        if not _shows_something(shape) and (box := _lines_box(shape, sizes)) is not None
    ]
    found = []
    for i, (first, a) in enumerate(boxes):
        for second, b in boxes[i + 1 :]:
            across = min(a[2], b[2]) - max(a[0], b[0])
            down = min(a[3], b[3]) - max(a[1], b[1])
            if across > _OVERLAP_EMU and down > _OVERLAP_EMU:
                found.append(_overlap_warning(where, (first, a), (second, b)))
    return found


def _overlap_warning(
    where: str, first: tuple[Any, tuple[float, ...]], second: tuple[Any, tuple[float, ...]]
) -> str:
    """Name the box whose lines leave it (it runs into the other, above or below it) and what a user
    can do: a shorter text, or in the template a box with room for its lines (review LL: a cover's
    long name ran up over its kicker, and the warning named the box below it)."""
    (one, a), (other, b) = first, second
    if _spill(other, b) > _spill(one, a):
        (one, a), (other, b) = (other, b), (one, a)
    side = "above" if (b[1] + b[3]) < (a[1] + a[3]) else "below"
    return (
        f"{where}: the text of {one.name!r} runs into the text of {other.name!r} {side} it; "
        f"shorten the text of {one.name!r}, or give its box in the template more room or a smaller size"
    )


def _spill(shape: Any, lines: tuple[float, ...]) -> float:
    """How far (EMU) a shape's lines stand outside its box, above and below."""
    top, bottom = float(shape.top or 0), float(shape.top or 0) + float(shape.height or 0)
    return max(0.0, top - lines[1]) + max(0.0, lines[3] - bottom)


def text_anchor(shape: Any) -> str:
    """Where a text box sets its lines ('t', 'ctr' or 'b'): its own bodyPr's anchor, else its
    layout's and master's placeholder's (a cover's name is anchored at its foot by its layout)."""
    current = shape
    while current is not None:
        body_pr = current._element.find(f"{qn('p:txBody')}/{qn('a:bodyPr')}")
        if body_pr is not None and body_pr.get("anchor"):
            return str(body_pr.get("anchor"))
        current = (
            getattr(current, "_base_placeholder", None) if getattr(current, "is_placeholder", False) else None
        )
    return "t"


def _lines_box(shape: Any, sizes: dict[Any, float]) -> tuple[float, float, float, float] | None:
    """Where a text box's lines stand (left, top, right, bottom in EMU), measured as the renderer
    measures room (`text_height`: each paragraph at its indent, at the fallback font's widths),
    from its top, middle or foot as its anchor sets them, within the box where it shrinks text on
    overflow; None for a box without text."""
    element = shape._element
    if shape.width is None or shape.top is None or shape.height is None or shape.left is None:
        return None
    used = text_height(element, shape.width, inherited_size(shape, sizes))
    if not used:
        return None
    if element.find(f"{qn('p:txBody')}/{qn('a:bodyPr')}/{qn('a:normAutofit')}") is not None:
        used = min(used, shape.height)  # shrunk on overflow: its lines stay in its box
    anchor = text_anchor(shape)
    top = shape.top + {"ctr": (shape.height - used) / 2, "b": shape.height - used}.get(anchor, 0)
    across = _content_box(shape, sizes)  # how wide its lines are, where its alignment sets them
    left, right = (across[0], across[2]) if across is not None else (shape.left, shape.left + shape.width)
    return left, top, right, top + used


def _span(boxes: Sequence[tuple[float, float, float, float] | None]) -> float:
    """The area of the box around `boxes` (left, top, right, bottom); 0 for none."""
    shown = [b for b in boxes if b is not None]
    if not shown:
        return 0.0
    return (max(b[2] for b in shown) - min(b[0] for b in shown)) * (
        max(b[3] for b in shown) - min(b[1] for b in shown)
    )


def _is_tile(shape: Any, area: int) -> bool:
    """A key-figure tile: a shape with a visible fill that holds text (not a text box, not a
    placeholder), larger than a decoration."""
    element = shape._element
    return (
        element.tag == qn("p:sp")
        and not is_text_box(element)
        and element.find(f".//{qn('p:nvPr')}/{qn('p:ph')}") is None
        and _shows_something(shape)
        and bool("".join(element.itertext(qn("a:t"))).strip())
        and _area(shape) >= _DECORATION * area
    )


def _beside_tiles(slide: Any, area: int) -> list[tuple[int, int, int, int]]:
    """The boxes of a slide's shapes other than its title and its tiles that show something (a
    text, a picture, a chart): what may stand beside a tile (glance_check.lone_tile)."""
    title = slide.shapes.title
    return [
        _box(s)
        for s in slide.shapes
        if (title is None or s.shape_id != title.shape_id)
        and not _is_tile(s, area)
        and (_shows_something(s) or (s.has_text_frame and s.text_frame.text.strip()))
    ]


def _box(shape: Any) -> tuple[int, int, int, int]:
    return int(shape.left or 0), int(shape.top or 0), int(shape.width or 0), int(shape.height or 0)


def _shows_something(shape: Any) -> bool:
    """A picture, chart, table or group, or a shape with a visible fill (a tile)."""
    element = shape._element
    if element.tag in {qn("p:pic"), qn("p:graphicFrame"), qn("p:grpSp")}:
        return True
    properties = element.find(qn("p:spPr"))
    if properties is not None and (
        properties.find(qn("a:blipFill")) is not None or properties.find(qn("a:solidFill")) is not None
    ):
        return True
    style = element.find(f"{qn('p:style')}/{qn('a:fillRef')}")
    return (
        style is not None
        and style.get("idx", "0") != "0"
        and properties is not None
        and (properties.find(qn("a:noFill")) is None)
    )


def _text_extent(element: etree._Element, width_emu: int, default_pt: float) -> tuple[float, float]:
    """Width and height (EMU) of a text body's lines, at the autofit scale it carries."""
    body = element.find(qn("p:txBody"))
    if body is None:
        return 0.0, 0.0
    scale = autofit_scale(body)
    box_pt = max(width_emu - 2 * _INSET_EMU, _EMU_PER_PT) / _EMU_PER_PT
    widest = height = 0.0
    for p in body.iter(qn("a:p")):
        text = "".join(t.text or "" for t in p.iter(qn("a:t")))
        size = _paragraph_size(p, default_pt) * scale
        line = text_em(text) * size
        lines = max(1, -(-int(line) // max(int(box_pt), 1))) if text else 1
        widest = max(widest, min(line, box_pt))
        height += lines * size * 1.2
    return widest * _EMU_PER_PT, height * _EMU_PER_PT
