"""The document check's rule for a chart's slide that prints its caption nowhere (review WW2 #3:
the ja fair's '中国、台湾、韓国の3カ国・地域で海外出展者の半数を超えました' in the speaker notes only,
under the section's summary as the title; round 24: the US summit's 'Data centers took $31.5
billion of the more than $48 billion committed' replaced by the chart's bare title). A chart's
caption that states a finding is the slide's message in the deck (docs/data.md): its title, or the
lead under a title that is its section's finding. The plan puts it there (data/plan/deck_pages.py);
a user's template without a lead, or an edited plan, may still leave it off the slide's face, and
the check names it. Read on the slides as printed: a native chart's categories tell which chart a
slide holds; its title, lead and body what it says."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from reportgen.office.seen import quoted

#: (a deck chart's category names, its values, the caption its slide prints: a finding)
Captioned = tuple[tuple[str, ...], tuple[float, ...], str]

#: (a deck chart's category names, its values, a clause of its caption naming some of them, the
#: words by which it names them: data/slide_captions.py `named_clauses`)
Named = tuple[tuple[str, ...], tuple[float, ...], str, tuple[str, ...]]

#: What a reader does not compare: spaces, joiners, punctuation, the marks around a number.
_NOT_WORDS = re.compile(r"[\W_]+")


def _core(text: str) -> str:
    """`text`'s letters and digits alone, casefolded: a caption split into a title and its lead,
    or printed with no-break spaces and joiners in its numbers, reads as the same words."""
    return _NOT_WORDS.sub("", text.casefold())


#: Where a caption may be cut into its slide's title and the lead under it: a clause's end.
_CLAUSES = re.compile(r"[.;:,!?。；：，、！？]")


def _printed(caption: str, printed: Sequence[str]) -> bool:
    """Whether every clause of `caption` is in one of the `printed` texts (`_core`d): a caption
    cut into a title and a lead at a clause's end ('… committed' and 'Grid and power …') is
    printed whole."""
    clauses = [c for c in map(_core, _CLAUSES.split(caption)) if c]
    return all(any(c in text for text in printed) for c in clauses)


def _categories(shape: Any) -> tuple[str, ...]:
    try:
        return tuple(str(c) for c in shape.chart.plots[0].categories)
    except (IndexError, AttributeError, KeyError, ValueError):
        return ()


def _values(shape: Any) -> tuple[float, ...]:
    """A native chart's first series' values (a stacked chart's first part: compared as drawn)."""
    try:
        return tuple(float(v or 0) for v in shape.chart.plots[0].series[0].values)
    except (IndexError, AttributeError, KeyError, ValueError, TypeError):
        return ()


def _same(values: tuple[float, ...], drawn: tuple[float, ...]) -> bool:
    """Whether the chart on the slide draws `drawn`: two trends of the same years are two charts
    (the wine fair's visitors and business, 2024–2026). A chart whose values cannot be read, or
    that draws parts (a stacked chart's first series), is taken by its names alone."""
    if len(values) != len(drawn):
        return True
    return all(abs(a - b) <= 1e-6 * max(abs(a), abs(b), 1.0) for a, b in zip(values, drawn, strict=True))


def unprinted_captions(
    slide: Any, charts: Sequence[Any], captioned: Sequence[Captioned], texts: Sequence[str], where: str
) -> list[str]:
    """A warning where `slide` holds a chart (one of `charts`, its native chart shapes) whose
    caption (by `captioned`) none of its printed `texts` (title, lead, body, not its notes) says;
    else none."""
    if not charts or not captioned:
        return []
    printed = [_core(t) for t in texts]
    for shape in charts:
        names, values = _categories(shape), _values(shape)
        for categories, drawn, caption in captioned:
            if names == categories and _same(values, drawn) and not _printed(caption, printed):
                return [
                    f"{where}: its chart's caption {quoted(caption)} is printed nowhere on the slide "
                    "(its notes only): make it the slide's title, or the lead under a title that "
                    "states its section's finding"
                ]
    return []


def _named(names: tuple[str, ...], categories: tuple[str, ...]) -> bool:
    """Whether a native chart's category `names` are `categories`, each as written or followed by
    its value (a donut's '臺灣：820（55%）')."""
    return len(names) == len(categories) and all(
        n == c or (c and n.startswith(c)) for n, c in zip(names, categories, strict=True)
    )


def unnamed_clauses(
    slide: Any, charts: Sequence[Any], named: Sequence[Named], texts: Sequence[str], where: str
) -> list[str]:
    """Warnings where `slide` holds a chart (one of `charts`) whose caption it prints in part, and
    a clause of that caption naming one of the chart's categories (by `named`) whose names none of
    its printed `texts` says: the rally's 'Pedersoli terzo a 19,2' (review YY2 #3), the Taipei
    expo's '美國210家居次', cut from the title as though a number phrase, the podium's third and the
    runner-up said in the notes only. A clause whose number alone was cut ('guidati dalla Germania',
    without 'con 48') still names its category: silent."""
    if not charts or not named:
        return []
    printed = _core(" ".join(texts))
    out = []
    for shape in charts:
        names, values = _categories(shape), _values(shape)
        for categories, drawn, clause, words in named:
            if (
                _named(names, categories)
                and _same(values, drawn)
                and not all(_core(w) in printed for w in words)
            ):
                out.append(
                    f"{where}: its chart's caption says {quoted(clause)}, which names "
                    f"{', '.join(quoted(w) for w in words)} and which the slide prints nowhere (its "
                    "notes only): a clause naming a category is the caption's finding; print the "
                    "caption whole, its title and the lead under it"
                )
    return out
