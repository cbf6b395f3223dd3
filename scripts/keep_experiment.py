"""Which construction keeps a person's line with their quotation on one page in LibreOffice's PDF.

LibreOffice 7.4 drops a paragraph's "keep with next" where that paragraph ends exactly at a page's
foot (round 14: at 24 filler lines of 20-26 the kept line stayed on page 1, the paragraph after it
opened page 2). This script builds, from the bundled briefing template's styles, documents of N
filler lines followed by a person's line (a bullet), their quotation and its credit, each way of
keeping them together, for N around a page's foot; converts them with LibreOffice; and prints, for
each construction, the filler counts at which the person's line, the quotation's first words and
its credit do not all land on one page.

    .venv/bin/python scripts/keep_experiment.py [--lines 2] [--template templates/briefing.docx]
"""

from __future__ import annotations

import argparse
import copy
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from docx import Document
from docx.shared import Pt
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reportgen.office import word_pages  # noqa: E402
from reportgen.office.ooxml import qn  # noqa: E402
from reportgen.office_pdf.office_server import stop_offices, to_pdfs  # noqa: E402

PERSON = "Wanjiru Kamau-Odhiambo, Chief Executive Officer, said the next edition adds a satellite event"
QUOTE = (
    "\u201cThis year the conversation moved from pilots to scale; "
    "our founders ask how fast they can grow.\u201d"
)
CREDIT = "\u2014 Wanjiru Kamau-Odhiambo"


def _fresh(template: Path) -> Document:
    document = Document(str(template))
    body = document.element.body
    for element in list(body):
        if element.tag != qn("w:sectPr"):
            body.remove(element)
    return document


def _filler(document: Document, count: int) -> None:
    for number in range(1, count + 1):
        paragraph = document.add_paragraph(f"Filler line {number}.", style="Normal")
        paragraph.paragraph_format.space_before = Pt(0)
        paragraph.paragraph_format.space_after = Pt(14)


def _person(document: Document, lines: int) -> list:
    person = document.add_paragraph(" ".join([PERSON] * lines)[: 95 * lines - 10] + ".", style="List Bullet")
    quote = document.add_paragraph(QUOTE, style="Quote")
    credit = document.add_paragraph(CREDIT, style="Quote")
    document.add_paragraph("What follows the quotation.", style="Normal")
    return [person, quote, credit]


def as_built(document: Document, lines: int) -> None:
    """The briefing's construction: office/word_pages.py, as the build sets it."""
    _person(document, lines)
    word_pages.keep_blocks_together(document)


def keep_next_only(document: Document, lines: int) -> None:
    """Keep with next on the person's line and the quotation (round 14's construction)."""
    person, quote, credit = _person(document, lines)
    person.paragraph_format.keep_with_next = True
    quote.paragraph_format.keep_with_next = quote.paragraph_format.keep_together = True
    credit.paragraph_format.keep_together = True


def keep_next_and_lines(document: Document, lines: int) -> None:
    """Keep with next and keep lines together on the person's line, the quotation and the credit."""
    for paragraph in _person(document, lines):
        paragraph.paragraph_format.keep_with_next = paragraph.paragraph_format.keep_together = True
    document.paragraphs[-2].paragraph_format.keep_with_next = False


def one_row_table(document: Document, lines: int) -> None:
    """The three paragraphs in the one cell of a borderless table whose row cannot split."""
    paragraphs = _person(document, lines)
    table = document.add_table(rows=1, cols=1)
    cell = table.rows[0].cells[0]
    cell._tc.remove(cell.paragraphs[0]._p)
    paragraphs[0]._p.addprevious(table._tbl)
    for paragraph in paragraphs:
        cell._tc.append(paragraph._p)
    row_properties = table.rows[0]._tr.get_or_add_trPr()
    row_properties.append(copy.deepcopy(row_properties.makeelement(qn("w:cantSplit"), {})))


def keep_next_no_space(document: Document, lines: int) -> None:
    """Keep with next, the person's line without space after it (its space before the quotation)."""
    keep_next_and_lines(document, lines)
    person, quote = document.paragraphs[-4], document.paragraphs[-3]
    person.paragraph_format.space_after = Pt(0)
    quote.paragraph_format.space_before = Pt(2)


def one_paragraph(document: Document, lines: int) -> None:
    """The person's line and the quotation one paragraph, a line break between them, kept whole."""
    person, quote, credit = _person(document, lines)
    person.add_run().add_break()
    run = person.add_run(quote.text)
    run.italic = True
    quote._p.getparent().remove(quote._p)
    person.paragraph_format.keep_with_next = person.paragraph_format.keep_together = True
    credit.paragraph_format.keep_together = True


def no_widow_control(document: Document, lines: int) -> None:
    """Keep with next and keep lines together on all, widow and orphan control off."""
    keep_next_and_lines(document, lines)
    for paragraph in document.paragraphs[-4:-1]:
        paragraph.paragraph_format.widow_control = False


CONSTRUCTIONS: dict[str, Callable[[Document, int], None]] = {
    "as built (word_pages)": as_built,
    "keep-next only": keep_next_only,
    "keep-next + keep-lines on all": keep_next_and_lines,
    "one-row table, cantSplit": one_row_table,
    "keep-next, no space after the line": keep_next_no_space,
    "one paragraph, line break": one_paragraph,
    "keep-next + keep-lines, no widow control": no_widow_control,
}


def _page_of(pages: list[str], text: str) -> int:
    return next((number for number, page in enumerate(pages, start=1) if text in page.replace("\n", " ")), 0)


def capacity(template: Path, folder: Path) -> int:
    """How many filler lines the first page holds."""
    document = _fresh(template)
    _filler(document, 80)
    path = folder / "capacity.docx"
    document.save(str(path))
    (pdf,) = to_pdfs([path], folder, 120)
    first = PdfReader(str(pdf)).pages[0].extract_text()
    return max(n for n in range(1, 81) if f"Filler line {n}." in first)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--template", type=Path, default=ROOT / "templates" / "briefing.docx")
    parser.add_argument("--lines", type=int, default=2, help="lines of the person's paragraph")
    parser.add_argument("--around", type=int, default=5, help="filler counts either side of the foot")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        room = capacity(args.template, folder)
        counts = range(room - args.lines - args.around, room + 1)
        print(f"page 1 holds {room} filler lines; filler {counts.start}-{counts.stop - 1}")
        for label, construct in CONSTRUCTIONS.items():
            parted, paths = [], []
            for count in counts:
                document = _fresh(args.template)
                _filler(document, count)
                construct(document, args.lines)
                paths.append(folder / f"{construct.__name__}-{count}.docx")
                document.save(str(paths[-1]))
            for count, pdf in zip(counts, to_pdfs(paths, folder, 120), strict=True):
                pages = [page.extract_text() for page in PdfReader(str(pdf)).pages]
                person, quote = _page_of(pages, "Wanjiru Kamau-Odhiambo, Chief"), _page_of(pages, "This year")
                credit = _page_of(pages, "\u2014 Wanjiru")
                if len({person, quote, credit}) > 1:
                    parted.append(f"{count} (line p{person}, quote p{quote}, credit p{credit})")
            print(f"{label:34} parted at: {', '.join(parted) or 'none'}")
    stop_offices()


if __name__ == "__main__":
    main()
