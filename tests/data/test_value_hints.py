"""Review OO2's validate messages. 'nesten 14,2 millioner kroner' as a value got only "expected a
number" (docs/data.md promises the digits to write in every language's words); `currency: kr` was
shown the regex '^[A-Z]{3}$'; 'value: 38600000, unit: million hours' was told to write 38.6
trillion. A value as the documents themselves print it, in each of the 16 languages, is read back
to the value, currency and qualifier fields to write."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportgen.data import number_hints
from reportgen.data.currency_signs import own_currency
from reportgen.data.formatting import Formatter
from reportgen.data.model import Qualifier

from .test_load import MINIMAL, errors_of, write

#: One locale per catalogue language (and English).
LOCALES = (
    "en_US", "nb_NO", "da_DK", "sv_SE", "nl_NL", "de_DE", "fr_FR", "it_IT", "es_ES", "pt_BR", "pl_PL",
    "tr_TR", "ja_JP", "ko_KR", "zh_Hans_CN", "zh_Hant_TW",
)  # fmt: skip
QUALIFIERS = [q for q in Qualifier if q is not Qualifier.exactly]
_RULE = "digits alone, with a decimal point; a currency, unit or qualifier has its own field"


def test_every_catalogue_language_is_tried() -> None:
    from reportgen.data.messages import catalogue_name, catalogues

    assert {catalogue_name(locale) for locale in LOCALES} == {*catalogues(), "en"}


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("value", [14_200_000, 2_300_000_000, 86_400])
def test_an_amount_as_the_documents_print_it_gets_its_fields(locale: str, value: int) -> None:
    fmt, currency = Formatter(locale), own_currency(locale)
    for qualifier in QUALIFIERS:
        written = fmt.qualified(qualifier, fmt.money(value, currency))  # 'nesten 14,2 millioner kroner'
        said = number_hints.hint(written, locale)
        assert said.startswith(
            f"write it as {value} and currency: {currency} and qualifier: {qualifier.value}"
        ), (written, said)


@pytest.mark.parametrize("locale", LOCALES)
def test_a_count_as_the_documents_print_it_gets_its_fields(locale: str) -> None:
    fmt = Formatter(locale)
    for qualifier in QUALIFIERS:
        for value in (4_700_000, 640, 1_200_000_000):
            written = fmt.qualified(qualifier, fmt.number(value))  # 'près de 640', '4,7 milyondan fazla'
            said = number_hints.hint(written, locale)
            assert said.startswith(f"write it as {value} and qualifier: {qualifier.value}"), (written, said)


def _with(tmp_path: Path, locale: str, field: str) -> Path:
    text = (
        MINIMAL.replace("value: 1000\n        qualifier: more than\n", field)
        + f"formatting:\n  locale: {locale}\n"
    )
    return write(tmp_path, text)


def test_the_norwegian_amount_gets_the_fields_on_a_line_of_their_own(tmp_path: Path) -> None:
    path = _with(tmp_path, "nb_NO", 'value: "nesten 14,2 millioner kroner"\n')
    assert errors_of(path) == [
        f"{path}:16:16: sections.reach.figures.online_viewers.value: expected a number, got "
        "'nesten 14,2 millioner kroner'\n"
        "    hint: write it as 14200000 and currency: NOK and qualifier: nearly, the scale word left to "
        f"the documents: {_RULE}"
    ]


@pytest.mark.parametrize(
    ("locale", "written", "own", "hint"),
    [
        ("nb_NO", "kr", "NOK", "did you mean 'NOK'?"),
        ("sv_SE", "kr", "SEK", "did you mean 'SEK'?"),
        ("da_DK", "kr.", "DKK", "did you mean 'DKK'?"),
        ("de_DE", "kr", "EUR", "'kr' is the sign of NOK, SEK, DKK or ISK: write the one meant"),
        ("fr_FR", "€", "EUR", "did you mean 'EUR'?"),
        ("en_US", "$", "USD", "did you mean 'USD'?"),
        ("en_GB", "£", "GBP", "did you mean 'GBP'?"),
        ("ja_JP", "¥", "JPY", "did you mean 'JPY'?"),
        ("zh_Hans_CN", "元", "CNY", "did you mean 'CNY'?"),
        ("zh_Hant_TW", "元", "TWD", "did you mean 'TWD'?"),
        ("pl_PL", "zł", "PLN", "did you mean 'PLN'?"),
        ("tr_TR", "TL", "TRY", "did you mean 'TRY'?"),
        ("en_GB", "nok", "GBP", "did you mean 'NOK'?"),
        (
            "en_GB",
            "dollars",
            "GBP",
            "'dollars' is the sign of USD, CAD, AUD, NZD, SGD, HKD or TWD: write the one meant",
        ),
    ],
)
def test_a_currency_sign_or_word_gets_its_iso_code(
    tmp_path: Path, locale: str, written: str, own: str, hint: str
) -> None:
    """The message's examples start with the event's own country's currency."""
    path = _with(tmp_path, locale, f"value: 1000\n        currency: {written!r}\n")
    listed = list(dict.fromkeys([own, "EUR", "USD", "GBP"]))[:3]
    assert errors_of(path) == [
        f"{path}:17:19: sections.reach.figures.online_viewers.currency: {written!r} is not a currency "
        f"code: write its three-letter ISO 4217 code, such as {listed[0]}, {listed[1]} or {listed[2]}\n"
        f"    hint: {hint}"
    ]


