"""The event's key line prints (issue 19, review 4b): the news's quote carries its figure.

A figure is printed at most MOST_REPEATS times in one document (plan/printings.py,
office/repeats.py), and the news's key quote is one of those printings, in the plan as in the
document check (docs/data.md): it is printed where the lesser forms give way for it, else it stays
in the speaker notes. Review Q wanted it out of the notes where a tile and a trend's last bar
print the fact; review X found the same figure three times on the book fair's first page and its
chart's slide (the band or the tile, the quote, the bar) with the check silent, as the quote was
left uncounted: a reader counts it.

So the quote of a figure marked as the news (`headline: true`) that states its figure is printed,
in each document where it stays within the rule once the lesser forms give way: the figure's own
plain line (its bullet: the quote is its line now), then the total in a donut's hole or title
(the band or a tile prints it). Never a bar's or a dot's value label: review Y had it give way
(Bengaluru's record, its 4.12 lakh a tile and the trend's last bar), but a mark left bare read as
a value missing, beside its quote too (round 16: the showcase's dot of 総視聴回数), so where the
quote would be a third printing with the label it stays in the notes, also where it claims a
record (review HH had such a quote printed over the rule; review JJ then found the cycling
race's "Más de 205.000 …, la cifra más alta de su historia" a tile, the trend's last bar and
the quote, three times in each document, against docs/data.md's rule). Every amount
the quote states is counted as the document check counts it: figures of the same amount share
its printings (MOST_REPEATS for each fact among them: two figures that state one fact,
data/facts.py, count as one).

This module decides on counts `derive` makes; it reads no views, so it imports nothing of derive.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Forms:
    """How often one document prints each figure as the plan places it (by ref), which of those
    printings is the figure's plain line (its bullet), and the donuts whose total prints a figure
    (chart id: the whole's ref)."""

    counts: Mapping[str, int]
    lines: frozenset[str] = frozenset()
    donut_totals: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Carried:
    """The refs whose quote each document prints in the figure's place, the donuts that print
    no total (their whole is printed twice elsewhere), by document the refs of other figures
    the quote states whose lines give way to it too (`given_way`: 'briefing', 'deck'). No bar
    ever gives its value label to a quote (a mark left bare reads as a value missing)."""

    briefing: frozenset[str] = frozenset()
    deck: frozenset[str] = frozenset()
    bare_donuts: frozenset[str] = frozenset()
    given_way: Mapping[str, frozenset[str]] = field(default_factory=dict)


def decide(
    quotes: Mapping[str, frozenset[str]],
    amounts: Mapping[str, object],
    briefing: Forms,
    deck: Forms,
    most: int,
    printed: Mapping[str, frozenset[str]] | None = None,
    facts: Mapping[str, object] | None = None,
) -> Carried:
    """`quotes`: each news figure's ref and the refs whose amounts its quote states (its own among
    them); `amounts`: each figure's amount (figures of one amount share its printings); `printed`:
    by document, the refs whose quote it prints already (nothing to decide there); `facts`: each
    figure's fact (the figures of one fact share MOST_REPEATS printings; by default each its own).
    A donut's total that is its whole's third printing gives way whether or not a quote is
    printed: the quote counted, the festival's 186.000 stayed a tile, a trend's bar and the donut's
    total once its quote went to the notes (review X's rule on sons-do-cerrado). A quote that
    claims a record counts as any other: where it would be a third printing, it stays in the
    notes (review JJ)."""
    chosen: dict[str, set[str]] = {"briefing": set(), "deck": set()}
    given: dict[str, set[str]] = {"briefing": set(), "deck": set()}
    bare: set[str] = set()
    for ref, said in quotes.items():
        for name, forms in (("briefing", briefing), ("deck", deck)):
            if ref in (printed or {}).get(name, frozenset()):
                if name == "briefing":  # printed in its section: a line beside it says it again
                    given[name] |= _beside(ref, said, forms)
                continue
            fits, donuts, lines = _fits(ref, said, (amounts, facts or {}), forms, bare, most)
            if fits:
                chosen[name].add(ref)
                bare |= donuts
                given[name] |= lines
    for forms in (briefing, deck):  # a total printed twice elsewhere, whatever the quote: it gives way
        for chart, whole in forms.donut_totals.items():
            owners = {r for r, a in amounts.items() if a == amounts[whole]}
            allowed = most * len({(facts or {}).get(r, r) for r in owners})
            if sum(forms.counts.get(r, 0) for r in owners) > allowed:
                bare.add(chart)
    return Carried(
        frozenset(chosen["briefing"]),
        frozenset(chosen["deck"]),
        frozenset(bare),
        {name: frozenset(refs) for name, refs in given.items()},
    )


def _fits(
    ref: str,
    said: frozenset[str],
    known: tuple[Mapping[str, object], Mapping[str, object]],
    forms: Forms,
    bare: set[str],
    most: int,
) -> tuple[bool, set[str], set[str]]:
    """Whether the quote fits `forms`' document with its figure's line given way, the donuts
    whose total must give way too (`bare`: those another quote took away already), and the lines
    of other figures it states that must (`known`: each figure's amount and fact): the fun run's
    'The money raised will fund more than 400 nights …' gives way to '… enough to fund more than
    400 nights of nursing care'."""
    amounts, facts = known
    needed: set[str] = set()
    alongside = _beside(ref, said, forms)  # lines beside the quote that say its number: they give way
    lines: set[str] = set(alongside)
    for amount in {amounts[r] for r in said}:
        owners = {r for r, a in amounts.items() if a == amount}
        # the quote is one of the amount's printings, as a reader and the document check count
        # it (review X: the band, the quote and the trend's bar printed the news three times)
        allowed = most * len({facts.get(r, r) for r in owners})
        count = sum(forms.counts.get(r, 0) for r in owners) + 1  # the quote
        count -= 1 if ref in owners and ref in forms.lines else 0  # its own line gives way
        count -= len(owners & alongside)
        mine = {c for c, whole in forms.donut_totals.items() if whole in owners}
        count -= len(mine & bare)  # totals another document's quote took away already
        if count <= allowed:
            continue
        others = (owners & said & forms.lines) - {ref} - alongside  # the other lines it states
        count -= len(others)
        lines |= others
        if count <= allowed:
            continue
        totals = mine - bare
        needed |= totals
        count -= len(totals)
        if count <= allowed:
            continue
        # never a bar's or a dot's value label: a mark left bare reads as a value missing, on the
        # quote's own page too (round 16: the showcase's dot of 総視聴回数 in the briefing)
        return False, set(), set()
    return True, needed, lines


def _beside(ref: str, said: frozenset[str], forms: Forms) -> set[str]:
    """The lines of other figures of the quote's section (printed beside it: the same slide, the
    same paragraphs of the briefing) whose number the quote states: each would say it again, and
    asks for a sentence that says it a third time (review DD: Busan's 23%). They give way to the
    quote whatever the count."""
    section = ref.split(".", 1)[0]
    return {r for r in said & forms.lines if r != ref and r.split(".", 1)[0] == section}
