"""Numbers before scale words and currency names, in every locale (review E's wrong formats).

A count of four digits or more before a scale word is grouped as the locale groups numbers
('₹18,500 crore', never '₹18500 crore'); India's lakh and crore count only its own rupees and
counts ('USD 2.2 billion', never 'USD 220 crore') and start at a lakh ('₹7.5 lakh'); a scale word
takes 'de' or 'di' before any currency or noun ('3 millones de quetzales guatemaltecos', '1,12
million de visites'); a plain 'dollar' says whose where the reader's country has a dollar too.
"""

from __future__ import annotations

import re

import pytest
from babel import Locale
from babel.localedata import locale_identifiers
from babel.numbers import get_currency_name, get_territory_currencies
from hypothesis import given, settings
from hypothesis import strategies as st

from reportgen.data.formatting import Formatter, format_decimal, money_locale, prose_decimal
from reportgen.data.model import Figure

ALL_LOCALES = sorted(locale_identifiers())


@settings(max_examples=400, deadline=None)
@given(
    locale=st.sampled_from(ALL_LOCALES),
    count=st.integers(1000, 99_999),
    power=st.sampled_from([3, 4, 5, 6, 7, 8, 9, 10, 11, 12]),
)
def test_a_count_before_a_scale_word_is_grouped_the_locales_way(locale: str, count: int, power: int) -> None:
    """Every locale: the digits before a scale word, four or more, are grouped as the locale
    groups the same number on its own (Chinese, Japanese and Korean write '1200亿', '1000만' as
    their press and Korea's spelling standard do: no comma inside a group of 万 or 만)."""
    fmt = Formatter(locale)
    text = fmt.number(count * 10**power)
    if Locale.parse(locale).language in ("zh", "ja", "ko") or not text[:1].isdigit():
        return
    match = re.match(r"[\d.,\u00a0\u202f\u2019' ]*\d", text)
    assert match is not None
    head = match.group()
    if head == text or not text[len(head) :].strip()[:1].isalpha():
        return  # every digit, no word
    whole = re.match(r"\d[\d.,\u00a0\u202f\u2019' ]*", head).group()  # type: ignore[union-attr]
    decimal = prose_decimal(Locale.parse(locale).number_symbols["latn"]["decimal"], locale)  # de_CH: ','
    digits = re.sub(r"\D", "", whole.split(decimal)[0])
    if len(digits) >= 4:
        grouped = format_decimal(int(digits), locale=locale)
        assert head.startswith(grouped), (locale, text, grouped)


@pytest.mark.parametrize(
    ("value", "currency", "expected"),
    [
        (185_000_000_000, "INR", "₹18,500\u00a0crore"),
        (18_500_000_000, "INR", "₹1,850\u00a0crore"),
        (750_000, "INR", "₹7.5\u00a0lakh"),
        (42_500_000, "INR", "₹4.25\u00a0crore"),
        (123_456, "INR", "₹1,23,456"),  # no exact count of lakh: every digit
        (99_999, "INR", "₹99,999"),
        (2_200_000_000, "USD", "USD\u00a02.2 billion"),
        (750_000, "USD", "USD\u00a0750,000"),
    ],
)
def test_indian_english_amounts(value: int, currency: str, expected: str) -> None:
    assert _spaced(Formatter("en_IN").money(value, currency)) == _spaced(expected)


def _spaced(text: str) -> str:
    return re.sub(r"[\u00a0\u202f]", " ", text)


def test_indian_english_counts_use_lakh_and_crore() -> None:
    fmt = Formatter("en_IN")
    assert _spaced(fmt.number(412_000)) == "4.12 lakh"
    assert _spaced(fmt.number(18_500_000_000)) == "1,850 crore"
    assert fmt.number(48_700) == "48,700"


def test_only_india_s_own_grouping_changes_for_a_foreign_currency() -> None:
    assert money_locale("en_IN", "USD") == "en"
    assert money_locale("en_IN", "INR") == "en_IN"
    assert money_locale("hi_Latn_IN", "USD") == "hi_Latn_IN"  # its language counts in crore too
    for locale in ("en_GB", "zh_CN", "ja_JP", "ko_KR", "de_CH", "es_MX", "fr_CA", "zh_Hant_HK"):
        assert money_locale(locale, "USD") == locale


