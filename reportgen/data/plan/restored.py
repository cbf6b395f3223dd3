"""A section's thin slide of text (a line or two set large under its title, a pull quote, the lower
third empty) once its tiles' lines are left to the glance: it joins its neighbour's text slide
where that has room, and takes back no line of a tile (review PP); and the tiles whose line a
slide of their section prints all the same (a sentence that says more than its tile), which the
plan's count of printings takes in."""

from __future__ import annotations

from collections.abc import Iterable

from reportgen.data.formatting import Formatter
from reportgen.data.plan.folding import joined
from reportgen.data.plan.measure import PULL_ROWS, _body_rows
from reportgen.data.plan.views import DeckPage, SectionView


def thin_joined(
    sections: tuple[SectionView, ...], fmt: Formatter, narrow: frozenset[str] = frozenset()
) -> tuple[SectionView, ...]:
    """The deck's sections, folded (plan/folding.py), each whose one slide of text is still a line
    or two set large (a pull quote, the lower third empty) joined to its neighbour's text slide
    where one has room (`folding.joined`): after the slide budget, so that a slide that another
    section folds into keeps that section (fyrskeppet's 'Ekonomi' under 'Publik'). Its tiles' lines
    are not taken back to fill it: the glance prints each tile a slide or two before, and its line
    there said the tile's number again where the reader had just read it (review PP: the Turkish
    conference's slide 4 repeated the '38 milyon' tile: the count of printings, MOST_REPEATS,
    guarded only a third printing, and a tile and its line are two, the second where the reader
    had just read the first). A thin slide that no neighbour takes stays as it is."""
    out = tuple(sections)
    for section in sections:
        pages = section.deck_pages
        # a section the event file folds is one it holds minor: its slide stays as it is
        minor = section.deck in ("own-slide", "fold")
        if not minor and len(pages) == 1 and pages[0].novel != () and _thin(section, pages[0]):
            out = joined(out, section.id, fmt, narrow) or out
    return out


def _thin(section: SectionView, page: DeckPage) -> bool:
    """Whether a section's one slide of text is a pull quote that its tiles' lines once filled
    (at most PULL_ROWS rows: a line or two set large under its title, the lower third empty):
    led by its summary, a text besides the one a title takes, none of its bullets a tile's
    line the glance prints. Not a slide of one text once titled, which its tiles' page takes as
    its lead (glance.py: lakes-womens-cup's attendance, whose title takes one of its two), nor one
    with no summary to lead its lines, nor one whose section has a chart or a list."""
    novel, points = page.points, section.points
    if page.layout != "points" or page.folded or page.heads or section.deck_charts or section.lists:
        return False
    if not page.headline:  # bare lines with no summary to lead them
        return False
    texts = [t for t in (page.lead, *novel) if t]
    if len(texts) - (0 if page.title_finding else 1) < 2:  # a line titles it (slide_titles.py)
        return False
    tiled = [f for f in section.figure_list if f.sentence in points and f.sentence not in novel]
    if not tiled or any(p not in points for p in novel):
        return False
    return _body_rows(page.lead, novel) <= PULL_ROWS


def restored_refs(sections: Iterable[SectionView], tiles: frozenset[str]) -> set[str]:
    """The figures that are tiles whose line a slide of their section prints (a sentence that says
    more than its tile: plan/deck_pages.py `with_tile_details`): a second printing, which the
    plan's count of printings takes in (printings.py), so that no title nor lead of the tiles'
    page prints one a third time."""
    return {
        f.ref
        for s in sections
        for f in s.figure_list
        if f.ref in tiles
        and s.deck != "own-slide"  # its slides print its tiles' lines: counted already
        and any(f.sentence in page.points for page in s.deck_pages)
    }
