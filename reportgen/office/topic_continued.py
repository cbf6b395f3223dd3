"""A continuation slide of text titled '<section> (continued)': a topic over what may be the
section's news (review WW1 #3: Málaga's 'La carrera (continuación)' over the women's course record).
The plan titles such a slide with its message (plan/continued_titles.py), the section's name
continued its kicker; the document check names one that still says only its topic, in a user's
template too. One whose body opens with a quotation (the section's news in its source's words, set
large) has its message on its face. A list's, a table's, a chart's or tiles' continuation is more
of the same thing, whose name may title it; so is a continuation of several people's lines and
words (two people's lines or more, their words among them, no record): no one person's line titles a slide of
several voices, where it would promise what the others do not say (review XX4 NEW-1: 'Jens Kallweit
leitete die Versteigerung' over him, the mayor and the psychologist; 'De top (vervolg)' over three
speakers)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportgen.data.superlatives import claims_record
from reportgen.lazy_pattern import lazy
from reportgen.office.crowded import headings
from reportgen.office.lone_texts import opens_quotation
from reportgen.office.seen import quoted
from reportgen.office.slide_runs import continuations, slide_kind

#: The kinds of slide a topic's '(continued)' may not title: sentences, people's words.
_TOLD = ("text", "people's words")
#: The fewest people's lines on a slide of several people's words.
_VOICES = 2
#: A line that ends a sentence (its closing quotation mark after the stop).
_ENDED = lazy(r"[.!?。！？][\"'”»」』’]*$")


def topic_continuations(slides: Sequence[Any], area: int, shown: str, locale: str, height: int) -> list[str]:
    """Warnings naming each slide of text titled '<name> (continued)' (read in the deck's language)."""
    warnings = []
    for at, _ in continuations(slides, locale):
        if slide_kind(slides[at], area, height) not in _TOLD or _quotation_first(slides[at]):
            continue
        if _several_voices(slides[at]):  # several people's words: their section's name
            continue
        if _folded(slides[at]):  # another section's name over its lines: no one claim covers both
            continue
        title = " ".join(slides[at].shapes.title.text_frame.text.split())
        warnings.append(
            f"{shown}: slide {at + 1}: its title {quoted(title)} names only the section it continues, "
            "over sentences of its own: title it with what it says (the section's summary where no "
            "slide before printed it, else its first claim), the section's name its kicker"
        )
    return warnings


def _folded(slide: Any) -> bool:
    """Whether a slide holds a folded section: a heading in its body (office/crowded.py's)."""
    return any(shape.has_text_frame and headings(shape.text_frame._txBody) for shape in slide.shapes)


def _quotation_first(slide: Any) -> bool:
    """Whether the first line under a slide's title opens a quotation."""
    lines = _body_lines(slide)
    return bool(lines) and opens_quotation(lines[0])


def _several_voices(slide: Any) -> bool:
    """Whether a slide holds several people's lines (two sentences or more at the body's first
    level, no list's item under its label) with their words among them (a quotation, or a line set
    under another), and no record among its lines: a record's line would title it (Málaga's
    women's course record, among three runners: plan/continued_titles.py)."""
    paras = [(p.level, " ".join(p.text.split())) for p in _body_paragraphs(slide) if p.text.strip()]
    lines = [text for _, text in paras]
    said = sum(  # a list's item under its label ('版权输出热点门类' over its genres) is no one's line
        level == 0 and not opens_quotation(text) and bool(_ENDED.search(text)) and not _label(paras[:at])
        for at, (level, text) in enumerate(paras)
    )
    words = any(level > 0 or opens_quotation(text) for level, text in paras)
    return said >= _VOICES and words and not any(map(claims_record, lines))


def _label(before: list[tuple[int, str]]) -> bool:
    """Whether the line before a slide's line (`before`'s last) is a label: a line of the first
    level that ends no sentence."""
    return bool(before) and before[-1][0] == 0 and not _ENDED.search(before[-1][1])


def _body_lines(slide: Any) -> list[str]:
    """The lines of the first text box under a slide's title: its body, the lines a reader meets
    under the title."""
    return [" ".join(p.text.split()) for p in _body_paragraphs(slide) if p.text.strip()]


def _body_paragraphs(slide: Any) -> list[Any]:
    """The paragraphs of the first text box under a slide's title."""
    title = slide.shapes.title
    below = float(title.top or 0) + float(title.height or 0) if title is not None else 0.0
    bodies = sorted(
        (
            s
            for s in slide.shapes
            if s.has_text_frame and s.text_frame.text.strip() and float(s.top or 0) >= below
        ),
        key=lambda s: float(s.top or 0),
    )
    return [p for s in bodies[:1] for p in s.text_frame.paragraphs]
