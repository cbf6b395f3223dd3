"""Qualifiers, currencies, dates and 'as of' times in each language's own words (issue 20, items
2 and 3). Every expected string is written by hand, as an editor of the language writes it."""

from __future__ import annotations

import datetime as dt

import pytest

from reportgen.data.formatting import Formatter
from reportgen.data.model import Figure, Qualifier
from reportgen.data.phrases import PHRASES, missing_warning
from reportgen.data.typography import typographic

NNBSP, NBSP, THIN = "\u202f", "\u00a0", "\u2009"
#: locale -> the unit exhibitors are counted in, and each qualifier's phrase for 3,400 of them.
EXHIBITORS: dict[str, tuple[str, dict[str, str]]] = {
    "zh_CN": (
        "家",
        {
            "exactly": "3,400家",
            "nearly": "近3,400家",
            "about": "约3,400家",
            "more than": "超过3,400家",
            "at least": "至少3,400家",
            "up to": "最多3,400家",
            "less than": "不到3,400家",
        },
    ),
    "ja_JP": (
        "社",
        {
            "exactly": "3,400社",
            "nearly": "3,400社近く",
            "about": "約3,400社",
            "more than": "3,400社以上",
            "at least": "少なくとも3,400社",
            "up to": "最大3,400社",
            "less than": "3,400社未満",
        },
    ),
    "de_DE": (
        "Aussteller",
        {
            "exactly": "3.400 Aussteller",
            "nearly": "knapp 3.400 Aussteller",
            "about": "rund 3.400 Aussteller",
            "more than": "mehr als 3.400 Aussteller",
            "at least": "mindestens 3.400 Aussteller",
            "up to": "bis zu 3.400 Aussteller",
            "less than": "weniger als 3.400 Aussteller",
        },
    ),
    "fr_FR": (
        "exposants",
        {
            "exactly": f"3{NNBSP}400 exposants",
            "nearly": f"près de 3{NNBSP}400 exposants",
            "about": f"environ 3{NNBSP}400 exposants",
            "more than": f"plus de 3{NNBSP}400 exposants",
            "at least": f"au moins 3{NNBSP}400 exposants",
            "up to": f"jusqu\u2019à 3{NNBSP}400 exposants",
            "less than": f"moins de 3{NNBSP}400 exposants",
        },
    ),
    "es_ES": (
        "expositores",
        {
            "exactly": "3400 expositores",
            "nearly": "casi 3400 expositores",
            "about": "alrededor de 3400 expositores",  # never 'unos': 'unas 3400 empresas'
            "more than": "más de 3400 expositores",
            "at least": "al menos 3400 expositores",
            "up to": "hasta 3400 expositores",
            "less than": "menos de 3400 expositores",
        },
    ),
    "it_IT": (
        "espositori",
        {
            "exactly": "3400 espositori",
            "nearly": "quasi 3400 espositori",
            "about": "circa 3400 espositori",
            "more than": "oltre 3400 espositori",
            "at least": "almeno 3400 espositori",
            "up to": "fino a 3400 espositori",
            "less than": "meno di 3400 espositori",
        },
    ),
    "pt_BR": (
        "expositores",
        {
            "exactly": "3.400 expositores",
            "nearly": "quase 3.400 expositores",
            "about": "cerca de 3.400 expositores",
            "more than": "mais de 3.400 expositores",
            "at least": "pelo menos 3.400 expositores",
            "up to": "até 3.400 expositores",
            "less than": "menos de 3.400 expositores",
        },
    ),
    "pt_PT": (
        "expositores",
        {
            "exactly": "3400 expositores",
            "nearly": "quase 3400 expositores",
            "about": "cerca de 3400 expositores",
            "more than": "mais de 3400 expositores",
            "at least": "pelo menos 3400 expositores",
            "up to": "até 3400 expositores",
            "less than": "menos de 3400 expositores",
        },
    ),
    "ko_KR": (  # a counter straight after the number; 'more than' and 'less than' after it
        "곳",
        {
            "exactly": "3,400곳",
            "nearly": "3,400곳 가까이",
            "about": "약 3,400곳",
            "more than": "3,400곳 이상",
            "at least": "최소 3,400곳",
            "up to": "최대 3,400곳",
            "less than": "3,400곳 미만",
        },
    ),
    "nl_NL": (
        "standhouders",
        {
            "exactly": "3.400 standhouders",
            "nearly": "bijna 3.400 standhouders",
            "about": "circa 3.400 standhouders",
            "more than": "meer dan 3.400 standhouders",
            "at least": "minstens 3.400 standhouders",
            "up to": "tot 3.400 standhouders",
            "less than": "minder dan 3.400 standhouders",
        },
    ),
    "da_DK": (
        "udstillere",
        {
            "exactly": "3.400 udstillere",
            "nearly": "knap 3.400 udstillere",
            "about": "omkring 3.400 udstillere",
            "more than": "mere end 3.400 udstillere",
            "at least": "mindst 3.400 udstillere",
            "up to": "op til 3.400 udstillere",
            "less than": "under 3.400 udstillere",
        },
    ),
    "nb_NO": (
        "utstillere",
        {
            "exactly": f"3{NBSP}400 utstillere",
            "nearly": f"nesten 3{NBSP}400 utstillere",
            "about": f"omkring 3{NBSP}400 utstillere",
            "more than": f"over 3{NBSP}400 utstillere",
            "at least": f"minst 3{NBSP}400 utstillere",
            "up to": f"opptil 3{NBSP}400 utstillere",
            "less than": f"under 3{NBSP}400 utstillere",
        },
    ),
    "en_GB": (
        "exhibitors",
        {
            "exactly": "3,400 exhibitors",
            "nearly": "nearly 3,400 exhibitors",
            "about": "about 3,400 exhibitors",
            "more than": "more than 3,400 exhibitors",
            "at least": "at least 3,400 exhibitors",
            "up to": "up to 3,400 exhibitors",
            "less than": "less than 3,400 exhibitors",
        },
    ),
}
CASES = [(loc, q, text) for loc, (_, phrases) in EXHIBITORS.items() for q, text in phrases.items()]


