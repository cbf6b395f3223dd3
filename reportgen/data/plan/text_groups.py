"""A section's bullets over its slides of text: on one slide where they fit one, else in runs
balanced by the rows they set, a person never parted from their words nor a list from its lead
line."""

from __future__ import annotations

from functools import cache

from reportgen.data.plan.measure import (
    MOST_ROWS,
    POINTS_PER_SLIDE,
    ROW_CHARS,
    SHORT_POINTS,
    TEXT_ROWS,
    TITLE_ROWS,
    _rows,
    _width,
    chunks,
)
from reportgen.data.views import Quoted, Speaker, Under


def _text_groups(
    points: tuple[str, ...], novel: tuple[str, ...] | None, headline: str
) -> tuple[tuple[str, ...], ...]:
    """A section's bullets over its slides of text, so that no slide continues with a bullet or
    two (issue 19 item 3): on one slide when they fit one; when they do not, without those that
    repeat a tile if that makes them fit (the tiles show those numbers); one slide too for up to
    SHORT_POINTS bullets of one line each; else in even runs (9 by 6 is 5 + 4, never 8 + 1)."""
    groups = chunks(points, POINTS_PER_SLIDE)
    if len(groups) < 2 and _rows(headline, points) <= MOST_ROWS:
        return groups
    if novel and len(novel) <= POINTS_PER_SLIDE and _rows(headline, novel) <= TEXT_ROWS:
        return (novel,)
    # a person's words are part of their bullet where the slide is people and their words (a
    # list's items beside them leave no room for that: the furniture fair's voices and its award's
    # winners, one slide by their rows, overflowed it)
    # (nor where figures' lines join them: the robot contest's winners and its sponsorship's
    # figures, one slide by their rows, set the winners under the sponsorship's summary)
    theirs = all(isinstance(p, Quoted | Speaker) for p in points)
    if _one_slide(headline, points, theirs) or _one_listed_slide(headline, points):
        return (points,)
    # as many slides as the bullets a reader counts take (a person's words are theirs: `Quoted`),
    # where no list's items are among them, a figure's line or two after the people too: counted
    # as lines, six winners and their words with the prize money were 13 bullets over three slides
    # of two winners each, the last half empty, and three authors with their words and a line of
    # figures a slide of one author, their words and that line (review YY3 #1)
    counted = theirs or not _listed(points)
    count = -(-_bullet_count(points, True) // POINTS_PER_SLIDE) if counted else len(groups)
    kept = _kept_together(points, max(1, count), headline, counted)
    listed = _trailing_list(points)
    if listed and not _listed(points[:listed]):
        # people (and figures' lines) then a list's block to the end that fits a slide alone: each
        # part on its own slides, the people counted as a reader counts them, where that takes no
        # slide more (a film festival's three speakers split 2 + 1 over two slides ahead of its
        # winners, the last speaker's slide 40 % used: review YY3 #1's class)
        block = _text_groups(points[listed:], None, "")
        apart = (*_text_groups(points[:listed], None, headline), *block)
        if len(block) == 1 and len(apart) < len(kept):
            return apart
    return kept


def _listed(points: tuple[str, ...]) -> bool:
    """Whether a list's items (not a person's words) are among `points`."""
    return any(isinstance(p, Under) and not isinstance(p, Quoted) for p in points)


def _trailing_list(points: tuple[str, ...]) -> int:
    """Where a list's block that ends `points` starts (its lead line, then its items to the end),
    or 0 where `points` do not end with one."""
    start = len(points)
    while start > 0 and isinstance(points[start - 1], Under) and not isinstance(points[start - 1], Quoted):
        start -= 1
    return start - 1 if 0 < start < len(points) else 0


def _kept_together(
    points: tuple[str, ...], count: int, headline: str, theirs: bool = False
) -> tuple[tuple[str, ...], ...]:
    """`_balanced` over `count` slides, or one more where a person and their quotation, which are
    never parted (`Quoted`), then fill a slide beyond its rows (three people with their words and a
    list were 6 + 5 bullets, the first slide overflowing)."""
    groups = _balanced(points, count, headline, theirs)
    if any(_rows(headline if i == 0 else "", g) > TEXT_ROWS for i, g in enumerate(groups)):
        more = _balanced(points, count + 1, headline, theirs)
        if len(more) == count + 1:
            return more
    return groups


#: What parting a list's items from their lead line costs `_balanced`, in rows: more than any
#: slide holds, so only a list that fits no slide alone is parted.
PARTED = 100


def _balanced(
    points: tuple[str, ...], count: int, headline: str = "", theirs: bool = False, headed: bool = False
) -> tuple[tuple[str, ...], ...]:
    """`points` over `count` slides in order, at most POINTS_PER_SLIDE each, so that the fullest
    slide is as empty as can be: balanced by the rows they set, not by their number, so that no
    continuation is much smaller than the slide before it (six bullets of which the last two are
    three rows each were 4 + 2: a slide, then two long lines on a '(continued)'). The first slide
    sets the headline too; `theirs`: a person's words count as part of their bullet. Where every
    split would part a list from its lead line, the lead counts as a heading, not a bullet
    (`headed`): the list of six under 'Winning startups:' takes a slide of its own, not its lead
    left at the foot of the slide before (a speaker's words beside it had taken their rows)."""
    rows = [-(-_width(p) // ROW_CHARS) for p in points]
    lead = -(-_width(headline) // ROW_CHARS) if headline else 0
    n = len(points)

    @cache
    def best(start: int, left: int) -> tuple[int, tuple[int, ...]]:
        """(the fullest slide's rows, the ends of the runs) for points[start:] over `left` slides."""
        if left == 1:
            size = _size(points[start:], theirs, headed)
            return (
                (sum(rows[start:]) + (lead if start == 0 else 0), (n,))
                if size <= POINTS_PER_SLIDE
                else (
                    1 << 30,
                    (n,),
                )
            )
        found: tuple[int, tuple[int, ...]] = (1 << 30, ())
        # the fuller first on a tie: a continuation is never the fuller of two equal splits
        for end in range(n - left + 1, start, -1):
            if isinstance(points[end], Quoted) or _size(points[start:end], theirs, headed) > POINTS_PER_SLIDE:
                continue  # a person and their words on one slide (`Quoted`)
            here = sum(rows[start:end]) + (lead if start == 0 else 0)
            after, ends = best(end, left - 1)
            # a list's items stay under their lead line where any other split will do: a slide
            # that opened with two items of 'Spettacoli serali:' had lost its lead (review P)
            cost = max(here, after) + (PARTED if isinstance(points[end], Under) else 0)
            if cost < found[0]:
                found = (cost, (end, *ends))
        return found

    cost, ends = best(0, count)
    if cost >= PARTED and not headed:  # every split parts a list from its lead: its lead counts
        headed_groups = _balanced(points, count, headline, theirs, headed=True)  # as a heading
        if len(headed_groups) == count:
            return headed_groups
    if not ends or len(ends) != count:
        return chunks(points, POINTS_PER_SLIDE)
    starts = (0, *ends[:-1])
    return tuple(points[a:b] for a, b in zip(starts, ends, strict=True))


def _size(run: tuple[str, ...], theirs: bool, headed: bool = False) -> int:
    """A run's bullets as `_balanced` caps them: every point, or (`theirs`) as a reader counts;
    `headed`: a list's lead line over its items is a heading."""
    return _bullet_count(run, True) if theirs else _bullet_count(run) if headed else len(run)


#: Bullets wider than a row that a slide of up to SHORT_POINTS short ones may hold.
LONG_BESIDE_SHORT = 2


def _one_slide(headline: str, points: tuple[str, ...], theirs: bool = False) -> bool:
    """Whether a headline and `points` fit one slide of text: up to POINTS_PER_SLIDE bullets, or
    up to SHORT_POINTS of one line each (LONG_BESIDE_SHORT of them may wrap), within the slide's
    rows. `theirs`: a person's quotation is part of their bullet (a section's own people, set
    over its slides: `_text_groups`), not where lists or other sections' lines join them."""
    count = _bullet_count(points, theirs)
    if count <= POINTS_PER_SLIDE:
        return _rows(headline, points) <= TEXT_ROWS
    # of a line each, or two that wrap (review P: two sentences beside seven partners took a slide
    # for the partners alone, at 22 % of it)
    short = sum(1 for p in points if _width(p) > ROW_CHARS) <= LONG_BESIDE_SHORT
    return short and count <= SHORT_POINTS and _rows(headline, points) <= TEXT_ROWS - TITLE_ROWS


def _one_listed_slide(headline: str, points: tuple[str, ...]) -> bool:
    """Whether a section's own text fits one slide once a list's items of a line each, under their
    lead, are read as one block rather than as bullets of their own: five prizes under
    'Ganadores:' beside a speaker and the prize money fit one slide, which had set them alone on a
    'Premios (continuación)' (review O). Within the slide's rows, as `_one_slide`."""
    blocks = sum(1 for p in points if not isinstance(p, Under))
    items = [p for p in points if isinstance(p, Under) and not isinstance(p, Quoted)]
    return (
        bool(items)
        and all(_width(p) <= ROW_CHARS for p in items)
        and blocks <= POINTS_PER_SLIDE
        and _rows(headline, points) <= TEXT_ROWS - TITLE_ROWS
    )


def _bullet_count(points: tuple[str, ...], theirs: bool = False) -> int:
    """How many bullets a reader counts: a line that only heads the bullets under it (a folded
    section's name, a list's lead line) is a heading, not one more bullet (its row still counts);
    and (`theirs`) a person's quotation under their line is part of their bullet (review Y: five
    speakers, two with their words, were counted as seven and split 2 + 3 over two half-empty
    slides)."""
    heads = sum(
        1
        for i, p in enumerate(points[:-1])
        if not isinstance(p, Under)
        and isinstance(points[i + 1], Under)
        and not (theirs and isinstance(points[i + 1], Quoted))  # counted below
        and _width(p) <= ROW_CHARS // 2
    )
    return len(points) - heads - (sum(1 for p in points if isinstance(p, Quoted)) if theirs else 0)
