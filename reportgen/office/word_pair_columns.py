"""A table of pairs (the plan's `ListView.rows`: winners by category, label | value) whose two
columns share the table's width by what their entries need, as the deck's pair table is sized by
measure (office/powerpoint/pair_table.py).

The template's columns were fixed (5.6 cm | 11 cm): the book fair's long prize names ('Prix de la
traduction littéraire Nouvelle-Aquitaine – Fondation Jean-et-Marguerite-Laborde …') wrapped to six
lines beside values of one line, and its briefing ran to a third page. Here the label column's
share is chosen, in steps of STEP, for the table a reader reads in the fewest lines (each row as
tall as its taller cell, at the measured widths of data/chart_lines.py), no word wider than its
column; on a tie, the share nearest the template's. The table keeps its width; the grid
(LibreOffice reads it) and each cell's width (Word reads them) are set alike. A table of the user's
own, which holds no pair of the plan's, keeps its widths. Each row of the table is kept on one
page (a prize's name was parted from its winner).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from lxml import etree

from reportgen.data.chart_lines import pieces, wrap_em
from reportgen.office.ooxml import paragraph_text, qn
from reportgen.office.powerpoint.fit import WORD_MARGIN, WORD_MARGIN_BOLD, text_em
from reportgen.office.word_fit import CELL_MARGINS_PT, run_size

#: The label column's shares tried, from LEAST_SHARE to 1 - LEAST_SHARE of the table.
STEP = 0.05
LEAST_SHARE = 0.2
#: How much wider a bold label sets than its measure (as the deck's fit takes bold words).
BOLD = WORD_MARGIN_BOLD / WORD_MARGIN
#: A word wider than its column costs this many lines (it would overflow or break inside).
OVERFLOW_LINES = 10


def context_pairs(sections: Any) -> frozenset[tuple[str, str]]:
    """Every pair (label, value) of the context's sections' lists, as `_plain` reads it."""
    found: set[tuple[str, str]] = set()
    for section in sections.values() if isinstance(sections, Mapping) else ():
        for item_list in getattr(section, "lists", {}).values():
            found |= {(_plain(label), _plain(value)) for label, value in getattr(item_list, "rows", ())}
    return frozenset(found)


def size_pair_tables(body: etree._Element, pairs: Iterable[tuple[str, str]]) -> list[etree._Element]:
    """Each table of two columns in `body` whose rows of two cells are `pairs` (two or more), its
    columns sized by what their entries need; the tables sized."""
    wanted = frozenset(pairs)
    sized = []
    for table in body.iter(qn("w:tbl")):
        grid = table.findall(f"{qn('w:tblGrid')}/{qn('w:gridCol')}")
        widths = [_twips(col) for col in grid]
        if len(grid) != 2 or None in widths:
            continue
        rows = [tr.findall(qn("w:tc")) for tr in table.findall(qn("w:tr"))]
        paired = [cells for cells in rows if len(cells) == 2]
        texts = [(_cell_text(a), _cell_text(b)) for a, b in paired]
        if len(paired) < 2 or not all((_plain(a), _plain(b)) in wanted for a, b in texts):
            continue
        for row in table.findall(qn("w:tr")):
            _keep_whole(row)  # a winner's row is never parted between two pages
        total = sum(int(w or 0) for w in widths)
        measured = [(_measured(a), _measured(b)) for a, b in paired]
        share = best_share(measured, total / 20, int(widths[0] or 0) / total)
        first = round(total * share)
        if first == widths[0]:
            continue  # the template's widths are the best
        for col, width in zip(grid, (first, total - first), strict=True):
            col.set(qn("w:w"), str(width))
        for cells in rows:
            shares = (first, total - first) if len(cells) == 2 else (total,)
            for cell, width in zip(cells, shares, strict=False):
                _set_width(cell, width)
        sized.append(table)
    return sized


#: A cell's text, its size (pt) and whether it is set bold.
Measured = tuple[str, float, bool]


def best_share(rows: list[tuple[Measured, Measured]], total_pt: float, template: float) -> float:
    """The label column's share of a table `total_pt` wide that sets `rows` in the fewest lines
    (a word wider than its column: OVERFLOW_LINES), nearest `template` (its share as set, itself
    one of the shares tried) on a tie."""
    steps = round((1 - 2 * LEAST_SHARE) / STEP)
    found: tuple[int, float, float] | None = None
    for share in (template, *(LEAST_SHARE + k * STEP for k in range(steps + 1))):
        rooms = (share * total_pt - CELL_MARGINS_PT, (1 - share) * total_pt - CELL_MARGINS_PT)
        lines = sum(max(_lines(cell, room) for cell, room in zip(row, rooms, strict=True)) for row in rows)
        key = (lines, abs(share - template), share)
        if found is None or key < found:
            found = key
    return found[2] if found is not None else template


def _lines(cell: Measured, room_pt: float) -> int:
    """The lines `cell` takes in `room_pt`; OVERFLOW_LINES more where a word is wider than it."""
    text, size, bold = cell
    if not text:
        return 1
    width_em = room_pt / (size * (BOLD if bold else 1.0))
    if width_em <= 0:
        return OVERFLOW_LINES
    wide = any(text_em(piece.strip()) > width_em for piece in pieces(text))
    return len(wrap_em(text, width_em)) + (OVERFLOW_LINES if wide else 0)


def _measured(cell: etree._Element) -> Measured:
    runs = [r for r in cell.iter(qn("w:r")) if "".join(t.text or "" for t in r.iter(qn("w:t"))).strip()]
    size = max((run_size(r) for r in runs), default=11.0)
    bold = bool(runs) and all(_bold(r) for r in runs)
    return _cell_text(cell), size, bold


def _bold(run: etree._Element) -> bool:
    found = run.find(f"{qn('w:rPr')}/{qn('w:b')}")
    return found is not None and found.get(qn("w:val"), "true") not in ("0", "false", "off")


def _cell_text(cell: etree._Element) -> str:
    return " ".join(paragraph_text(p) for p in cell.findall(qn("w:p"))).strip()


def _plain(text: str) -> str:
    """The text's letters and digits, casefolded: a pair as the plan gives it and as the table
    prints it (typographic quotes, tied and soft-hyphenated words) read alike."""
    return "".join(c for c in text.casefold() if c.isalnum())


def _twips(col: etree._Element) -> int | None:
    value = col.get(qn("w:w"), "")
    return int(value) if value.isdigit() and int(value) > 0 else None


def _keep_whole(row: etree._Element) -> None:
    """The row kept on one page (`w:cantSplit`): the book fair's 'Prix de l'essai de' ended page 2,
    its winner on page 3."""
    properties = row.find(qn("w:trPr"))
    if properties is None:
        properties = etree.Element(qn("w:trPr"))
        found = row.find(qn("w:tblPrEx"))
        if found is not None:
            found.addnext(properties)
        else:
            row.insert(0, properties)
    if properties.find(qn("w:cantSplit")) is None:
        properties.insert(0, etree.Element(qn("w:cantSplit")))


def _set_width(cell: etree._Element, twips: int) -> None:
    properties = cell.find(qn("w:tcPr"))
    if properties is None:
        properties = etree.SubElement(cell, qn("w:tcPr"))
        cell.insert(0, properties)
    width = properties.find(qn("w:tcW"))
    if width is None:
        width = etree.Element(qn("w:tcW"))
        properties.insert(0, width)
    width.set(qn("w:type"), "dxa")
    width.set(qn("w:w"), str(twips))