def test_every_qualifier_of_the_model_is_written_in_every_language() -> None:
    for _, phrases in EXHIBITORS.values():
        assert set(phrases) == {q.value for q in Qualifier}
    for words in PHRASES.values():
        assert set(words.qualifiers) == set(Qualifier)


@pytest.mark.parametrize(("locale", "qualifier", "expected"), CASES)
def test_a_qualifier_in_the_languages_grammar_and_word_order(
    locale: str, qualifier: str, expected: str
) -> None:
    unit = EXHIBITORS[locale][0]
    figure = Figure(label="Exhibitors", value=3400, unit=unit, qualifier=qualifier)
    assert Formatter(locale).figure(figure, unit=True) == expected


@pytest.mark.parametrize(
    ("locale", "value", "currency", "qualifier", "expected"),
    [
        ("zh_CN", 78_410_000_000, "USD", "exactly", "784.1亿美元"),
        ("zh_CN", 572_000_000_000, "CNY", "exactly", "5720亿元"),  # the mainland's own: 元 alone
        ("zh_CN", 15_000_000_000, "CNY", "nearly", "近150亿元"),
        ("zh_CN", 638_000_000, None, "more than", "超过6.38亿"),
        ("zh_CN", 620, None, "about", "约620"),
        ("ja_JP", 78_410_000_000, "USD", "exactly", "784億1000万ドル"),
        ("ja_JP", 620, None, "about", "約620"),
        ("de_DE", 15_000_000_000, "EUR", "exactly", "15 Milliarden Euro"),
        ("de_DE", 215_000, None, "about", "rund 215.000"),
        ("de_DE", 3_000, None, "nearly", "knapp 3.000"),
        ("de_DE", 2_350_000_000, "USD", "nearly", "knapp 2,35 Milliarden US-Dollar"),
        ("fr_FR", 15_000_000_000, "EUR", "nearly", "près de 15 milliards d\u2019euros"),
        ("fr_FR", 1_000_000, "USD", "exactly", "1 million de dollars"),
        ("fr_FR", 500, None, "more than", "plus de 500"),
        ("fr_FR", 500, "EUR", "exactly", f"500{NBSP}euros"),  # no line break after digits
        ("de_DE", 500, "EUR", "exactly", f"500{NBSP}Euro"),
        ("de_DE", 500, "GBP", "up to", f"bis zu 500{NBSP}Pfund"),
        ("fr_FR", 1, "EUR", "exactly", f"1{NBSP}euro"),
        ("en_GB", 15_000_000_000, "CNY", "nearly", f"nearly CNY{NBSP}15 billion"),
        # the locale's own currency as its readers write it; another country's by its code
        ("en_GB", 1_260_000, "GBP", "more than", "more than £1.26 million"),
        ("en_US", 31_400_000, "USD", "exactly", "$31.4 million"),
        ("en_IN", 1_260_000, "INR", "about", "about ₹12.6\u202flakh"),
        ("en_GB", 2_400_000, "USD", "exactly", f"USD{NBSP}2.4 million"),
        ("en_US", 2_400_000, "GBP", "exactly", f"GBP{NBSP}2.4 million"),
        ("de_DE", 2_400_000, "EUR", "exactly", "2,4 Millionen Euro"),
        # after a scale word the currency's plural follows the language's 'of'
        ("es_ES", 15_000_000_000, "EUR", "nearly", "casi 15.000 millones de euros"),  # as its press counts
        ("es_ES", 2_350_000_000, "USD", "about", "alrededor de 2350 millones de dólares"),
        ("es_ES", 3_000_000_000_000, "EUR", "exactly", "3 billones de euros"),  # a billón is 10¹²
        ("es_ES", 2_400_000, "USD", "exactly", "2,4 millones de dólares"),
        ("es_ES", 500, "EUR", "more than", f"más de 500{NBSP}euros"),
        ("es_ES", 1, "EUR", "exactly", f"1{NBSP}euro"),
        ("it_IT", 15_000_000_000, "EUR", "nearly", "quasi 15 miliardi di euro"),
        ("it_IT", 2_400_000, "USD", "exactly", "2,4 milioni di dollari"),
        ("it_IT", 500, "EUR", "exactly", f"500{NBSP}euro"),  # euro has no plural in Italian
        ("pt_BR", 13_600_000_000, "BRL", "nearly", "quase 13,6 bilhões de reais"),
        ("pt_BR", 500, "USD", "exactly", f"500{NBSP}dólares"),
        ("pt_PT", 15_000_000_000, "EUR", "exactly", "15 mil milhões de euros"),
        ("ko_KR", 120_000_000_000, "KRW", "about", "약 1200억 원"),
        ("ko_KR", 180_000_000, "KRW", "exactly", "1억\u00a08000만 원"),  # exact, never 2억, nor 1.8억
        ("ko_KR", 3_500_000, "KRW", "exactly", "350만 원"),
        ("ko_KR", 1_500, "KRW", "exactly", "1,500원"),
        ("ko_KR", 78_410_000_000, "USD", "exactly", "784억\u00a01000만 달러"),
        ("ko_KR", 15_000_000_000, "EUR", "more than", "150억 유로 이상"),
        ("nl_NL", 15_000_000_000, "EUR", "nearly", "bijna 15 miljard euro"),
        ("nl_NL", 2_400_000, "USD", "exactly", "2,4 miljoen dollar"),  # singular, as Dutch writes it
        ("nl_NL", 500, "GBP", "up to", f"tot 500{NBSP}pond"),
        # the amount before its currency, as the Danish and Norwegian press write it (review JJ:
        # never 'kr.47 millioner')
        ("da_DK", 47_000_000, "DKK", "nearly", "knap 47 millioner kroner"),
        ("da_DK", 6_300_000, "DKK", "about", "omkring 6,3 millioner kroner"),
        ("da_DK", 2_400_000_000, "EUR", "exactly", "2,4 milliarder euro"),
        ("da_DK", 500, "NOK", "exactly", f"500{NBSP}norske kroner"),
        ("nb_NO", 185_000_000, "NOK", "nearly", "nesten 185 millioner kroner"),
        ("nb_NO", 2_400_000, "DKK", "more than", "over 2,4 millioner danske kroner"),
        # a language with no words here puts the currency where its CLDR pattern does
        ("fi_FI", 2_400_000, "EUR", "exactly", "2,4 miljoonaa euroa"),
    ],
)
def test_currency_words_and_places(
    locale: str, value: int, currency: str | None, qualifier: str, expected: str
) -> None:
    figure = Figure(label="x", value=value, currency=currency, qualifier=qualifier)
    assert Formatter(locale).figure(figure) == expected


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("zh_CN", "近150亿 RMB"),  # the data's label replaces the word, in the language's place
        ("de_DE", "knapp 15 Milliarden RMB"),
        ("fr_FR", "près de 15 milliards RMB"),
        ("ja_JP", "150億 RMB近く"),
        ("en_GB", f"nearly RMB{NBSP}15 billion"),
    ],
)
def test_currency_labels_still_override(locale: str, expected: str) -> None:
    figure = Figure(label="x", value=15_000_000_000, currency="CNY", qualifier="nearly")
    assert Formatter(locale, {"CNY": "RMB"}).figure(figure) == expected


