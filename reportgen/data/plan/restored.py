"""The lines of a section's tiles that its thin slide of text takes back: a slide that would be a
line or two set large under its title (a pull quote, the lower third empty) prints its own
figures, where they fit at the body's size and no text of the slide states them already."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from reportgen.data.chart_data import ChartData
from reportgen.data.formatting import Formatter
from reportgen.data.plan.measure import BODY_ROWS, PULL_ROWS, _body_rows
from reportgen.data.plan.printings import MOST_REPEATS
from reportgen.data.plan.stated import _Figures, _written_in
from reportgen.data.plan.views import DeckPage, SectionView


def with_tiles_lines(
    sections: tuple[SectionView, ...],
    charts: dict[str, ChartData],
    values: Iterable[tuple[float, str, int]],
    fmt: Formatter,
) -> tuple[SectionView, ...]:
    """The deck's sections, folded (plan/folding.py), each whose one slide of text is still a line
    or two set large (a pull quote, the lower third empty) with its tiles' lines on it, where they
    fit (`_tiles_restored`): after the slide budget, so that a slide that another section folds
    into keeps that section (fyrskeppet's 'Ekonomi' under 'Publik'). No number the deck prints
    twice already (`values`: the plan's printings, MOST_REPEATS), nor one a deck chart draws."""
    full = _deck_drawn(charts) | {round(v, 6) for v, _, count in values if count >= MOST_REPEATS}
    out = []
    for section in sections:
        pages = section.deck_pages
        # a section the event file folds is one it holds minor: its slide stays as it is
        if section.deck not in ("own-slide", "fold") and len(pages) == 1 and pages[0].novel != ():
            page = pages[0]
            restored = _tiles_restored(section, page, fmt, full)
            if restored:
                pages = (replace(page, points=restored, novel=None),)
        out.append(replace(section, deck_pages=pages))
    return tuple(out)


def _tiles_restored(
    section: SectionView, page: DeckPage, fmt: Formatter, full: frozenset[float] = frozenset()
) -> tuple[str, ...]:
    """The bullets of a section's one slide of text with the lines of its figures that are tiles,
    where without them it would be a pull quote (at most PULL_ROWS rows: a line or two set large
    under its title, the lower third empty) and with them it holds at most BODY_ROWS, set at the
    body's size: its own figures fill its slide, the tile's number printed a second time
    (MOST_REPEATS) with its sentence (review KK: 'Salg og ordrer' said the export share and the
    ticket income, its order total, 'knap 47 millioner kroner', only on the tile and in the notes).
    Only a line the event file words (`sentence:`), which says more than its tile: one the tool
    words only says the tile's label and number again, on the next slide (jeonsihoe-ko's
    '참가 기업은 1,400곳 이상이었습니다.' under its three tiles); nor a number the deck prints
    twice already (`full`: a deck chart's bar, a caption; demo-day-es-mx's 2026 bar); nor a
    figure a text of the slide states already (its summary, a quotation: taipei-computer-expo's
    news quote '…國際買主達4.2萬人次…' beside its tile would have had the 4.2萬 line under it, a
    third printing). Not a slide of one text once titled, which its tiles' page takes as its
    lead (glance.py: lakes-womens-cup's attendance, whose title takes one of its two), nor one
    with no summary to lead its lines.
    () where the slide stays as it is."""
    novel, points = page.points, section.points
    if page.layout != "points" or page.folded or page.heads or section.deck_charts or section.lists:
        return ()
    if not page.headline:  # bare lines with no summary to lead them: more of them, set at the
        return ()  # body's size, only leave more of the slide empty (gipfel-zh's 合作成果: 16 %)
    texts = [t for t in (page.lead, *novel) if t]
    if len(texts) - (0 if page.title_finding else 1) < 2:  # a line titles it (slide_titles.py)
        return ()
    tiled = [f for f in section.figure_list if f.sentence in points and f.sentence not in novel]
    said = _written_in(_Figures(tuple(tiled)), [page.headline, *map(str, novel)], fmt.locale)
    written = {
        f.sentence for f in tiled if f.own_sentence and round(f.value, 6) not in full and f.ref not in said
    }
    restored = tuple(p for p in points if p in novel or p in written)
    if len(restored) <= len(novel) or any(p not in points for p in novel):
        return ()
    if _body_rows(page.lead, novel) <= PULL_ROWS and _body_rows(page.lead, restored) <= BODY_ROWS:
        return restored
    return ()


def _deck_drawn(charts: dict[str, ChartData]) -> frozenset[float]:
    """The numbers the deck's charts draw (their bars' and series' values), rounded as `_plots`
    reads them."""
    deck = [c for c in charts.values() if "deck" in c.documents]
    bars = {round(b.value, 6) for c in deck for b in c.bars}
    return frozenset(bars | {round(v, 6) for c in deck for x in c.series for v in x.values})


def restored_refs(sections: Iterable[SectionView], tiles: frozenset[str]) -> set[str]:
    """The figures that are tiles whose line a slide of their section prints (`_tiles_restored`):
    a second printing, which the plan's count of printings takes in (printings.py), so that no
    title nor lead of the tiles' page prints one a third time."""
    return {
        f.ref
        for s in sections
        for f in s.figure_list
        if f.ref in tiles
        and s.deck != "own-slide"  # its slides print its tiles' lines: counted already
        and any(f.sentence in page.points for page in s.deck_pages)
    }
