"""A single row of key-figure tiles set larger than a grid's: its numbers and words a size up, as
far as its tiles' widths and the room under its lead allow.

A template sets one size for its tiles' numbers; a row of two to four tiles alone on a slide set at
that size floated in the middle of its body, a wide gap under the lead and the lower third empty
(review KK: Andong's '경제 효과', Bengaluru's first glance page). Here such a row's numbers grow
by one factor (the slide keeps one number size) up to ONE_ROW_GROW times the template's, never
wider than a tile holds them (measured as fit.py measures an unbreakable word); its other lines
(qualifier, unit, label, note) grow up to WORDS_GROW, never into a line more than they set at
the template's size (where a number cannot grow, its words still may). The text grows no further
than its tiles, at TILE_ROOM times what it needs, fill FILL_MOST of the room under the lead.
tiles.py then sets the row's height.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportgen.office.ooxml import qn
from reportgen.office.powerpoint.fit import (
    EMU_PER_PT,
    FALLBACK_WIDER,
    _widest,
    autofit_scale,
    line_texts,
    word_margin,
)

#: A single row's numbers grow to at most this many times the size the template sets them (the
#: default deck's three tiles: 48 pt, up to 62 pt; its grid of two rows stays at 40 pt).
ONE_ROW_GROW = 1.3
#: ... and no wider than this share of what their tile holds, as fit.py measures an unbreakable
#: word: a grown number set edge to edge in its tile ('$14,850', 'EUR 25') read as crammed.
NUMBER_FILL = 0.9
#: ... and their other lines (the qualifier, a unit on its own line, the label, the note) to at
#: most this many times theirs (a label at 16 pt, up to 20 pt).
WORDS_GROW = 1.25
#: The row's tiles, at the room their text needs, fill at most this share of the room under the
#: lead: the rest is the margin above and below them.
FILL_MOST = 0.8
#: A grown line is measured this much wider than the character table says (tiles.SPARE).
LINE_SPARE = 1.12
#: The steps the growth is tried at, largest first.
_STEP = 0.025


def number_line(tile: Any) -> tuple[Any, int] | None:
    """A tile's number line (its first paragraph set in bold) and its size (hundredths of a point)."""
    for p in tile._element.find(qn("p:txBody")).iter(qn("a:p")):
        runs = [r for r in p.iter(qn("a:rPr")) if r.get("b") == "1" and r.get("sz", "").isdigit()]
        if runs:
            return p, max(int(r.get("sz")) for r in runs)
    return None


def insets(tile: Any) -> int:
    """A tile's left and right insets together (EMU)."""
    body_pr = tile._element.find(f"{qn('p:txBody')}/{qn('a:bodyPr')}")
    return int(body_pr.get("lIns", 91440)) + int(body_pr.get("rIns", 91440))


def grow_one_row(row: list[Any], room: int, need: Callable[[Any], int], room_share: float) -> None:
    """Set the text of a single row of tiles (`row`, two or more) larger, in the `room` (EMU) under
    its lead: its numbers by the largest factor up to ONE_ROW_GROW at which each still fits its
    tile, its other lines up to WORDS_GROW without wrapping into more lines, while the row's
    fullest text (`need`: a tile's text height) at `room_share` times its height fills no more
    than FILL_MOST of `room`."""
    numbers = [number_line(t) for t in row]
    if len(row) < 2 or any(n is None for n in numbers) or room <= 0:
        return
    widest = 0.0  # the largest share of its tile's width a number takes
    for tile, found in zip(row, numbers, strict=True):
        p, size = found  # type: ignore[misc]
        text = "".join(t.text or "" for t in p.iter(qn("a:t")))
        body = tile._element.find(qn("p:txBody"))
        used = _widest(text, True) * size / 100 * autofit_scale(body) * EMU_PER_PT
        if used > 0:
            widest = max(widest, used / max((tile.width - insets(tile)) * NUMBER_FILL, 1))
    most = max(1.0, min(ONE_ROW_GROW, 1 / widest if widest else ONE_ROW_GROW))
    sizes = {r: int(r.get("sz")) for t in row for r in _sized(t)}  # the elements kept: one proxy each
    lines = {p: _line_count(t, p, FALLBACK_WIDER) for t in row for p in _words_lines(t)}
    for words in _steps(WORDS_GROW):
        _set_all(row, numbers, 1.0, words, sizes)
        if words > 1.0 and any(_line_count(t, p) > lines.get(p, 1) for t in row for p in _words_lines(t)):
            continue  # a label wrapped into a line more: smaller (at the template's size, as it set)
        for grow in _steps(most):
            _set_all(row, numbers, grow, words, sizes)
            if max(need(t) for t in row) * room_share <= room * FILL_MOST:
                return
    _set_all(row, numbers, 1.0, 1.0, sizes)  # none fits: the template's sizes


def _steps(most: float) -> list[float]:
    """From `most` down to 1.0, by _STEP."""
    return [most - i * _STEP for i in range(int((most - 1.0) / _STEP + 1e-9) + 1)]


def _set_all(row: list[Any], numbers: list[Any], grow: float, words: float, sizes: dict[Any, int]) -> None:
    for tile, (number, _) in zip(row, numbers, strict=True):
        _set(tile, number, grow, words, sizes)


def _sized(tile: Any) -> list[Any]:
    body = tile._element.find(qn("p:txBody"))
    return [r for r in body.iter(qn("a:rPr"), qn("a:endParaRPr")) if r.get("sz", "").isdigit()]


def _set(tile: Any, number: Any, grow: float, words: float, sizes: dict[Any, int]) -> None:
    """Each sized run of `tile` at its template size times `grow` (its number line) or `words`."""
    for p in tile._element.find(qn("p:txBody")).iter(qn("a:p")):
        factor = grow if p is number else words
        for r_pr in p.iter(qn("a:rPr"), qn("a:endParaRPr")):
            if r_pr in sizes:
                r_pr.set("sz", str(int(sizes[r_pr] * factor) // 50 * 50))


def _words_lines(tile: Any) -> list[Any]:
    """A tile's paragraphs other than its number that print something."""
    number = number_line(tile)
    return [
        p
        for p in tile._element.find(qn("p:txBody")).iter(qn("a:p"))
        if (number is None or p is not number[0]) and "".join(t.text or "" for t in p.iter(qn("a:t"))).strip()
    ]


def _line_count(tile: Any, p: Any, wider: float | None = None) -> int:
    """The lines `p` sets in its tile at its size, its text `wider` than the character table says
    (the fit's measure, as the template's size set it), else by a word's margin and LINE_SPARE (a
    grown line, which must not wrap where a renderer's wider face would)."""
    sizes = [int(r.get("sz")) for r in p.iter(qn("a:rPr")) if r.get("sz", "").isdigit()]
    if not sizes:
        return 1
    body = tile._element.find(qn("p:txBody"))
    size = max(sizes) / 100 * autofit_scale(body)
    text = "".join(t.text or "" for t in p.iter(qn("a:t")))
    bold = any(r.get("b") == "1" for r in p.iter(qn("a:rPr")))
    # the margin tiles.py keeps a label's line by: a wider face (LibreOffice's) wrapped 'Herkunftsländer
    # der Teilnehmenden' grown to 25 pt in a tile the character table said held it
    wider = word_margin(text, bold) * LINE_SPARE if wider is None else wider
    width = (tile.width - insets(tile)) / EMU_PER_PT / wider
    return len(line_texts(text, width, size))
