"""One scale per chart where one reads whole (reviews RR1 and UU1/UU4 of round 23).

A reader compares a chart's labels at a glance. Where every number of a chart counts one or more
of one word ('1,15 mln zł', '2,43 mln zł'), its labels print in that word. Where one would count
a fraction of it ('$0.55 billion' beside '$1.1 billion', 'about €0.82 million'), no office writes
that: each label prints at its own natural scale ('$550 million' beside '$1.1 billion', 'about
€820,000', '7000万' beside '1亿'), as newsrooms set a legend. Never every digit: a figure printed
with its word elsewhere would read in two forms (office/repeats.py). The document check names a
chart label that counts a fraction of its word (office/chart_scales.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

from reportgen.data.formatting import Formatter

Number = float | int | Decimal


def one_scale(values: Sequence[Number], fmt: Formatter) -> Formatter:
    """The formatter a chart's labels print with: one at the largest of its numbers' own scales
    where every number counts 1 or more of that word and prints exactly in it; else `fmt`, each
    number at its own scale ('$550 million' beside '$1.1 billion', never '$0.55 billion').
    Japanese and Korean keep theirs: their press counts every number in 万 or 만 from 10⁴ ('5만
    2000명' beside '8,200명'), one system already."""
    if not values or any(v < 0 for v in values) or fmt.locale.split("_")[0] in MYRIAD_FORMS:
        return fmt
    powers = {fmt.scale_of(v) for v in values}
    if len(powers) < 2:
        return fmt
    largest = max(powers)
    whole = all(_exact(v).scaleb(-largest) >= SMALLEST for v in values)
    if whole and all(fmt.number_at(v, largest) is not None for v in values):
        return replace(fmt, scale=largest)
    return fmt


def common_places(values: Sequence[Number], fmt: Formatter) -> Formatter:
    """The formatter a chart's labels print with where its numbers print in digits alone and some
    have decimals: every one with as many, the series' common decimals ('51,0 s' and '158,0 s'
    beside '8,7 s', never '51 s': review YY2 #7; exact, a zero more); else `fmt`. Numbers with a
    scale word keep theirs ('2 mln' beside '1,15 mln', as the press writes)."""
    if fmt.scale or not values or any(fmt.scale_of(v) for v in values):
        return fmt
    needed = [_places(v) for v in values]
    most = max(needed)
    if not 0 < most <= MOST_PLACES or min(needed) == most:
        return fmt
    return replace(fmt, places=most)


#: The most decimals a chart's common decimals pad its labels to ('2,25' beside '3,00').
MOST_PLACES = 2


def _places(value: Number) -> int:
    exponent = _exact(value).normalize().as_tuple().exponent
    assert isinstance(exponent, int)
    return max(0, -exponent)


#: The least count a chart's one scale prints: one of its word ('1,15 mln'); below ('0,38 mln',
#: '$0.55 billion'), each number prints at its own ('380 000 zł', '$550 million').
SMALLEST = Decimal(1)
#: The languages whose numbers from 10⁴ print in their myriad words, whole ('1億2850万', '6만 8400'):
#: a chart of them counts in one system whatever its range.
MYRIAD_FORMS = ("ja", "ko")


def _exact(value: Number) -> Decimal:
    return Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
