"""A slide's speaker notes as its speaker reads them: a paragraph said twice (review RR4 #3:
Polarlys's glance notes printed the visitors' quote under 'Where the key figures come from' and
again with its credit), or no notes at all on a content slide (its speaker has nothing to say
over it). The title slide is not asked for notes. The document check runs it on each slide
(office/quality.py)."""

from __future__ import annotations

import re
from typing import Any

from reportgen.office.ooxml import qn
from reportgen.office.seen import AS_SEEN, quoted

#: A paragraph shorter than this is a name or a heading, which notes may well repeat.
_LEAST = 24
#: Quotation marks around a quotation, and the credit after it ('— Polarlys AS', '——林佩蓉').
_MARKS = "«»“”„\"‘’‚'「」『』‹› "
_CREDIT = re.compile(r"(?<=[»”\"」』’])\s*[—–-]{1,2}.*$")


def _said(text: str) -> str:
    """What a note's paragraph says, as compared with the others: its quotation without its marks
    and credit, its spaces as a reader sees them."""
    text = " ".join(text.translate(AS_SEEN).split())
    return _CREDIT.sub("", text).strip(_MARKS)


def notes_paragraphs(slide: Any) -> list[str]:
    """The slide's speaker notes' paragraphs that hold text; [] for none."""
    if not slide.has_notes_slide:
        return []
    frame = slide.notes_slide.notes_placeholder
    if frame is None:
        return []
    return [t for p in frame._element.iter(qn("a:p")) if (t := "".join(p.itertext(qn("a:t"))).strip())]


def notes_problems(slide: Any, where: str, content: bool) -> list[str]:
    """Warnings naming the slide whose notes say a paragraph twice (whole, or inside another), or
    that has no notes although it is a content slide (`content`)."""
    paragraphs = notes_paragraphs(slide)
    if not paragraphs:
        return (
            [
                f"{where}: the slide has no speaker notes; give it notes (what its figures or its "
                "text say, their sources) so that its speaker has something to say over it"
            ]
            if content
            else []
        )
    said = [_said(p) for p in paragraphs]
    found = []
    for i, text in enumerate(said):
        if len(text) < _LEAST:
            continue
        if any(text in other for j, other in enumerate(said) if j < i or (j > i and text != other)):
            found.append(
                f"{where}: the speaker notes say {quoted(text[:50])} twice; "
                "say each text once in a slide's notes"
            )
            break
    return found
