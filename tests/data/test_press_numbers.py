"""A number prints as a native editor of each language writes it (issue 19, "a number prints
exactly in every language").

- Korean writes a count of 만 and 억 whole, each group of 10⁴ with its word, spaced as the
  orthography sets them (한글 맞춤법 제44항: '12억 3456만 7898'): '25만 1000명', '1조 2000억 원',
  never '25.1만 명'; Japanese the same without spaces ('25万1000'); Chinese press writes '25.1万'.
- Taiwan and Hong Kong group the count before 億 ('5,300億') and name a currency called …幣
  before the amount, its 元 after ('近新臺幣5,300億元', '港幣530億元'), as Xinhua does for the
  New Taiwan dollar ('新台币5300亿元'); Hong Kong counts in 萬, 億 and 萬億, never CLDR's '53B'.
- CLDR's minimumGroupingDigits, which Babel ignores: a four-digit number has no group mark in
  Spanish, Polish, European Portuguese, Italian ('5200'), and has one in Mexico, Brazil, Germany.
"""

from __future__ import annotations

import pytest

from reportgen.data.formatting import Formatter
from reportgen.data.grouping import min_grouping_digits, power_ticks_format
from reportgen.data.model import Figure, Qualifier
from reportgen.data.typography import WORD_JOINER, bind_cjk_numbers, tie_korean_amount

NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("locale", "value", "expected"),
    [
        ("ko_KR", 251_000, f"25만{NBSP}1000"),  # never '25.1만'
        ("ko_KR", 250_000, "25만"),
        ("ko_KR", 12_400, f"1만{NBSP}2400"),
        ("ko_KR", 9_999, "9,999"),  # below 만: the digits
        ("ko_KR", 638_000_000, f"6억{NBSP}3800만"),
        ("ko_KR", 1_200_000_000_000, f"1조{NBSP}2000억"),
        ("ko_KR", 120_000_000_000, "1200억"),  # the count of one word is not grouped
        ("ko_KR", 300_050_001, f"3억{NBSP}5만{NBSP}1"),
        ("ko_KR", -251_000, f"\u221225만{NBSP}1000"),
        ("ja_JP", 251_000, "25万1000"),
        ("ja_JP", 1_200_000_000_000, "1兆2000億"),
        ("zh_CN", 251_000, "25.1万"),  # Xinhua writes '25.1万人次'
        ("zh_CN", 530_000_000_000, "5300亿"),
        ("zh_Hant_TW", 251_000, "25.1萬"),
        ("zh_Hant_TW", 530_000_000_000, "5,300億"),
        ("zh_Hant_TW", 128_500_000, "1億2,850萬"),
        ("zh_Hant_HK", 53_000_000_000, "530億"),  # CLDR's zh_Hant_HK data prints '53B'
        ("zh_Hant_HK", 1_200_000, "120萬"),
        ("zh_HK", 530_000_000_000, "5,300億"),
        ("zh_Hant_HK", 1_200_000_000_000, "1.2萬億"),  # Hong Kong's word; Taiwan's is 兆
        ("zh_Hant_TW", 1_200_000_000_000, "1.2兆"),
        ("zh_Hant_HK", 1_234_567_890_123, "1萬億2,345億6,789萬123"),
    ],
)
def test_a_count_of_myriads_as_the_languages_press_writes_it(locale: str, value: int, expected: str) -> None:
    assert Formatter(locale).number(value) == expected


@pytest.mark.parametrize(
    ("value", "qualifier", "expected"),
    [
        (251_000, "about", f"약 25만{NBSP}1000명"),
        (250_000, "about", "약 25만 명"),
        (251_000, "more than", f"25만{NBSP}1000명 이상"),
        (251_000, "nearly", f"25만{NBSP}1000명 가까이"),
        (3_400, "exactly", "3,400명"),
    ],
)
def test_a_korean_count_with_its_counter_and_qualifier(value: int, qualifier: str, expected: str) -> None:
    figure = Figure(label="관람객", value=value, unit="명", qualifier=Qualifier(qualifier))
    assert Formatter("ko_KR").figure(figure, unit=True) == expected


