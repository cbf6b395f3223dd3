"""Every printed number reads back to its value, or says it is rounded (issue 16, item 6).

Chinese and Japanese group large numbers by 10⁴ (万, 亿 / 億), Korean too (만, 억), Indian English
by lakh and crore: choosing the decimals in thousands printed 180,000,000 as "2亿". These tests
read each printed figure back with the locale's own compact words and separators, as a reader
does, and compare it with the exact value.
"""

from __future__ import annotations

import re
from decimal import Decimal, localcontext
from functools import cache

import pytest
from babel import Locale
from babel.numbers import parse_decimal
from hypothesis import given, settings
from hypothesis import strategies as st

from reportgen.data.derive import derive
from reportgen.data.formatting import Formatter, is_symbol, money_locale
from reportgen.data.load import parse_yaml
from reportgen.data.model import EventSummary, Figure, Qualifier

LOCALES = ["en_GB", "en_US", "en_IN", "de_DE", "fr_FR", "zh_CN", "ja_JP", "ko_KR"]
LOCALES += ["es_ES", "it_IT", "pt_BR", "pt_PT", "nl_NL"]  # each language with words of its own
LOCALES += ["de_CH", "fr_CH", "it_CH"]  # apostrophe group marks, which Babel lost in pairs
LOCALES += ["en_ZA"]  # the press's decimal point against CLDR's comma
LOCALES += ["es_MX", "fr_CA", "en_AU", "hi_Latn_IN"]  # grouped counts before words, other dollars


def unqualified(text: str, fmt: Formatter, qualifier: str) -> str:
    """`text` without its qualifier's words, wherever the language puts them ('3,400以上')."""
    before, after = fmt.words.qualifiers[Qualifier(qualifier)].split("{}")
    assert text.startswith(before) and text.endswith(after), (text, before, after)
    return text[len(before) : len(text) - len(after)]


def amount_of(money: str, fmt: Formatter, label: str) -> str:
    """The number in `money`, written with `label` before it (English) or after it (others)."""
    if fmt.words.currency_first:
        gap = "" if is_symbol(label) else "\u00a0"  # 'US$2.35 billion', 'RMB 15 billion'
        assert money.startswith(f"{label}{gap}"), money
        return money.removeprefix(f"{label}{gap}")
    amount = money.removesuffix(label)
    assert amount != money and amount[-1] in "\u00a0 ", money  # no break after digits, one after words
    assert (amount[-1] == "\u00a0") == amount[-2].isdigit(), money
    return amount[:-1]


@cache
def words(locale: str) -> tuple[tuple[str, int], ...]:
    """(word, power of ten it multiplies by) for each compact word of the locale, longest first:
    ('亿', 8), ('万', 4), ('\u202flakh\u202fcrore', 12), (' million', 6) ..."""
    found: dict[str, int] = {}
    length = "short" if Formatter(locale).words.short_scale else "long"  # Polish 'mln', 'mld'
    for forms in Locale.parse(locale).compact_decimal_formats[length].values():
        for magnitude, pattern in forms.items():
            if "0" not in pattern.pattern:
                continue  # French 'mille' for exactly 1000, which numbers below a million never use
            match = re.fullmatch(r"([^0]*)(0+)([^0]*)", pattern.pattern)
            assert match is not None and not match.group(1), pattern.pattern
            if match.group(3):
                power = len(magnitude) - len(match.group(2))
                assert found.setdefault(match.group(3), power) == power, (locale, pattern.pattern)
                found.setdefault(match.group(3).replace("\u00a0", " "), power)  # as a reader sees it
    return tuple(sorted(found.items(), key=lambda item: -len(item[0])))


def read_back(text: str, locale: str) -> Decimal:
    """The value a reader of `locale` takes `text` to mean: digits, separators and compact words,
    one after another in Chinese and Japanese ('1億2850万': 1×10⁸ + 2850×10⁴), in Korean with a
    no-break space between them ('25만\u00a01000')."""
    text = text.replace("\u2212", "-")  # the minus sign the documents print (U+2212)
    if text.startswith("-") and not text.startswith("-", 1):
        with localcontext(prec=400):  # negation rounds to the context's precision (28 digits)
            return -read_back(text[1:], locale)
    for word, power in sorted(words(locale), key=lambda item: -item[1]):  # 亿 before 万
        head, found, tail = text.partition(word)
        tail = tail.removeprefix("\u00a0") if locale.startswith("ko") else tail
        if found and head and tail[:1].isdigit():
            with localcontext(prec=400):
                return read_back(head, locale).scaleb(power) + read_back(tail, locale)
    for word, power in words(locale):
        if text.endswith(word) and text != word:
            return read_back(text[: -len(word)], locale).scaleb(power)
    if "\u2019" in text:  # Swiss: 1’234’567.25, grouped by threes (Babel's strict check loses the marks)
        assert re.fullmatch(r"\d{1,3}(?:\u2019\d{3})*(?:[.,]\d+)?", text), f"not a Swiss number: {text!r}"
        text = text.replace("\u2019", "")
    if locale in ("de_CH", "de_LI", "it_CH"):  # prose's decimal comma ('86,5'), or an amount's point
        text = text.replace(",", ".")
    if locale == "en_ZA":  # the press's decimal point ('14.6'), where CLDR reads a comma
        text = text.replace(".", ",")
    assert re.fullmatch(r"-?[0-9][0-9.,\u202f\u00a0 ]*", text), f"not a number: {text!r}"
    with localcontext(prec=400):  # Babel's strict check formats the number again
        return parse_decimal(text, locale=locale, strict=True)


