"""A figure's as-of printed in each document, where the figure is (review GG: the game showcase's
'2026年6月15日12:00時点' left its deck with its one tile; only the chart's alt text still said it).

The as-of is part of the number: '128 million views' counted on the first evening is not the
final count. Every printed text of a document is read (speaker notes and alt texts are no
printing), without word joiners and in any case, for the as-of as the edition words it
(data/formatting.py, `as_of`, every language's forms)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from reportgen.data import derive
from reportgen.data.plan.dated import seen
from reportgen.office.seen import quoted


def given_as_of(
    figures: Iterable[derive.FigureView], sections: Mapping[str, derive.SectionView], deck: bool
) -> list[tuple[str, str]]:
    """(label, as-of) of each figure the event file dates, that the document prints at all (the
    deck leaves out a figure or section whose `deck:` is 'omit')."""
    out = []
    for fig in figures:
        section = sections.get(fig.ref.split(".", 1)[0])
        if not fig.as_of_text:
            continue
        if deck and (fig.deck == "omit" or (section is not None and section.deck == "omit")):
            continue
        out.append((fig.label, fig.as_of_text))
    return out


def unprinted_as_of(
    dated: Sequence[tuple[str, str]], texts: Sequence[tuple[str, str]], shown: str
) -> list[str]:
    """One warning per (label, as-of) of `dated` that no text of `texts` ((place, printed text),
    a document's) prints."""
    if not dated:
        return []
    printed = [seen(text) for _, text in texts]
    return [
        f"{shown}: {quoted(label)} is dated {quoted(as_of)} in the event file, which is printed nowhere "
        "in it (the notes and alt texts are not read); print it with the figure: on its tile, in its "
        "line or under its chart"
        for label, as_of in dated
        if not any(seen(as_of) in text for text in printed)
    ]
