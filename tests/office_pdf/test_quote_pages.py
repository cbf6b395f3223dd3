"""A person's line and their quotation on one page of LibreOffice's PDF (office/word_pages.py), and
the PDF check that names them parted (office/pdf_check.py).

LibreOffice 7.4 drops a paragraph's keep with next where that paragraph ends exactly at a page's
foot: after 24 filler lines the person's line of two lines ended page 1 and their quotation opened
page 2 (scripts/keep_experiment.py measures every construction)."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.shared import Pt
from pypdf import PdfReader

from reportgen.office import pdf_check
from reportgen.office.word_pages import keep_blocks_together
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES, libreoffice_pdfs

pytestmark = [pytest.mark.slow, pytest.mark.libreoffice]

#: The person's line of two lines and the quotation of round 14's measure (scripts/keep_experiment.py).
PERSON = (
    "Wanjiru Kamau-Odhiambo, Chief Executive Officer, said the next edition adds a satellite event to "
    "the week in Mombasa, where founders from the coast can meet the investors of the marketplace."
)
QUOTE = (
    "\u201cThis year the conversation moved from pilots to scale; "
    "our founders ask how fast they can grow.\u201d"
)


def _filled(count: int, keep: bool) -> Document:
    """The bundled template's styles, `count` filler lines, a person's line (two lines), their
    quotation and its credit; kept together by the renderer's pass, or only by keep with next."""
    document = Document(str(TEMPLATES / "briefing.docx"))
    body = document.element.body
    for element in list(body)[:-1]:  # all but the section's properties
        body.remove(element)
    for number in range(1, count + 1):
        filler = document.add_paragraph(f"Filler line {number}.")
        filler.paragraph_format.space_before, filler.paragraph_format.space_after = Pt(0), Pt(14)
    person = document.add_paragraph(PERSON, style="List Bullet")
    quote = document.add_paragraph(QUOTE, style="Quote")
    credit = document.add_paragraph("\u2014 Wanjiru Kamau-Odhiambo", style="Quote")
    document.add_paragraph("What follows the quotation.")
    if keep:
        keep_blocks_together(document)
    else:
        person.paragraph_format.keep_with_next = quote.paragraph_format.keep_with_next = True
        quote.paragraph_format.keep_together = credit.paragraph_format.keep_together = True
    return document


def _parted(pdf: Path) -> bool:
    pages = [page.extract_text().replace("\n", " ") for page in PdfReader(str(pdf)).pages]
    person = next(n for n, text in enumerate(pages) if "Wanjiru Kamau-Odhiambo, Chief" in text)
    quote = next(n for n, text in enumerate(pages) if "This year the conversation" in text)
    return person != quote


def test_a_persons_line_and_quotation_share_a_page_at_any_page_foot(soffice: str, tmp_path: Path) -> None:
    """The filler experiment at 20-27 lines: kept by keep with next only, they part at 24 (the
    trap is really there); built as the renderer builds them, never."""
    documents = []
    for count in range(20, 28):
        for keep in (False, True):
            documents.append(tmp_path / f"filler-{count}-{'built' if keep else 'next'}.docx")
            _filled(count, keep).save(str(documents[-1]))
    pdfs = libreoffice_pdfs(soffice, documents, tmp_path)
    parted = {pdf.stem for pdf in pdfs if _parted(pdf)}
    assert any(name.endswith("-next") for name in parted)  # LibreOffice's dropped keep, reproduced
    assert not [name for name in parted if name.endswith("-built")]


def test_the_innovation_weeks_person_and_quotation_share_a_page(soffice: str, tmp_path: Path) -> None:
    """Wanjiru Kamau-Odhiambo's line ended page 1, her quotation opened page 2."""
    event = ROOT / "tests" / "data" / "review_events" / "nairobi-innovation-week-en-ke.yaml"
    result = build(event, Settings.simple(tmp_path, TEMPLATES, pdf=True))
    pdf = next(f for f in result.files if f.suffix == ".pdf" and "briefing" in f.name)
    assert not _parted(pdf)
    assert not [w for w in result.warnings if "parted" in w or "ends with the heading" in w]


def test_the_check_names_a_person_parted_from_their_quotation(soffice: str, tmp_path: Path) -> None:
    """A document built to part them (keep with next only, 24 filler lines): the check names the
    page the quotation opens and the line it was printed under."""
    path = tmp_path / "parted.docx"
    _filled(24, keep=False).save(str(path))
    (pdf,) = libreoffice_pdfs(soffice, [path], tmp_path)
    assert _parted(pdf)
    warnings = pdf_check.check_briefing_pdf(pdf, path, "parted.pdf")
    assert [w for w in warnings if "quotation" in w] == [
        "parted.pdf: page 2 starts with the quotation '\u201cThis year the conversation moved from p', "
        "parted from the line it is printed under on page 1 ('Wanjiru Kamau-Odhiambo, Chief Executive '): "
        "print them as one paragraph kept whole"
    ]
