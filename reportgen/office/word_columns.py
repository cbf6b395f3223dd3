"""A row of numbers side by side (the briefing's band of headline figures) shares its width by what
each cell needs, so that the news is not the smallest number of the row.

Each cell of the band had a quarter or a third of the width; a long amount ('近新臺幣186億元',
'1,18 milliard d’euros') was then set smaller to fit its cell, to 10.5 pt beside '1,260場' at 17
pt, while the short numbers left their cells half empty (review P). Here the widths are chosen, in
steps of STEP of the row, for the band a reader sees best: its numbers as large as their template
sets them (every number of the row smaller by one ratio where they cannot all be: the band's
numbers are one size, as a designer sets them) and the band no taller than it must be (a cell's
caption wraps to more lines in a narrower cell; a long caption keeps its width). Each cell keeps
at least MIN_SHARE of an even share. `word_fit` then fits what is still too wide.

Only a table of one row whose every cell opens with a number is balanced: a table a user lays out
with a label column, or several rows that must line up, keeps its widths.
"""

from __future__ import annotations

import itertools
import math

from lxml import etree

from reportgen.data.chart_lines import wrap_em
from reportgen.memo import Memo
from reportgen.office.ooxml import paragraph_text, qn
from reportgen.office.word_fit import (
    CELL_MARGINS_PT,
    KEEP_SHARE,
    MIN_CELL_PT,
    cell_twips,
    number_width,
    run_size,
    set_size,
)

#: The least share of its even width a cell keeps.
MIN_SHARE = 0.65
#: The widths tried, as shares of the row.
STEP = 0.05
#: What setting the row's numbers smaller costs, in caption lines per tenth of their size.
SHRINK_COST = 1.0
#: Rows of more cells are left as the template sets them (the search grows with the count).
MOST_CELLS = 4


def balance_number_rows(body: etree._Element) -> list[etree._Element]:
    """Share each one-row table of numbers' width among its cells by what they need; the rows
    balanced (for `even_sizes`, once `word_fit` has fitted their numbers)."""
    balanced = []
    for table in body.iter(qn("w:tbl")):
        rows = table.findall(qn("w:tr"))
        grid = table.findall(f"{qn('w:tblGrid')}/{qn('w:gridCol')}")
        if len(rows) != 1:
            continue
        cells = rows[0].findall(qn("w:tc"))
        widths = [cell_twips(cell) for cell in cells]
        if not 2 <= len(cells) <= MOST_CELLS or len(grid) != len(cells) or None in widths:
            continue
        numbers = [_number(cell) for cell in cells]
        if None in numbers:
            continue
        total = sum(int(w) for w in widths if w is not None)
        needs = [float(n) for n in numbers if n is not None]
        if all(n + CELL_MARGINS_PT <= int(w or 0) / 20 for n, w in zip(needs, widths, strict=True)):
            continue  # every number fits its cell as the template set it
        captions = [_caption(cell) for cell in cells]
        shares, scale = _best(needs, captions, total / 20)
        # every number of the row set smaller by one ratio, not the news alone; where that would
        # keep less than KEEP_SHARE of their size, word_fit sets each (a wide one freeing its
        # qualifier or currency to a line of its own) and `even_sizes` sets them one size
        if KEEP_SHARE <= scale < 1:
            for cell in cells:
                _scale(cell.find(qn("w:p")), scale)
        twips = [int(total * share) for share in shares]
        twips[0] += total - sum(twips)  # what rounding left, to the first (the news)
        for cell, col, width in zip(cells, grid, twips, strict=True):
            cell.find(f"{qn('w:tcPr')}/{qn('w:tcW')}").set(qn("w:w"), str(width))
            col.set(qn("w:w"), str(width))
        balanced.append(rows[0])
    return balanced


def balanced_shares(cells: list[etree._Element], total_pt: float) -> tuple[tuple[float, ...], float] | None:
    """The shares of a row `total_pt` wide that `balance_number_rows` would give `cells` (a band's
    cells, each opening with a number), and the scale its numbers would be set at; None where a
    cell opens with no number."""
    numbers = [_number(cell) for cell in cells]
    if None in numbers:
        return None
    return _best([float(n) for n in numbers if n is not None], [_caption(c) for c in cells], total_pt)


def caption_lines(cell: etree._Element, room_pt: float) -> int:
    """How many lines the cell's text under its number takes in `room_pt` (the measure the
    balancing uses)."""
    text, size = _caption(cell)
    return len(wrap_em(text, room_pt / size)) if text else 0


