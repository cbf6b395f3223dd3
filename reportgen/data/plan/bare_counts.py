"""A count with nothing to say but its number, made a key figure: its tile and its row of the
key-figures table print it as a number under its label, where a line of its section printed the
tool's words around it ('Det blev nästan 96 sessioner.', 'Houve cerca de 1.200 voluntários.':
review RR2 #9, a filler line among the section's sentences).

A figure is such a count where the file gives it no words of its own (no `sentence:`, quote or
note), no parts, no chart draws it, the file leaves its place to the plan (`deck: auto`), and its
line, worded as it would read alone, is only `sentences.only_counts`' words before its number and
unit. It becomes key only while the glance has room for its tile (`MOST_KEY`, the tile grid's six
long tiles): a full glance keeps the line (and `validate` still names it).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace

from reportgen.data import sentences
from reportgen.data.plan.views import FigureView

#: The key figures a glance holds on one page of long tiles (plan/tile_grid.py: two rows of three).
MOST_KEY = 6


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
) -> tuple[dict[str, FigureView], int]:
    """`views` (a section's, by figure id) with each bare count no chart draws (`drawn`: the refs
    the event's charts hold) made key while the event's key figures (`key_count`, counted over
    every section so far) stay within MOST_KEY; and the count after."""
    charted = set(drawn)
    made = dict(views)
    for fid, view in views.items():
        if key_count >= MOST_KEY:
            break
        if view.ref not in charted and bare_count(view, alone):
            made[fid] = replace(view, key=True)
            key_count += 1
    return made, key_count
