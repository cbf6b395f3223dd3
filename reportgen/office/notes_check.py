"""A slide's speaker notes as its speaker reads them: a paragraph said twice (review RR4 #3:
Polarlys's glance notes printed the visitors' quote under 'Where the key figures come from' and
again with its credit), or no notes at all on a content slide (its speaker has nothing to say
over it). The title slide is not asked for notes, nor a Sources slide that ends the deck: it
prints its references whole for the reader, no speaker talks over it, and the template gives it
notes only where figures have notes to say (review SS1: cobalt's three sources, no figure's
note). The document check runs it on each slide (office/quality.py)."""

from __future__ import annotations

import re
from typing import Any

from reportgen.office.ooxml import qn
from reportgen.office.seen import AS_SEEN, quoted

#: A quotation shorter than this is a phrase, which notes may well say twice.
_LEAST = 24
#: A quotation in a note's paragraph: its words between a pair of marks.
_QUOTATION = re.compile(rf"[«“„‘「『]\s*([^«»“”„「」『』]{{{_LEAST},}}?)\s*[»”“」』]")


def _said(text: str) -> str:
    return " ".join(text.translate(AS_SEEN).split())


def notes_paragraphs(slide: Any) -> list[str]:
    """The slide's speaker notes' paragraphs that hold text; [] for none."""
    if not slide.has_notes_slide:
        return []
    frame = slide.notes_slide.notes_placeholder
    if frame is None:
        return []
    return [t for p in frame._element.iter(qn("a:p")) if (t := "".join(p.itertext(qn("a:t"))).strip())]


def notes_problems(slide: Any, where: str, content: bool) -> list[str]:
    """Warnings naming the slide whose notes say a paragraph twice, or a quotation in two of
    their paragraphs (under its figure's source, and again with its credit), or that has no notes
    although it is a content slide (`content`: the caller asks where the deck's other content
    slides have notes, so that a deck whose template gives none is not asked)."""
    paragraphs = [_said(p) for p in notes_paragraphs(slide)]
    if not paragraphs:
        return (
            [
                f"{where}: the slide has no speaker notes, as the deck's other slides have; give it "
                "notes (what its figures or its text say, their sources) for its speaker"
            ]
            if content
            else []
        )
    seen: set[str] = set()  # the quotations of the paragraphs before: one said again whole (not
    for i, text in enumerate(paragraphs):  # an excerpt of another figure's, as WAIC's sources are)
        twice = len(text) >= _LEAST and text in paragraphs[:i]
        quotations = [m.group(1).rstrip() for m in _QUOTATION.finditer(text)]
        quotation = next((q for q in quotations if q in seen), None)
        seen.update(quotations)
        if twice or quotation:
            said = quotation or text
            return [
                f"{where}: the speaker notes say {quoted(said[:50])} twice; say each text once in a "
                "slide's notes"
            ]
    return []
