"""A fraction or a ratio a text writes in words: a finding as much as a number in digits (issue 19,
review SS1 #3).

A chart's caption that names a number states a finding ('17 of the 25 …'), where one that names
none only describes the chart. 'Streetfoodkøkkener og lokale producenter stod for to ud af tre
boder', 'YouTube carried more than half of the views', 'un tiers des visiteurs', '发表的三分之二'
name a share in words: read as describing, the Danish caption was replaced by the sentence of the
chart's values, and the Japanese one ('発表のおよそ3分の2がポスター発表でした。') lost in the deck.

`names_ratio` finds, in each language we write sentences for: the fraction nouns ('half',
'Hälfte', 'moitié', 'tredjedel', '절반', '半数'), the Chinese, Japanese and Korean fractions
('三分之二', '三分の二', '3분의 2'), and 'N of M' with a number word or digit on both sides ('two in
three', 'to ud af tre', 'zwei von drei', 'deux exposants sur trois', 'dos de cada tres'), a noun
between them or not.
"""

from __future__ import annotations

import re
from functools import cache

from reportgen.lazy_pattern import lazy

#: Fraction nouns, lower case, matched as whole words (any ending a language adds after them).
_FRACTIONS = (
    # en
    "half", "halves", "third", "thirds", "quarter", "quarters", "fifth", "fifths",
    # de, nl
    "hälfte", "drittel", "viertel", "fünftel", "helft", "derde", "kwart",
    # fr, es, it, pt
    "moitié", "tiers", "quart", "quarts", "mitad", "tercio", "tercios", "metà", "terzo", "terzi",
    "metade", "terço", "terços",
    # da, nb, sv
    "halvdelen", "halvdel", "halvparten", "hälften", "tredjedel", "tredjedelen", "tredjedele",
    "tredjedeler", "tredjedelar", "fjerdedel", "fjerdedelen", "fjärdedel", "fjärdedelen",
    # pl, tr
    "połowa", "połowę", "połowy", "trzecia", "trzecie", "ćwierć", "yarısı", "yarısından", "üçte", "dörtte",
)  # fmt: skip
#: The words between the two numbers of 'N of M': 'two in three', 'to ud af tre', 'deux sur trois'.
_OF = (
    "in", "of", "out of", "in every", "von", "aus", "sur", "de cada", "de", "su", "em cada", "em",
    "op de", "op", "ud af", "af", "av", "na", "z",
)  # fmt: skip
#: One to ten in words, lower case, in the languages number_words does not cover and those it does.
_SMALL = (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eins", "eine", "einer", "zwei", "drei", "vier", "fünf", "zehn",
    "un", "une", "deux", "trois", "quatre", "cinq", "dix",
    "uno", "una", "dos", "tres", "cuatro", "cinco", "diez", "due", "tre", "quattro", "dieci",
    "um", "uma", "dois", "duas", "três",
    "één", "een", "twee", "drie", "tien",
    "en", "et", "ét", "to", "tre", "fire", "fem", "seks", "ti", "ett", "två", "fyra", "tio",
    "jeden", "jedna", "dwa", "dwie", "trzy", "cztery", "pięć", "dziesięć",
)  # fmt: skip
#: Chinese, Japanese and Korean fractions and halves: '三分之二', '3分の2', '3분의 2', '半数', '절반'.
_NUMERAL = "[0-9０-９一二三四五六七八九十]+"
_CJK = lazy(rf"{_NUMERAL}\s?(?:分之|分の|분의)\s?{_NUMERAL}|半数|半分|一半|过半|過半|절반|과반")


@cache
def _words() -> re.Pattern[str]:
    fractions = "|".join(sorted(map(re.escape, _FRACTIONS), key=len, reverse=True))
    number = "|".join([r"\d+", *sorted(map(re.escape, _SMALL), key=len, reverse=True)])
    of = "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in _OF), key=len, reverse=True))
    return re.compile(
        rf"(?<!\w)(?:(?:{fractions})(?!\w)|(?:{number})(?:\s+\w+)?\s+(?:{of})\s+(?:{number})(?!\w))",
        re.IGNORECASE,
    )


def names_ratio(text: str) -> bool:
    """Whether `text` names a fraction or a ratio in words or in a CJK form (module docstring)."""
    return bool(_CJK.search(text) or _words().search(text))
