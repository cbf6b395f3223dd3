"""A slide of key-figure tiles whose tiles and text leave most of its body empty, as the document
check (office/quality.py) reads it: a row of three small tiles floating in the middle of a slide,
a wide gap above them and below (review KK: Bengaluru's first glance page left 56 % of its body
empty, Andong's '경제 효과' its lower fifth). slide_space.py's near-empty measure counts a tile's
whole area and so passes such a slide; this one measures what stands empty between the title and
the body's foot, across the slide's height."""

from __future__ import annotations

from typing import Any

from reportgen.office.shape_boxes import _area, _content_box, _is_tile, _span

#: A slide of tiles whose body, under its title, is more than this share empty (its height
#: covered by neither its tiles nor its text) reads as a few tiles adrift on an empty slide.
MOST_EMPTY = 0.5
#: A slide of a few tiles (at most FEW_TILES: a row the deck can set larger, plan/tile_grid.py and
#: powerpoint/row_type.py) whose tiles and other content under its title cover less than this
#: share of the slide uses a third of its room or so (review PP: the en_AU symposium's two tiles
#: alone, a third of the slide used, which slide_space.py's LEAST_COVERED, a quarter, passed). The
#: default deck's pages of tiles cover 45 to 62 % of it; one tile alone under its lead, 39 %.
LEAST_TILED = 0.4
FEW_TILES = 4
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


def few_tiles_thin(
    shapes: list[Any], title: Any, area: int, where: str, sizes: dict[Any, float]
) -> list[str]:
    """A warning where a slide of two to FEW_TILES tiles (`shape_boxes._is_tile`) and its other
    content under its title (the footer's shapes left out by the caller) cover less than LEAST_TILED
    of the slide: a row that could be set larger, or join another slide's."""
    tiles = [s for s in shapes if _is_tile(s, area)]
    if not area or not 2 <= len(tiles) <= FEW_TILES:
        return []
    below = float(title.top or 0) + float(title.height or 0) if title is not None else 0.0
    rest = [s for s in shapes if s not in tiles and s is not title and float(s.top or 0) >= below]
    covered = min((sum(_area(t) for t in tiles) + _span([_content_box(s, sizes) for s in rest])) / area, 1.0)
    if covered >= LEAST_TILED:
        return []
    return [
        f"{where}: its {len(tiles)} tiles and text use only {round(covered * 100)} % of the slide; set "
        "the tiles as a row that fills it, or put them on another slide of tiles"
    ]
