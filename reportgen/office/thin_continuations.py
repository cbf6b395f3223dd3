"""A follow-on slide of text that its items leave mostly empty, where they would fit on the slide
before it: a section's last person and their words, or one lone line, on a slide of its own under
the section's name (review YY3 #1: 'Auteurs et dédicaces (suite)', one author's quote and a bullet
on half a slide; six winners two a slide over three slides). The near-empty rule
(office/slide_space.py, a quarter of the slide) misses such a slide: its text and the space between
its lines cover more than a quarter. Read on the built slides, so a user's template is judged too."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportgen.office.seen import quoted
from reportgen.office.shape_boxes import _content_box, _span
from reportgen.office.slide_runs import _kicker, _title, continued_form, slide_kind
from reportgen.office.slide_space import _in_footer, _ink

#: A follow-on slide whose content covers less than this share of the slide (the box around its
#: lines, the gaps between them counted) reads as half empty ...
THIN_SHARE = 0.45
#: ... where both slides' text covers at most this share of the room under the first one's title
#: (a full slide of bullets covers about two thirds of it, the ends of its lines and the space
#: between its paragraphs empty: the comics festival's one slide of three authors, 0.7; six winners
#: with their words, 0.9, fill two slides).
FIT_INK = 0.75
#: The kinds of slide a half-empty follow-on slide and the slide before it both are: sentences, or
#: people's lines and words. Not a list (office/list_setting.py judges a list's continuation in
#: columns), nor a slide of another kind than the one before (the plan sets a section's voices
#: apart from the figures its title's finding heads: plan/slide_titles.py `_voices_apart`).
_TEXT = ("text", "people's words")


def thin_continuations(
    slides: Sequence[Any], area: int, shown: str, locale: str, height: int, sizes: dict[Any, float]
) -> list[str]:
    """Warnings naming each follow-on slide of text (its section's name the kicker of both, or its
    title the previous slide's '(continued)') covering less than THIN_SHARE of the slide, whose
    body's lines would fit under the previous slide's (`_fits_before`)."""
    warnings = []
    for at in range(2, len(slides)):
        before, slide = slides[at - 1], slides[at]
        if not _follows(before, slide, locale):
            continue
        kind = slide_kind(slide, area, height)
        if kind not in _TEXT or slide_kind(before, area, height) != kind:
            continue
        body = _body(slide, height, sizes)
        share = _span([_content_box(s, sizes) for s in body]) / area
        if share >= THIN_SHARE or not _fits_before(before, body, height, sizes):
            continue
        warnings.append(
            f"{shown}: slide {at + 1}: it continues slide {at} ({quoted(_title(before))}) and only "
            f"{round(share * 100)} % of it is used, although its lines would fit under slide {at}'s: "
            "set them on that slide, or share the section's items evenly between the two"
        )
    return warnings


def _follows(before: Any, slide: Any, locale: str) -> bool:
    """Whether `slide` continues `before`: both of one section, read from the kicker (its name, a
    '(continued)' of it on the second), or from the title where a slide has no kicker ('<section>'
    then '<section> (continued)')."""
    start, end = (" ".join(part.split()) for part in continued_form(locale))

    def section(page: Any) -> str:
        text = _kicker(page) or _title(page)
        if (start or end) and text.startswith(start) and text.endswith(end):
            return text[len(start) : len(text) - len(end)].strip()
        return text

    name = section(slide)
    return bool(name) and name == section(before)


def _body(slide: Any, height: int, sizes: dict[Any, float]) -> list[Any]:
    """A slide's shapes under its title, its footer aside."""
    title = slide.shapes.title
    below = float(title.top or 0) + float(title.height or 0) if title is not None else 0.0
    return [
        s
        for s in slide.shapes
        if (title is None or s.shape_id != title.shape_id)
        and float(s.top or 0) + float(s.height or 0) > below
        and not _in_footer(s, height, sizes)
    ]


def _fits_before(before: Any, body: list[Any], height: int, sizes: dict[Any, float]) -> bool:
    """Whether the lines `body` sets would fit under the lines of the slide `before`: the area both
    slides' text covers (each line's length by its height, office/slide_space.py's measure) within
    FIT_INK of the room under that slide's title (its body boxes' span)."""
    shapes = _body(before, height, sizes)
    if not body or not shapes:
        return False
    top = min(float(s.top or 0) for s in shapes)
    room = (max(float(s.top or 0) + float(s.height or 0) for s in shapes) - top) * max(
        float(s.width or 0) for s in shapes
    )
    return room > 0 and _ink([*shapes, *body], sizes) <= FIT_INK * room
