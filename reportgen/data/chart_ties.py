"""Whether a figure the chart does not draw is a finding about what it draws: its value is a
relation of the drawn values (a rise, a fall, a share, a multiple, a difference or a sum), as
'El negocio ha crecido un 63,5 %' is over three years of business (26 to 42.5 million). A figure
that is none ('44% of attendees came for the first time' beside the attendance of three days,
review UU1 #1) says something else: it titles no slide of that chart."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from itertools import permutations
from typing import Any

from reportgen.data.chart_data import ChartData

#: A qualified figure ('nearly 64%') matches a relation within this share of its value.
QUALIFIED_SLACK = 0.05


def drawn_values(data: ChartData) -> tuple[float, ...]:
    """The values the chart draws: its bars', or each series' (stacked and grouped charts)."""
    values = [b.value for b in data.bars if not b.missing]
    values += [v for s in data.series for v in s.values]
    return tuple(v for v in values if v)


def _relations(values: tuple[float, ...]) -> set[float]:
    """What a figure could say about `values`: each one's change on another in percent, its share
    of another or of their sum, the multiple, the difference, and the sum."""
    whole = sum(values)
    out = {whole}
    for value in values:
        out.add(100 * value / whole if whole else 0.0)
    for a, b in permutations(values, 2):
        out |= {abs(b - a), b / a, 100 * b / a, 100 * abs(b / a - 1)}
    return out


def _decimals(value: float) -> int:
    text = f"{value:.6f}".rstrip("0")
    return len(text.split(".")[1]) if "." in text else 0


def ties(value: float, qualified: bool, data: ChartData) -> bool:
    """Whether `value` (a figure's, `qualified` where it is 'nearly', 'more than' …) is a relation
    of the values `data` draws, at the precision the figure is written in."""
    values = drawn_values(data)
    if not values or not value:
        return False
    if abs(value) in {abs(v) for v in values}:
        return True
    slack = QUALIFIED_SLACK * abs(value) if qualified else 0.5 * 10 ** -_decimals(value) + 1e-9
    return any(abs(r - abs(value)) <= slack for r in _relations(values) if len(values) < 40)


def untied_sentences(
    sections: Iterable[Any], charts: Mapping[str, ChartData]
) -> list[tuple[tuple[str, ...], tuple[str, ...], str]]:
    """(a deck chart's category names, the own sentences of its section's figures it neither draws
    nor gives by `ties`, the section's title) of each chart of `sections` (the plan's
    SectionViews) that has such: the document check's rule (office/chart_titles.py) reads them on
    the slides."""
    out = []
    for section in sections:
        for chart_id in section.deck_charts:
            data = charts.get(chart_id)
            if data is None:
                continue
            sentences = tuple(
                f.sentence
                for f in section.figure_list
                if f.ref not in data.figure_refs and f.sentence and not ties(f.value, bool(f.qualifier), data)
            )
            if sentences:
                out.append((tuple(b.label for b in data.bars if not b.missing), sentences, section.title))
    return out