def exact(value: int | float | Decimal) -> Decimal:
    return Decimal(repr(value)) if isinstance(value, float) else Decimal(value)


VALUES = st.one_of(
    st.integers(-(10**19), 10**19),
    st.builds(lambda m, e: Decimal(m).scaleb(e), st.integers(-99_999, 99_999), st.integers(-6, 17)),
    st.builds(lambda m, e: m * 10**e, st.integers(1, 9999), st.integers(0, 16)),  # round amounts
    # as many digits as an event's value may have (10¹⁸ with 12 decimals: 31), and more
    st.builds(lambda m, e: Decimal(f"{m}E{e}"), st.integers(-(10**34), 10**34), st.integers(-12, 2)),
    st.floats(min_value=-1e18, max_value=1e18, allow_nan=False, allow_infinity=False),
)


@settings(max_examples=300, deadline=None)
@given(locale=st.sampled_from(LOCALES), value=VALUES)
def test_every_printed_number_reads_back_exactly(locale: str, value: int | float | Decimal) -> None:
    fmt = Formatter(locale, {"CNY": "RMB"})
    assert read_back(fmt.number(value), locale) == exact(value)
    # a foreign currency in en_IN is written in the language's common words (USD 2.2 billion)
    money_read = money_locale(locale, "CNY")
    assert read_back(amount_of(fmt.money(value, "CNY"), fmt, "RMB"), money_read) == exact(value)


@settings(max_examples=300, deadline=None)
@given(
    locale=st.sampled_from(LOCALES),
    value=st.integers(0, 10**16)
    | st.builds(lambda m, e: Decimal(m).scaleb(e), st.integers(1, 99_999), st.integers(-2, 12)),
    qualifier=st.sampled_from(["exactly", "nearly", "about", "more than", "at least", "up to", "less than"]),
)
def test_every_figure_reads_back_exactly_after_its_qualifier(
    locale: str, value: int | Decimal, qualifier: str
) -> None:
    fmt = Formatter(locale, {"CNY": "RMB", "USD": "US$"})
    figure = Figure(label="x", value=value, qualifier=qualifier, currency="CNY", conversions={"USD": value})
    text = unqualified(fmt.figure(figure), fmt, qualifier)
    assert read_back(amount_of(text, fmt, "RMB"), money_locale(locale, "CNY")) == exact(value)
    conversion = unqualified(fmt.conversions(figure), fmt, qualifier)
    assert read_back(amount_of(conversion, fmt, "US$"), money_locale(locale, "USD")) == exact(value)


@settings(max_examples=300, deadline=None)
@given(
    locale=st.sampled_from(LOCALES),
    share=st.fractions(0, 1, max_denominator=1000) | st.floats(0, 1),
    digits=st.integers(0, 3),
)
def test_a_percentage_is_exact_or_says_about(locale: str, share: object, digits: int) -> None:
    fmt = Formatter(locale)
    value = Decimal(share.numerator) / Decimal(share.denominator) if hasattr(share, "numerator") else share
    value = exact(value)
    text = fmt.percent(value, digits)
    assert text.endswith("%")
    about = fmt.qualified("about", "")
    shown = read_back(text.removeprefix(about).removesuffix("%").rstrip("\u00a0\u202f"), locale)
    if text.startswith(about):
        assert abs(shown - value.scaleb(2)) <= Decimal(5).scaleb(-digits - 1)
        assert shown != value.scaleb(2)
    else:
        assert shown == value.scaleb(2)