def test_conversions_carry_the_qualifier_in_place() -> None:
    figure = Figure(
        label="x",
        value=15_000_000_000,
        currency="CNY",
        qualifier="nearly",
        conversions={"USD": 2_100_000_000},
    )
    assert Formatter("zh_CN").conversions(figure) == "近21亿美元"
    assert Formatter("ja_JP").conversions(figure) == "21億ドル近く"
    assert Formatter("de_DE").conversions(figure) == "knapp 2,1 Milliarden US-Dollar"


NOON = dt.datetime(2023, 10, 22, 12, 0)
AFTERNOON = dt.datetime(2023, 11, 10, 14, 30)
AFTER_ONE = dt.datetime(2023, 10, 22, 1, 30)


@pytest.mark.parametrize(
    ("locale", "when", "expected"),
    [
        ("de_DE", NOON, "Stand: 22.\u00a0Oktober 2023, 12:00\u00a0Uhr"),
        ("fr_FR", NOON, "au 22 octobre 2023 à\u00a012\u00a0h"),
        ("zh_CN", NOON, "截至2023年10月22日12:00"),  # noon: never '12 下午'
        ("ja_JP", NOON, "2023年10月22日12:00時点"),
        ("en_GB", NOON, "as of\u00a012\u00a0pm on 22 October 2023"),
        ("de_DE", AFTERNOON, "Stand: 10.\u00a0November 2023, 14:30\u00a0Uhr"),
        ("fr_FR", AFTERNOON, "au 10 novembre 2023 à\u00a014\u00a0h\u00a030"),
        ("zh_CN", AFTERNOON, "截至2023年11月10日14:30"),
        ("ja_JP", AFTERNOON, "2023年11月10日14:30時点"),
        ("en_GB", AFTERNOON, "as of\u00a02:30\u00a0pm on 10 November 2023"),
        ("en_GB", dt.datetime(2022, 9, 3, 14, 0), "as of\u00a02\u00a0pm on 3 September 2022"),
        ("de_DE", dt.date(2023, 10, 22), "Stand: 22.\u00a0Oktober 2023"),
        ("fr_FR", dt.date(2023, 10, 22), "au 22 octobre 2023"),
        ("zh_CN", dt.date(2023, 10, 22), "截至2023年10月22日"),
        ("ja_JP", dt.date(2023, 10, 22), "2023年10月22日時点"),
        ("en_GB", dt.date(2023, 10, 22), "as of 22 October 2023"),
        ("es_ES", NOON, "al corte de las\u00a012:00 horas del 22 de octubre de 2023"),
        ("es_ES", AFTERNOON, "al corte de las\u00a014:30 horas del 10 de noviembre de 2023"),
        # one o'clock is singular
        ("es_ES", AFTER_ONE, "al corte de la\u00a01:30 horas del 22 de octubre de 2023"),
        ("es_ES", dt.date(2023, 10, 22), "a 22 de octubre de 2023"),
        ("it_IT", NOON, "dato alle ore\u00a012:00 del 22 ottobre 2023"),
        ("it_IT", AFTERNOON, "dato alle ore\u00a014:30 del 10 novembre 2023"),
        ("it_IT", AFTER_ONE, "dato alle ore\u00a01:30 del 22 ottobre 2023"),
        ("it_IT", dt.date(2023, 10, 1), "al 1º ottobre 2023"),  # the 1st is an ordinal in Italian
        ("pt_BR", NOON, "até às\u00a012h de 22 de outubro de 2023"),
        ("pt_BR", AFTERNOON, "até às\u00a014h30 de 10 de novembro de 2023"),
        ("pt_BR", AFTER_ONE, "até à\u00a01h30 de 22 de outubro de 2023"),
        ("pt_BR", dt.date(2023, 10, 1), "até 1º de outubro de 2023"),  # Brazil: 1º de outubro
        ("pt_PT", dt.date(2023, 10, 1), "até 1 de outubro de 2023"),  # Portugal: 1 de outubro
        ("ko_KR", NOON, "2023년 10월 22일 오후\u00a012시\u00a0기준"),
        ("ko_KR", AFTERNOON, "2023년 11월 10일 오후\u00a02시\u00a030분\u00a0기준"),
        ("ko_KR", dt.date(2023, 10, 22), "2023년 10월 22일\u00a0기준"),
        ("nl_NL", NOON, "stand per 22 oktober 2023, 12.00\u00a0uur"),
        ("nl_NL", AFTERNOON, "stand per 10 november 2023, 14.30\u00a0uur"),
        ("nl_NL", dt.date(2023, 10, 22), "stand per 22 oktober 2023"),
        ("da_DK", dt.datetime(2026, 9, 20, 18, 0), "pr. 20.\u00a0september 2026 kl.\u00a018.00"),
        ("da_DK", AFTERNOON, "pr. 10.\u00a0november 2023 kl.\u00a014.30"),
        ("da_DK", dt.date(2023, 10, 22), "pr. 22.\u00a0oktober 2023"),
        ("nb_NO", AFTERNOON, "per 10.\u00a0november 2023 kl.\u00a014.30"),
        ("nb_NO", dt.date(2023, 10, 22), "per 22.\u00a0oktober 2023"),
    ],
)
def test_the_whole_as_of_phrase_in_each_language(locale: str, when: dt.date, expected: str) -> None:
    # the word that introduces a time is tied to it ('kl. 18.00'): the Danish band set 'kl.' over '18.00'
    figure = Figure(label="x", value=1, as_of=when)
    assert Formatter(locale).as_of(figure) == expected


