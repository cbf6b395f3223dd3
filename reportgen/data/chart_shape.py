"""The chart a chart's data calls for: the rules both renderers follow (matplotlib and native).

A chart declares what it wants (`kind`, `log_scale`, `order`); its data decides what it gets:

- fewer than MIN_VALUES values are no chart: the chart is left out of both documents and its
  caption (the finding, e.g. "more than 700 media outlets, among them over 2,000 internet media")
  is printed as a sentence in its section instead, beside the figures themselves;
- a logarithmic axis needs at least MIN_VALUES positive values spanning at least LOG_MIN_SPAN
  (two orders of magnitude); otherwise the axis is linear. Its ticks are powers of ten from the
  one at or below the least value, never 0;
- categories are sorted by value, largest first, unless they are ordered: `order: as_given`, or
  labels that form a sequence (years, "Day 1", "Tuesday 14 October": labels that all carry a
  number, their first numbers rising in the order given);
- more than MAX_COLUMNS categories, or any label longer than MAX_COLUMN_LABEL characters, read
  across: a column chart becomes horizontal bars; more than MAX_COLUMNS take the slide's full
  width (no facts beside them), where long names wrap beside a few bars.

Pure data in, data out: no drawing library is imported here.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

MIN_VALUES = 3
LOG_MIN_SPAN = 100.0
MAX_COLUMNS = 6
MAX_COLUMN_LABEL = 14
_DIGITS = re.compile(r"\d+")


@dataclass(frozen=True)
class Shape:
    kind: str
    log_scale: bool
    order: tuple[int, ...]  # the bars' indices in drawing order
    full_width: bool  # many or long categories: the chart takes the whole width of its slide
    too_few: bool  # fewer than MIN_VALUES values: no chart, a sentence instead


def is_sequence(labels: Sequence[str]) -> bool:
    """Labels in a natural order: each carries a number, and their first numbers rise
    ("2022", "2023"; "Day 1", "Day 2"; "Tuesday 14 October", "Wednesday 15 October")."""
    found = [_DIGITS.search(label) for label in labels]
    if len(labels) < 2 or not all(found):
        return False
    numbers = [int(m.group()) for m in found if m]
    return all(a < b for a, b in itertools.pairwise(numbers))


def log_scale_fits(values: Sequence[float]) -> bool:
    positive = [v for v in values if v > 0]
    return (
        len(positive) >= MIN_VALUES
        and len(positive) == len(values)
        and (max(positive) / min(positive) >= LOG_MIN_SPAN)
    )


def log_ticks(values: Sequence[float]) -> list[int]:
    """Powers of ten (as exponents) from the one at or below the least value to the one above the
    largest with room for its label."""
    positive = [v for v in values if v > 0]
    low = math.floor(math.log10(min(positive)) + 1e-9)
    high = math.ceil(math.log10(max(positive) * 3))
    return list(range(low, high + 1))


def shape(
    kind: str,
    labels: Sequence[str],
    values: Sequence[float],
    log_scale: bool,
    order: str,
    drawn_values: int,
) -> Shape:
    """`values` are the bars' lengths (totals for stacked charts); `drawn_values` counts every value
    the chart would show (a grouped chart of two bars with three parts shows six)."""
    ordered = order == "as_given" or (order == "auto" and is_sequence(labels))
    indices = tuple(range(len(values)))
    if not ordered:
        indices = tuple(sorted(indices, key=lambda i: -values[i]))  # stable: ties keep their order
    many = len(labels) > MAX_COLUMNS
    if kind == "bar" and (many or any(len(label) > MAX_COLUMN_LABEL for label in labels)):
        kind = "hbar"
    return Shape(
        kind=kind,
        log_scale=log_scale and kind in {"bar", "hbar"} and log_scale_fits(values),
        order=indices,
        full_width=many and kind == "hbar",
        too_few=drawn_values < MIN_VALUES,
    )
