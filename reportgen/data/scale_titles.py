"""A chart of amounts at one scale says its scale and currency once, in its title, and its bars
their numbers: 'Finansieringsrunder (millioner kroner)' over '145', '92', '31,5', as a press chart
sets it, never '145 millioner kroner … 18 millioner kroner' on five bars (review YY1 #9). Only
where every label prints the same words around its number ('145 mln zł', '31,5 mln zł'), a scale
word among them; a title that has a bracket of its own keeps the words on the labels."""

from __future__ import annotations

import re
from dataclasses import replace

from reportgen.data.chart_data import ChartData
from reportgen.data.formatting import Formatter
from reportgen.data.titles import unstopped
from reportgen.data.typography import scale_words

#: A label's number: digits and their grouping and decimal marks.
_NUMBER = re.compile(r"\d(?:[\d\u00a0\u202f\u2009 .,’']*\d)?")
#: The fewest bars whose words are worth saying once.
MIN_BARS = 2


def said_in_title(data: ChartData, fmt: Formatter) -> ChartData:
    """`data` with its labels' shared words around their numbers moved to its title, in brackets
    (see the module's note); `data` as it is where they differ, or hold no scale word."""
    drawn = [b for b in data.bars if not b.missing]
    if data.series or data.log_scale or data.kind == "donut" or len(drawn) < MIN_BARS:
        return data
    if re.search(r"[(（]", data.title):
        return data
    shared = shared_words([b.text for b in drawn], fmt.locale)
    if shared is None:
        return data
    before, after = shared
    # a word the title says already ('Zusagen nach Staat, in Franken') is not said again
    said = data.title.casefold()
    words = " ".join(w for w in f"{before.strip()} {after.strip()}".split() if w.casefold() not in said)
    if not words:
        return data
    bars = tuple(b if b.missing else replace(b, text=_split(b.text)[1]) for b in data.bars)  # type: ignore[index]
    title = f"{data.title}{fmt.punct.open}{words}{fmt.punct.close}"
    # a chart without a caption of its own has its title as caption (plan/charts.py): it stays
    # its title, or the slide took the title's first words for a finding and ran them into the
    # section's summary ('Funding commitments by sector Climate and agritech …': review ZZ4 #1)
    caption = title if unstopped(data.caption) == unstopped(data.title) else data.caption
    return replace(data, title=title, caption=caption, bars=bars, unit_note="")


def shared_words(labels: list[str], locale: str) -> tuple[str, str] | None:
    """(the words before, the words after) the one number of each of `labels`, where all print
    the same and those after open with a scale word ('145 millioner kroner', '31,5 millioner
    kroner'); None else. The document check reads a chart's labels through it too."""
    split = [_split(label) for label in labels]
    if len(split) < MIN_BARS or any(s is None for s in split) or len({(s[0], s[2]) for s in split if s}) != 1:
        return None
    before, _, after = split[0]  # type: ignore[misc]
    return (before, after) if _scaled(after, locale) else None


def _split(text: str) -> tuple[str, str, str] | None:
    """(the words before, the number, the words after) of a label of one number; None else."""
    found = list(_NUMBER.finditer(text))
    if len(found) != 1:
        return None
    number = found[0]
    return text[: number.start()], number.group().strip(), text[number.end() :]


def _scaled(after: str, locale: str) -> bool:
    """Whether the words after a number open with a scale word ('millioner kroner', '亿元')."""
    head = after.lstrip(" \u00a0\u202f")
    return any(head.startswith(w) and w.strip("' ") == w for w in scale_words(locale) if w)