@pytest.mark.parametrize(
    ("locale", "start", "end", "expected"),
    [
        ("de_DE", dt.date(2023, 10, 18), dt.date(2023, 10, 22), "18.–22.\u00a0Oktober 2023"),
        (
            "de_DE",
            dt.date(2023, 9, 30),
            dt.date(2023, 10, 2),
            f"30.\u00a0September{THIN}–{THIN}2.\u00a0Oktober 2023",
        ),
        ("fr_FR", dt.date(2023, 10, 18), dt.date(2023, 10, 22), "18–22 octobre 2023"),
        # CLDR's interval, joined by 至 as Chinese editors write a range, never a spaced dash
        ("zh_CN", dt.date(2023, 10, 18), dt.date(2023, 10, 22), "2023年10月18日至22日"),
        ("zh_CN", dt.date(2023, 9, 29), dt.date(2023, 10, 2), "2023年9月29日至10月2日"),
        ("zh_CN", dt.date(2023, 12, 30), dt.date(2024, 1, 2), "2023年12月30日至2024年1月2日"),
        ("zh_Hant_TW", dt.date(2023, 10, 18), dt.date(2023, 10, 22), "2023年10月18日至22日"),
        ("ja_JP", dt.date(2023, 10, 18), dt.date(2023, 10, 22), "2023年10月18日～22日"),
        ("ja_JP", dt.date(2023, 12, 30), dt.date(2024, 1, 2), "2023年12月30日～2024年1月2日"),
        ("en_GB", dt.date(2025, 10, 14), dt.date(2025, 10, 17), "14–17 October 2025"),
        ("en_US", dt.date(2025, 10, 14), dt.date(2025, 10, 17), "October 14–17, 2025"),
        # the long date's 'de' and unpadded day, never CLDR's short month's '18–22 octubre 2023'
        ("es_ES", dt.date(2023, 10, 18), dt.date(2023, 10, 22), "18–22 de octubre de 2023"),
        (
            "es_ES",
            dt.date(2023, 9, 30),
            dt.date(2023, 10, 2),
            f"30 de septiembre{THIN}–{THIN}2 de octubre de 2023",
        ),
        ("it_IT", dt.date(2023, 9, 30), dt.date(2023, 10, 2), f"30 settembre{THIN}–{THIN}2 ottobre 2023"),
        ("it_IT", dt.date(2024, 10, 1), dt.date(2024, 10, 5), "1º–5 ottobre 2024"),
        # the days of one month closed up, as the other languages set them (review U: '21 – 23')
        ("pt_BR", dt.date(2024, 10, 1), dt.date(2024, 10, 5), "1º–5 de outubro de 2024"),
        ("pt_BR", dt.date(2026, 8, 21), dt.date(2026, 8, 23), "21–23 de agosto de 2026"),
        ("pt_PT", dt.date(2024, 10, 1), dt.date(2024, 10, 5), "1–5 de outubro de 2024"),
        ("ko_KR", dt.date(2023, 10, 18), dt.date(2023, 10, 22), "2023년 10월 18일~22일"),
        ("nl_NL", dt.date(2023, 10, 18), dt.date(2023, 10, 22), "18–22 oktober 2023"),
    ],
)
def test_date_ranges_per_cldr_with_the_months_full_name(
    locale: str, start: dt.date, end: dt.date, expected: str
) -> None:
    assert Formatter(locale).date_range(start, end) == expected


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("zh_CN", "6.7%"),
        ("en_GB", "6.7%"),
        ("de_DE", f"6,7{NBSP}%"),
        ("fr_FR", f"6,7{NBSP}%"),
        ("ja_JP", "6.7%"),
        ("es_ES", f"6,7{NBSP}%"),
        ("it_IT", "6,7%"),
        ("pt_BR", "6,7%"),
        ("ko_KR", "6.7%"),
        ("nl_NL", "6,7%"),
    ],
)
def test_percent_per_locale(locale: str, expected: str) -> None:
    assert Formatter(locale).percent(0.067) == expected


