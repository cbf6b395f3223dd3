"""A run of slides as a reader turns them: two slides in a row under one title read as a mistake
(reviews RR1 #4, RR4 #1: Polarlys's glance page 'Program og økonomi' before the section's slide of
the same title; the book awards' winners table, then the winners' words under its title), and a
'(continued)' slide holds more of what its first slide holds: a table continued by a slide of
text is no continuation, whatever its title says, nor is a list of names after people and their
words (review QQ1: 'Winners by category (continued)' over the winners' list, after two slides of
people). The document check runs it on the whole deck (office/quality.py); '(continued)' is read in
the deck's language, as the plan wrote it (plan/deck_pages.py), and a continuation's first slide is
the nearest before it titled, or kicked, by the continued title."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from reportgen.data import messages
from reportgen.lazy_pattern import lazy
from reportgen.office.lone_texts import opens_quotation
from reportgen.office.seen import AS_SEEN, quoted
from reportgen.office.shape_boxes import _is_tile

#: A marker no title holds, to find where the catalogue's '(continued)' puts the title.
_MARK = "\ue000"
#: Below this share of its height a shape is the slide's footer (its sources), not its body.
FOOT_SHARE = 0.85
#: A sentence's end at a line's end: a stop, in Latin scripts or full width.
_SENTENCE_END = lazy(r"[.!?。！？][\s\u00a0»”’\"')]*$")


def slide_kind(slide: Any, area: int, height: int = 0) -> str:
    """What a slide holds, as a reader names it: 'a table', 'a chart', 'tiles', 'people's words',
    'a list' or 'text' ('people's words' and 'a list' where the slide's `height` is given)."""
    shapes = list(slide.shapes)
    if any(getattr(s, "has_table", False) and s.has_table for s in shapes):
        return "a table"
    if any(getattr(s, "has_chart", False) and s.has_chart for s in shapes) or any(
        s.shape_type == 13 and s.width and s.height and s.width * s.height >= 0.1 * area for s in shapes
    ):  # 13: a picture (MSO_SHAPE_TYPE.PICTURE), a chart drawn as one where large
        return "a chart"
    if any(_is_tile(s, area) for s in shapes):
        return "tiles"
    return _text_kind(slide, height) if height else "text"


def _text_kind(slide: Any, height: int) -> str:
    """What a slide's body of text holds: 'people's words' (a quotation among its lines), 'a list'
    (lines most of which end no sentence: a list's items under a lead sentence are a list still,
    'Espositori', its lead, 30 names) or 'text'. The footer (its sources) is no part of it."""
    title = slide.shapes.title
    below = float(title.top or 0) + float(title.height or 0) if title is not None else 0.0
    lines = [
        " ".join(p.text.split())
        for s in slide.shapes
        if s.has_text_frame and below <= float(s.top or 0) < FOOT_SHARE * height
        for p in s.text_frame.paragraphs
        if p.text.strip()
    ]
    if any(opens_quotation(line) for line in lines):
        return "people's words"
    ended = sum(1 for line in lines if _SENTENCE_END.search(line))
    return "a list" if lines and 2 * ended < len(lines) else "text"


def continued_form(locale: str) -> tuple[str, str]:
    """What the deck's language puts before and after a continued slide's title: ('', ' (continued)')."""
    made = messages.gettext(locale, "%(title)s (continued)", title=_MARK)
    before, _, after = made.partition(_MARK)
    return before, after


def _title(slide: Any) -> str:
    title = slide.shapes.title
    if title is None or not title.has_text_frame:
        return ""
    return _seen(title.text_frame.text)


def _seen(text: str) -> str:
    return " ".join(text.translate(AS_SEEN).replace("\x0b", " ").split())


def _kicker(slide: Any) -> str:
    """The short line above a slide's title (its section's name), as printed, or ''."""
    title = slide.shapes.title
    if title is None:
        return ""
    top = float(title.top or 0)
    above = (
        _seen(s.text_frame.text)
        for s in slide.shapes
        if s.has_text_frame and s.shape_id != title.shape_id and float(s.top or 0) < top
    )
    return next((text for text in above if text), "")


def continuations(slides: Sequence[Any], locale: str) -> Iterator[tuple[int, int]]:
    """Each '(continued)' slide's index and the index of the slide it continues: the nearest before
    it titled, or kicked, by the continued title ('(continued)' read in the deck's language)."""
    before, after = (" ".join(part.split()) for part in continued_form(locale))
    if not (before or after):
        return
    titles = [_title(slide) for slide in slides]
    kickers = [_kicker(slide) for slide in slides]
    for at, title in enumerate(titles):
        if not title or not (title.startswith(before) and title.endswith(after)):
            continue
        first = title[len(before) : len(title) - len(after)].strip()
        start = next((i for i in range(at - 1, -1, -1) if first in (titles[i], kickers[i])), None)
        if first and start is not None:
            yield at, start


def slide_runs(slides: Sequence[Any], area: int, shown: str, locale: str, height: int = 0) -> list[str]:
    """Warnings naming each slide whose title is the one of the slide before it, and each
    '(continued)' slide that holds another kind of content than the slide it continues (with the
    deck's slide `height`, people's words, a list and text told apart too)."""
    titles = [_title(slide) for slide in slides]
    warnings: list[str] = []
    for number, title in enumerate(titles[1:], start=2):
        if title and title == titles[number - 2]:
            warnings.append(
                f"{shown}: slide {number}: its title {quoted(title)} is the title of slide {number - 1} "
                "too, and two slides in a row under one title read as a mistake: give each its own "
                "title (what the slide shows or finds)"
            )
    for at, start in continuations(slides, locale):
        kind, was = slide_kind(slides[at], area, height), slide_kind(slides[start], area, height)
        # a section's chart slide (the section's name its kicker, a finding its title) continued by
        # its text: more of the section (Meblex's contracts chart, then the organiser's words)
        section = titles[start] not in titles[at] and "a chart" in (kind, was)
        if kind != was and not section:
            warnings.append(
                f"{shown}: slide {at + 1}: it continues slide {start + 1} ({was}) but holds {kind}; "
                "a continued slide holds more of what its first slide holds: give it a title of its own"
            )
    return warnings
