"""The band's cell of a record shaded with the theme's first accent, its text light (review OO1:
the news read as a footnote, a small bold line under one figure's label).

A band (office/word_band.py: a table of one row of numbers' cells) cell is a record's where a
paragraph of it says the figure's record word alone ('A record', 'Rekor', '過去最多':
`FigureView.record_note`), as the deck fills its tile (powerpoint/record_tiles.py). The shading
refers to the theme (`w:themeFill`), so a restyled template restyles it; its colour for LibreOffice
and the text made readable on it (AA) follow (word_theme.py `follow_theme`). It changes no cell's
width nor line. One cell is shaded, the band's first record's (the headline's, which the band prints
first, where it is a record), as the deck fills one tile (review RR2); a second keeps its word.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from lxml import etree

from reportgen.office.ooxml import paragraph_text, qn
from reportgen.office.word_band import number_rows

_AFTER_SHD = {
    qn(t) for t in ("w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark")
}
_SHADING = ("w:val", "w:color", "w:fill", "w:themeFill", "w:themeFillTint", "w:themeFillShade")


def band_record_words(figures: Iterable[Any]) -> frozenset[str]:
    """The words that mark a record in the band, as the figures print them ('A record')."""
    return frozenset(w for f in figures if (w := getattr(f, "record_note", "")))


def shade_record_cells(body: etree._Element, words: frozenset[str]) -> list[etree._Element]:
    """Shade the first band cell that holds a paragraph saying one of `words` alone with the theme's
    first accent; the cells (w:tc) so shaded (one or none)."""
    shaded: list[etree._Element] = []
    for cells in number_rows(body) if words else ():
        for cell in cells:
            if shaded or not any(paragraph_text(p).strip() in words for p in cell.element.iter(qn("w:p"))):
                continue
            tc_pr = cell.element.find(qn("w:tcPr"))
            if tc_pr is None:
                tc_pr = etree.SubElement(cell.element, qn("w:tcPr"))
                cell.element.insert(0, tc_pr)
            shd = tc_pr.find(qn("w:shd"))
            if shd is None:  # in the schema's order: before what follows it in a cell's properties
                shd = etree.Element(qn("w:shd"))
                after = next((c for c in tc_pr if c.tag in _AFTER_SHD), None)
                if after is not None:
                    after.addprevious(shd)
                else:
                    tc_pr.append(shd)
            for attr in _SHADING:
                shd.attrib.pop(qn(attr), None)
            shd.set(qn("w:val"), "clear")
            shd.set(qn("w:color"), "auto")
            shd.set(qn("w:fill"), "auto")  # follow_theme writes the accent's colour here
            shd.set(qn("w:themeFill"), "accent1")
            shaded.append(cell.element)
    return shaded
