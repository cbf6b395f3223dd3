"""The document check's rule for the news in the briefing's band (review UU4 D): the figure the
data marks as the news (`headline: true`) prints in a table of the briefing, its key-figures band
or its key-figures table, where a reader who skims the first page finds it; not in the lede's
prose and on a chart's bar alone (Limerick's record sum had left the band for its 2026 bar, while
the boat show's visitors kept theirs). Read in the document as saved: any template."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportgen.data.written_numbers import key, read
from reportgen.office.ooxml import qn
from reportgen.office.repeats import Amount
from reportgen.office.seen import AS_SEEN, quoted


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
        f"{shown}: the news {quoted(amount.shown)} (headline) is in none of the briefing's tables: "
        "print it in the key-figures band, with its record mark, and let a lesser printing give way"
        for amount in news
        if not any((key(v), amount.percent) in written for v in amount.values)
    ]
