"""A word of a band's caption wider than its cell ('Matchmakinggesprekken' in a quarter of the nl
fair's band, hyphenated 'Matchmakingge- / sprekken' by LibreOffice, review MM) is given the width it
needs from what its neighbours leave unused, else its paragraph is set smaller until it fits.

Round 20 widened such a cell in the search for the band's widths (word_columns.py) at its
neighbours' cost, and messe-de's first cell, narrower, set 'Fachbesucher, Stand:' over '22. Oktober
2023,'. Here a neighbour gives only width it does not use: each line of each of its paragraphs, as
the cell sets it now, still fits the narrower cell (measured SAFETY wider, each character at its
width in the font LibreOffice sets it in: word_wrap.py), so its lines stay as they are; its number
still fits as the fit measured it (word_fit.number_width) and takes the lines the band's alignment
measured (word_band.py). Where the neighbours' slack is not enough, the paragraph that holds the word
is also set smaller, by half points, down to FLOOR of its size; where even that leaves the word
too wide, nothing changes and the word breaks at a syllable (hyphens.py).
"""

from __future__ import annotations

import math
import re

from lxml import etree

from reportgen.office.break_points import unbreakable
from reportgen.office.ooxml import paragraph_text, qn
from reportgen.office.word_band import _breaks, number_rows
from reportgen.office.word_fit import _bold, cell_twips, cell_width_pt, number_width, run_size, set_size
from reportgen.office.word_wrap import width_em

#: How much wider than word_wrap.py's widths a line is measured, in the cell that gives and in the
#: cell that takes: a line the measure fills exactly is not left to chance.
SAFETY = 1.04
#: The least share of its size a caption is set at to fit its word (9 pt: 7.5 pt).
FLOOR = 0.8
#: Where a caption's line may break: spaces, not no-break ones, and the zero width space.
_SPACES = re.compile(r"[ \t\n\u2002-\u200b\u3000]+")


def fit_band_words(body: etree._Element) -> None:
    """In each band (word_band.number_rows), give each cell whose caption has a word wider than it
    the width it needs from its neighbours' slack, its paragraph set smaller where that is short."""
    for cells in list(number_rows(body)):
        elements = [cell.element for cell in cells]
        for index in range(len(elements)):
            _fit_cell(elements, index)


def _fit_cell(cells: list[etree._Element], index: int) -> None:
    cell = cells[index]
    room = cell_width_pt(cell)
    found = _widest_word(cell)
    if found is None or room is None:
        return
    paragraph, word = found
    sizes = [run_size(r) for r in paragraph.iter(qn("w:r"))]
    size, bold = max(sizes), any(_bold(r) for r in paragraph.iter(qn("w:r")))
    if width_em(word, bold) * size * SAFETY <= room:
        return
    slack = {i: _slack(c) for i, c in enumerate(cells) if i != index}
    spare = sum(max(0.0, s) for s in slack.values())
    floor = max(0.5, math.ceil(size * FLOOR * 2) / 2)
    for smaller in _steps(size, floor):
        need = width_em(word, bold) * smaller * SAFETY - room
        if need <= spare:
            _take(cells, index, slack, max(0.0, need))
            if smaller < size:
                for run in paragraph.iter(qn("w:r")):
                    set_size(run, run_size(run) * smaller / size)
            return


def _steps(size: float, floor: float) -> list[float]:
    """The sizes tried, the paragraph's own first, then half a point smaller each, to `floor`."""
    steps = [size]
    while steps[-1] - 0.5 >= floor - 1e-9:
        steps.append(steps[-1] - 0.5)
    return steps


