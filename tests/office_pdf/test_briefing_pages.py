"""A briefing's pages as LibreOffice breaks them (office/word_pages.py, office/pdf_check.py): no
short last block alone on the last page, no quote parted from its credit, and the document check
that reads the PDF's last page warns where one is."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader

from reportgen.office import word
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

pytestmark = [pytest.mark.slow, pytest.mark.libreoffice]
EVENTS = ROOT / "tests" / "events"


def _pages(event: Path, out: Path) -> tuple[list[str], list[str]]:
    result = build(event, Settings.simple(out, TEMPLATES, pdf=True))
    pdf = next(f for f in result.files if f.suffix == ".pdf" and "briefing" in f.name)
    return [page.extract_text() for page in PdfReader(str(pdf)).pages], result.warnings


def test_the_sources_are_not_alone_on_the_last_page(soffice: str, tmp_path: Path) -> None:
    pages, warnings = _pages(EVENTS / "agri-fair.yaml", tmp_path)
    # page 2 held 'Sources' and one line; the livestock section (heading, summary, chart) goes with them
    assert len(pages) == 2
    assert "Livestock" in pages[-1] and "Cattle entries were the highest" in pages[-1]
    assert "Sources" in pages[-1]
    assert "The showground" in pages[0]  # the first page keeps what fits on it
    assert not [w for w in warnings if "the last, holds only" in w]


def test_a_quote_and_its_credit_share_a_page(soffice: str, tmp_path: Path) -> None:
    pages, _ = _pages(EVENTS / "languages" / "festival-cinema-it.yaml", tmp_path)
    credit = [text for text in pages if "\u2014 Paolo Rinaldi" in text.replace("\u00a0", " ")]
    assert credit, pages
    assert "Cinque anni fa" in credit[0]  # '— Paolo Rinaldi' was alone at the top of page 3


def test_the_check_warns_of_a_last_page_holding_only_a_short_block(
    soffice: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(word, "keep_blocks_together", lambda document: None)  # as before the fix
    pages, warnings = _pages(EVENTS / "agri-fair.yaml", tmp_path)
    assert pages[-1].split("\n")[1] == "Sources"
    found = [w for w in warnings if "the last, holds only" in w]
    assert found == [
        f"{tmp_path / 'valley-fair-2025-briefing.pdf'}: page 2, the last, holds only 'Sources' and 1 line: "
        "shorten the pages before it, or keep the block with what precedes it (keep with next)"
    ]


def test_the_check_warns_of_a_credit_parted_from_its_quotation(
    soffice: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The festival's briefing with no keep-with-next on its quotations (the template's, and the
    renderer's pass, both taken away) and each credit set to start a page, so that wherever the
    pages break, a credit is parted from its quotation."""
    templates = tmp_path / "templates"
    templates.mkdir()
    document = Document(str(TEMPLATES / "briefing.docx"))
    for paragraph in document.paragraphs:
        if paragraph.style.name == "Quote":
            paragraph.paragraph_format.keep_with_next = None
            paragraph.paragraph_format.keep_together = None
            if paragraph.text.startswith("{{ punct.credit }}"):
                paragraph.paragraph_format.page_break_before = True
    document.save(str(templates / "briefing.docx"))
    monkeypatch.setattr(word, "keep_blocks_together", lambda document: None)
    festival = EVENTS / "languages" / "festival-cinema-it.yaml"
    result = build(festival, Settings.simple(tmp_path / "out", templates, pdf=True))
    pdf = tmp_path / "out" / "como-film-festival-2026-briefing.pdf"
    found = [w for w in result.warnings if "credit" in w]
    pattern = (
        rf"{re.escape(str(pdf))}: page (\d+) starts with a quotation's credit \('— Paolo Rinaldi'\), "
        r"parted from its quotation on page (\d+): keep the quotation with its credit \(keep with next\)"
    )
    matched = [re.fullmatch(pattern, w) for w in found]
    assert any(matched), found
    assert all(int(m.group(1)) == int(m.group(2)) + 1 for m in matched if m)