@pytest.mark.parametrize(
    ("locale", "value", "text"),
    [
        ("zh_CN", 180_000_000, "1.8亿"),
        ("zh_CN", 638_000_000, "6.38亿"),
        ("zh_CN", 170_000_000, "1.7亿"),
        ("zh_CN", 70_000_000, "7000万"),
        ("ja_JP", 180_000_000, "1億8000万"),  # as NHK and Kyodo write it, never 1.8億
        ("ja_JP", 638_000_000, "6億3800万"),
        ("ko_KR", 638_000_000, "6억\u00a03800만"),  # '6억3800만', as Korean papers write it
        ("en_IN", 180_000_000, "18\u202fcrore"),
        ("en_IN", 638_000_000, "63.8\u202fcrore"),
        ("en_IN", 123_456_789, "12,34,56,789"),
        # 1.23456789亿 would need eight decimals: its 亿 and 万 with their counts, exact
        ("zh_CN", 123_456_789, "1亿2345万6789"),
        ("ja_JP", 128_500_000, "1億2850万"),  # never 128,500,000 (a reviewer's 円)
        ("zh_CN", 90_512_345, "90,512,345"),  # below 10⁸ the digits read as they are
        ("ko_KR", 128_500_000, "1억\u00a02850만"),  # 만 groups spaced (한글 맞춤법 제44항)
        ("en_GB", 638_000_000, "638 million"),
        ("de_DE", 1_500_000_000, "1,5 Milliarden"),
    ],
)
def test_the_briefs_examples(locale: str, value: int, text: str) -> None:
    assert Formatter(locale).number(value) == text


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (12_400, "1万2400"),  # a reviewer's '1.24万件': Chinese usage; NHK writes '1万2396人'
        (38_600, "3万8600"),
        (30_000, "3万"),  # round: '約3万人'
        (1_250_000, "125万"),
        (9_999, "9,999"),  # below 万: the digits
        (12_400.5, "12,400.5"),  # no word counts a fraction
        (-12_400, "\u22121万2400"),
    ],
)
def test_japanese_writes_its_whole_numbers_from_man_with_words_and_digits(value: float, text: str) -> None:
    """Japanese newspapers write no decimal count of 万: '1万2400件', never '1.24万件' (all of it
    reads back exactly, see test_every_printed_number_reads_back)."""
    assert Formatter("ja_JP").number(value) == text
    assert Formatter("zh_CN").number(12_400) == "1.24万"  # Chinese press does write that


DONUT = """\
event: {name: Expo, short_name: Expo, year: 2022, city: Shanghai, closing_date: 2022-09-03}
formatting: {locale: zh_CN}
sources: {release: {title: Release}}
sections:
  reach:
    title: Reach
    figures:
      viewers:
        label: Viewers
        value: 170000000
        qualifier: more than
        breakdown:
          online: {label: Online, value: 100000000}
          tv: {label: TV, value: 70000000}
charts:
  split: {title: Split, kind: donut, figures: [reach.viewers], breakdown: true}
"""


def test_derived_texts_shares_and_chart_labels_are_exact_in_chinese() -> None:
    summary = EventSummary.model_validate(parse_yaml(DONUT.encode(), "donut.yaml")[0])
    fmt = Formatter("zh_CN")
    derived = derive(summary, fmt)
    viewers = derived.figures["reach.viewers"]
    assert viewers.text == "超过1.7亿"
    # exact parts that make the whole's number: '超过' describes their sum at it, their shares are
    # exact, rounded (review YY4 #8; round 25 printed '约59%' and '各项占比均为约数。')
    assert [(p.text, p.share_text) for p in viewers.parts] == [("1亿", "59%"), ("7000万", "41%")]
    chart = derived.charts["split"]
    assert chart.total_text == "超过1.7亿"
    # each at its own scale where one would count a fraction of the other's word ('7000万' beside
    # '1亿', never '0.7亿': data/chart_scale.py), full-width marks
    assert [b.text for b in chart.bars] == ["1亿（59%）", "7000万（41%）"]
    assert "各项占比均为约数。" not in chart.notes


@pytest.mark.parametrize(
    ("locale", "value", "digits", "text"),
    [
        ("en_GB", 0.68, 0, "68%"),
        ("en_GB", 0.125, 0, "12.5%"),  # exact in one decimal more than asked
        ("en_GB", 0.5, 2, "50.00%"),  # the decimals asked for are kept
        ("en_GB", 1 / 3, 0, "about 33%"),
        ("en_GB", 1 / 3, 1, "about 33.3%"),
        ("de_DE", 0.125, 0, "12,5\u00a0%"),  # the locale's own pattern, its space included
        ("fr_FR", 1 / 3, 0, "environ 33\u00a0%"),  # the qualifier in French too
        ("zh_CN", 1 / 3, 0, "约33%"),
        ("zh_CN", 0.067, 0, "6.7%"),
        ("de_DE", 0.067, 0, "6,7\u00a0%"),
        ("fr_FR", 0.067, 0, "6,7\u00a0%"),
        ("en_IN", 1234.5, 0, "1,23,450%"),
    ],
)
def test_percentages(locale: str, value: float, digits: int, text: str) -> None:
    assert Formatter(locale).percent(value, digits) == text


def test_a_share_of_thirty_one_digit_values_is_not_rounded_into_an_exact_looking_one() -> None:
    """125000000000000000.000000000001 of 10¹⁸ is a hair over 12.5%: 28-digit division made it
    exactly 0.125, printed as a plain '12.5%'."""
    text = DONUT.replace("zh_CN", "en_GB").replace("170000000", "1000000000000000000")
    text = text.replace("100000000}", "125000000000000000.000000000001}")
    text = text.replace("70000000}", "874999999999999999.999999999999}")
    summary = EventSummary.model_validate(parse_yaml(text.encode(), "donut.yaml")[0])
    parts = derive(summary, Formatter("en_GB")).figures["reach.viewers"].parts
    # exact parts that make the whole's number: shares of their sum, rounded (not 'about' each
    # since review YY4 #8), never the exact-looking '12.5%'
    assert [p.share_text for p in parts] == ["13%", "87%"]
