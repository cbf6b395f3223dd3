"""The document check's rule for the briefing's key figures in one block (review VV3 #4, WW1 #11):
a table of fewer than TABLE_LEAST figures' rows under a band of figures reads as a second block
of key figures, its heading as the table's alone ('Cifras clave' over two rows under a band of
three). Read in the document as saved, whatever its template: a band is a table of one row whose
cells each hold a number; the table beside it, the next one, with no more than a heading between."""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from reportgen.office.ooxml import paragraph_text, qn

#: The fewest figures' rows a key-figures table beside a band has (data/plan/views.py TABLE_LEAST).
TABLE_LEAST = 3
#: The most text between a band and the table beside it: a heading, not a paragraph of prose.
HEADING_CHARS = 60


def short_key_tables(body: etree._Element) -> Iterator[tuple[int, list[str]]]:
    """(figures' rows, their labels) for each table of fewer than TABLE_LEAST rows of figures
    beside a band of figures: after it, with nothing but a heading or empty paragraphs between."""
    band = False
    between = ""
    for child in body:
        if child.tag == qn("w:p"):
            between += paragraph_text(child).strip()
            if len(between) > HEADING_CHARS:
                band = False
            continue
        if child.tag != qn("w:tbl"):
            continue
        rows = child.findall(qn("w:tr"))
        if _is_band(rows):
            band, between = True, ""
            continue
        figures = [r for r in rows if _digits(_cell_texts(r)[1:])]
        if band and figures and len(figures) < TABLE_LEAST:
            yield len(figures), [(_cell_texts(r) or [""])[0] for r in figures]
        band = False


def _is_band(rows: list[etree._Element]) -> bool:
    """A table of one row of two or more cells, each holding a number."""
    if len(rows) != 1:
        return False
    texts = _cell_texts(rows[0])
    return len(texts) >= 2 and all(_digits([t]) for t in texts)


def _cell_texts(row: etree._Element) -> list[str]:
    return [
        " ".join(paragraph_text(p) for p in tc.iter(qn("w:p"))).strip() for tc in row.iterfind(qn("w:tc"))
    ]


def _digits(texts: list[str]) -> bool:
    return any(c.isdigit() for t in texts for c in t)
