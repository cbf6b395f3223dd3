"""A count with nothing to say but its number, made a key figure: its tile and its row of the
key-figures table print it as a number under its label, where a line of its section printed the
tool's words around it ('Det blev nästan 96 sessioner.', 'Houve cerca de 1.200 voluntários.':
review RR2 #9, a filler line among the section's sentences).

A figure is such a count where the file gives it no words of its own (no `sentence:`, quote or
note), no parts, no chart draws it, the file leaves its place to the plan (`deck: auto`), and its
line, worded as it would read alone, is only `sentences.only_counts`' words before its number and
unit. It becomes key only while the glance has room for its tile (`MOST_KEY`, the tile grid's six
long tiles): a full glance keeps the line (and `validate` still names it); and only beside
`FEWEST_KEY` key figures of the file's: a glance of two tiles reads as leftovers (review RR4:
TASMARS), and an event of one key figure has no glance (plan/glance.lone_tile).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace

from reportgen.data import sentences
from reportgen.data.plan.views import FigureView

#: The key figures a glance holds on one page of long tiles (plan/tile_grid.py: two rows of three).
MOST_KEY = 6
#: The key figures an event gives for a count to join them: the glance then holds three tiles.
FEWEST_KEY = 2


def bare_count(view: FigureView, alone: Callable[[FigureView], FigureView]) -> bool:
    """Whether `view` is a count its line would only put the tool's words around (`alone`: the
    figure worded as the only line of its section)."""
    return (
        not view.key
        and view.deck == "auto"
        and not view.own_sentence
        and view.quote is None
        and not view.note
        and not view.parts
        and sentences.only_counts(alone(view).sentence_lead)
    )


def as_key(
    views: dict[str, FigureView],
    key_count: int,
    drawn: Iterable[str],
    alone: Callable[[FigureView], FigureView],
    others: bool = False,
) -> tuple[dict[str, FigureView], int]:
    """`views` (a section's, by figure id) with each bare count no chart draws (`drawn`: the refs
    the event's charts hold) made key while the event's key figures (`key_count`, counted over
    every section) stay within MOST_KEY, unless the section would then say nothing but its tiles
    (`others`: it has people, lists or launches, which say more); and the count after."""
    charted = set(drawn)
    made = dict(views)
    if key_count < FEWEST_KEY:
        return made, key_count
    for fid, view in views.items():
        if key_count >= MOST_KEY:
            break
        if view.ref not in charted and bare_count(view, alone):
            made[fid] = replace(view, key=True)
            key_count += 1
    if not others and not _says_more(made.values(), charted):
        return dict(views), key_count - sum(made[k] is not views[k] for k in views)
    return made, key_count


def _says_more(views: Iterable[FigureView], charted: set[str]) -> bool:
    """Whether a section says something besides its tiles: a figure that stays a line (not key, or
    drawn on a chart), a quote, or a sentence of the file's, which says more than a tile. A section
    whose counts all became tiles kept a slide of its title alone (the Bordeaux summit's
    'Participation')."""
    return any(not v.key or v.ref in charted or v.quote is not None or v.own_sentence for v in views)
