"""Room an empty text box leaves: the shapes right under it move up into it.

A template lays out a slide for its fullest case: a headline above a chart, say. When the headline
renders empty (the slide's title already states the finding), its box is a hole of an inch above
the chart, and the chart and the text beside it sit low and small. After rendering, each shape
whose top lies just below an empty text box it is covered by (horizontally) takes that box's top,
growing by as much, so the slide's content fills the slide as the template's full case does.
Titles never move (they stay where the master puts them), nor do shapes the box does not cover.
"""

from __future__ import annotations

from typing import Any

from pptx.enum.shapes import MSO_SHAPE_TYPE, PP_PLACEHOLDER
from pptx.util import Inches

#: How far below an empty box's bottom a shape may start and still be "right under" it.
REACH = Inches(0.3)


def _empty_box(shape: Any) -> bool:
    return (
        shape.shape_type == MSO_SHAPE_TYPE.TEXT_BOX
        and shape.has_text_frame
        and not shape.text_frame.text.strip()
        and (shape.height or 0) > 0
    )


def _movable(shape: Any) -> bool:
    if shape.is_placeholder and shape.placeholder_format.type in {
        PP_PLACEHOLDER.TITLE,
        PP_PLACEHOLDER.CENTER_TITLE,
    }:
        return False
    return shape.top is not None and shape.height is not None


def reclaim_empty_boxes(slide: Any) -> None:
    shapes = list(slide.shapes)
    for box in (s for s in shapes if _empty_box(s)):
        top, bottom = box.top, box.top + box.height
        left, right = box.left, box.left + box.width
        for shape in shapes:
            if shape is box or not _movable(shape) or _empty_box(shape):
                continue
            below = bottom - box.height // 2 <= shape.top <= bottom + REACH
            covered = left <= shape.left and shape.left + shape.width <= right
            if below and covered:
                shape.height += shape.top - top
                shape.top = top
