"""Count what the pages of built briefings part: quotations parted from the line they are printed
under (a person's), headings at a page's foot, headings stranded there with only their summary
(their chart opening the next page) or a line or two, credits opening a page (office/pdf_check.py).

    .venv/bin/reportgen build tests/data/review_events/*.yaml --pdf -j 1 --out /tmp/built
    .venv/bin/python scripts/parted_pages.py /tmp/built
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reportgen.office import pdf_check  # noqa: E402


def main() -> None:
    folder = Path(sys.argv[1])
    briefings = sorted(folder.glob("*-briefing.pdf"))
    quotes = headings = stranded = credits = 0
    for pdf in briefings:
        document = Document(str(pdf.with_suffix(".docx")))
        margins = pdf_check._margin_texts(document)
        read = list(PdfReader(str(pdf)).pages[: pdf_check.MAX_PAGES_READ])
        pages = [pdf_check._body_lines(p, margins) for p in read]
        parted = pdf_check.quotes_parted(pages, document)
        at_foot = pdf_check.headings_at_foot(pages, document)
        alone = pdf_check.headings_stranded(read, pages, document)
        opened = [
            n
            for n, lines in enumerate(pages, 1)
            if n > 1 and lines and lines[0].startswith(pdf_check._CREDIT_MARKS)
        ]
        quotes, headings, credits = quotes + len(parted), headings + len(at_foot), credits + len(opened)
        stranded += len(alone)
        for number, line, _ in parted:
            print(f"{pdf.name}: page {number} opens with the quotation under '{line[:40]}'")
        for number, heading in at_foot:
            print(f"{pdf.name}: page {number} ends with the heading '{heading}'")
        for number, heading in alone:
            print(f"{pdf.name}: page {number} ends with the heading '{heading}' and only its first lines")
        for number in opened:
            print(f"{pdf.name}: page {number} opens with a credit")
    print(
        f"{len(briefings)} briefings: {quotes} quotations parted from their line, {headings} headings at a "
        f"page's foot, {stranded} headings stranded with their first lines, {credits} credits opening a page"
    )


if __name__ == "__main__":
    main()
