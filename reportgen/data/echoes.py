"""Whether a text says again what a slide's title says: the same subject and the same claim, one
under the other (review NN: '参加者の約3割がASEAN各国からの来日でした' over 'ASEAN各国から多くの
起業家が来日し、…'; 'Sergilenen 180 oyunun 74'ü mobil platformlar içindi' over '…yapımların çoğu
mobil platformlar içindi; …').

Measured on content words, in any language: a word of four letters or more, matched on its first
five letters (a Turkish or Finnish suffix, a plural: 'oyun' and 'oyunun', 'platform' and
'platformlar'); in scripts without spaces, two Chinese characters or katakana together, or two
Korean syllables; never a number nor a kana particle. A clause repeats a title where at least
ECHO of its words are the title's and at least ECHO of the title's are its own, and at least
ECHO_WORDS are shared: a lead that shares the subject and says something else ('Visitors spent
more than last year' under 'Visitors came from 40 countries') shares too few.

A lead is weighed clause by clause (`clauses`): a sentence joined by a semicolon, a Japanese 'し、'
or a Chinese '，' says two things, and only the one the title says goes."""

from __future__ import annotations

import re
from functools import lru_cache

from reportgen.lazy_pattern import lazy, of_script

#: The share of a clause's content words (and of the title's) that makes it the title again.
ECHO = 0.5
#: The fewest content words a clause must share with a title to say it again.
ECHO_WORDS = 2
#: The letters a word is matched on (a stem, before a suffix).
STEM = 5
#: Where one sentence joins two clauses that each stand alone: a semicolon, a Japanese
#: continuative ('し、', 'で、', 'て、', 'り、'), a Chinese full-width comma. (Not a Latin comma:
#: '…, with …' continues the clause.)
_JOINS = re.compile(r"(?<=[;；])\s*|(?<=[しでてり]、)|(?<=，)")
_WIDE = of_script(r"[\u4e00-\u9fff\u30a0-\u30ff\u3400-\u4dbf]{2,}", "\u30a0")
_KOREAN = of_script(r"[\uac00-\ud7a3]{2,}", "\uac00")
_NUMBER = re.compile(r"\d[\d.,'’\u00a0\u202f]*")
_SPACED = lazy(r"[^\W\d_\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]{4,}")


@lru_cache(maxsize=2048)
def content_words(text: str) -> frozenset[str]:
    """`text`'s content words as `says_again` compares them."""
    out: set[str] = set()
    text = text.replace("\u2060", "")  # a word joiner the deck sets between a number and its unit
    for run in _WIDE.findall(text):
        out.update(run[at : at + 2] for at in range(len(run) - 1))
    for run in _KOREAN.findall(text):
        out.add(run[:2])  # a Korean word's stem, before its particle or ending
    out.update(w[:STEM] for w in _SPACED.findall(text.casefold()))
    return frozenset(out)


def _matched(word: str, others: frozenset[str]) -> bool:
    """Whether `word` is one of `others`, or the stem of one ('oyun' of 'oyunu')."""
    if word in others:
        return True
    return len(word) >= 4 and any(len(o) >= 4 and (o.startswith(word) or word.startswith(o)) for o in others)


def _numbers(text: str) -> set[str]:
    return {re.sub(r"\D", "", n) for n in _NUMBER.findall(text.replace("\u2060", ""))}


def says_again(title: str, clause: str) -> bool:
    """Whether `clause` says what `title` says (see the module's note). A clause that prints a
    number the title does not gives the title's figure: it backs the title ('企業協賛金の総額は
    1億2850万円を超えました。' under '今年から企業協賛が大幅に増え、…'), not says it again."""
    if _numbers(clause) - _numbers(title):
        return False
    said, mine = content_words(title), content_words(clause)
    if not said or not mine:
        return False
    shared = sum(_matched(w, said) for w in mine)
    return shared >= ECHO_WORDS and shared >= ECHO * len(mine) and shared >= ECHO * len(said)


def clauses(sentence: str) -> list[str]:
    """`sentence`'s clauses that each stand alone, as written (their joining marks kept)."""
    return [c for c in _JOINS.split(sentence) if c.strip()]
