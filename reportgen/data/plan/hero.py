"""A deck's one key figure that is its news, set large beside its section's words (review SS2 F1).

One number is no glance: a deck's only tile, alone on its slide, loses its tile and its section's
slide prints it (plan/glance.py, `lone_tile`). Not the news: for a gala the amount IS the deck
('rund 1,2 Millionen Euro' had become a line inside an italic quote, printed large nowhere). A lone
headline figure keeps its tile, the hero number of the glance's story variant, and its section's
one slide of text moves beside it: the section's summary is the story (`context.glance_story`:
a section with a summary and no slide), its other lines the story's lead (`glance_leads`), a line
that writes the tile's number (its own quote) the page's notes. One slide says the news large and
what it stands for, rather than a tile alone and, on the next slide, its number again."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from reportgen.data.plan.measure import ROW_CHARS, _width
from reportgen.data.plan.views import DeckPage, FigureView, SectionView

#: What the story beside a hero number holds (scripts/make_templates.py: a box of half the slide,
#: 26 pt, fitted down to 18 pt): its section's summary and the lines after it.
STORY_CHARS = 6 * ROW_CHARS


@dataclass(frozen=True)
class Hero:
    """The deck's sections without the hero's section's slide, the line beside the hero number
    under its section's summary, and the texts its page's notes keep (they write its number)."""

    deck_sections: tuple[SectionView, ...]
    lead: str
    noted: tuple[str, ...]


def hero_section(
    pages: tuple[tuple[FigureView, ...], ...],
    deck_sections: tuple[SectionView, ...],
    writes_number: Callable[[str], bool],
    space: str = " ",
) -> Hero | None:
    """Where the deck's tiles are one page of one tile, the news (`headline`), and nothing stands
    beside it yet (no section without a slide of its own to tell): its section's one slide of text
    moved beside it (`Hero`). None where it has no such slide (a chart, several slides, a slide
    other sections were folded onto, a section without a summary) or its words are too many to sit
    beside the number: the plan then keeps the rule for a lone tile. `writes_number(text)`: whether
    a text writes the tile's number (plan/glance.py, `writes_tile_number`); `space` between two
    sentences, the language's (none after '。')."""
    if [len(page) for page in pages] != [1] or not pages[0][0].headline:
        return None
    told = {s.id for s in deck_sections if s.deck_pages}
    told |= {sid for s in deck_sections for p in s.deck_pages for sid in p.folded}
    if any(s.summary and s.id not in told and s.deck != "omit" for s in deck_sections):
        return None  # a story already stands beside it
    owner = pages[0][0].ref.split(".")[0]
    section = next((s for s in deck_sections if s.id == owner), None)
    if section is None or not section.summary or len(section.deck_pages) != 1:
        return None
    page = section.deck_pages[0]
    if not _movable(page, section.summary):
        return None
    rest = [str(p) for p in page.points if str(p)]
    said = [t for t in rest if writes_number(t)]
    lines = [t for t in rest if t not in said]
    quote = pages[0][0].quote  # the tile's own quote: its notes print it already (the template's)
    noted = tuple(t for t in said if not (quote and quote.text and quote.text in t))
    if _width(space.join((section.summary, *lines))) > STORY_CHARS:
        return None
    moved = tuple(replace(s, deck_pages=()) if s.id == owner else s for s in deck_sections)
    return Hero(moved, space.join(lines), noted)


def _movable(page: DeckPage, summary: str) -> bool:
    """A slide of text led by its section's summary, of nothing the story cannot print: no chart,
    no heading of a folded section, no speaker or credit, no sources, not the deck's last."""
    if page.layout != "points" or page.folded or page.heads or page.paras or page.credit:
        return False
    if page.source or page.last or page.chart:
        return False
    return page.headline == summary and all(type(p) is str for p in page.points)
