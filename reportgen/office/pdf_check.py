"""The document check of a briefing's PDF: what only its pages show.

A last page that holds only a short trailing block (a heading and a line or two: 'Sources' and
one source) or a line or two of text reads as a leftover. Where the pages break is LibreOffice's
(or Word's) to decide, so only the PDF shows it: with `--pdf`, the last page's text is read
(pypdf) and the briefing's headings, header and footer (from the DOCX) tell the block. A page
that starts with a quotation's credit ('— Paolo Rinaldi') has it parted from its quotation.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

#: A last page of at most this many lines of body text, starting with a heading, is a lone block.
LONE_BLOCK_LINES = 4
#: A last page of at most this many lines of body text is a leftover, whatever they are.
LONE_LINES = 2
#: The pages read for a credit at the top of a page (a briefing has a few; a long one is not read whole).
MAX_PAGES_READ = 12
#: What a quotation's credit starts with ('— Paolo Rinaldi', '―― 张为').
_CREDIT_MARKS = ("\u2014", "\u2015")


def check_briefing_pdf(pdf: Path, docx: Path | Any, shown: str) -> list[str]:
    """Warnings about the pages of `pdf`, the PDF of the briefing `docx` (a path or the python-docx
    Document), naming `shown` and the page."""
    from docx import Document
    from pypdf import PdfReader

    reader = PdfReader(str(pdf))
    count = len(reader.pages)
    if count < 2:
        return []
    document = Document(str(docx)) if isinstance(docx, Path) else docx
    margins = _margin_texts(document)
    pages = [_body_lines(page, margins) for page in reader.pages[:MAX_PAGES_READ]]
    warnings = [
        f"{shown}: page {number} starts with a quotation's credit ('{_plain(lines[0])[:40]}'), parted from "
        f"its quotation on page {number - 1}: keep the quotation with its credit (keep with next)"
        for number, lines in enumerate(pages, start=1)
        if number > 1 and lines and lines[0].startswith(_CREDIT_MARKS)
    ]
    if _has_pictures(reader.pages[-1]):
        return warnings  # a chart fills the last page: its text lines say nothing of how full it is
    last = pages[-1] if count <= MAX_PAGES_READ else _body_lines(reader.pages[-1], margins)
    return warnings + _last_page(last, document, shown, count)


def _body_lines(page: Any, margins: list[str]) -> list[str]:
    """A page's lines of text, less its header and footer."""
    text = page.extract_text() or ""
    return [line.strip() for line in text.splitlines() if line.strip() and not _in_margin(line, margins)]


def _last_page(lines: list[str], document: Any, shown: str, count: int) -> list[str]:
    headings = {_plain(p.text) for p in document.paragraphs if _heading(p) and p.text.strip()}
    first = _plain(lines[0]) if lines else ""
    if lines and first in headings and len(lines) <= LONE_BLOCK_LINES:
        rest = len(lines) - 1
        return [
            f"{shown}: page {count}, the last, holds only '{first}' and {rest} line{'s' * (rest != 1)}: "
            "shorten the pages before it, or keep the block with what precedes it (keep with next)"
        ]
    if 0 < len(lines) <= LONE_LINES:
        return [
            f"{shown}: page {count}, the last, holds only {len(lines)} line{'s' * (len(lines) != 1)} "
            f"('{first[:40]}'): shorten the pages before it by a few lines"
        ]
    return []


def _has_pictures(page: Any) -> bool:
    """Whether a PDF page draws a picture: an image XObject its content paints (`/Name Do`; the
    resources alone do not tell, LibreOffice shares them between pages)."""
    resources = page.get("/Resources")
    objects = resources.get_object().get("/XObject") if resources is not None else None
    contents = page.get_contents()
    if objects is None or contents is None:
        return False
    objects = objects.get_object()
    painted = {m.decode() for m in re.findall(rb"/([^\s/\[\]()<>{}%]+)\s+Do\b", contents.get_data())}
    named = [objects[f"/{n}"].get_object() for n in painted if f"/{n}" in objects]
    return any(x.get("/Subtype") == "/Image" for x in named)


def _heading(paragraph: Any) -> bool:
    return (paragraph.style.name or "").startswith("Heading") if paragraph.style is not None else False


def _plain(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


def _margin_texts(document: Any) -> list[str]:
    """The header's and footer's texts, up to a field's place (a page number is a field)."""
    texts = []
    for section in document.sections:
        for part in (section.header, section.footer, section.first_page_header, section.first_page_footer):
            try:
                texts += [_plain(p.text) for p in part.paragraphs if p.text.strip()]
            except (AttributeError, ValueError, KeyError):  # a part the template leaves out
                continue
    return [m for t in texts if (m := re.sub(r"\s*\d+$", "", t))]  # a page number's cached text


def _in_margin(line: str, margins: list[str]) -> bool:
    plain = _plain(line)
    return any(plain == m or (plain.startswith(m) and plain[len(m) :].strip().isdigit()) for m in margins)
