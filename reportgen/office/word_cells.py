"""A briefing's table-cell paragraphs whose layout is known, for the passes that end their lines
themselves (word_lines.py: a Chinese or Japanese word kept whole; word_cell_units.py: a tied Korean
run, an as-of word with its date), and the line break they set into a paragraph's runs.

A paragraph's layout is known in a cell of a fixed width (word_fit.py's `sized_cells`) where it has
no style or indent of its own, no line break, tab or field, and every run one size: its lines are
then measured as the renderer will set them. The rest is left to the renderer.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator

from lxml import etree

from reportgen.office.ooxml import qn
from reportgen.office.word_fit import sized_cells


def measured_cell_texts(body: etree._Element) -> Iterator[tuple[float, float, list[etree._Element], str]]:
    """(room in pt, size in pt, runs, text) for each paragraph of a table cell of `body` whose
    layout is known: its cell's text width, its runs' one size, its runs and their joined text."""
    for cell, room in sized_cells(body):
        for paragraph in cell.iterfind(qn("w:p")):
            size = known_size(paragraph)
            if size is None:
                continue
            runs = list(paragraph.iterfind(qn("w:r")))
            yield room, size, runs, "".join(t.text or "" for r in runs for t in r.iterfind(qn("w:t")))


def break_before_each(runs: list[etree._Element], breaks: list[int]) -> None:
    """A line break before each character offset of `breaks` (in ascending order) in the runs'
    joined text: the last first, as a split run is no longer in `runs`."""
    for at in reversed(breaks):
        break_before(runs, at)


def known_size(paragraph: etree._Element) -> float | None:
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


def break_before(runs: list[etree._Element], at: int) -> None:
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
