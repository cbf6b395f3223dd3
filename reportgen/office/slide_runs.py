"""A run of slides as a reader turns them: two slides in a row under one title read as a mistake
(reviews RR1 #4, RR4 #1: Polarlys's glance page 'Program og økonomi' before the section's slide of
the same title; the book awards' winners table, then the winners' words under its title), and a
'(continued)' slide holds more of what its first slide holds: a table continued by a slide of
text is no continuation, whatever its title says. The document check runs it on the whole deck
(office/quality.py); '(continued)' is read in the deck's language, as the plan wrote it
(plan/deck_pages.py)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportgen.data import messages
from reportgen.office.seen import AS_SEEN, quoted
from reportgen.office.shape_boxes import _is_tile

#: A marker no title holds, to find where the catalogue's '(continued)' puts the title.
_MARK = "\ue000"


def slide_kind(slide: Any, area: int) -> str:
    """What a slide holds, as a reader names it: 'a table', 'a chart', 'tiles' or 'text'."""
    shapes = list(slide.shapes)
    if any(getattr(s, "has_table", False) and s.has_table for s in shapes):
        return "a table"
    if any(getattr(s, "has_chart", False) and s.has_chart for s in shapes) or any(
        s.shape_type == 13 and s.width and s.height and s.width * s.height >= 0.1 * area for s in shapes
    ):  # 13: a picture (MSO_SHAPE_TYPE.PICTURE), a chart drawn as one where large
        return "a chart"
    if any(_is_tile(s, area) for s in shapes):
        return "tiles"
    return "text"


def continued_form(locale: str) -> tuple[str, str]:
    """What the deck's language puts before and after a continued slide's title: ('', ' (continued)')."""
    made = messages.gettext(locale, "%(title)s (continued)", title=_MARK)
    before, _, after = made.partition(_MARK)
    return before, after


def _title(slide: Any) -> str:
    title = slide.shapes.title
    if title is None or not title.has_text_frame:
        return ""
    return " ".join(title.text_frame.text.translate(AS_SEEN).replace("\x0b", " ").split())


def slide_runs(slides: Sequence[Any], area: int, shown: str, locale: str) -> list[str]:
    """Warnings naming each slide whose title is the one of the slide before it, and each
    '(continued)' slide that holds another kind of content than the slide it continues."""
    before, after = (" ".join(part.split()) for part in continued_form(locale))
    titles = [_title(slide) for slide in slides]
    warnings: list[str] = []
    for number, title in enumerate(titles[1:], start=2):
        if title and title == titles[number - 2]:
            warnings.append(
                f"{shown}: slide {number}: its title {quoted(title)} is the title of slide {number - 1} "
                "too, and two slides in a row under one title read as a mistake: give each its own "
                "title (what the slide shows or finds)"
            )
        if not title or not (before or after) or not (title.startswith(before) and title.endswith(after)):
            continue
        first = title[len(before) : len(title) - len(after)].strip()
        start = next((i for i in range(number - 2, -1, -1) if titles[i] == first), None)
        if not first or start is None:
            continue
        kind, was = slide_kind(slides[number - 1], area), slide_kind(slides[start], area)
        if kind != was:
            warnings.append(
                f"{shown}: slide {number}: it continues slide {start + 1} ({was}) but holds {kind}; "
                "a continued slide holds more of what its first slide holds: give it a title of its own"
            )
    return warnings
