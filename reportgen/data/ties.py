"""The words a line never parts from a number or a date, in languages that space their words.

`typography.bind_numbers` ties a number to its scale word, unit or currency sign; this module ties
what a reader reads as one with them, in every printed text, ours and the user's:

- the currency or unit after a scale word ('3,8\u00a0Milliarden\u00a0Euro', '15\u00a0milliards\u00a0d’euros',
  '1,2\u00a0million\u00a0km²'), and a currency's name straight after digits ('500\u00a0Euro');
- a qualifier before a number, all its words, over a currency written first:
  'mehr\u00a0als\u00a03,8', 'nearly\u00a0RMB\u00a015\u00a0billion', 'près\u00a0de\u00a0300'; and one
  written after it, apart ('1,200명\u00a0이상');
- a date's day and month, and its month and year: '12\u00a0novembre\u00a02026', '24.\u00a0April\u00a02026',
  'November\u00a012,\u00a02026', '18\u00a0de\u00a0octubre\u00a0de\u00a02024'.

Every word is from an allow-list, never a guess at whatever word stands beside a number: CLDR's
currency and month names (Babel), the language's qualifiers (data/phrases.py) and the ones editors
write for them (data/editor_qualifiers.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from babel import Locale, UnknownLocaleError
from babel.numbers import get_currency_name

from reportgen.data.editor_qualifiers import SAME

NBSP = "\u00a0"
#: Currencies whose names (CLDR's, in the event's language) are tied after a number.
_NAMED_CURRENCIES = (
    "EUR", "USD", "GBP", "JPY", "CNY", "CHF", "HKD", "CAD", "AUD", "NZD", "INR", "KRW", "BRL", "MXN",
    "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "TWD", "SGD", "RUB", "ZAR", "TRY", "AED", "SAR", "THB",
)  # fmt: skip
_OF = r"(?:de |di |d[’'])"  # between a scale word and its noun: 'milliards d’euros', 'millones de euros'
_END = r"(?![\w²³])"
_SPACE = "[ \u00a0]"


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
def qualifier_words(locale: str) -> tuple[frozenset[str], frozenset[str]]:
    """The language's qualifiers written before a number ('mehr als', 'rund', 'über', 'ca.') and
    after it, apart from it ('이상' of Korean '{} 이상'): reportgen's own (phrases.py) and the ones
    editors write for them (editor_qualifiers.py), each also with a capital. Words only: Chinese
    and Japanese write theirs tight, and `typography.bind_cjk_numbers` joins them."""
    from reportgen.data.phrases import phrases

    before: set[str] = set()
    after: set[str] = set()
    for pattern in phrases(locale).qualifiers.values():
        head, tail = pattern.split("{}")
        if head.endswith(" ") and head.strip():
            before.add(head.strip())
        if tail.startswith(" ") and tail.strip():
            after.add(tail.strip())
    language = _language(locale)
    before.update(w.strip() for (lang, _), words in SAME.items() if lang == language for w in words)
    before = {w for w in before if (w[:1].isalpha() and w[-1:].isalpha()) or w.endswith(".")}
    return (
        frozenset(before | {w[:1].upper() + w[1:] for w in before}),  # 'Nearly', 'Rund' open a sentence
        frozenset(w for w in after if w[:1].isalpha()),
    )


@cache
def month_names(locale: str) -> frozenset[str]:
    """CLDR's month names in the locale, wide and abbreviated ('novembre', 'nov.', 'März'), and
    each with a capital (a date that opens a sentence or a heading); never the one-letter forms."""
    try:
        months = Locale.parse(locale.replace("-", "_")).months
    except (ValueError, UnknownLocaleError):
        return frozenset()
    names = {
        name
        for context in months.values()
        for width, forms in context.items()
        if width in ("wide", "abbreviated")
        for name in forms.values()
        if len(name.rstrip(".")) > 1
    }
    return frozenset(names | {n[:1].upper() + n[1:] for n in names})


def _words(words: frozenset[str]) -> str:
    """An alternation of phrases whose inner spaces may already be tied, after a test of its
    first letter (which spares the engine trying every phrase at every character)."""
    firsts = "".join(sorted({w[0] for w in words if w}))
    alternation = "|".join(
        re.escape(w).replace(r"\ ", _SPACE) for w in sorted(words, key=len, reverse=True) if w
    )
    return rf"(?=[{re.escape(firsts)}])(?:{alternation})"


Replacement = str | Callable[[re.Match[str]], str]


def _tied(match: re.Match[str]) -> str:
    """The match with each of its spaces tied."""
    return match.group(0).replace(" ", NBSP)


@cache
def _ties(
    locale: str, scales: str, units: str, signs: str
) -> tuple[tuple[re.Pattern[str], Replacement], ...]:
    currencies = _alternation(currency_words(locale))
    return (
        # a currency or unit after a scale word, with the language's 'de' between them
        (re.compile(rf"(\d[\u00a0\u202f](?:{scales})) ({_OF})?(?=(?:{currencies}|{units}){_END})"), _scale),
        (re.compile(rf"(?<=\d) (?=(?:{currencies}){_END})"), NBSP),  # '500 Euro'
        *_date_ties(locale),
        *_qualifier_ties(locale, signs),
    )


def _date_ties(locale: str) -> list[tuple[re.Pattern[str], Replacement]]:
    """A day and its month, a month and its year or day, in the locale's month names."""
    ties: list[tuple[re.Pattern[str], Replacement]] = []
    if _language(locale) == "ko":  # '2026년 11월 12일': CLDR's Korean months are '11월'
        ties.append((re.compile(r"(?<=\d년) (?=\d{1,2}월)"), NBSP))
    names = month_names(locale)
    if not names:
        return ties
    months = _words(names)
    of = r"(?:(?:de|del) )?"  # '18 de octubre de 2024', '1 de enero del 2025'
    return [
        *ties,
        # a day and its month: '12 novembre', '24. April', '1er octobre', '18 de octubre'
        (re.compile(rf"(?<![\w.,:])(?:\d{{1,2}}\.?|1er|1º|1°) {of}(?:{months}){_END}"), _tied),
        # a month and its year or day: 'novembre 2026', 'octubre de 2024', 'November 12'
        (re.compile(rf"(?<![\w.])(?:{months})\.? {of}(?=\d{{1,4}}(?![\d.,:]\d))"), _tied),
        # the year of 'November 12, 2026'
        (re.compile(rf"(?<![\w.])(?:{months})\u00a0\d{{1,2}}(?:st|nd|rd|th)?, (?=\d{{4}}(?!\d))"), _tied),
    ]


