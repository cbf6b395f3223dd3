"""The document check's rule that a chart of amounts at one scale and currency says them once, not
on every bar (review YY1 #9: '145 millioner kroner … 18 millioner kroner' on five bars, where a
press chart writes '(millioner kroner)' in its title and '145', '92' on its bars). The plan sets
its own charts so (data/scale_titles.py); a template's chart, or a title with a bracket of its own,
is named here. A picture's labels are known from its data (office/repeats.py `Drawn`), a native
chart's from its points' labels."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from lxml import etree

from reportgen.data.scale_titles import shared_words
from reportgen.office.printed_texts import drawn_pictures
from reportgen.office.repeats import Drawn
from reportgen.office.seen import quoted

#: The fewest labels that repeat their words to be named: a reader reads them again and again.
MIN_LABELS = 3


def _warning(where: str, name: str, words: str) -> str:
    return (
        f"{where}: chart {quoted(name)} writes {quoted(words)} on every bar; say it once, in the "
        "chart's title, and give the bars their numbers"
    )


def _repeated(labels: Sequence[str], locale: str) -> str:
    numbered = [label for label in labels if any(ch.isdigit() for ch in label)]
    shared = shared_words(numbered, locale) if len(numbered) >= MIN_LABELS else None
    return " ".join(f"{shared[0].strip()} {shared[1].strip()}".split()) if shared else ""


def words_on_pictures(element: etree._Element, drawn: Sequence[Drawn], where: str, locale: str) -> list[str]:
    """One warning for each chart picture of amounts under `element` whose labels repeat their
    scale and currency words."""
    found = (
        (name, _repeated(chart.values, locale))
        for name, chart in drawn_pictures(element, drawn)
        if chart.money
    )
    return [_warning(where, name, words) for name, words in found if words]


def words_on_native(shape: Any, drawn: Sequence[Drawn], where: str, locale: str) -> list[str]:
    """A warning where a native chart of amounts (its data among `drawn`, by its name: 'Chart
    rounds') has point labels that repeat their scale and currency words."""
    if not any(d.money and shape.name.endswith(f" {d.chart_id}") for d in drawn):
        return []
    labels = []
    for plot in shape.chart.plots:
        for series in plot.series:
            for index in range(len(list(series.values))):
                label = series.points[index].data_label
                if label.has_text_frame:
                    labels.append(label.text_frame.text)
    words = _repeated(labels, locale)
    return [_warning(where, shape.name, words)] if words else []
