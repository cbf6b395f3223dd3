"""A decimal count takes its scale word in the plural where the language's press does: Danish
'knap 1,2 millioner kroner', not CLDR's '1,2 million' (review SS1's Aarhus food market); a whole
one stays singular, and French and Portuguese keep their singular for 1,2 ('1,2 million d'euros',
'R$ 1,2 milhão')."""

from __future__ import annotations

import pytest

from reportgen.data.formatting import Formatter


@pytest.mark.parametrize(
    ("locale", "value", "printed"),
    [
        ("da_DK", 1_200_000, "1,2 millioner"),
        ("da_DK", 1_500_000_000, "1,5 milliarder"),
        ("da_DK", 1_000_000, "1 million"),
        ("da_DK", 2_000_000, "2 millioner"),
        ("nb_NO", 1_200_000, "1,2 millioner"),
        ("sv_SE", 1_200_000, "1,2 miljoner"),
        ("fr_FR", 1_200_000, "1,2 million"),
        ("pt_BR", 1_200_000, "1,2 milhão"),
    ],
)
def test_a_decimal_count_takes_the_plural_where_the_press_does(locale: str, value: int, printed: str) -> None:
    assert Formatter(locale).number(value) == printed


def test_danish_money_with_a_qualifier() -> None:
    fmt = Formatter("da_DK")
    assert fmt.money(1_200_000, "DKK") == "1,2 millioner kroner"
    assert fmt.money(1_000_000, "DKK") == "1 million kroner"
