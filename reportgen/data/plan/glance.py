"""The glance slides' words: per page of tiles, the summary its title states, and the summaries its
speaker notes keep, so that no section's summary is on no slide."""

from __future__ import annotations

from reportgen.data import sentences, titles
from reportgen.data.formatting import Formatter
from reportgen.data.plan.views import FigureView, SectionView


def _glance_headlines(
    pages: tuple[tuple[FigureView, ...], ...],
    sections: dict[str, SectionView],
    deck_sections: tuple[SectionView, ...],
) -> tuple[str, ...]:
    """Per page of tiles, the summary of a section whose tiles are on it, which has no slide and
    which no other slide prints (its slide would only have repeated the tiles): the page's title
    states it, 'at a glance' then a kicker above it, so no text of the data is silently absent
    from the deck (issue 19 item 3). '' for a page without one; a summary too long for a title
    is left out (`sentences.is_title`)."""
    printed = " ".join(t for s in deck_sections for p in s.deck_pages for t in (p.headline, *p.points))
    shown = {s.id for s in deck_sections if s.deck_pages}
    shown |= {sid for s in deck_sections for p in s.deck_pages for sid in p.folded}
    heads: list[str] = []
    used: set[str] = set()
    for page in pages:
        refs = {f.ref for f in page}
        found = (
            s
            for s in sections.values()
            if s.id not in used | shown
            and s.deck != "omit"
            and s.summary
            and s.summary not in printed
            and sentences.is_title(s.summary)
            and any(f.ref in refs for f in s.figure_list)
        )
        # the section most of the page's tiles show: its tiles of two sections cut by space (review BB)
        section = max(found, key=lambda s: sum(f.ref in refs for f in s.figure_list), default=None)
        heads.append(titles.unstopped(section.summary or "") if section else "")  # a title: no full stop
        if section:
            used.add(section.id)
    return tuple(heads)


def _glance_notes(
    pages: tuple[tuple[FigureView, ...], ...],
    sections: dict[str, SectionView],
    deck_sections: tuple[SectionView, ...],
    heads: tuple[str, ...],
    fmt: Formatter,
) -> tuple[tuple[str, ...], ...]:
    """Per page of tiles, the summaries ('Halls: Every hall was full on the last day.') of the
    sections whose figures are all tiles, which have no slide, are folded onto none and whose
    summary no page's title states (a page's title states one: `_glance_headlines`): in that
    page's speaker notes, the page of their first tile, so that no section's summary is on no slide
    and in no notes (a second such section on a page of tiles had been left out of the deck)."""
    told = {s.id for s in deck_sections if s.deck_pages}
    told |= {sid for s in deck_sections for p in s.deck_pages for sid in p.folded}
    notes: list[list[str]] = [[] for _ in pages]
    for section in sections.values():
        if not section.summary or section.id in told or section.deck == "omit":
            continue
        if titles.unstopped(section.summary) in heads:
            continue
        refs = {f.ref for f in section.figure_list}
        at = next((i for i, page in enumerate(pages) if any(f.ref in refs for f in page)), None)
        if at is not None:
            notes[at].append(f"{section.title}{fmt.punct.pair}{fmt.punct.after_pair(section.summary)}")
    return tuple(tuple(n) for n in notes)


def _glance_groups(
    pages: tuple[tuple[FigureView, ...], ...], sections: dict[str, SectionView], fmt: Formatter
) -> tuple[str, ...]:
    """Per page of tiles, where the tiles take several, the names of the sections whose tiles it
    holds, as the language lists them ('Deelname'; 'Investeringen en akkoorden, De havens in
    cijfers'): the pages are grouped by section (plan/tile_pages.py) and each says which it shows.
    One page says none: it shows them all."""
    if len(pages) < 2:
        return ("",) * len(pages)
    return tuple(
        fmt.punct.listing(sections[sid].title for sid in dict.fromkeys(f.ref.split(".")[0] for f in page))
        for page in pages
    )
