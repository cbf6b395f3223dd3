"""A small number read with the word it counts (reviews LL and KK): '46件の覚書' over the tile
'46件', '27 krajów transmitowało …' over '27 krajów', 'aus 60 Ländern' over '60 Länder'. A bare
number under three digits is no figure's printing by itself (data/written_numbers.py: '61', '2'
are as often something else), but with the same word after it a reader takes it for the one
figure: that word, or its stem, follows it in both."""

from __future__ import annotations

import re

from reportgen.data.phrases import is_cjk
from reportgen.data.written_numbers import read

#: A Latin-script word after a small number names the same thing as another where they share at
#: least this many first letters ('Länder', 'Ländern') or are the same word.
STEM = 4
#: Between a number and its word: spacing, the joiner the deck sets between a CJK number and its
#: unit, a line break (a tile's unit or label on the line under its number).
_GAP = re.compile(r"[\s\u00a0\u202f\u2060]*")
_WORD = re.compile(r"[^\W\d_]+")
#: The counters of years: a year with one ('2026년 참가자', '2026年の来場者') is a date, no count of
#: years a tile's label and a lead could both be read to write (review YY4 #3's Korean glance lead
#: '2026년 참가자 역대 최다.' over the tile labelled '2026년 참가자').
_YEAR_COUNTERS = ("년", "年")


def small_counts(text: str, locale: str) -> set[tuple[float, str]]:
    """(value, the word after it) per number of `text` that is no figure's printing by itself
    (`Written.counts`), under three digits: a CJK counter is its first character."""
    found = set()
    for written in read(text, locale):
        if written.counts or written.percent:
            continue
        gap = _GAP.match(text, written.end)
        word = _WORD.match(text, gap.end() if gap else written.end)
        if word is None:
            continue
        said = word.group().casefold()
        said = said[0] if is_cjk(said[0]) else said
        found.update((v, said) for v in written.values if not (said in _YEAR_COUNTERS and 1000 <= v < 3000))
    return found


def same_count(text: str, tile: str, locale: str) -> str:
    """The word of `tile`'s small number that `text` writes with the same number and word ('' for
    none): 'charities' for 'The money will be shared among 112 charities' over '112 / Charities
    supported'."""
    tiled = small_counts(tile, locale)
    for value, word in small_counts(text, locale):
        for shown, unit in tiled:
            if shown == value and _alike(word, unit):
                return unit
    return ""


def _alike(a: str, b: str) -> bool:
    """Whether two words after the same number name one thing: the same CJK counter, or Latin words
    that share STEM first letters."""
    if a == b:
        return True
    if is_cjk(a[0]) or is_cjk(b[0]):
        return False
    common = next((n for n, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return common >= STEM
