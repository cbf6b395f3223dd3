"""One scale per chart (review RR1: '380 000 zł' beside '1,15 mln zł' on one chart's bars, a donut's
legend '640 000 zł' beside '1,18 mln zł').

A reader compares a chart's labels at a glance: each printed at its own scale ('380 000', '1,15 mln';
'8,000' and '1.2万') makes them read as different kinds of number. The labels of one chart print
at the largest scale every one of them prints exactly at ('0,38 mln zł', '0,72 mln zł', '1,15 mln
zł'; '0.8万', '1.2万'), with their qualifiers as before. Never every digit: a figure printed with
its word elsewhere would read in two forms (office/repeats.py). A chart whose numbers share a
scale keeps its formatter; one whose numbers share none they all print exactly at keeps theirs,
and the document check names it (office/chart_check.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

from reportgen.data.formatting import Formatter

Number = float | int | Decimal


def one_scale(values: Sequence[Number], fmt: Formatter) -> Formatter:
    """The formatter a chart's labels print with: `fmt` where its numbers print at one scale (or
    one at most); else one that prints every one at the largest scale all of them print exactly
    at, a tenth of its word at least ('0,38 mln', never '0,07 bilhão': '70 milhões' beside '1.420
    milhões'), the words between its numbers' scales tried too in Chinese ('0.7亿' beside '1亿');
    else `fmt`, whose mixed labels the document check names. Japanese and Korean keep theirs: their
    press counts every number in 万 or 만 from 10⁴ ('5만 2000명' beside '8,200명', never '52,000명',
    which the document would print in two forms), one system already."""
    if not values or any(v < 0 for v in values) or fmt.locale.split("_")[0] in MYRIAD_FORMS:
        return fmt
    powers = {fmt.scale_of(v) for v in values}
    if len(powers) < 2:
        return fmt
    largest = max(powers)
    chinese = fmt.locale.split("_")[0] == "zh"
    tried = powers | {p for p in fmt.scales() if p < largest and p % 4 == 0 and chinese}
    least = min(values)
    for power in sorted(tried - {0}, reverse=True):
        if _exact(least).scaleb(-power) < SMALLEST:
            continue
        if all(fmt.number_at(v, power) is not None for v in values):
            return replace(fmt, scale=power)
    if all(fmt.number_at(v, largest) is not None for v in values):
        return replace(fmt, scale=largest)  # '0,085 Millionen' beside '2,4 Millionen'
    return fmt


#: The least count a chart's scale prints: 0.1 of its word ('0,38 mln'); below ('0,07 bilhão'),
#: the word below it ('70 milhões', '1.420 milhões').
SMALLEST = Decimal("0.1")
#: The languages whose numbers from 10⁴ print in their myriad words, whole ('1億2850万', '6만 8400'):
#: a chart of them counts in one system whatever its range.
MYRIAD_FORMS = ("ja", "ko")


def _exact(value: Number) -> Decimal:
    return Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
