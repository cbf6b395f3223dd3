"""Speaker notes that speak for another slide: a quotation a slide's notes give (a person's or a
launch's words, a paragraph of their own) which another slide prints and this one does not. Its
speaker reads the words aloud over a slide that does not show them, and the slide that shows them
has no notes for them (review UU1 D: the American summit's launches slide carried the keynote
speakers' lines and quotes its next slide prints). A figure's source line ('Label (number): “…”',
under 'Where the figures come from') opens with its label, not a quotation mark, and stays
wherever the figure's tile or slide is. The document check runs it over the deck
(office/quality.py)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportgen.office.notes_check import notes_paragraphs
from reportgen.office.seen import AS_SEEN, quoted

#: A quotation shorter than this is a phrase, which two slides may well share.
_LEAST = 24
#: What opens a paragraph that is a quotation.
_MARKS = "«“„‚‘「『\"'"
#: What closes one (its credit after it).
_CLOSING = "»”“」』\"'’"


def _said(text: str) -> str:
    return " ".join(text.translate(AS_SEEN).split())


def _quotation(paragraph: str) -> str:
    """The words of a notes paragraph that is a quotation (its marks and its credit left off)."""
    text = _said(paragraph)
    if text[:1] not in _MARKS:
        return ""
    body = text[1:]
    end = max((body.rfind(mark) for mark in _CLOSING), default=-1)
    words = (body[:end] if end > 0 else body).strip()
    return words if len(words) >= _LEAST else ""


def notes_elsewhere(slides: Sequence[Any], printed: Sequence[Sequence[str]], shown: str) -> list[str]:
    """Warnings naming each slide whose notes give a quotation another slide prints and it does
    not (`printed`: each slide's printed texts, as the check read them)."""
    seen = [_said("\n".join(texts)) for texts in printed]
    warnings = []
    for number, slide in enumerate(slides, start=1):
        for paragraph in notes_paragraphs(slide):
            words = _quotation(paragraph)
            if not words or words in seen[number - 1]:
                continue
            others = [n for n, text in enumerate(seen, start=1) if n != number and words in text]
            if others:
                warnings.append(
                    f"{shown}: slide {number}: its speaker notes give {quoted(words[:50])}, which slide "
                    f"{others[0]} shows and this one does not; give a person's lines and quotes in the "
                    "notes of the slide that shows them"
                )
                break
    return warnings