@pytest.mark.parametrize(
    ("locale", "value", "currency", "qualifier", "expected"),
    [
        ("ko_KR", 1_200_000_000_000, "KRW", "exactly", f"1조{NBSP}2000억 원"),
        ("ko_KR", 150_000_000, "KRW", "about", f"약 1억{NBSP}5000만 원"),
        ("ko_KR", 530_000_000_000, "TWD", "exactly", "5300억 대만달러"),  # not CLDR's '신 타이완 달러'
        ("ko_KR", 328_000_000, "USD", "nearly", f"3억{NBSP}2800만 달러 가까이"),
        ("zh_Hant_TW", 530_000_000_000, "TWD", "nearly", "近新臺幣5,300億元"),
        ("zh_Hant_TW", 15_000_000_000, "CNY", "exactly", "人民幣150億元"),
        ("zh_Hant_TW", 53_000_000_000, "HKD", "exactly", "港幣530億元"),
        ("zh_Hant_TW", 16_500_000_000, "USD", "nearly", "近165億美元"),
        ("zh_Hant_TW", 300_000_000, "JPY", "exactly", "3億日圓"),
        ("zh_Hant_TW", 1_200_000_000_000, "KRW", "exactly", "1.2兆韓元"),
        ("zh_Hant_HK", 53_000_000_000, "HKD", "more than", "超過港幣530億元"),
        ("zh_Hant_HK", 5_300_000_000, "USD", "exactly", "53億美元"),
        ("zh_CN", 530_000_000_000, "TWD", "nearly", "近新台币5300亿元"),
        ("zh_CN", 15_000_000_000, "CNY", "nearly", "近150亿元"),  # Xinhua's: 人民币 beside another
        ("zh_CN", 53_000_000_000, "HKD", "exactly", "530亿港元"),
        ("ja_JP", 1_200_000_000_000, "KRW", "exactly", "1兆2000億ウォン"),
        ("ja_JP", 530_000_000_000, "TWD", "exactly", "5300億台湾ドル"),
    ],
)
def test_money_in_each_chinese_japanese_and_korean_press(
    locale: str, value: int, currency: str, qualifier: str, expected: str
) -> None:
    figure = Figure(label="x", value=value, currency=currency, qualifier=Qualifier(qualifier))
    assert Formatter(locale).figure(figure) == expected


@pytest.mark.parametrize(
    ("labels", "expected", "word"),
    [
        ({}, "新臺幣5,300億元", "新臺幣元"),  # '單位：新臺幣元', as Taiwan's tables write it
        ({"TWD": "新臺幣"}, "新臺幣5,300億元", "新臺幣"),  # the label in the name's place
        ({"TWD": "NT$"}, "NT$5,300億元", "NT$"),
        ({"TWD": "TWD"}, f"TWD{NBSP}5,300億元", "TWD"),
    ],
)
def test_a_label_takes_the_place_of_a_currency_named_before(
    labels: dict[str, str], expected: str, word: str
) -> None:
    fmt = Formatter("zh_Hant_TW", labels)
    assert fmt.money(530_000_000_000, "TWD") == expected
    assert fmt.currency_word("TWD") == word


@pytest.mark.parametrize(
    ("locale", "text", "expected"),
    [
        ("ko_KR", f"2억{NBSP}1500만 회", f"2{WORD_JOINER}억{NBSP}1500{WORD_JOINER}만{NBSP}회"),
        # a stacked bar's label set '약 3400억 / 원': the counter or currency stays with its amount
        ("ko_KR", "약 3400억 원", f"약 3400{WORD_JOINER}억{NBSP}원"),
        ("ko_KR", "1조 2400억 원", f"1{WORD_JOINER}조{NBSP}2400{WORD_JOINER}억{NBSP}원"),
        ("ko_KR", "3억 유로화를 받았다", f"3{WORD_JOINER}억 유로화를 받았다"),  # a word of its own
        ("zh_Hant_TW", "近新臺幣5,300億元", "近⁠新⁠臺⁠幣⁠5,300⁠億⁠元"),
    ],
)
def test_a_number_and_its_words_stay_on_one_line(locale: str, text: str, expected: str) -> None:
    assert bind_cjk_numbers(text, locale) == expected


