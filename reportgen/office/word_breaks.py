"""A briefing's PDF with its headings kept with their text where LibreOffice parted them.

Word keeps a heading with the paragraph after it (its style's keep-with-next, office/word_pages.py);
LibreOffice (7.4) leaves it at a page's foot where that paragraph's first lines do not fit below
it (the cardiology congress's 'Messages du congrès' ended page 1, its text on page 2). The PDF is
then made from a copy of the briefing whose parted headings start a page, as Word lays them out;
the DOCX itself is left as it is (a page break would be the user's to remove, wherever Word breaks).
"""

from __future__ import annotations

import re
from pathlib import Path

from docx import Document


def break_before_headings(docx: Path, headings: list[str], out: Path) -> int:
    """Write to `out` a copy of `docx` whose body paragraphs that are one of `headings` (a heading
    style, that text) start a page; the number of headings found."""
    wanted = {_plain(h) for h in headings}
    document = Document(str(docx))
    found = 0
    for paragraph in document.paragraphs:
        style = paragraph.style.name if paragraph.style is not None else ""
        if not (style or "").startswith("Heading") or _plain(paragraph.text) not in wanted:
            continue
        paragraph.paragraph_format.page_break_before = True
        wanted.discard(_plain(paragraph.text))  # its first printing only: the one the PDF parted
        found += 1
    document.save(str(out))
    return found


def _plain(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()
