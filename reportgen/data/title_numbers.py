"""The numbers a slide's title and its chart's bars print, read as a reader takes them
(data/written_numbers.py), for the rule that a chart slide's title states its finding in words
where a bar prints its number (plan/title_echoes.py) and for the check that names one that does
not (office/title_numbers.py). A share is told from a count; a year (four digits alone, 1000 to
2999) or a date is none of a bar's numbers."""

from __future__ import annotations

from collections.abc import Iterable

from reportgen.data.written_numbers import key, read

#: A text as read: joiners unseen, no-break spaces and line breaks as spaces.
_SEEN = str.maketrans({"\u2060": None, "\u200b": None, "\u00a0": " ", "\u202f": " ", "\n": " ", "\x0b": " "})

Number = tuple[float, bool]  # (its value, whether it is a share)


def _written(text: str, locale: str) -> Iterable[tuple[str, frozenset[float], bool]]:
    """(as written, its values, is a share) of each number of `text` that is no year."""
    plain = text.translate(_SEEN)
    for written in read(plain, locale):
        shown = plain[written.start : written.end].strip()
        if written.counts or sum(c.isdigit() for c in shown) < 3:  # not a year
            yield shown, written.values, written.percent


def numbers(texts: Iterable[str], locale: str) -> set[Number]:
    """Every number `texts` write (a bar's value labels: '74 (%41)' is 74 and the share 41)."""
    return {
        (key(v), percent) for text in texts for _, values, percent in _written(text, locale) for v in values
    }


def among(title: str, printed: set[Number], locale: str) -> list[str]:
    """The numbers `title` writes that are among `printed`, as written ('74', '21만 4000')."""
    return [
        shown
        for shown, values, percent in _written(title, locale)
        if any((key(v), percent) in printed for v in values if v)
    ]
