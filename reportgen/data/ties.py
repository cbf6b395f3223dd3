"""The words a line never parts from a number, in languages that space their words.

`typography.bind_numbers` ties a number to its scale word, unit or currency sign; this module ties
what a reader reads as one with them, in every printed text, ours and the user's: the currency or
unit after a scale word ('3,8\u00a0Milliarden\u00a0Euro', '15\u00a0milliards\u00a0d’euros',
'1,2\u00a0million\u00a0km²'), and a currency's name straight after digits ('500\u00a0Euro').

The currency words are allow-lists: CLDR's names (Babel) and the language's own words
(data/phrases.py), never a guess at whatever word follows a number.
"""

from __future__ import annotations

import re
from functools import cache

from babel import UnknownLocaleError
from babel.numbers import get_currency_name

NBSP = "\u00a0"
#: Currencies whose names (CLDR's, in the event's language) are tied after a number.
_NAMED_CURRENCIES = (
    "EUR", "USD", "GBP", "JPY", "CNY", "CHF", "HKD", "CAD", "AUD", "NZD", "INR", "KRW", "BRL", "MXN",
    "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "TWD", "SGD", "RUB", "ZAR", "TRY", "AED", "SAR", "THB",
)  # fmt: skip
_OF = r"(?:de |di |d[’'])"  # between a scale word and its noun: 'milliards d’euros', 'millones de euros'


def _alternation(words: set[str] | frozenset[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True) if w)


@cache
def currency_words(locale: str) -> frozenset[str]:
    """The words of the language that name a currency after an amount ('Euro', 'euros', 'US-Dollar',
    'dollars'): CLDR's names of the common currencies, singular and plural, and their last
    words ('dollars' of 'US dollars'; a first word such as 'New' or 'Japanese' is no currency)."""
    from reportgen.data.phrases import phrases  # phrases reads typography, which reads this module

    names: set[str] = set()
    for code in _NAMED_CURRENCIES:
        for count in (1, 2):
            try:
                names.add(get_currency_name(code, count, locale))
            except (ValueError, UnknownLocaleError):
                break
    for name in phrases(locale).currency_names.values():
        names.update(name.split("|"))
    names |= {name.split()[-1] for name in names if name.split()}  # 'dollars', never 'New' or 'South'
    return frozenset(n for n in names if n[:1].isalpha())


@cache
def _ties(locale: str, scales: str, units: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    currencies = _alternation(currency_words(locale))
    end = r"(?![\w²³])"
    return (
        # a currency or unit after a scale word, with the language's 'de' between them
        re.compile(rf"(\d[\u00a0\u202f](?:{scales})) ({_OF})?(?=(?:{currencies}|{units}){end})"),
        re.compile(rf"(?<=\d) (?=(?:{currencies}){end})"),  # '500 Euro'
    )


def _scale(match: re.Match[str]) -> str:
    of = match.group(2) or ""
    return match.group(1) + NBSP + of.replace(" ", NBSP)


def tie_words(text: str, locale: str, scales: str, units: str) -> str:
    """`text` with the words a line never parts from its number tied by no-break spaces.
    `scales` and `units` are the regular expressions of the language's scale words and units."""
    if " " not in text or not any(map(str.isdigit, text)):
        return text
    after_scale, after_digits = _ties(locale, scales, units)
    return after_digits.sub(NBSP, after_scale.sub(_scale, text))
