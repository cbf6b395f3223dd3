"""Babel-backed formatting: figures print with their qualifiers, in the locale's words."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from reportgen.data.formatting import Formatter
from reportgen.data.model import Figure

EN = Formatter("en_GB", {"CNY": "RMB"})
NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (370_000, "370,000"),
        (121, "121"),
        (638_000_000, "638 million"),
        (15_000_000_000, "15 billion"),
        (1_500_000_000, "1.5 billion"),
        (1_234_567, "1,234,567"),  # not a round number of millions: all digits
        (0.5, "0.5"),
    ],
)
def test_numbers(value: float, text: str) -> None:
    assert EN.number(value) == text


def figure(**kw: object) -> Figure:
    return Figure.model_validate({"label": "x", **kw})


def test_figures_keep_their_qualifier_currency_and_unit() -> None:
    assert (
        EN.figure(figure(value=15_000_000_000, currency="CNY", qualifier="nearly"))
        == f"nearly RMB{NBSP}15 billion"
    )
    assert EN.figure(figure(value=638_000_000, qualifier="more than")) == "more than 638 million"
    assert (
        EN.figure(figure(value=500, qualifier="more than", unit="guests"), unit=True)
        == "more than 500 guests"
    )
    assert EN.figure(figure(value=25, unit="projects")) == "25"
    assert EN.figure(figure(value=1_000_000_000, currency="USD")) == f"USD{NBSP}1 billion"


def test_as_of_in_words() -> None:
    visits = figure(value=370_000, as_of=dt.datetime(2022, 9, 3, 14, 0))
    assert EN.as_of(visits) == "as of\u00a02\u00a0pm on 3 September 2022"  # a clock time is one unit
    assert EN.as_of(figure(value=1)) == ""


def test_other_locales() -> None:
    assert Formatter("de_DE").number(370_000) == "370.000"
    assert Formatter("de_DE").number(638_000_000) == "638 Millionen"
    assert Formatter("zh_CN").number(15_000_000_000) == "150亿"
    assert Formatter("en_US").date(dt.date(2022, 9, 3)) == "September 3, 2022"


def test_unknown_locale_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown locale"):
        Formatter("xx_YY")


def test_filters_return_plain_strings_so_autoescape_applies() -> None:
    from reportgen.data.model import Figure

    figure = Figure(label="x", value=5, currency="CNY", as_of=dt.datetime(2022, 9, 3, 14))
    samples = {
        "figure": (figure,),
        "number": (5,),
        "money": (5, "USD"),
        "percent": (0.5,),
        "qualifier": ("nearly",),
        "as_of": (figure,),
        "conversions": (figure,),
        "date": (dt.date(2022, 9, 3),),
        "time": (dt.datetime(2022, 9, 3, 14),),
        "datetime": (dt.datetime(2022, 9, 3, 14),),
        "date_range": (dt.date(2022, 9, 1), dt.date(2022, 9, 3)),
        "listing": (["a<b", "c"],),
        "quoted": ("B&B",),
        "after_pair": ("<b>a",),
        "capitalize": ("<b>a",),
        "whole": ("casi 480 millones de euros",),
        "counter": ("人次",),
    }
    assert set(samples) == set(EN.filters())
    for name, function in EN.filters().items():
        assert type(function(*samples[name])) is str, name


@pytest.mark.parametrize(
    ("locale", "kind", "expected"),
    [
        ("en_GB", "AI summit", "AI summit"),  # Jinja's own filter printed 'Ai summit'
        ("en_GB", "agricultural fair", "Agricultural fair"),
        ("de_DE", "messe für KI", "Messe für KI"),
        ("ko_KR", "e스포츠 대회", "e스포츠 대회"),
        ("zh_CN", "expo 博览会", "expo 博览会"),
    ],
)
def test_capitalize_raises_the_first_letter_only_and_only_where_the_language_has_capitals(
    locale: str, kind: str, expected: str
) -> None:
    assert Formatter(locale).filters()["capitalize"](kind) == expected


@pytest.mark.parametrize(
    ("locale", "value", "expected"),
    [
        ("de_CH", 1284500000, "1’284’500’000"),  # Babel printed '1284500'000': its marks vanish in pairs
        ("de_CH", 1234567, "1’234’567"),  # ... and '1234567'
        ("fr_CH", 3851234, "3’851’234"),
        ("it_CH", 23500, "23’500"),  # (2350 has no mark: CLDR's minimumGroupingDigits 2 in Italian)
        ("de_CH", Decimal("1234567.25"), "1’234’567,25"),  # prose's decimal comma (the test below)
        ("de_DE", 1234567, "1.234.567"),  # other locales as Babel prints them
    ],
)
def test_a_swiss_number_keeps_every_group_mark(locale: str, value: int | Decimal, expected: str) -> None:
    assert Formatter(locale).number(value) == expected


@pytest.mark.parametrize(
    ("locale", "value", "currency", "expected"),
    [
        ("de_CH", 86_500_000, "CHF", "86,5\u00a0Millionen Franken"),  # prose: a decimal comma
        ("de_CH", Decimal("12.5"), "CHF", "12.50\u00a0Franken"),  # an amount with Rappen: a point
        ("de_CH", Decimal("1234567.5"), "CHF", "1’234’567.50\u00a0Franken"),  # cents from a million up
        ("de_LI", Decimal("2.35e9"), "CHF", "2,35\u00a0Milliarden Franken"),
        ("en_GB", Decimal("1234567.5"), "GBP", "£1,234,567.50"),  # had printed '£1,234,567.5' (review V)
        ("de_DE", Decimal("1234567.5"), "EUR", "1.234.567,50\u00a0Euro"),
        ("en_IN", Decimal("1234567.5"), "INR", "₹12,34,567.50"),
        ("de_DE", 1_500_000, "EUR", "1,5\u00a0Millionen Euro"),  # a scale word takes no cents
    ],
)
def test_swiss_prose_writes_a_decimal_comma_and_an_amount_in_digits_all_its_cents(
    locale: str, value: int | Decimal, currency: str, expected: str
) -> None:
    assert Formatter(locale).money(value, currency).replace(" ", "\u00a0") == expected.replace(" ", "\u00a0")


def test_a_swiss_share_and_number_write_the_decimal_comma() -> None:
    swiss = Formatter("de_CH")
    assert (swiss.number(Decimal("12.5")), swiss.percent(Decimal("0.187"), 1)) == ("12,5", "18,7%")


@pytest.mark.parametrize(
    ("locale", "text", "expected"),
    [
        (
            "ja_JP",
            "一人ひとりの「なぜ」が未来をつくる",
            "「一人ひとりの『なぜ』が未来をつくる」",
        ),  # was 「…「なぜ」…」
        ("en_GB", "She said “why” twice", "“She said ‘why’ twice”"),
        ("de_DE", "Das „Warum“ zählt", "„Das ‚Warum‘ zählt“"),
        ("en_US", "It’s new", "“It’s new”"),  # an apostrophe is no quotation mark
        # whichever marks the text had: a French title in a French deck printed « … « … » »
        ("fr_FR", "Le prix pour « La Dernière Crue »", "«\u00a0Le prix pour “La Dernière Crue”\u00a0»"),
        ("en_GB", "The prize for « La Dernière Crue »", "“The prize for ‘La Dernière Crue’”"),
        ("it_IT", 'Il premio "Strega" va', "«Il premio “Strega” va»"),
        ("de_DE", "Der Preis für “The Flood”", "„Der Preis für ‚The Flood‘“"),
        ("en_GB", "Both “A” and “B”", "“Both ‘A’ and ‘B’”"),
    ],
)
def test_a_quotation_inside_a_quotation_takes_the_inner_marks(locale: str, text: str, expected: str) -> None:
    assert Formatter(locale).quoted(text) == expected


def test_a_number_is_formatted_once_a_process_for_its_locale_and_digits(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Babel's formatting of a figure ran about 100 times a rebuild for the same figures: each
    number is printed once for its locale and exact digits (1.5 and 1.50 are told apart), and the
    text is the one a first printing gives."""
    from reportgen.data import formatting
    from reportgen.memo import Memo

    monkeypatch.setattr(formatting, "_NUMBERS", Memo(30), raising=False)
    printed: list[Decimal] = []
    original = Formatter._number

    def number(self: Formatter, exact: Decimal) -> str:
        printed.append(exact)
        return original(self, exact)

    monkeypatch.setattr(Formatter, "_number", number)
    english, german = Formatter("en_GB"), Formatter("de_DE")
    assert [english.number(638_000_000), english.number(-2.5), german.number(1.5)] == [
        "638 million",
        "\u22122.5",
        "1,5",
    ]
    assert english.number(638_000_000) == "638 million" and english.number(-2.5) == "\u22122.5"
    assert len(printed) == 3  # the same numbers again: kept
    assert english.number(Decimal("1.50")) == english.number(1.5) == "1.5"
    assert len(printed) == 5  # 1.50 and 1.5 are two entries
    for n in range(100):
        english.number(n)
    assert len(formatting._NUMBERS) == 30
