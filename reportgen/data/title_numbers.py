"""The numbers a slide's title and its chart's bars print, read as a reader takes them
(data/written_numbers.py), for the rule that a chart slide's title states its finding in words
where a bar prints its number (plan/title_echoes.py). A share is told from a count; a year (four
digits alone, 1000 to 2999) or a date is none of a bar's numbers."""

from __future__ import annotations

from collections.abc import Iterable

from reportgen.data.seen_text import as_seen
from reportgen.data.written_numbers import key, read

Number = tuple[float, bool]  # (its value, whether it is a share)


def seen(text: str) -> str:
    """`text` as read: joiners unseen, no-break spaces and line breaks as spaces."""
    return as_seen(text)


def _spans(text: str, locale: str) -> Iterable[tuple[int, int, frozenset[float], bool]]:
    """(start, end, its values, is a share) of each number of `text` (as `seen`) that is no year."""
    plain = seen(text)
    for written in read(plain, locale):
        shown = plain[written.start : written.end].strip()
        if written.counts or sum(c.isdigit() for c in shown) < 3:  # not a year
            yield written.start, written.end, written.values, written.percent


def _written(text: str, locale: str) -> Iterable[tuple[str, frozenset[float], bool]]:
    """(as written, its values, is a share) of each number of `text` that is no year."""
    plain = seen(text)
    for start, end, values, percent in _spans(text, locale):
        yield plain[start:end].strip(), values, percent


def spans_among(text: str, printed: set[Number], locale: str) -> list[tuple[int, int]]:
    """Where `text` (as `seen`) writes a number among `printed`: (start, end) of each."""
    return [
        (start, end)
        for start, end, values, percent in _spans(text, locale)
        if any((key(v), percent) in printed for v in values if v)
    ]


def numbers(texts: Iterable[str], locale: str) -> set[Number]:
    """Every number `texts` write (a bar's value labels: '74 (%41)' is 74 and the share 41)."""
    return {
        (key(v), percent) for text in texts for _, values, percent in _written(text, locale) for v in values
    }


def among(title: str, printed: set[Number], locale: str, counts: frozenset[int] = frozenset()) -> list[str]:
    """The numbers `title` writes that are among `printed`, as written ('74', '21万 4000'). A count
    of the chart's bars (`counts`) is none: '来自12个国家和地区' over twelve countries' bars counts
    them, whichever bar prints 12 (the Quanzhou marathon's Thailand)."""
    return [
        shown
        for shown, values, percent in _written(title, locale)
        if any((key(v), percent) in printed for v in values if v)
        and (percent or not any(v in counts for v in values))
    ]