def test_a_value_written_in_full_before_a_scale_word_unit_is_kept(tmp_path: Path) -> None:
    path = _with(tmp_path, "en_US", "value: 38600000\n        unit: million hours\n")
    assert errors_of(path) == [
        f"{path}:15:9: sections.reach.figures.online_viewers: the unit 'million hours' begins with the "
        "scale word 'million', and 38600000 looks written in full already: keep value: 38600000 and "
        "write unit: hours\n    hint: reportgen prints the scale word itself, in the document's language"
    ]


def test_a_value_in_millions_before_a_scale_word_unit_is_scaled(tmp_path: Path) -> None:
    path = _with(tmp_path, "en_US", "value: 38.6\n        unit: million hours\n")
    assert errors_of(path) == [
        f"{path}:15:9: sections.reach.figures.online_viewers: the unit 'million hours' begins with the "
        "scale word 'million': write value: 38600000 and unit: hours; reportgen prints the scale word "
        "itself, in the document's language"
    ]


def test_a_file_without_a_locale_still_reads_its_qualifier() -> None:
    said = number_hints.hint("nearly 4.7 million")
    assert said.startswith("write it as 4700000 and qualifier: nearly, the scale word left to the documents")


def test_a_conversions_key_that_is_a_sign_gets_its_code(tmp_path: Path) -> None:
    """'kr' as a key of `conversions` was 'not a valid kr (it must match ^[A-Z]{3}$)'."""
    path = _with(
        tmp_path, "nb_NO", "value: 1000\n        currency: EUR\n        conversions:\n          kr: 12\n"
    )
    assert errors_of(path) == [
        f"{path}:19:15: sections.reach.figures.online_viewers.conversions.kr: 'kr' is not a currency "
        "code: write its three-letter ISO 4217 code, such as NOK, EUR or USD\n    hint: did you mean 'NOK'?"
    ]


@pytest.mark.parametrize("locale", ["en-US", "nb-NO", "xx", "zz_ZZ", "../../etc", "es_419", ""])
def test_a_locale_written_any_way_never_breaks_the_hint(locale: str) -> None:
    """The file's locale is untrusted text: 'en-US' raised in Babel's currency lookup."""
    said = number_hints.hint("nearly 1,2 Mio. kr", locale)
    assert said.startswith("write it as 1200000 and currency: ")
    assert "qualifier: nearly" in said


_LEFT = ", the scale word left to the documents:"
_TWD = "write it as 120000000 and currency: TWD and qualifier: more than"


@pytest.mark.parametrize(
    ("text", "locale", "said"),
    [
        # review WW1 #5: the press's commonest qualifiers, which the hint read as no qualifier or as a unit
        ("ruim 1.850", "nl_NL", "write it as 1850 and qualifier: more than:"),
        ("逾新臺幣1.2億元", "zh_Hant_TW", _TWD + _LEFT),
        ("逾1.2亿元", "zh_Hans_CN", _TWD.replace("TWD", "CNY") + _LEFT),
        ("quelque 1 850", "fr_FR", "write it as 1850 and qualifier: about:"),
        ("1850여 명", "ko_KR", "write it as 1850 and unit: 명 and qualifier: more than:"),
        ("1850여 명", "", "write it as 1850 and unit: 명 and qualifier: more than:"),  # no locale
        ("1850여 명", "es_ES", "write it as 1850 and unit: 명 and qualifier: more than:"),  # another
        ("2만여 명", "ko_KR", "write it as 20000 and unit: 명 and qualifier: more than:"),
        ("2만 명 가까이", "ko_KR", "write it as 20000 and unit: 명 and qualifier: nearly:"),
        ("3000余人", "zh_Hans_CN", "write it as 3000 and unit: 人 and qualifier: more than:"),
        ("1万8500人超", "ja_JP", "write it as 18500 and unit: 人 and qualifier: more than:"),
        (
            "約1万8500人超",
            "ja_JP",
            "write it as 18500 and unit: 人 and qualifier: more than or about, one of them:",
        ),
        ("12 500 m²", "fr_FR", "write it as 12500 and unit: m²:"),
    ],
)
def test_a_qualifier_as_the_press_writes_it_is_named(text: str, locale: str, said: str) -> None:
    assert number_hints.hint(text, locale) == f"{said} {_RULE}"
