"""The words a line never parts from a number or a date, in languages that space their words.

`typography.bind_numbers` ties a number to its scale word, unit or currency sign; this module ties
what a reader reads as one with them, in every printed text, ours and the user's:

- the currency or unit after a scale word: '3,8\u00a0Milliarden\u00a0Euro', '15\u00a0milliards\u00a0d’euros',
  '1,2\u00a0million\u00a0km²', and a currency word straight after digits: '500\u00a0Euro';
- the last word of a qualifier before a number: 'mehr als\u00a03,8', 'rund\u00a01,2', 'environ\u00a0214';
- a day, its month and its year: '12\u00a0novembre\u00a02026', '24.\u00a0April\u00a02026',
  'November\u00a012, 2026'.

The words are allow-lists from CLDR (Babel: month names, currency names) and from the language's
own qualifier and currency words (data/phrases.py), never a guess at any word after a number.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from babel import Locale, UnknownLocaleError
from babel.numbers import get_currency_name

NBSP = "\u00a0"
#: Currencies whose names (CLDR's, in the event's language) are tied after a number.
_NAMED_CURRENCIES = (
    "EUR", "USD", "GBP", "JPY", "CNY", "CHF", "HKD", "CAD", "AUD", "NZD", "INR", "KRW", "BRL", "MXN",
    "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "TWD", "SGD", "RUB", "ZAR", "TRY", "AED", "SAR", "THB",
)  # fmt: skip
#: Qualifiers readers type before a number beside the ones reportgen writes (phrases.py).
_TYPED_QUALIFIERS: dict[str, tuple[str, ...]] = {
    "en": ("about", "around", "almost", "nearly", "over", "than", "approximately", "roughly", "some"),
    "de": ("über", "etwa", "ca.", "circa", "fast", "gut", "rund", "knapp", "als", "zu", "mindestens"),
    "fr": ("environ", "de", "d’", "près", "quelque", "moins", "plus", "à", "jusqu’à"),
    "es": ("de", "unos", "unas", "casi", "hasta", "cerca"),
    "it": ("circa", "oltre", "quasi", "di", "almeno"),
    "pt": ("de", "cerca", "quase", "até"),
    "nl": ("ruim", "bijna", "circa", "ongeveer", "dan", "tot"),
}
_OF = r"(?:de |di |d[’'])"  # between a scale word and its noun: 'milliards d’euros', 'millones de euros'


def _alternation(words: set[str] | frozenset[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True) if w)


def _language(locale: str) -> str:
    return locale.replace("-", "_").split("_")[0].lower()


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
def _qualifier_words(locale: str) -> frozenset[str]:
    """The last word before the number of each of the language's qualifiers ('als' of 'mehr als
    {}', 'rund'), and the ones readers type ('über', 'ca.')."""
    from reportgen.data.phrases import phrases

    words = set(_TYPED_QUALIFIERS.get(_language(locale), ()))
    for pattern in phrases(locale).qualifiers.values():
        before = pattern.split("{}")[0].split()
        if before:
            words.add(before[-1])
    return frozenset(w for w in words if w[:1].isalpha())


@cache
def _months(locale: str) -> frozenset[str]:
    try:
        months = Locale.parse(locale.replace("-", "_")).months
    except (ValueError, UnknownLocaleError):
        return frozenset()
    return frozenset(
        name for context in months.values() for width in context.values() for name in width.values()
    )


Replacement = str | Callable[[re.Match[str]], str]


@cache
def _ties(locale: str, scales: str, units: str) -> tuple[tuple[re.Pattern[str], Replacement], ...]:
    currencies = _alternation(currency_words(locale))
    qualifiers = _alternation(_qualifier_words(locale))
    months = _alternation(_months(locale))
    end = r"(?![\w²³])"
    ties: list[tuple[re.Pattern[str], Replacement]] = []
    if months:  # before the qualifiers: the 'de' of '18 de octubre de 2024' is the date's
        ties += [
            # '12 novembre 2026', '24. April 2026', '1er octobre', '18 de octubre de 2024'
            (re.compile(rf"(?<![\d.,])(\d{{1,2}}\.?|1er|1º) (?:(de) )?({months}){end}"), _date_tie),
            (re.compile(rf"(?<![\w.])({months}) (?:(de) )?(?=\d{{1,4}}(?![\d.:]\d))"), _date_tie),
        ]
    return (
        *ties,
        # a currency or unit after a scale word, with the language's 'de' between them
        (re.compile(rf"(\d[\u00a0\u202f](?:{scales})) ({_OF})?(?=(?:{currencies}|{units}){end})"), _scale),
        (re.compile(rf"(?<=\d) (?=(?:{currencies}){end})"), NBSP),  # '500 Euro'
        (re.compile(rf"(?<![\w.])((?:{qualifiers})) (?=[-\u2212]?\d)", re.IGNORECASE), rf"\1{NBSP}"),
    )


def _date_tie(match: re.Match[str]) -> str:
    """The parts of a date joined by no-break spaces; a month before a number keeps the space
    after it too ('octubre\u00a0de\u00a0' + '2024')."""
    return NBSP.join(part for part in match.groups() if part) + (NBSP if len(match.groups()) == 2 else "")


def _scale(match: re.Match[str]) -> str:
    of = match.group(2) or ""
    return match.group(1) + NBSP + of.replace(" ", NBSP)


def tie_words(text: str, locale: str, scales: str, units: str) -> str:
    """`text` with the words a line never parts from its number or date tied by no-break spaces.
    `scales` and `units` are the regular expressions of the language's scale words and units."""
    if " " not in text or not any(map(str.isdigit, text)):
        return text
    for pattern, replacement in _ties(locale, scales, units):
        text = pattern.sub(replacement, text)
    return text
