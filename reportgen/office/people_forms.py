"""People on one slide in two forms, as a reader sees them: one a pull quote credited under it
('— Aisha Rahman, novelist'), the next a bullet with their words set under it in italics (reviews
UU1 E, UU3 #9: the winners' slides, the launches' keynotes). The plan sets the people of a slide in
one form (data/plan/slide_titles.py, `_voice_titled`); the document check calls this on each slide
of a deck, in any template (office/quality.py)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise
from typing import Any

from reportgen.office.lone_texts import opens_quotation
from reportgen.office.ooxml import qn


def mixed_people_forms(slide: Any, where: str) -> list[str]:
    """A warning where a slide's body holds a quotation credited apart from any bullet ('“…” —
    Name') and a bullet with a person's words under it: set the people
    alike, each a bullet and their words."""
    paragraphs = list(_body(slide))
    # a quotation under a bullet (a figure's line, a person's) is that line's words, credited or
    # not: a pull quote stands under no bullet. A quotation that titles the slide, its credit the
    # lead ('— Ana Quispe'), is a title's form, not a person's among the bullets: not named here
    credits = [
        text
        for at, (paragraph, text) in enumerate(paragraphs)
        if not _bulleted(paragraph)
        and opens_quotation(text)
        and _CREDITED.search(text)
        and not (at and _bulleted(paragraphs[at - 1][0]))
    ]
    voiced = [
        text
        for (paragraph, text), (after, words) in pairwise(paragraphs)
        if _bulleted(paragraph)
        and not _bulleted(after)
        and opens_quotation(words)
        and not _CREDITED.search(words)
    ]
    if not credits or not voiced:
        return []
    return [
        f"{where}: the quotation credited apart ('{credits[0][:40]}…') and the bullet '{voiced[0][:40]}…' "
        "with words under it set people in two forms; set them alike"
    ]


#: A quotation's credit after its closing mark: '“…” — Aisha Rahman', '「…」——鈴木'.
_CREDITED = re.compile(r"[”」』»«\"’]\s*(?:—|–|――|——)")


def _body(slide: Any) -> Iterator[tuple[Any, str]]:
    title = slide.shapes.title
    for shape in slide.shapes:
        if not shape.has_text_frame or (title is not None and shape.shape_id == title.shape_id):
            continue
        for paragraph in shape.text_frame.paragraphs:
            text = " ".join(paragraph.text.split())
            if text:
                yield paragraph, text


def _bulleted(paragraph: Any) -> bool:
    """Whether a paragraph shows a bullet: a bullet character or number of its own, or its list
    style's where it sets no `a:buNone` (a body placeholder's first level bullets)."""
    ppr = paragraph._p.pPr
    return ppr is None or ppr.find(qn("a:buNone")) is None