def test_the_qualifier_filter_gives_the_words_alone() -> None:
    assert Formatter("ja_JP").qualifier("more than") == "以上"
    assert Formatter("zh_CN").qualifier("nearly") == "近"
    assert Formatter("fr_FR").qualifier("up to") == "jusqu\u2019à"
    assert Formatter("de_DE").qualifier("exactly") == ""
    assert Formatter("ko_KR").qualifier("more than") == "이상"
    assert Formatter("it_IT").qualifier("up to") == "fino a"


def test_traditional_chinese_has_its_own_characters() -> None:
    figure = Figure(label="x", value=3400, qualifier="more than", unit="家")
    assert Formatter("zh_TW").figure(figure, unit=True) == "超過3,400家"
    assert Formatter("zh_Hant_HK").qualifier("about") == "約"


def test_a_language_without_words_prints_english_and_says_so() -> None:
    figure = Figure(label="x", value=3400, qualifier="more than")
    assert Formatter("fi_FI").figure(figure) == "more than 3\u00a0400"
    assert missing_warning("fi_FI") == (
        "formatting.locale fi_FI: reportgen has no 'fi' words for qualifiers, currencies and 'as of' "
        "times, so they are printed in English ('more than', 'as of'); languages with their own "
        "words: da, de, en, es, fr, it, ja, ko, nb, nl, pl, pt, pt_PT, sv, tr, zh, zh_Hant "
        "(see `reportgen docs data`)"
    )
    for locale in (
        "es_ES",
        "es_MX",
        "it_IT",
        "pt_BR",
        "pt_PT",
        "pt_AO",
        "ko_KR",
        "nl_NL",
        "nl_BE",
        "pl_PL",
        "sv_SE",
        "sv_FI",
        "da_DK",
        "nb_NO",
        "tr_TR",
    ):
        assert missing_warning(locale) is None, locale
    assert missing_warning("en_US") is None
    assert missing_warning("en_IN") is None
    assert missing_warning("de_AT") is None


