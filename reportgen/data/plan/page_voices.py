"""Whose lines a slide's speaker notes carry: the people and launches its own text names.

A section's notes printed all its people's lines and quotes on its first slide, whichever slide
showed them: the American summit's launches slide carried the two keynote speakers' lines that the
next slide prints, the Danish food market's slide of figures the director's quote its next slide
sets (review UU1 D). A speaker reads the notes of the slide on the screen, so each person's (and
launch's) line goes with the slide that names them; one no slide names stays with the section's
first slide, as before (`DeckPage.voices`; the default deck's notes, scripts/make_templates.py)."""

from __future__ import annotations

from dataclasses import replace

from reportgen.data.plan.views import DeckPage, SectionView

#: The first characters of a quotation that find the slide printing it (a slide may cut it short).
_WORDS = 40


def voiced(sections: tuple[SectionView, ...]) -> tuple[SectionView, ...]:
    """The deck's sections, each slide's `voices` set: the names of its section's people and
    launches whose lines its notes print."""
    return tuple(_voiced(section) for section in sections)


def _voiced(section: SectionView) -> SectionView:
    pages = section.deck_pages
    if not pages:
        return section
    voiced = [*section.people, *section.launches]
    texts = [_texts(page) for page in pages]
    first = next((i for i, page in enumerate(pages) if page.first), None)
    voices: list[list[str]] = [[] for _ in pages]
    for one in voiced:
        if not one.name or any(one.name in v for v in voices):
            continue
        # the slide that prints their words, else one that names them (a winners' list names
        # the novelist whose quotation the next slide prints: Northern Lights' 'Winners by category')
        words = (one.quote.text[:_WORDS] if one.quote is not None and one.quote.text else "") or one.name
        named = next((i for i, text in enumerate(texts) if one.name in text), first)
        shown = next((i for i, text in enumerate(texts) if words in text), named)
        if shown is not None:
            voices[shown].append(one.name)
    return replace(
        section,
        deck_pages=tuple(replace(page, voices=tuple(v)) for page, v in zip(pages, voices, strict=True)),
    )


def _texts(page: DeckPage) -> str:
    """All a slide prints of its section: its headline (its title and lead), the title it found,
    its credit and its points."""
    return "\n".join(str(t) for t in (page.headline, page.found, page.credit, *page.points) if t)
