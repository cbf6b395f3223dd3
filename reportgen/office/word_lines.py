"""A Chinese or Japanese word kept whole at a line end in a briefing's table cells.

The band of headline figures sets each figure's caption in a narrow cell, where Word and
LibreOffice break between any two CJK characters: '2026年7 / 月20日', '来場者アンケー / ト'.
LibreOffice reads no joiner, mark or attribute there (office/cjk_phrases.py), so, as in a deck's
tiles (office/powerpoint/cjk_words.py), every line of such a caption is ended by us between words
(`<w:br/>`), from the cell's width and the runs' sizes. Only paragraphs whose layout is known are
set so: in a cell of a fixed width, with no style or indent of their own and every run sized; the
rest is left to the renderer.
"""

from __future__ import annotations

import copy

from lxml import etree

from reportgen.office.cjk_phrases import language_of
from reportgen.office.ooxml import qn
from reportgen.office.powerpoint.cjk_words import line_breaks
from reportgen.office.word_fit import cell_width_pt


def keep_cjk_words_in_cells(body: etree._Element, tag: str) -> None:
    """In a Chinese or Japanese briefing, end each line of a table cell's paragraph between words."""
    language = language_of(tag)
    if not language:
        return
    for cell in body.iter(qn("w:tc")):
        room = cell_width_pt(cell)
        if room is None or room <= 0:
            continue
        for paragraph in cell.iterfind(qn("w:p")):
            size = _known_size(paragraph)
            if size is None:
                continue
            runs = list(paragraph.iterfind(qn("w:r")))
            text = "".join(t.text or "" for r in runs for t in r.iterfind(qn("w:t")))
            for at in reversed(line_breaks(text, room / size, language)):
                _break_before(runs, at)


def _known_size(paragraph: etree._Element) -> float | None:
    """The size of the paragraph's runs, in pt, where its layout is known: no style or indent of
    its own, no line breaks, tabs or fields, and every run of one size; None otherwise."""
    p_pr = paragraph.find(qn("w:pPr"))
    if p_pr is not None and (p_pr.find(qn("w:pStyle")) is not None or p_pr.find(qn("w:ind")) is not None):
        return None
    sizes = set()
    for child in paragraph:
        if child.tag == qn("w:pPr"):
            continue
        if child.tag != qn("w:r"):
            return None  # a hyperlink, a field, a bookmark's content: not ours to measure
        if any(c.tag not in (qn("w:rPr"), qn("w:t")) for c in child):
            return None  # a break, a tab, a picture
        size = child.find(f"{qn('w:rPr')}/{qn('w:sz')}")
        value = size.get(qn("w:val"), "") if size is not None else ""
        if not (value.isascii() and value.isdigit()):
            return None
        sizes.add(int(value) / 2)
    return sizes.pop() if len(sizes) == 1 else None  # a number and its qualifier: one line, word_fit's


def _break_before(runs: list[etree._Element], at: int) -> None:
    """Split the run that holds character `at` there, with a line break (`<w:br/>`) between."""
    seen = 0
    for run in runs:
        t = run.find(qn("w:t"))
        value = (t.text or "") if t is not None else ""
        if seen + len(value) <= at:
            seen += len(value)
            continue
        head, tail = value[: at - seen], value[at - seen :]
        second = copy.deepcopy(run)  # the tail, with whatever followed the text in the run
        second.find(qn("w:t")).text = tail
        for later in list(t.itersiblings()):
            run.remove(later)
        t.text = head
        t.addnext(etree.Element(qn("w:br")))  # the break ends the first half's run: 'head<w:br/>'
        run.addnext(second)
        if not head:
            run.remove(t)
        return