def _qualifier_ties(locale: str, signs: str) -> list[tuple[re.Pattern[str], Replacement]]:
    """A qualifier before its number, or before the currency written ahead of it ('nearly RMB
    15'), and one written after the number, apart ('1,200명 이상')."""
    before, after = qualifier_words(locale)
    ties: list[tuple[re.Pattern[str], Replacement]] = []
    if before:
        number = rf"(?:(?:{signs})[\u00a0\u202f ]?)?[-\u2212+]?\d"
        ties.append((re.compile(rf"(?<![\w.’'])(?:{_words(before)}) (?={number})"), _tied))
    if after:  # after the number's last digit and its counter: '1,200명 이상'
        ties.append((re.compile(rf"(?<=\d)([^\s\d]{{0,12}}) (?=(?:{_words(after)}){_END})"), rf"\1{NBSP}"))
    return ties


def _scale(match: re.Match[str]) -> str:
    of = match.group(2) or ""
    return match.group(1) + NBSP + of.replace(" ", NBSP)


def tie_words(text: str, locale: str, scales: str, units: str, signs: str) -> str:
    """`text` with the words a line never parts from its number or date tied by no-break spaces.
    `scales`, `units` and `signs` are the regular expressions of the language's scale words,
    its units and the currency signs and codes written before a number. Each tie turns one space
    into one no-break space: the text keeps its length (the document check compares the two)."""
    if " " not in text or not any(map(str.isdigit, text)):
        return text
    for pattern, replacement in _ties(locale, scales, units, signs):
        text = pattern.sub(replacement, text)
    return text
