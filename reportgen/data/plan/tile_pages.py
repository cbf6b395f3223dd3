"""The pages of tiles 'at a glance': the key figures on the fewest slides, grouped by section.

Where the tiles take more than one slide, they take the fewest their count needs at
TILES_PER_SLIDE, each slide at least half full: ten key figures of three sections paged one section
a slide, 3 + 4 + 3, left two slides of one row, more than half of each empty (review BB). The
pages are balanced, the smallest at least half the largest (never a slide of one tile after one of
six), as even as they can be in rows; among those the sections are kept together where they can
be (one slide a section, or sections side by side in the file), rather than the first
TILES_PER_SLIDE in file order (review U); else as few sections as can be part over two slides.
Evenness comes before sections: eight key figures of two sections of 3 and 5 paged 3 + 5 left
the first slide one row of three, about 40 % empty, and set the second's numbers in two sizes
(review HH: Bengaluru; review FF: the pt fair); 4 + 4 fills both, the second section's name over
both (each page names the sections it holds). A page of four tiles is two rows of two, as full as
one of six: ten tiles of 4 + 6 sections keep them whole.

A section whose words lead a page of tiles (its summary, its one sentence: plan/glance.py) is kept
on one page before evenness, where the pages stay balanced: Bengaluru's 'State agencies and
private investors announced commitments…' led the page of four of Investment's five tiles, its
commitments' tile on the page before, under Footfall's (round 16); 3 + 5 keeps it with all of them.
A section whose slide's title would head a page of its tiles shares a page the least (`alone`): a
title heads all the tiles under it, and Andong's economic effect beside its volunteers' tile,
5 + 4, could not title its page (review JJ); 6 + 3 gives it a page of its own.

The news (`headline: true`) opens the tiles in every paging: where grouping by section would put
a news figure of a later section on a later slide (review DD: Busan's "1860억 원 이상" on the
'(계속)' slide), the news figures lead the first slide, in the band's order, the rest by section.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

T = TypeVar("T")
#: The most tiles whose every cut into pages is tried (30 tiles on 6 pages: a few thousand ways).
LONGEST = 30
#: The default deck's rows of tiles hold at most this many (scripts/make_templates.py: four tiles
#: are two rows of two, five 3 + 2, six 3 + 3): a page of tiles fills as many rows as this parts it
#: in; a page of seven or eight short tiles (plan/tile_grid.py) is two rows of four.
TILES_PER_ROW = 3


def tile_rows(count: int) -> int:
    """How many rows the default deck sets a page of `count` tiles in: one of up to three, two of
    four to eight (3 + 3, 4 + 3, 4 + 4), rows of three past that."""
    if count <= TILES_PER_ROW:
        return 1
    return 2 if count <= 8 else -(-count // TILES_PER_ROW)


def tile_pages(
    tiles: Sequence[T],
    sections: Sequence[str],
    most: int,
    news: Sequence[bool] = (),
    whole: frozenset[str] = frozenset(),
    alone: frozenset[str] = frozenset(),
) -> tuple[tuple[T, ...], ...]:
    """`tiles` (each of the section in `sections` at the same place) on pages of at most `most`, in
    their order where one page holds them; else each section's tiles together, the sections in the
    order of their first tile (the news stays first), on the fewest pages, the most even in rows,
    cut where the fewest cuts part a section, then the most even in tiles, then the fuller pages
    first. The tiles `news` marks (the news, first in `tiles`) are all on the first page: where the
    sections would take one to a later page, they lead it, in their order, and the rest follow by
    section. The sections in `whole` (those whose words lead a page) are cut the least of all, and
    those in `alone` (whose slide's title would head a page of their tiles) share a page the least."""
    if not tiles:
        return ()
    if len(tiles) <= most:
        return (tuple(tiles),)  # one page: in the band's order, the news first
    order = list(dict.fromkeys(sections))
    ranked = sorted(range(len(tiles)), key=lambda i: order.index(sections[i]))  # stable: file order
    pages = _paged([tiles[i] for i in ranked], [sections[i] for i in ranked], most, whole, alone)
    leading = [i for i in range(len(tiles)) if i < len(news) and news[i]]
    if set(leading) <= set(ranked[: len(pages[0])]):
        return pages
    ranked = leading + [i for i in ranked if i not in leading]
    return _paged([tiles[i] for i in ranked], [sections[i] for i in ranked], most, whole, alone)


def _paged(
    items: list[T],
    owners: list[str],
    most: int,
    whole: frozenset[str] = frozenset(),
    alone: frozenset[str] = frozenset(),
) -> tuple[tuple[T, ...], ...]:
    """`items` (of the sections `owners`) in this order on the fewest pages: cut the fewest times
    inside a section of `whole`, then the most even in rows,
    then cut where the fewest cuts part a section, then the most even in tiles, then the fuller
    pages first."""
    fewest = -(-len(items) // most)
    best: tuple[tuple[int, int, int, int, tuple[int, ...]], tuple[int, ...]] | None = None
    # past LONGEST tiles the ways of cutting them are too many to try: even pages, by section.
    # Only the fewest pages: a slide more, to keep a section whole, is a slide of one row (review BB)
    for sizes in _sizes(len(items), fewest, most) if len(items) <= LONGEST else ():
        if min(sizes) * 2 < max(sizes) or min(sizes) * 2 < most:
            continue  # unbalanced, or a slide less than half full: one tile after six
        ends = [sum(sizes[: i + 1]) for i in range(len(sizes) - 1)]
        cuts = sum(owners[end - 1] == owners[end] for end in ends)
        led = sum(owners[end - 1] == owners[end] and owners[end] in whole for end in ends)
        led += _shared(owners, sizes, alone)
        rows = [tile_rows(s) for s in sizes]  # a page of one row beside pages of two
        score = (led, max(rows) - min(rows), cuts, max(sizes) - min(sizes), tuple(-s for s in sizes))
        if best is None or score < best[0]:
            best = (score, sizes)
    sizes = best[1] if best is not None else _even(len(items), fewest)
    pages, start = [], 0
    for size in sizes:
        pages.append(tuple(items[start : start + size]))
        start += size
    return tuple(pages)


def _shared(owners: list[str], sizes: tuple[int, ...], alone: frozenset[str]) -> int:
    """How many pages cut by `sizes` hold a tile of a section of `alone` and one of another."""
    shared, start = 0, 0
    for size in sizes:
        on = set(owners[start : start + size])
        shared += len(on) > 1 and bool(on & alone)
        start += size
    return shared


def _sizes(total: int, count: int, most: int) -> list[tuple[int, ...]]:
    """Every way of putting `total` tiles on `count` pages of 1 to `most` each, in order."""
    if count == 1:
        return [(total,)] if 1 <= total <= most else []
    return [
        (first, *rest)
        for first in range(1, min(most, total - count + 1) + 1)
        for rest in _sizes(total - first, count - 1, most)
    ]


def _even(total: int, count: int) -> tuple[int, ...]:
    base, extra = divmod(total, count)
    return tuple(base + (i < extra) for i in range(count))
