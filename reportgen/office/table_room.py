"""A table on a slide with no room around it (review RR4 #11: the symposium's awards table right
under the accent rule, flush against a three-line source footer, its award-name column so wide
that the winners wrapped to two or three lines): a table whose foot reaches the footer's first
line, or one of whose cells runs to more than CELL_LINES lines at the size it is set. A table
comes from a user's template or a future layout (the default deck sets a list as text); the
document check runs this on each slide (office/quality.py)."""

from __future__ import annotations

from typing import Any

from reportgen.office.ooxml import qn
from reportgen.office.powerpoint.fit import EMU_PER_PT, line_texts
from reportgen.office.seen import quoted
from reportgen.office.slide_space import _text_top
from reportgen.office.table_limits import CELL_LINES, FOOT_GAP

#: The size a table's text is set at where its runs give none (PowerPoint's default table style).
_TABLE_PT = 18.0
#: A cell's left and right margins where its properties give none (PowerPoint's: 0.1 inch each).
_CELL_MARGINS = 2 * 91440


def table_room(shapes: list[Any], footer: list[Any], where: str, sizes: dict[Any, float]) -> list[str]:
    """Warnings naming the slide where a table among `shapes` reaches the first line of a text in
    `footer` (the slide's footer shapes), or sets a cell of more than CELL_LINES lines."""
    found: list[str] = []
    for shape in shapes:
        if not getattr(shape, "has_table", False) or not shape.has_table:
            continue
        head = float(shape.top or 0)
        foot = head + float(shape.height or 0)
        tops = [top for s in footer if (top := _text_top(s, sizes)) is not None and top > head]
        if tops and min(tops) - foot < FOOT_GAP:
            found.append(
                f"{where}: its table ends {max(min(tops) - foot, 0) / 12700:.0f} pt above the footer's "
                "text, flush against it: keep the footer's height free under the table"
            )
        found += _crowded_cells(shape.table, where)
    return found


def _crowded_cells(table: Any, where: str) -> list[str]:
    widths = [int(column.width or 0) for column in table.columns]
    for row in table.rows:
        for index, cell in enumerate(row.cells):
            if index >= len(widths) or not widths[index]:
                continue
            room = (widths[index] - _CELL_MARGINS) / EMU_PER_PT
            for p in cell.text_frame._txBody.iterfind(qn("a:p")):
                text = "".join(p.itertext(qn("a:t"))).strip()
                sizes = [int(r.get("sz")) / 100 for r in p.iter(qn("a:rPr")) if r.get("sz")]
                if text and len(line_texts(text, room, sizes[0] if sizes else _TABLE_PT)) > CELL_LINES:
                    return [
                        f"{where}: its table's cell {quoted(text[:40])} runs to more than {CELL_LINES} "
                        "lines: size the table's columns to their longest entries"
                    ]
    return []
