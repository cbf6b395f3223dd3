"""Where a line break goes before a unit a line must hold whole: an address, a Korean run tied by
no-break spaces, an as-of label's opening word with its date's first word.

A renderer fills a line word by word and breaks inside such a unit where its rules allow ('…/2026-'
over 'balance', '오' over '후 9시 47분 기준', 'pr.' over '20. september 2026'). The text's pieces
(powerpoint/fit.py's `unbreakable`) are set one after another here as it sets them, and a unit
that would not end on the line it starts on starts the next instead, where a line holds it. The
widths are the caller's, in one measure with the room: a slide's points at the text's size
(powerpoint/url_lines.py), a briefing paragraph's ems (word_addresses.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class Piece:
    """A piece of a text that a renderer does not break, as the lines are filled with it."""

    start: int  # where it starts in the text
    space: float  # the width of the space before it (0 where it follows without one)
    width: float
    kept: bool = False  # part of a unit: where the renderer would break inside it, it starts a line
    margin: float = 1.0  # how much wider a line is measured when it ends on this piece
    unit: float | None = None  # an as-of word's width with its date's first word, where it starts one


def placed(pieces: Iterable[tuple[bool, str]]) -> Iterator[tuple[int, int, bool, str]]:
    """The pieces a renderer may break a text between (`unbreakable(text)`: each with whether a
    space comes before it), each with where it starts and ends in the text."""
    offset = 0
    for spaced, piece in pieces:
        offset += 1 if spaced else 0
        yield offset, offset + len(piece), spaced, piece
        offset += len(piece)


def units_apart(pieces: Iterable[Piece], room: float) -> list[int]:
    """Where a line break goes, the pieces set one after another in lines `room` wide: before a
    unit's piece that would not end on the line it starts on and that a line holds whole, and
    before an as-of word whose date's first word would not fit after it on its line."""
    found: list[int] = []
    line = 0.0
    for piece in pieces:
        space = piece.space if line else 0.0
        if piece.unit is not None and line and line + space + piece.unit > room >= piece.unit:
            found.append(piece.start)  # 'pr.' with its date's first word on the next line, not apart
            line = piece.width
            continue
        if line and (line + space + piece.width) * piece.margin > room:
            if piece.kept and piece.width * piece.margin <= room:
                found.append(piece.start)  # the renderer would break inside it: it starts the next line
            line = piece.width
        else:
            line += space + piece.width
    return found
