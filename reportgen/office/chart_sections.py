"""The document check of a briefing's PDF for a chart printed under another section's heading:
a reader takes a chart for the section whose heading it stands under (review RR3: the nl fair's
'Buitenlandse exposanten per land', of 'Bezoekers en exposanten', printed after the whole of
'Stemmen van de beurs'). The chart's own section is the plan's (`owners`: each chart's id, the
`wp:docPr` name's last word, to its section's title); where it is printed is read from the PDF:
the last heading printed before its caption's first line."""

from __future__ import annotations

import re
from typing import Any

from reportgen.office.ooxml import qn

#: A heading is read over at most this many lines (a long one wraps).
HEADING_LINES = 3
#: A caption is found by at most this many of its first characters (a line's end may part it).
CAPTION_CHARS = 24


def charts_under_other_headings(
    pages: list[list[str]], document: Any, owners: dict[str, str]
) -> list[tuple[int, str, str, str]]:
    """For each chart of `document` (python-docx) with a caption printed in `pages` (each page's
    body lines) under a heading other than its own section's (`owners`): the page, the chart's
    caption, the heading it is printed under and its own section's title."""
    headings = {_bare(p.text) for p in document.paragraphs if _is_heading(p) and p.text.strip()}
    captions = _captions(document, owners)
    found, under = [], ""
    for number, lines in enumerate(pages, start=1):
        for index, line in enumerate(lines):
            heading = next(
                (
                    joined
                    for k in range(1, HEADING_LINES + 1)
                    if (joined := _bare("".join(lines[index : index + k]))) in headings
                ),
                None,
            )
            if heading is not None:
                under = heading
                continue
            bare = _bare(line)
            for caption, owner in list(captions.items()):
                if bare and _bare(caption).startswith(bare[:CAPTION_CHARS]) and len(bare) >= 4:
                    del captions[caption]
                    if under and under != _bare(owner):
                        printed = next(h for h in _titles(document) if _bare(h) == under)
                        found.append((number, caption, printed, owner))
    return found


def _captions(document: Any, owners: dict[str, str]) -> dict[str, str]:
    """Each chart's caption (the paragraph after its picture's), to its own section's title."""
    paragraphs = document.paragraphs
    captions: dict[str, str] = {}
    for index, paragraph in enumerate(paragraphs[:-1]):
        names = [d.get("name", "") for d in paragraph._p.iter(qn("wp:docPr"))]
        chart = next((n.split()[-1] for n in names if n.split() and n.split()[-1] in owners), None)
        text = paragraphs[index + 1].text.strip()
        if chart is not None and text:
            captions[text] = owners[chart]
    return captions


def _titles(document: Any) -> list[str]:
    return [p.text.strip() for p in document.paragraphs if _is_heading(p) and p.text.strip()]


def _is_heading(paragraph: Any) -> bool:
    return (paragraph.style.name or "").startswith("Heading") if paragraph.style is not None else False


def _bare(text: str) -> str:
    return re.sub(r"[\s\u00a0\u2060\u200b]+", "", text)
