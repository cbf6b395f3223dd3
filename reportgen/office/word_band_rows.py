"""A band of four headline figures whose cells would be crammed is set as two rows of two.

A quarter of the page's width holds a short number and a label of a few words; a long label
('Ventes et préventes conclues pendant le marché (environ 26 millions d'euros), au 21 novembre
2026 à 16 h') took five lines in it, or its numbers were set much smaller (review PP: the en-US
band of four was crowded). Here the band is measured as the template sets it, at the widths the
balancing would give it (word_columns.py): where its numbers would be set at less than LEAST_SCALE
of their size, or a label would take more than MOST_LABEL_LINES lines, its table is parted into
two tables of two cells, each the width of the band, one under the other with a thin gap (two
tables side by side in the body are one table to Word), a number the plan set on two lines for a
quarter's width on one. Each is then a band of its own to the steps after (balanced, aligned,
its record shaded).
"""

from __future__ import annotations

import copy

from lxml import etree

from reportgen.office.ooxml import qn
from reportgen.office.word_columns import balanced_shares, caption_lines
from reportgen.office.word_fit import CELL_MARGINS_PT, cell_twips

#: A label of a band of four takes at most this many lines; more, and the band is two rows (three
#: lines of a quarter of the page read as crammed: "Memoranda of / understanding / signed").
MOST_LABEL_LINES = 2
#: ... or its numbers are set at less than this share of their size (17 pt: under 12 pt); a band
#: of four sets them somewhat smaller than a band of three, as the deck's row of four tiles does.
LEAST_SCALE = 0.7
#: The gap between the two rows, in twentieths of a point: a seam, not a gap that parts the band
#: into two blocks (review XX5 #7; the template's between the band and its second row likewise).
GAP_TWIPS = 20


def split_crowded_bands(body: etree._Element) -> list[etree._Element]:
    """Part each crowded band of four in `body` into two rows of two; the tables made."""
    made = []
    for table in list(body.iter(qn("w:tbl"))):
        cells = _band_of_four(table)
        if cells is None or not crowded(cells):
            continue
        made += _part(table)
    return made


def crowded(cells: list[etree._Element]) -> bool:
    """Whether a band's cells would be crammed in one row: its numbers set at less than LEAST_SCALE
    of their size, or a label of more than MOST_LABEL_LINES lines, at the widths balancing gives
    them."""
    widths = [cell_twips(cell) for cell in cells]
    total = sum(w for w in widths if w is not None) / 20
    found = balanced_shares(cells, total)
    if found is None or None in widths:
        return False
    shares, scale = found
    lines = [caption_lines(c, s * total - CELL_MARGINS_PT) for c, s in zip(cells, shares, strict=True)]
    return scale < LEAST_SCALE or max(lines) > MOST_LABEL_LINES


def _band_of_four(table: etree._Element) -> list[etree._Element] | None:
    """The cells of a table of one row of four cells with fixed widths, or None."""
    rows = table.findall(qn("w:tr"))
    grid = table.findall(f"{qn('w:tblGrid')}/{qn('w:gridCol')}")
    if len(rows) != 1 or len(grid) != 4:
        return None
    cells = rows[0].findall(qn("w:tc"))
    if len(cells) != 4 or any(cell_twips(c) is None for c in cells):
        return None
    return cells


def _part(table: etree._Element) -> list[etree._Element]:
    """The table as two tables of its first two and its last two cells, each as wide as it was,
    a thin paragraph between them."""
    total = sum(cell_twips(c) or 0 for c in table.iter(qn("w:tc")))
    second = copy.deepcopy(table)
    for made, keep in ((table, slice(0, 2)), (second, slice(2, 4))):
        row = made.find(qn("w:tr"))
        cells = row.findall(qn("w:tc"))
        grid = made.findall(f"{qn('w:tblGrid')}/{qn('w:gridCol')}")
        for cell in cells[: keep.start] + cells[keep.stop :]:
            row.remove(cell)
        for col in grid[2:]:
            col.getparent().remove(col)
        halves = [total // 2, total - total // 2]
        for cell, col, width in zip(row.findall(qn("w:tc")), grid[:2], halves, strict=True):
            cell.find(f"{qn('w:tcPr')}/{qn('w:tcW')}").set(qn("w:w"), str(width))
            col.set(qn("w:w"), str(width))
    for cell in [*table.iter(qn("w:tc")), *second.iter(qn("w:tc"))]:
        _join_lines(cell.find(qn("w:p")))
    gap = etree.Element(qn("w:p"))
    properties = etree.SubElement(gap, qn("w:pPr"))
    etree.SubElement(properties, qn("w:keepNext"))
    spacing = etree.SubElement(properties, qn("w:spacing"))
    spacing.set(qn("w:before"), "0")
    spacing.set(qn("w:after"), "0")
    spacing.set(qn("w:line"), str(GAP_TWIPS))
    spacing.set(qn("w:lineRule"), "exact")
    table.addnext(gap)
    gap.addnext(second)
    return [table, second]


def _join_lines(paragraph: etree._Element | None) -> None:
    """A number set on two lines for a quarter of the band ('38,4 millions' / 'de dollars': the
    plan's band lines) on one in half of it: its line break goes, the space before it stays a
    place to break where the half is still too narrow."""
    if paragraph is None:
        return
    for found in list(paragraph.iter(qn("w:br"))):
        if found.get(qn("w:type"), "textWrapping") == "textWrapping":
            found.getparent().remove(found)
