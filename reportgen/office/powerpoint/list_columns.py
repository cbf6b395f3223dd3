"""A list in columns alone under its title (sponsors, exhibitors: the plan's columns, data/plan/
lists.py) fills the room under it. Set from the top of their boxes, Limerick's ten sponsors in
two columns of five left the lower half of their slide empty. Its rows are spread alike in every
column, so that rows that stood level still do, up to top_anchor.MOST_SPREAD of their size and
until its tallest column takes top_anchor.FILL of its box; then its columns are set together in
the middle of the room, the same room over each column's first row (its top inset), where its
tallest column takes from top_anchor.CENTRE_FROM to top_anchor.FULL of its box, as a body alone is
(powerpoint/top_anchor.py). The document check names what this leaves (office/slide_space.py,
`_top_heavy`)."""

from __future__ import annotations

from collections.abc import Iterable
from copy import deepcopy
from typing import Any

from pptx.oxml.ns import qn

from reportgen.office.powerpoint.fit import _paragraph_size, inherited_size, text_height
from reportgen.office.powerpoint.top_anchor import (
    CENTRE_FROM,
    FILL,
    FULL,
    MOST_SPREAD,
    alone,
    space_after,
)
from reportgen.office.powerpoint.under_title import is_body

#: A box's top inset where its bodyPr sets none (0.05 in, PowerPoint's default).
_TOP_INSET = 45720


def centre_columns(shapes: Iterable[Any], sizes: dict[Any, float] | None = None) -> None:
    """Spread the rows of each list in columns alone under its slide's title (`shapes`: the
    slide's) and set its columns together in the middle of their boxes."""
    shapes = list(shapes)
    for shape in shapes:
        if not is_body(shape) or not shape.height or not shape.width:
            continue
        columns = [shape, *_level(shape, shapes)]
        if len(columns) < 2 or not alone(shape, shapes, columns[1:], headed=True):
            continue
        height = int(shape.height)
        _alike(columns)
        _spread_rows(columns, height, sizes)
        if not alone(shape, shapes, columns[1:]):  # under its headline: spread, it stays under it
            continue
        tallest = max(text_height(c._element, int(c.width), inherited_size(c, sizes)) for c in columns)
        if not CENTRE_FROM * height <= tallest < FULL * height:
            continue
        for column in columns:
            body_pr = column._element.find(f"{qn('p:txBody')}/{qn('a:bodyPr')}")
            inset = body_pr.get("tIns", "")
            now = int(inset) if inset.isdigit() else _TOP_INSET
            body_pr.set("tIns", str(now + (height - tallest) // 2))
            body_pr.set("anchor", "t")


def _alike(columns: list[Any]) -> None:
    """A list's columns at one size, the smallest the fit code set any of them (`a:normAutofit
    fontScale`): each column its own box, one shrunk to fit beside one at its full size read
    wrong (the plan may count on a shared smaller size: data/list_layout.py, COLUMNS_SHRINK)."""
    scales = {id(c): _scale(c) for c in columns}
    least = min(columns, key=lambda c: scales[id(c)])
    if scales[id(least)] >= 100000:
        return
    autofit = least._element.find(f"{qn('p:txBody')}/{qn('a:bodyPr')}/{qn('a:normAutofit')}")
    for column in columns:
        if scales[id(column)] == scales[id(least)]:
            continue
        body_pr = column._element.find(f"{qn('p:txBody')}/{qn('a:bodyPr')}")
        for old in (qn("a:noAutofit"), qn("a:spAutoFit"), qn("a:normAutofit")):
            for element in body_pr.findall(old):
                body_pr.remove(element)
        warp = body_pr.find(qn("a:prstTxWarp"))  # the schema puts autofit right after it
        body_pr.insert(body_pr.index(warp) + 1 if warp is not None else 0, deepcopy(autofit))


def _scale(column: Any) -> int:
    """A column's autofit font scale, in 1/1000 % (100000: its full size)."""
    autofit = column._element.find(f"{qn('p:txBody')}/{qn('a:bodyPr')}/{qn('a:normAutofit')}")
    scale = autofit.get("fontScale", "") if autofit is not None else ""
    return int(scale) if scale.isdigit() else 100000


def _level(shape: Any, shapes: list[Any]) -> list[Any]:
    """The text shapes beside `shape` whose box stands level with its (the same top and height):
    a list's next columns."""
    return [
        other
        for other in shapes
        if other is not shape
        and other.has_text_frame
        and other.text_frame.text.strip()
        and other.top == shape.top
        and other.height == shape.height
        and other.width
    ]


def _spread_rows(columns: list[Any], height: int, sizes: dict[Any, float] | None) -> None:
    """The same space added after each row but the last of every column, until the tallest takes
    FILL of `height`, at most MOST_SPREAD of its first row's size."""
    used = {id(c): text_height(c._element, int(c.width), inherited_size(c, sizes)) for c in columns}
    tallest = max(columns, key=lambda c: used[id(c)])
    rows = [_shown(c) for c in columns]
    gaps = len(_shown(tallest)) - 1
    if gaps < 1 or used[id(tallest)] >= FILL * height:
        return
    size = _paragraph_size(_shown(tallest)[0], inherited_size(tallest, sizes))
    extra = min((FILL * height - used[id(tallest)]) / 12700 / gaps, MOST_SPREAD * size)
    for shown in rows:
        for p in shown[:-1]:
            space_after(p, extra)


def _shown(shape: Any) -> list[Any]:
    body = shape._element.find(qn("p:txBody"))
    return [p for p in body.findall(qn("a:p")) if "".join(t.text or "" for t in p.iter(qn("a:t"))).strip()]