def _widest_word(cell: etree._Element) -> tuple[etree._Element, str] | None:
    """The caption's paragraph (one without a digit: not the cell's number) and its widest word,
    as word_wrap.py measures it at the paragraph's largest size."""
    best: tuple[float, etree._Element, str] | None = None
    for paragraph in cell.iterfind(qn("w:p")):
        text = paragraph_text(paragraph)
        if not text.strip() or any(c.isdigit() for c in text):
            continue
        size = max((run_size(r) for r in paragraph.iter(qn("w:r"))), default=0.0)
        # what a line cannot break inside: a Chinese or Japanese run breaks between characters
        for word in (piece for part in _SPACES.split(text) for _, piece in unbreakable(part)):
            if word and any(c.isalpha() for c in word):
                width = width_em(word) * size
                if best is None or width > best[0]:
                    best = (width, paragraph, word)
    return None if best is None else (best[1], best[2])


def _slack(cell: etree._Element) -> float:
    """The points the cell can give and set each of its lines as it sets them now: its room less
    its widest line (SAFETY wider), less than that where its number would not fit or take more
    lines (whole points)."""
    room = cell_width_pt(cell)
    if room is None:
        return 0.0
    used = max((_widest_line(p, room) for p in cell.iterfind(qn("w:p"))), default=0.0)
    give = math.floor(room - used)
    while give > 0 and not _keeps_lines(cell, room, room - give):
        give -= 1
    return float(max(0, give))


def _keeps_lines(cell: etree._Element, room: float, narrower: float) -> bool:
    """Whether the cell's number still fits `narrower` as the fit measures it, and each paragraph
    breaks its lines where the band's alignment measures them at `room`."""
    for paragraph in cell.iterfind(qn("w:p")):
        number = number_width(paragraph)
        if number is not None and (
            number > narrower or _breaks(paragraph, narrower) != _breaks(paragraph, room)
        ):
            return False
    return True


def _widest_line(paragraph: etree._Element, room: float) -> float:
    """The widest of the paragraph's lines `room` pt wide, in pt, SAFETY wider: its words (no-break
    spaces keep a number's together) set one after another as the renderer sets them, each
    character at its run's size and weight; then the widest measured SAFETY wider, the room a
    narrower cell must leave it."""
    widths: list[float] = []
    text = ""
    for run in paragraph.iter(qn("w:r")):
        size, bold = run_size(run), _bold(run)
        for t in run.iter(qn("w:t")):
            for char in t.text or "":
                widths.append(width_em(char, bold) * size)
                text += char
    widest, line, at = 0.0, 0.0, 0
    for match in _SPACES.finditer(text + " "):
        word = sum(widths[at : match.start()])
        gap = sum(widths[match.start() : match.end()]) if match.end() <= len(text) else 0.0
        if line and line + word > room:
            line = 0.0
        line += word
        widest = max(widest, line)
        line += gap
        at = match.end()
    return widest * SAFETY


def _take(cells: list[etree._Element], index: int, slack: dict[int, float], need: float) -> None:
    """Widen cell `index` by `need` pt, taken from the others' slack, the most first (the table's
    grid column and the cell's width, in twips)."""
    if need <= 0:
        return
    twips = math.ceil(need * 20)
    moved = 0
    for other in sorted(slack, key=lambda i: -slack[i]):
        take = min(twips - moved, int(slack[other] * 20))
        if take > 0:
            _widen(cells[other], -take)
            moved += take
    _widen(cells[index], moved)


def _widen(cell: etree._Element, twips: int) -> None:
    """Add `twips` to the cell's width and its grid column's."""
    width = cell.find(f"{qn('w:tcPr')}/{qn('w:tcW')}")
    current = cell_twips(cell)
    if width is None or current is None:
        return
    width.set(qn("w:w"), str(current + twips))
    row = cell.getparent()
    table = row.getparent() if row is not None else None
    if table is None:
        return
    position = row.findall(qn("w:tc")).index(cell)
    columns = table.findall(f"{qn('w:tblGrid')}/{qn('w:gridCol')}")
    if position < len(columns) and columns[position].get(qn("w:w"), "").isdigit():
        columns[position].set(qn("w:w"), str(int(columns[position].get(qn("w:w"))) + twips))
