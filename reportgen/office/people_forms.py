"""People on one slide in two forms, as a reader sees them: one a pull quote credited under it
('— Aisha Rahman, novelist'), the next a bullet with their words set under it in italics (reviews
UU1 E, UU3 #9: the winners' slides, the launches' keynotes); or one person twice, their words the
title with their credit under it and their line a bullet further down (`named_twice`, reviews
YY1 #4, YY3 #6). The plan sets the people of a slide in
one form (data/plan/slide_titles.py, `_voice_titled`); the document check calls this on each slide
of a deck, in any template (office/quality.py)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise
from typing import Any

from reportgen.data.said_words import says
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


def named_twice(slide: Any, where: str) -> list[str]:
    """A warning where a slide's title is a quotation, its credit (a paragraph under it opening
    with a credit's dash) names its speaker, and a bullet of the slide opens with their name again
    to say what the title or the credit already says (data/said_words.py): that bullet has nothing
    to add. A bullet that tells what they did stays (round 26: a credit carrying it read as a
    sentence of two rows, YY3 re-review). Not a credit to an organisation a person's titles name
    ('— 한국로봇산업협회' over its president's line)."""
    title = slide.shapes.title
    if title is None or not title.has_text_frame or not opens_quotation(title.text_frame.text):
        return []
    paragraphs = list(_body(slide))
    credit = next((text for paragraph, text in paragraphs if _DASH.match(text)), "")
    name = _plain(re.split(r"[,，、（(]", _DASH.sub("", credit, count=1), maxsplit=1)[0])
    if len(name) < 2:
        return []
    twice = next(
        (
            t
            for paragraph, t in paragraphs
            if t != credit
            and _bulleted(paragraph)
            and _plain(t).startswith(name)
            and says(f"{title.text_frame.text} {credit}", _plain(t)[len(name) :])
        ),
        "",
    )
    if not twice:
        return []
    return [
        f"{where}: '{name}' is credited under the title's quotation and named again in the bullet "
        f"'{twice[:40]}…': name them once"
    ]


def _plain(text: str) -> str:
    return " ".join(text.replace("\u2060", "").replace("\u00a0", " ").split())


#: A credit's dash at a paragraph's start: '— Name', '――佐藤'.
_DASH = re.compile(r"^\s*(?:—|–|――|——)[\s\u2060]*")
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
