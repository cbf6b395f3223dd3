"""Numbers that fit their table cell in a Word document, as tiles fit theirs on a slide.

A number is kept whole by its no-break spaces ("EUR\u00a02.75\u00a0billion"); in a narrow cell (the
briefing's band of headline figures) a word wider than the cell is broken inside it by Word and
LibreOffice ("EUR 2.75 billio / n"). `numbers_too_wide` measures each such word at its size with
the deck's character widths (office/powerpoint/fit.py); `fit_cell_numbers` sets its paragraph
smaller, down to MIN_CELL_PT; the document check reports what still does not fit.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

from lxml import etree

from reportgen.office.ooxml import qn
from reportgen.office.powerpoint.fit import WORD_MARGIN, WORD_MARGIN_BOLD, _char_em, unbreakable

#: A number in a cell is set no smaller than this to fit.
MIN_CELL_PT = 10.0
_DEFAULT_PT = 11.0  # Word's default body size, for runs that set none
_CELL_MARGINS_PT = 2 * 5.4  # Word's default left and right cell margins (108 twips each)
_BREAKABLE = re.compile(r"[ \t\n\u2002-\u200b\u3000]+")  # not U+00A0 or U+202F


def _size(run: etree._Element) -> float:
    size = run.find(f"{qn('w:rPr')}/{qn('w:sz')}")
    value = size.get(qn("w:val"), "") if size is not None else ""
    return int(value) / 2 if value.isdigit() else _DEFAULT_PT


def _bold(run: etree._Element) -> bool:
    bold = run.find(f"{qn('w:rPr')}/{qn('w:b')}")
    return bold is not None and bold.get(qn("w:val"), "true") not in {"0", "false"}


def _cell_width_pt(cell: etree._Element) -> float | None:
    width = cell.find(f"{qn('w:tcPr')}/{qn('w:tcW')}")
    if width is None or width.get(qn("w:type"), "dxa") != "dxa" or not width.get(qn("w:w"), "").isdigit():
        return None
    return int(width.get(qn("w:w"))) / 20 - _CELL_MARGINS_PT


def numbers_too_wide(body: etree._Element) -> Iterator[tuple[etree._Element, str, float, float]]:
    """(paragraph, word, size in pt, room in pt) for each number wider than its table cell."""
    for cell in body.iter(qn("w:tc")):
        room = _cell_width_pt(cell)
        if room is None or room <= 0:
            continue
        for paragraph in cell.iterfind(qn("w:p")):
            runs = list(paragraph.iter(qn("w:r")))
            text = "".join(t.text or "" for t in paragraph.iter(qn("w:t")))
            if not runs or not any(c.isdigit() for c in text):
                continue
            size = max(_size(run) for run in runs)
            margin = WORD_MARGIN_BOLD if any(_bold(run) for run in runs) else WORD_MARGIN
            for word in _pieces(text):
                if any(c.isdigit() for c in word) and sum(_char_em(c) for c in word) * size * margin > room:
                    yield paragraph, word, size, room
                    break


def _pieces(text: str) -> list[str]:
    """What a line cannot break inside: words between spaces, and in Chinese and Japanese text the
    pieces between characters (`unbreakable`)."""
    return [piece for word in _BREAKABLE.split(text) for _, piece in unbreakable(word)]


def fit_cell_numbers(body: etree._Element) -> None:
    """Set each paragraph whose number is wider than its cell smaller, down to MIN_CELL_PT."""
    for paragraph, word, size, room in list(numbers_too_wide(body)):
        bold = any(_bold(run) for run in paragraph.iter(qn("w:r")))
        width = sum(_char_em(c) for c in word) * (WORD_MARGIN_BOLD if bold else WORD_MARGIN)
        fitted = max(MIN_CELL_PT, math.floor(room / width * 2) / 2)
        if fitted >= size:
            continue
        for run in paragraph.iter(qn("w:r")):
            # only sizes the run sets: a new element would have to find its place in the schema's order
            for element in run.iterfind(f"{qn('w:rPr')}/{qn('w:sz')}"):
                element.set(qn("w:val"), str(int(min(fitted, _size(run)) * 2)))
            for element in run.iterfind(f"{qn('w:rPr')}/{qn('w:szCs')}"):
                element.set(qn("w:val"), str(int(min(fitted, _size(run)) * 2)))
