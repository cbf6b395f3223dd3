"""A band right under a band (the band's second row, `band_more`: the key figures too few for a
table) is set as the band above it: on its column grid, its numbers no larger than its numbers.

The second row was a table of two half-width cells: balanced and fitted on its own, its wider cells
kept '$4.2 million' at 17 pt under a first row set at 10.5 pt, its cell edges off the first row's,
so the secondary figures read as the headline (review XX2 B; XX5 #7: 'three cells sit over two,
on a different column grid'). Here each cell of the lower row takes the width of the cell above it,
from the left (a lower row of fewer cells leaves the rest of the band empty), once the upper row is
balanced (`follow_grids`, before the numbers are fitted to their cells), and again once its cells
gave a long word room (word_band_words.py); its numbers are then set at one size, no larger than
the upper row's (`follow_sizes`). A lower row of more cells than the row above (a band of one
figure over two) keeps its widths; its numbers are capped all the same.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from lxml import etree

from reportgen.office.ooxml import paragraph_text, qn
from reportgen.office.word_band import Cell, number_rows
from reportgen.office.word_fit import cell_twips, run_size, set_size


def stacked_bands(body: etree._Element) -> Iterator[tuple[list[Cell], list[Cell]]]:
    """Each band (word_band.number_rows) with the band right under it: only paragraphs without
    text between their tables (a thin gap)."""
    for upper, lower in pairwise(list(number_rows(body))):
        if _follows(_table(upper), _table(lower)):
            yield upper, lower


def follow_grids(body: etree._Element) -> None:
    """Give each lower band's cells the widths of the cells above them, from the left."""
    for upper, lower in stacked_bands(body):
        if len(lower) > len(upper):
            continue
        widths = [cell_twips(c.element) for c in upper]
        grid = _table(lower).findall(f"{qn('w:tblGrid')}/{qn('w:gridCol')}")
        if None in widths or len(grid) != len(lower):
            continue
        for cell, col, width in zip(lower, grid, widths, strict=False):
            cell.element.find(f"{qn('w:tcPr')}/{qn('w:tcW')}").set(qn("w:w"), str(width))
            col.set(qn("w:w"), str(width))


def follow_sizes(body: etree._Element) -> None:
    """Set each lower band's numbers at one size, the least of its own and the upper band's: no
    run larger (a qualifier keeps its size where that is smaller, as the upper row's does)."""
    for upper, lower in stacked_bands(body):
        sizes = [_largest(c.number) for c in lower]
        ceiling = min([max(_largest(c.number) for c in upper), *sizes])
        for cell in lower:  # a qualifier's run as the upper row's: smaller than its number, or its size
            for run in cell.number.iter(qn("w:r")):
                if run_size(run) > ceiling:
                    set_size(run, ceiling)


def _largest(paragraph: etree._Element) -> float:
    return max((run_size(r) for r in paragraph.iter(qn("w:r"))), default=0.0)


def _table(cells: list[Cell]) -> etree._Element:
    return cells[0].element.getparent().getparent()  # tc -> tr -> tbl


def _follows(upper: etree._Element, lower: etree._Element) -> bool:
    """Whether `lower` is the next table after `upper` in the same parent, with only paragraphs
    that print nothing between them."""
    if upper.getparent() is not lower.getparent():
        return False
    for sibling in upper.itersiblings():
        if sibling is lower:
            return True
        if sibling.tag != qn("w:p") or paragraph_text(sibling).strip():
            return False
    return False
