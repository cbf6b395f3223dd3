"""A slide of key-figure tiles whose tiles and text leave most of its body empty, as the document
check (office/quality.py) reads it: a row of three small tiles floating in the middle of a slide,
a wide gap above them and below (review KK: Bengaluru's first glance page left 56 % of its body
empty, Andong's '경제 효과' its lower fifth). slide_space.py's near-empty measure counts a tile's
whole area and so passes such a slide; this one measures what stands empty between the title and
the body's foot, across the slide's height."""

from __future__ import annotations

from typing import Any

from reportgen.office.shape_boxes import _content_box, _is_tile

#: A slide of tiles whose body, under its title, is more than this share empty (its height
#: covered by neither its tiles nor its text) reads as a few tiles adrift on an empty slide.
MOST_EMPTY = 0.5
#: The body ends at this share of the slide's height: below it, the footer's strip (the default
#: deck's tiles end 0.6 in above a 7.5 in slide's foot).
BODY_FOOT = 0.92


def tiles_adrift(
    shapes: list[Any], title: Any, area: int, height: int, where: str, sizes: dict[Any, float]
) -> list[str]:
    """A warning where a slide's tiles (`shape_boxes._is_tile`) and its other content, under its
    title, cover less than 1 - MOST_EMPTY of the body's height (the footer's shapes left out by
    the caller)."""
    if title is None or not height or not any(_is_tile(s, area) for s in shapes):
        return []
    below, foot = float(title.top or 0) + float(title.height or 0), height * BODY_FOOT
    if foot <= below:
        return []
    spans = []
    for shape in shapes:
        if shape.shape_id == title.shape_id or (box := _content_box(shape, sizes)) is None:
            continue
        top, bottom = max(box[1], below), min(box[3], foot)
        if bottom > top:
            spans.append((top, bottom))
    covered, reach = 0.0, below
    for top, bottom in sorted(spans):  # the height covered, overlaps once
        covered += max(0.0, bottom - max(top, reach))
        reach = max(reach, bottom)
    empty = 1 - covered / (foot - below)
    if empty <= MOST_EMPTY:
        return []
    return [
        f"{where}: its tiles and text leave {round(empty * 100)} % of the body under its title empty; "
        "set a row of tiles larger to fill it, or give the slide more to show"
    ]