@pytest.mark.parametrize(
    ("locale", "values"),
    [
        ("es_ES", ("5200", "52.000", "1234,5", "2400 millones")),  # RAE: no point in 4 digits
        ("es_MX", ("5,200", "52,000", "1,234.5", "2,400 millones")),  # es_419: CLDR's 1
        ("pl_PL", ("5200", f"52{NBSP}000", "1234,5", f"2,4{NBSP}mld")),  # the press's short word
        ("pt_PT", ("5200", f"52{NBSP}000", "1234,5", "2,4 mil milhões")),
        ("pt_CH", ("5200", f"52{NBSP}000", "1234,5", "2,4 mil milhões")),  # inherits pt_PT
        ("pt_BR", ("5.200", "52.000", "1.234,5", "2,4 bilhões")),
        ("it_IT", ("5200", "52.000", "1234,5", "2,4 miliardi")),
        ("it_CH", ("5200", "52’000", "1234,5", "2,4 miliardi")),  # prose's comma, as in de_CH
        ("de_DE", ("5.200", "52.000", "1.234,5", "2,4 Milliarden")),
        ("fr_FR", ("5\u202f200", "52\u202f000", "1\u202f234,5", "2,4 milliards")),
        ("en_GB", ("5,200", "52,000", "1,234.5", "2.4 billion")),
    ],
)
def test_cldr_minimum_grouping_digits(locale: str, values: tuple[str, ...]) -> None:
    fmt = Formatter(locale)
    assert tuple(fmt.number(v) for v in (5200, 52_000, 1234.5, 2_400_000_000)) == values


def test_minimum_grouping_reaches_money_and_negative_numbers() -> None:
    assert Formatter("es_ES").money(5200, "EUR") == f"5200{NBSP}euros"
    assert Formatter("pl_PL").number(-5200) == "\u22125200"
    assert Formatter("es_ES").number(-52_000) == "\u221252.000"


@pytest.mark.parametrize(
    ("locale", "digits", "ticks"),
    [
        ("es_ES", 2, "[<1]0.############;[<10000]0;#,##0"),
        ("es_AR", 1, "[<1]0.############;#,##0"),
        ("pt_PT", 2, "[<1]0.############;[<10000]0;#,##0"),
        ("de_DE", 1, "[<1]0.############;#,##0"),
        ("ko_KR", 1, "[<1]0.############;#,##0"),
    ],
)
def test_the_grouping_data_and_the_axis_format(locale: str, digits: int, ticks: str) -> None:
    assert min_grouping_digits(locale) == digits
    assert power_ticks_format(locale) == ticks


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("약 3400억 원", f"약 3400억{NBSP}원"),  # a stacked bar's label: never '약 3400억 / 원'
        ("1조 2400억 원", f"1조{NBSP}2400억{NBSP}원"),
        ("3억 유로화를 받았다", "3억 유로화를 받았다"),
    ],
)
def test_a_korean_chart_label_keeps_its_amount_whole(text: str, expected: str) -> None:
    assert tie_korean_amount(text, "ko_KR") == expected
    assert tie_korean_amount(text, "ja_JP") == text


@pytest.mark.parametrize(
    ("locale", "value", "currency", "expected"),
    [
        ("pt_PT", 89.5, "EUR", "89,50\u00a0euros"),  # review T read 'Cada queijo custa 89,5 euros'
        ("en_US", 1234.5, "USD", "$1,234.50"),
        ("de_CH", 1234.5, "CHF", "1’234.50\u00a0Franken"),
        ("it_CH", 12345.5, "CHF", "12’345.50\u00a0franchi"),  # a Swiss amount's point, in Italian too
        ("en_ZA", 1234.5, "ZAR", "R1\u00a0234.50"),  # the press's point, not CLDR's comma
        ("ja_JP", 12.5, "JPY", "12.5円"),  # a yen has no cents to add
        ("fr_FR", 0.125, "EUR", "0,125\u00a0euro"),  # more decimals than cents: as written
        ("en_GB", 15, "GBP", "£15"),  # a whole amount gains none
        ("de_DE", 1_500_000, "EUR", "1,5 Millionen Euro"),  # a scale word's count gains none
    ],
)
def test_an_amount_with_cents_prints_all_its_currencys_decimals(
    locale: str, value: float, currency: str, expected: str
) -> None:
    assert Formatter(locale).money(value, currency) == expected


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        # review X: the Ticino press writes '2,35 milioni di franchi' (CLDR's it_CH has a point)
        ("it_CH", ("2,35 milioni di franchi", "5,2%")),
        # review X: a South African quote's 'R14.6 million' printed beside CLDR's 'R14,6 million'
        ("en_ZA", ("R14.6 million", "5.2%")),
        ("de_CH", ("2,35 Millionen Franken", "5,2%")),
        ("en_GB", ("£2.35 million", "5.2%")),
    ],
)
def test_prose_takes_the_decimal_mark_of_its_press(locale: str, expected: tuple[str, str]) -> None:
    fmt = Formatter(locale)
    currency = {"it_CH": "CHF", "de_CH": "CHF", "en_ZA": "ZAR", "en_GB": "GBP"}[locale]
    amount = fmt.money(2_350_000 if locale != "en_ZA" else 14_600_000, currency)
    assert (amount, fmt.percent(0.052, 1)) == expected