def even_sizes(rows: list[etree._Element]) -> None:
    """Each balanced row's numbers at one size, the least the fit left any of them (half a point
    of rounding, or a number the fit set smaller still, made them 15 and 15.5 pt side by side)."""
    for row in rows:  # a cell's number paragraph: under its qualifier where the fit freed it
        firsts = [_number_paragraph(cell) for cell in row.findall(qn("w:tc"))]
        largest = [max((run_size(r) for r in p.iter(qn("w:r"))), default=0.0) for p in firsts]
        least = min(largest)
        for paragraph, size in zip(firsts, largest, strict=True):
            if size > least:
                _scale(paragraph, least / size)


#: Rows already balanced in this process (a rebuild under `reportgen watch` balances the same band).
_BALANCED: Memo[
    tuple[tuple[float, ...], tuple[tuple[str, float], ...], float], tuple[tuple[float, ...], float]
]
_BALANCED = Memo(256)


def _best(
    needs: list[float], captions: list[tuple[str, float]], total_pt: float
) -> tuple[tuple[float, ...], float]:
    """The shares of the row (adding up to 1) and the numbers' common scale that cost least: the
    band's height in caption lines, and SHRINK_COST a tenth of the numbers' size given up; on a
    tie, the shares nearest to even."""
    key = (tuple(needs), tuple(captions), total_pt)
    known = _BALANCED.get(key)
    if known is None:
        known = _search(needs, captions, total_pt)
        _BALANCED.remember(key, known)
    return known


def _search(
    needs: list[float], captions: list[tuple[str, float]], total_pt: float
) -> tuple[tuple[float, ...], float]:
    count = len(needs)
    least = MIN_SHARE / count
    steps = round(1 / STEP)
    found: tuple[float, float, tuple[float, ...], float] | None = None
    wrapped: dict[tuple[int, int], int] = {}  # (cell, its share in steps): its caption's lines

    def lines(cell: int, share: float, room: float) -> int:
        key = (cell, round(share / STEP))
        if key not in wrapped:
            text, size = captions[cell]
            wrapped[key] = len(wrap_em(text, room / size)) if text else 0
        return wrapped[key]

    for cut in itertools.product(range(steps + 1), repeat=count - 1):
        shares = tuple(k * STEP for k in cut)
        shares = (*shares, 1 - sum(shares))
        if min(shares) < least - 1e-9:
            continue
        rooms = [share * total_pt - CELL_MARGINS_PT for share in shares]
        scale = min(1.0, *(room / need for room, need in zip(rooms, needs, strict=True)))
        tallest = max(
            lines(i, share, room) for i, (share, room) in enumerate(zip(shares, rooms, strict=True))
        )
        cost = tallest + SHRINK_COST * (1 - scale) * 10
        spread = sum(abs(share - 1 / count) for share in shares)
        if found is None or (cost, spread) < (found[0], found[1]):
            found = (cost, spread, shares, scale)
    if found is None:
        return tuple(1 / count for _ in needs), 1.0
    return found[2], found[3]


def _scale(paragraph: etree._Element, scale: float) -> None:
    """Each run of the paragraph `scale` times its size, to the half point below, none under the
    least size a cell's number is set at (`word_fit.MIN_CELL_PT`)."""
    for run in paragraph.iter(qn("w:r")):
        size = run_size(run)
        set_size(run, min(size, max(MIN_CELL_PT, math.floor(size * scale * 2) / 2)))


def _number_paragraph(cell: etree._Element) -> etree._Element:
    """The cell's first paragraph with a digit (its number), or its first."""
    paragraphs = cell.findall(qn("w:p"))
    return next((p for p in paragraphs if any(c.isdigit() for c in paragraph_text(p))), paragraphs[0])


def _number(cell: etree._Element) -> float | None:
    """The width (pt) the cell's first paragraph's number needs at its size; None where the cell
    does not open with a number."""
    first = cell.find(qn("w:p"))
    return number_width(first) if first is not None else None


def _caption(cell: etree._Element) -> tuple[str, float]:
    """The cell's text under its number, and its size (pt)."""
    paragraphs = cell.findall(qn("w:p"))[1:]
    text = " ".join(paragraph_text(p) for p in paragraphs).strip()
    sizes = [run_size(run) for p in paragraphs for run in p.iter(qn("w:r"))]
    return text, max(sizes, default=MIN_CELL_PT)
