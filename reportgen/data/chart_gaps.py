"""Years a series of years leaves out, shown where they fall: an empty slot named by the missing
year, so 2019 never stands beside 2021 as if they were one year apart (review Z: a showcase
cancelled in 2020). Both renderers draw the slot (no bar, no value label) and the alt text says
the year has no figure.

A gap is a step the series skips: with a series of every year, a year between two given ones;
with one of every other year (2016, 2018, 2022), 2020. A run of more than MOST_SLOTS missing years
is one slot named by its first and last ('2012–2018'), so a long break never crowds out the years
given.
"""

from __future__ import annotations

import itertools
from collections.abc import Collection, Sequence
from dataclasses import replace

from reportgen.data.chart_data import ChartBar, ChartSeries
from reportgen.data.chart_order import years_of

#: A run of at most this many missing years is a slot each; a longer one is one slot.
MOST_SLOTS = 2
#: Between a run's first and last year.
RANGE_DASH = "\u2013"


def with_gaps(
    bars: Sequence[ChartBar], kept_order: str, cancelled: Collection[int] = (), status: str = ""
) -> tuple[ChartBar, ...]:
    """`bars` with an empty slot for each year their series of years (`kept_order` 'years': the
    plan keeps their order) leaves out; `bars` as they are where it leaves none out, or where a
    label does not write its year in digits that the slot's label can take. A slot whose years
    are all `cancelled` (the chart's `cancelled:`) carries `status` ('cancelled' in the
    documents' language): drawn in the slot and said in the alt text, review SS1 #10."""
    bars = tuple(bars)
    years = years_of([b.label for b in bars]) if kept_order == "years" and len(bars) >= 2 else None
    if years is None:
        return bars
    step = min(abs(b - a) for a, b in itertools.pairwise(years))
    if step == 0:
        return bars
    out = [bars[0]]
    for (a, b), (before, bar) in zip(itertools.pairwise(years), itertools.pairwise(bars), strict=True):
        way = step if b > a else -step
        missing = list(range(a + way, b, way)) if (b - a) % step == 0 else []
        named = (
            [str(y) for y in missing]
            if len(missing) <= MOST_SLOTS
            else [f"{missing[0]}{RANGE_DASH}{missing[-1]}"]
        )
        runs = [[y] for y in missing] if len(missing) <= MOST_SLOTS else [missing]
        for text, run in zip(named, runs, strict=True) if missing else ():
            if str(a) not in before.label:
                return bars  # the year written otherwise (full-width digits): no slot guessed
            said = status if status and all(y in cancelled for y in run) else ""
            label = before.label.replace(str(a), text, 1)
            out.append(ChartBar(label, 0.0, "", "exact", missing=True, status=said))
        out.append(bar)
    return tuple(out)


def spread(series: Sequence[ChartSeries], bars: Sequence[ChartBar]) -> tuple[ChartSeries, ...]:
    """A stacked or grouped chart's `series`, each with an empty part (0, no text) in every slot
    `with_gaps` put among `bars`, so each part stays under its year."""
    out = []
    for one in series:
        values, texts = iter(one.values), iter(one.texts)
        out.append(
            replace(
                one,
                values=tuple(0.0 if b.missing else next(values) for b in bars),
                texts=tuple("" if b.missing else next(texts) for b in bars),
            )
        )
    return tuple(out)