@pytest.mark.parametrize(
    ("style", "expected"),
    [("long", "1er octobre 2023"), ("full", "dimanche 1er octobre 2023"), ("short", "01/10/2023")],
)
def test_french_writes_the_first_of_the_month_as_an_ordinal(style: str, expected: str) -> None:
    assert Formatter("fr_FR").date(dt.date(2023, 10, 1), style) == expected
    assert Formatter("fr_FR").as_of(Figure(label="x", value=1, as_of=dt.date(2023, 10, 1))) == (
        "au 1er octobre 2023"
    )
    assert Formatter("de_DE").date(dt.date(2023, 10, 1)) == "1.\u00a0Oktober 2023"


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("de_DE", "6,7\u00a0%"),
        ("fr_FR", "6,7\u00a0%"),
        ("zh_CN", "6.7%"),
        ("ja_JP", "6.7%"),
        ("en_GB", "6.7%"),
    ],
)
def test_a_percentage_unit_is_set_as_the_languages_percent_pattern(locale: str, expected: str) -> None:
    """A figure with `unit: "%"` reads as CLDR writes a percentage: '6.7%' in Chinese, never '6.7 %'."""
    assert Formatter(locale).figure(Figure(label="x", value=6.7, unit="%"), unit=True) == expected


def test_a_german_day_keeps_its_month_and_a_french_first_is_1er_in_a_range() -> None:
    de, fr = Formatter("de_DE"), Formatter("fr_FR")
    assert de.date(dt.date(2023, 10, 22)) == "22.\u00a0Oktober 2023"
    assert fr.date_range(dt.date(2024, 10, 1), dt.date(2024, 10, 5)) == "1er–5 octobre 2024"
    assert (
        fr.date_range(dt.date(2024, 9, 30), dt.date(2024, 10, 1))
        == "30 septembre\u2009–\u20091er octobre 2024"
    )
    assert fr.date_range(dt.date(2024, 10, 11), dt.date(2024, 10, 15)) == "11–15 octobre 2024"


