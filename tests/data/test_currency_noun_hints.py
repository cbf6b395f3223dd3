"""A value written with a currency's noun as the press writes it in its language ('2,4 Mio.
Franken', '412 millones de pesos', '2,4 milioni di franchi', '£2.4m') is told `currency:` with the
code, never `unit: Franken` (review YY2's validate section): every currency name × scale word."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportgen.data import number_hints

from .test_load import errors_of
from .test_value_hints import _RULE, _with

SCALED = ", the scale word left to the documents"


@pytest.mark.parametrize(
    ("locale", "written", "fields"),
    [
        ("de_CH", "2,4 Mio. Franken", "2400000 and currency: CHF"),
        ("de_DE", "2,4 Millionen Schweizer Franken", "2400000 and currency: CHF"),
        ("fr_CH", "2,4 millions de francs", "2400000 and currency: CHF"),
        ("fr_FR", "2,4 millions de francs suisses", "2400000 and currency: CHF"),
        ("it_CH", "2,4 milioni di franchi", "2400000 and currency: CHF"),
        ("es_MX", "412 millones de pesos", "412000000 and currency: MXN"),
        ("es_ES", "412 millones de pesos mexicanos", "412000000 and currency: MXN"),
        ("pl_PL", "2,4 mln franków", "2400000 and currency: CHF"),
        ("pt_BR", "2,3 bilhões de dólares americanos", "2300000000 and currency: USD"),
        ("nl_NL", "2,4 miljoen Zwitserse frank", "2400000 and currency: CHF"),
        ("tr_TR", "2,4 milyon İsviçre frangı", "2400000 and currency: CHF"),
        ("ko_KR", "2억 스위스 프랑", "200000000 and currency: CHF"),
        ("zh_Hant_TW", "3億瑞士法郎", "300000000 and currency: CHF"),
        ("en_GB", "£2.4m", "2400000 and currency: GBP"),
        ("en_US", "$3.5M", "3500000 and currency: USD"),
        (
            "it_IT",
            "2,4 milioni di dollari",
            "2400000 and currency: its ISO code (USD, CAD, AUD, NZD, SGD, HKD or TWD)",
        ),
    ],
)
def test_a_currency_noun_after_a_scale_word_is_the_currency(locale: str, written: str, fields: str) -> None:
    assert number_hints.hint(written, locale) == f"write it as {fields}{SCALED}: {_RULE}"


@pytest.mark.parametrize(
    ("locale", "written", "said"),
    [
        ("de_DE", "2,4 Mio. Besucher", "write it as 2400000 and unit: Besucher"),  # a count's noun
        ("en_GB", "2.4 m", "write it as 2.4 and unit: m"),  # metres: no currency before it
    ],
)
def test_a_count_s_noun_stays_a_unit(locale: str, written: str, said: str) -> None:
    assert number_hints.hint(written, locale) == f"{said}: {_RULE}"


def test_validate_tells_the_swiss_amount_its_currency(tmp_path: Path) -> None:
    path = _with(tmp_path, "de_CH", 'value: "2,4 Mio. Franken"\n')
    assert errors_of(path) == [
        f"{path}:16:16: sections.reach.figures.online_viewers.value: expected a number, got "
        "'2,4 Mio. Franken'\n"
        f"    hint: write it as 2400000 and currency: CHF{SCALED}: {_RULE}"
    ]