@pytest.mark.parametrize(
    ("locale", "value", "currency", "expected"),
    [
        # a country's own currency as its press names it (review N); another's in full
        ("fr_CA", 58_700_000, "CAD", "58,7 millions de dollars"),
        ("fr_FR", 58_700_000, "CAD", "58,7 millions de dollars canadiens"),
        ("es_MX", 480_000_000, "MXN", "480 millones de pesos"),
        ("es_ES", 480_000_000, "MXN", "480 millones de pesos mexicanos"),
        ("pt_BR", 3_000_000, "BRL", "3 milhões de reais"),
        ("fr_CH", 3_000_000, "CHF", "3 millions de francs"),
        ("de_CH", 3_000_000, "CHF", "3 Millionen Franken"),
        ("fr_FR", 3_000_000, "ARS", "3 millions de pesos argentins"),
        ("fr_FR", 2_000_000, "EUR", "2 millions d\u2019euros"),
        ("fr_FR", 16_900_000_000, "CNY", "16,9 milliards de yuans"),
        ("fr_FR", 2_000_000, "AED", "2 millions de dirhams des Émirats arabes unis"),
        ("es_MX", 3_000_000, "GTQ", "3 millones de quetzales guatemaltecos"),
        ("es_ES", 3_000_000, "CAD", "3 millones de dólares canadienses"),
        ("pt_BR", 3_000_000, "ARS", "3 milhões de pesos argentinos"),
        ("pt_BR", 14_850, "AUD", "14.850\u00a0dólares australianos"),
        ("pt_PT", 3_000_000, "CAD", "3 milhões de dólares canadianos"),
        ("it_IT", 3_000_000, "ARS", "3 milioni di pesos argentini"),
        ("it_IT", 3_000_000, "CAD", "3 milioni di dollari canadesi"),
    ],
)
def test_a_scale_word_takes_de_before_every_currency(
    locale: str, value: int, currency: str, expected: str
) -> None:
    assert Formatter(locale).money(value, currency) == expected


@settings(max_examples=200, deadline=None)
@given(
    locale=st.sampled_from(["fr_FR", "fr_CA", "es_ES", "es_MX", "pt_BR", "pt_PT", "it_IT"]),
    currency=st.sampled_from(
        sorted(
            {
                c
                for t in ("US", "CA", "MX", "AR", "GT", "SE", "IN", "ZA", "AE", "BR")
                for c in get_territory_currencies(t)
            }
        )
    ),
    millions=st.integers(2, 999),
)
def test_every_currency_after_a_scale_word_is_linked_and_in_small_letters(
    locale: str, currency: str, millions: int
) -> None:
    text = Formatter(locale).money(millions * 10**6, currency)
    link = " di " if locale.startswith("it") else " de "
    assert link in text or " d\u2019" in text, text
    noun = re.split(r" de | di | d\u2019", text, maxsplit=1)[1]
    assert noun[:1] == noun[:1].lower() or noun[1:2].isupper(), text


@pytest.mark.parametrize(
    ("locale", "unit", "expected"),
    [
        ("fr_CA", "visites", "plus de 1,12 million de visites"),
        ("fr_FR", "habitants", "plus de 1,12 million d\u2019habitants"),
        ("es_MX", "visitantes", "más de 1.12 millones de visitantes"),
        ("pt_BR", "visitantes", "mais de 1,12 milhão de visitantes"),
        ("it_IT", "visitatori", "oltre 1,12 milioni di visitatori"),
        ("en_GB", "visitors", "more than 1.12 million visitors"),
        ("de_DE", "Besuche", "mehr als 1,12 Millionen Besuche"),
        ("fr_FR", "km", "plus de 1,12 million km"),  # a symbol is no noun
    ],
)
def test_a_scale_word_takes_de_before_a_noun_unit(locale: str, unit: str, expected: str) -> None:
    figure = Figure(label="x", value=1_120_000, qualifier="more than", unit=unit)
    assert _spaced(Formatter(locale).figure(figure, unit=True)) == expected


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("fr_CA", "58,7 millions de dollars américains"),
        ("fr_FR", "58,7 millions de dollars"),  # France has no dollar of its own
        ("es_MX", "58.7 millones de dólares"),  # Mexico's peso is no dollar
        ("en_CA", "USD\u00a058.7 million"),
        ("en_AU", "USD\u00a058.7 million"),
    ],
)
def test_a_dollar_says_whose_where_the_reader_has_a_dollar_too(locale: str, expected: str) -> None:
    assert Formatter(locale).money(58_700_000, "USD") == expected


def test_a_plain_currency_word_is_never_the_name_of_the_readers_own() -> None:
    """Across every locale with a table of words and a country: the plain word printed for a
    foreign currency (the noun, 'dollars') is never the head noun of the country's own currency in
    CLDR ('dollar canadien'), unless the printed name says whose (it is CLDR's full name)."""
    checked = 0
    for locale in ALL_LOCALES:
        parsed = Locale.parse(locale)
        if parsed.language not in ("fr", "es", "pt", "it", "de", "nl") or not parsed.territory:
            continue
        fmt = Formatter(locale)
        home = get_territory_currencies(parsed.territory)
        if len(home) != 1:
            continue
        home_head = re.search(r"\w+", get_currency_name(home[0], count=2, locale=locale).lower())
        for currency in fmt.words.currency_names:
            if currency == home[0]:
                continue
            word = fmt.currency_word(currency)
            full = {get_currency_name(currency, count=2, locale=locale).lower()}
            full |= {fmt.words.full_currency_names.get(currency, "").partition("|")[2].lower()}
            if home_head and word.lower().split()[0] == home_head.group() and " " not in word:
                pytest.fail(f"{locale}: {currency} printed {word!r}, the name of its own {home[0]}")
            if word.lower() not in full and home_head and word.lower().startswith(home_head.group()):
                pytest.fail(f"{locale}: {currency} printed {word!r}")
            checked += 1
    assert checked > 100
