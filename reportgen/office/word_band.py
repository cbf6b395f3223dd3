"""The numbers of a row of figures side by side (the briefing's band) on one line, their labels on
another, whatever each number has above it (a qualifier) or below it (a unit on a second line).

A number whose qualifier did not fit its line gives it a line above (`word_fit`: 'quase' over
'14,6 bilhões de reais'), and a long amount takes a second line; its neighbours had neither, so
'38%' stood level with 'quase', and a label level with a unit (review FF). Here every cell of such
a row gets the same lines: a qualifier that leads its number moves above it too, where another
cell's did, a cell with nothing there gets an empty line of the same size, and a number on fewer
lines than the row's tallest an empty line after it. `rows_out_of_line` measures the same way for
the document check.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from dataclasses import dataclass

from lxml import etree

from reportgen.office.ooxml import paragraph_text, qn
from reportgen.office.powerpoint.fit import WORD_MARGIN_BOLD, _char_em
from reportgen.office.word_cells import break_before
from reportgen.office.word_fit import _free_qualifier, cell_width_pt, run_size

#: Where a line of a number's paragraph may break: spaces, not no-break ones (a number's words
#: are tied together by those), and the zero width space a fit frees (typography.FREED_SPACE).
_BREAKS = re.compile(r"[ \t\n\u2002-\u200b\u3000]+")


@dataclass(frozen=True)
class Cell:
    """Where a cell's number stands: its paragraph, the lines over it and the lines it takes."""

    element: etree._Element
    number: etree._Element
    above: int
    lines: int
    after: int  # empty paragraphs after the number's (lines kept for a neighbour's unit)

    @property
    def label_line(self) -> int:
        return self.above + self.lines + self.after


def number_rows(body: etree._Element) -> Iterator[list[Cell]]:
    """Each table of one row of two or more cells that each hold a number (a band), as its cells
    (a table of several rows lines its cells up by its rows already)."""
    for table in body.iter(qn("w:tbl")):
        rows = table.findall(qn("w:tr"))
        if len(rows) != 1:
            continue
        cells = [_cell(tc) for tc in rows[0].iterfind(qn("w:tc"))]
        if len(cells) >= 2 and all(c is not None for c in cells):
            yield [c for c in cells if c is not None]


def rows_out_of_line(body: etree._Element) -> Iterator[tuple[int, list[str]]]:
    """(row's number among the bands, its numbers) for each band whose numbers, or whose labels,
    do not stand on one line."""
    for index, cells in enumerate(number_rows(body), start=1):
        if len({c.above for c in cells}) > 1 or len({c.label_line for c in cells}) > 1:
            yield index, [paragraph_text(c.number).strip() for c in cells]


#: A band number's line height, exact, in its size: one in every cell of the row, whatever font
#: sets it (a Chinese glyph's taller line, '326部', set '92%' beside it 2 mm higher: review NN).
NUMBER_LINE = 1.3


def align_number_rows(body: etree._Element) -> None:
    """Give every cell of each band the same lines above its number and above its label."""
    for cells in list(number_rows(body)):
        _even_lines(cells)
        if max(c.above for c in cells) > 0:
            for cell in cells:  # 'mais de 4,2 bilhões' beside 'quase' / '14,6 bilhões': over it too
                if cell.above == 0:
                    _free_qualifier(cell.number)
            cells = [c for c in (_cell(c.element) for c in cells) if c is not None]
        over = max(c.above for c in cells)
        model = next(c for c in cells if c.above == over)
        for cell in cells:
            for line in range(cell.above, over):  # an empty line the size of the model's there
                source = model.element.findall(qn("w:p"))[line]
                cell.number.addprevious(_empty_like(source, run_size(_first_run(source))))
            if cell.above < over:  # the lines as close as one paragraph's, as a freed qualifier's
                for spacing in cell.number.iterfind(f"{qn('w:pPr')}/{qn('w:spacing')}"):
                    spacing.set(qn("w:before"), "0")
        cells = [c for c in (_cell(c.element) for c in cells) if c is not None]
        for cell in cells:
            if cell.lines > 1:
                _break_lines(cell)
        most = max(c.lines + c.after for c in cells)
        for cell in cells:
            size = max((run_size(r) for r in cell.number.iter(qn("w:r"))), default=0.0)
            for _ in range(cell.lines + cell.after, most):  # a number's second line (its unit), left empty
                cell.number.addnext(_empty_like(cell.number, size, before=0))


