"""Slides of key-figure tiles as a reader sees them: paged by space, not by section.

A deck's tiles 'at a glance' take the fewest slides their count needs: ten key figures paged one
section a slide, 3 + 4 + 3, left two slides of a single row under their title where two slides
of two rows of three hold them (review BB). How many a slide holds is read from the deck itself:
the most rows of tiles on any of its slides, times the most tiles in a row on any. A run of slides
of tiles on more slides than that needs is named, whatever template drew it.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportgen.office.powerpoint.tiles import ROW_TOLERANCE

#: A tile as the check measures it: its left, top, width and height (EMU).
Box = tuple[int, int, int, int]


def tile_rows(tiles: Sequence[Box]) -> list[int]:
    """How many tiles each row of a slide's tiles holds, top to bottom."""
    rows: list[int] = []
    last: int | None = None
    for _, top, _, _ in sorted(tiles, key=lambda t: t[1]):
        if last is not None and abs(top - last) < ROW_TOLERANCE:
            rows[-1] += 1
        else:
            rows.append(1)
            last = top
    return rows


def paged_by_section(slides: Sequence[tuple[int, Sequence[Box]]], shown: str) -> list[str]:
    """`slides`: each slide of the deck that holds tiles, its number and its tiles' boxes. A run
    of consecutive slides of tiles on more slides than the deck's fullest grid needs for them."""
    grids = [tile_rows(tiles) for _, tiles in slides if tiles]
    if len(grids) < 2:
        return []
    rows, per_row = max(len(g) for g in grids), max(max(g) for g in grids)
    holds = rows * per_row
    warnings = []
    for run in _runs([(number, len(tiles)) for number, tiles in slides if tiles]):
        total = sum(count for _, count in run)
        need = -(-total // holds)
        if len(run) > need:
            warnings.append(
                f"{shown}: slides {run[0][0]}-{run[-1][0]}: {total} key-figure tiles on {len(run)} "
                f"slides, where {need} hold them ({rows} rows of {per_row}); page them by space, "
                "the fewest slides, each at least half full"
            )
    return warnings


def _runs(slides: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """The slides of tiles in runs of consecutive slides, of two slides or more."""
    runs: list[list[tuple[int, int]]] = []
    for number, count in slides:
        if runs and runs[-1][-1][0] == number - 1:
            runs[-1].append((number, count))
        else:
            runs.append([(number, count)])
    return [run for run in runs if len(run) > 1]


def lone_tile(number: int, tiles: Sequence[Box], others: Sequence[Box], shown: str) -> list[str]:
    """A slide of one key-figure tile (`tiles`) with nothing of `others` (the slide's other shapes
    that show something, its title aside) beside it, left or right over its height: one number is
    no glance (the ja showcase's '1億2800万回以上' alone on its slide). A hero number beside the
    story of the sections no slide tells (`glance_story`) has something beside it."""
    if len(tiles) != 1:
        return []
    left, top, width, height = tiles[0]
    for o_left, o_top, o_width, o_height in others:
        across = o_top < top + height and top < o_top + o_height
        if across and (o_left + o_width <= left or o_left >= left + width):
            return []
    return [
        f"{shown}: slide {number}: one key-figure tile, alone on its slide; give the figure a better "
        "home (its section's slide, or beside the sections' story) or join it to other tiles"
    ]
