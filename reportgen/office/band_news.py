"""The document check's rule for the news in the briefing's band (review UU4 D): the figure the
data marks as the news (`headline: true`) prints in a table of the briefing, its key-figures band
or its key-figures table, where a reader who skims the first page finds it; not in the lede's
prose and on a chart's bar alone (Limerick's record sum had left the band for its 2026 bar, while
the boat show's visitors kept theirs). The news is the headline and a key figure the data proves a
record (a trend's last year above every year it draws: review YY4 #2, the attendance record a
reader was told of on the deck's glance, in the briefing only on the trend's last bar and in its
caption). Read in the document as saved: any template."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from reportgen.data import derive
from reportgen.data.written_numbers import key, read
from reportgen.office.ooxml import qn
from reportgen.office.repeats import Amount
from reportgen.office.seen import AS_SEEN, quoted


def news_of(figures: Iterable[derive.FigureView]) -> tuple[derive.FigureView, ...]:
    """The figures of `figures` that are the news the briefing's tables print: the headline
    (`headline: true`) and each key figure with a record mark (`record_note`), not those the file
    leaves out (`deck: omit`); the figure itself, without its breakdown's parts."""
    return tuple(
        replace(f, parts=())
        for f in figures
        if (f.headline or (f.key and f.record_note)) and f.deck != "omit"
    )


def news_outside_tables(body: Any, news: Sequence[Amount], shown: str, locale: str) -> list[str]:
    """One warning for each of `news` (the headline figures) that no table cell of the briefing's
    `body` (a w:body element) writes, in any form a reader takes for it."""
    if not news:
        return []
    written: set[tuple[float, bool]] = set()
    for paragraph in (p for cell in body.iter(qn("w:tc")) for p in cell.iter(qn("w:p"))):
        text = "".join(t.text or "" for t in paragraph.iter(qn("w:t"))).translate(AS_SEEN)
        for number in read(text, locale):
            if number.counts:
                written |= {(key(v), number.percent) for v in number.values}
    return [
        f"{shown}: the news {quoted(amount.shown)} (headline or record) is in none of the briefing's tables: "
        "print it in the key-figures band, with its record mark, and let a lesser printing give way"
        for amount in news
        if not any((key(v), amount.percent) in written for v in amount.values)
    ]