def _even_lines(cells: list[Cell]) -> None:
    """Each number's paragraph of the row one exact line height: its largest run's size's."""
    size = max((run_size(r) for c in cells for r in c.number.iter(qn("w:r"))), default=0.0)
    if size <= 0:
        return
    for cell in cells:
        spacing = cell.number.get_or_add_pPr().get_or_add_spacing()  # python-docx's, in schema order
        spacing.set(qn("w:line"), str(round(size * NUMBER_LINE * 20)))
        spacing.set(qn("w:lineRule"), "exact")


def _cell(tc: etree._Element) -> Cell | None:
    """The cell's number paragraph (its first with a digit), the paragraphs over it and the lines
    it takes in the cell's width; None where it has no number or no fixed width."""
    room = cell_width_pt(tc)
    paragraphs = tc.findall(qn("w:p"))
    texts = [paragraph_text(p) for p in paragraphs]
    for index, paragraph in enumerate(paragraphs):
        if any(c.isdigit() for c in texts[index]):
            if room is None or room <= 0:
                return None
            after = next((i for i, t in enumerate(texts[index + 1 :]) if t.strip()), 0)
            return Cell(tc, paragraph, index, _lines(paragraph, room), after)
    return None


def _lines(paragraph: etree._Element, room: float) -> int:
    """How many lines the paragraph takes `room` pt wide, broken only at its breakable spaces."""
    return len(_breaks(paragraph, room)) + 1


def _breaks(paragraph: etree._Element, room: float) -> list[int]:
    """Where the paragraph's lines start (offsets in its text), after the first, `room` pt wide,
    each character as wide as a bold number's may be (WORD_MARGIN_BOLD, as the fit measures it)."""
    sized = [(t.text or "", run_size(run)) for run in paragraph.iter(qn("w:r")) for t in run.iter(qn("w:t"))]
    text = "".join(part for part, _ in sized)
    sizes = [size for part, size in sized for _ in part]
    widths = [_char_em(c) * sizes[i] * WORD_MARGIN_BOLD for i, c in enumerate(text)]
    breaks: list[int] = []
    width, at = 0.0, 0
    for match in _BREAKS.finditer(text + " "):
        word = sum(widths[at : match.start()])
        gap = sum(widths[match.start() : match.end()]) if match.end() <= len(text) else 0.0
        if width and width + word > room:
            breaks.append(at)
            width = 0.0
        width += word + gap
        at = match.end()
    return breaks


def _break_lines(cell: Cell) -> None:
    """End the number's lines where `_breaks` measured them (`<w:br/>`), so that it takes the lines
    its neighbours keep for it, not one fewer where the renderer's letters are narrower."""
    room = cell_width_pt(cell.element)
    if room is None or _list(cell.number) is None:
        return
    for at in reversed(_breaks(cell.number, room)):
        break_before(list(cell.number.iterfind(qn("w:r"))), at)


def _list(paragraph: etree._Element) -> etree._Element | None:
    """The paragraph where each of its runs holds one text and nothing else a break could split."""
    for run in paragraph.iterfind(qn("w:r")):
        if any(c.tag not in (qn("w:rPr"), qn("w:t")) for c in run) or len(run.findall(qn("w:t"))) != 1:
            return None
    return paragraph


def _first_run(paragraph: etree._Element) -> etree._Element:
    run = paragraph.find(qn("w:r"))
    return run if run is not None else etree.Element(qn("w:r"))


def _empty_like(paragraph: etree._Element, size: float, before: int | None = None) -> etree._Element:
    """An empty paragraph as tall as a line of `paragraph`'s at `size` pt: its properties, and its
    mark (which sets an empty paragraph's height) that size."""
    empty = etree.Element(qn("w:p"))
    properties = paragraph.find(qn("w:pPr"))
    properties = copy.deepcopy(properties) if properties is not None else etree.Element(qn("w:pPr"))
    for old in properties.findall(qn("w:rPr")):
        properties.remove(old)
    if before is not None:
        for spacing in properties.iterfind(qn("w:spacing")):
            spacing.set(qn("w:before"), str(before))
    mark = etree.SubElement(properties, qn("w:rPr"))
    half_points = str(int(size * 2)) if size else "20"
    etree.SubElement(mark, qn("w:sz")).set(qn("w:val"), half_points)
    etree.SubElement(mark, qn("w:szCs")).set(qn("w:val"), half_points)
    empty.append(properties)
    return empty