@pytest.mark.parametrize(
    ("locale", "credit"),
    [
        ("en_GB", "\u2014\u00a0"),
        ("de_DE", "\u2014\u00a0"),
        ("fr_FR", "\u2014\u00a0"),
        ("zh_CN", "——"),
        ("ja_JP", "——"),
    ],
)
def test_a_quote_is_credited_with_the_languages_dash(locale: str, credit: str) -> None:
    from reportgen.data.punctuation import punctuation

    assert punctuation(locale).credit == credit


@pytest.mark.parametrize(
    ("label", "unit", "names"),
    [
        ("Kongressteilnehmer", "Teilnehmer", True),  # a German compound names what it counts
        ("Herkunftsländer", "Länder", True),
        ("Fachbesucher", "Besucher", True),
        ("Ausstellungsfläche", "m²", False),
        ("观众人次", "人次", True),
        ("出展社", "社", False),  # a one-character counter is printed: '3,400社以上'
        ("参展企业", "家", False),
    ],
)
def test_a_label_names_its_unit_in_each_language(label: str, unit: str, names: bool) -> None:
    from reportgen.data.plan.unit_names import _names_unit

    assert _names_unit(label, unit) is names


@pytest.mark.parametrize(
    ("locale", "value", "expected"),
    [
        ("zh_CN", 620_000, "62万"),  # '62万人次', as the Chinese press writes it
        ("zh_CN", 120_000, "12万"),
        ("zh_CN", 235_000, "23.5万"),
        ("zh_CN", 12_345, "12,345"),  # 1.2345万 is no count a reader says: every digit
        ("zh_CN", 4_200, "4,200"),
        ("ja_JP", 60_000, "6万"),
        ("en_GB", 620_000, "620,000"),
        ("de_DE", 620_000, "620.000"),
    ],
)
def test_a_language_that_groups_by_wan_prints_counts_from_ten_thousand_with_it(
    locale: str, value: int, expected: str
) -> None:
    assert Formatter(locale).number(value) == expected


@pytest.mark.parametrize(
    ("locale", "qualifier", "expected"),
    [
        ("zh_CN", "more than", "超过12万m²"),  # no space after 万: '12万 m²' is no Chinese press's
        ("ja_JP", "more than", "12万m²以上"),
        ("zh_CN", "exactly", "12万m²"),
        ("de_DE", "exactly", f"120.000{NBSP}m²"),  # a space, and no break, after digits
        ("en_GB", "about", f"about{NBSP}120,000{NBSP}m²"),
    ],
)
def test_a_unit_symbol_after_a_chinese_or_japanese_scale_word_has_no_space(
    locale: str, qualifier: str, expected: str
) -> None:
    figure = Figure(label="Exhibition area", value=120_000, unit="m²", qualifier=qualifier)
    assert typographic(Formatter(locale).figure(figure, unit=True), locale) == expected


def test_a_latin_unit_is_told_from_a_cjk_measure_without_reading_cjk_locale_data() -> None:
    """CLDR's Chinese, Japanese and Korean unit names (about 4 MiB of Babel's locale data) are
    read only for a unit written in those scripts: an English build never loads them."""
    import subprocess
    import sys

    script = (
        "import babel.localedata as data\n"
        "from reportgen.data.phrases import is_cjk_measure\n"
        "print(is_cjk_measure('visitors'), is_cjk_measure(' km '), sorted(data._cache))\n"
        "print(is_cjk_measure('時間'), is_cjk_measure('社'), 'ja' in data._cache)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.split("\n")[:2] == ["False False []", "True False True"]
