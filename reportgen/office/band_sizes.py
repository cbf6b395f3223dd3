"""The document check's rule for a band's type sizes (review YY2 #5): a band's numbers are one size,
as a designer sets them, and a band's second row never sets its numbers larger than the first
(the headline): the Norwegian briefing's three amounts shrank to 10 pt bold, text size, while the
row under them kept '24 600' and '612' at 17 pt. Read in the document as saved, whatever its
template: bands as office/word_band.py finds them, each cell's number at its largest run."""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from reportgen.office.ooxml import paragraph_text, qn
from reportgen.office.word_band import Cell, number_rows
from reportgen.office.word_band_more import stacked_bands
from reportgen.office.word_fit import run_size

#: Sizes this close (pt) are one size: the fit rounds to half points.
SAME_PT = 0.25


def uneven_bands(body: etree._Element) -> Iterator[tuple[int, list[tuple[str, float]]]]:
    """(band's number among the bands, its numbers with their sizes) for each band whose numbers
    are not one size."""
    for number, row in enumerate(number_rows(body), start=1):
        sizes = [(_text(cell), _size(cell)) for cell in row]
        if max(s for _, s in sizes) - min(s for _, s in sizes) > SAME_PT:
            yield number, sizes


def smaller_headlines(body: etree._Element) -> Iterator[tuple[float, float, str]]:
    """(the upper band's size, the lower band's, a number of the lower band set larger) for each
    band whose numbers are set smaller than those of the band under it."""
    for upper, lower in stacked_bands(body):
        top = max(_size(cell) for cell in upper)
        under = max(lower, key=_size)
        if _size(under) - top > SAME_PT:
            yield top, _size(under), _text(under)


def _size(cell: Cell) -> float:
    """The size of the cell's number: its largest run that prints a digit (its qualifier's smaller)."""
    sizes = [
        run_size(run)
        for run in cell.number.iter(qn("w:r"))
        if any(c.isdigit() for t in run.iter(qn("w:t")) for c in t.text or "")
    ]
    return max(sizes, default=0.0)


def _text(cell: Cell) -> str:
    return paragraph_text(cell.number).replace("\u00a0", " ").replace("\u200b", "").strip()


#: A bold line under a band's label longer than this (characters) is a note set as a mark: a mark
#: ('A record', 'Down about 18% since 2025') is short (reviews YY2 #10, YY1 #5).
MARK_CHARS = 40


def bold_notes(body: etree._Element) -> Iterator[str]:
    """Each line under a band cell's number set bold throughout and longer than a mark: a note
    printed as the figure's news."""
    for row in number_rows(body):
        for cell in row:
            after = False
            for p in cell.element.iter(qn("w:p")):
                after = after or p is cell.number
                runs = [
                    r for r in p.iter(qn("w:r")) if "".join(t.text or "" for t in r.iter(qn("w:t"))).strip()
                ]
                text = paragraph_text(p).strip()
                long = after and p is not cell.number and runs and len(text) > MARK_CHARS
                if long and all(_bold(r) for r in runs):
                    yield text


def _bold(run: etree._Element) -> bool:
    props = run.find(qn("w:rPr"))
    b = props.find(qn("w:b")) if props is not None else None
    return b is not None and b.get(qn("w:val"), "true") not in ("0", "false")
