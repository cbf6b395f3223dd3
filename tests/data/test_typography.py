"""Numbers kept whole at line ends: a no-break space between a number and its scale word, unit or
currency, and nowhere else."""

from __future__ import annotations

import pytest

from reportgen.data.typography import bind_numbers, typographic

NB = "\u00a0"


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("nearly RMB 15 billion", "en_GB", f"nearly RMB{NB}15{NB}billion"),
        ("36,500 m² of halls", "en_GB", f"36,500{NB}m² of halls"),
        ("a ticket at EUR 25.00", "en_GB", f"a ticket at EUR{NB}25.00"),
        ("61 % of visitors", "en_GB", f"61{NB}% of visitors"),
        ("more than 638 million viewers", "en_GB", f"more than 638{NB}million viewers"),
        ("5 Milliarden Euro", "de_DE", f"5{NB}Milliarden Euro"),
        ("3 millions de visiteurs", "fr_FR", f"3{NB}millions de visiteurs"),
        ("US$ 2.35 billion", "en_GB", f"US${NB}2.35{NB}billion"),
    ],
)
def test_a_number_keeps_its_scale_word_unit_and_currency(text: str, locale: str, expected: str) -> None:
    assert bind_numbers(text, locale) == expected


@pytest.mark.parametrize(
    "text", ["as of 2 pm on 3 September 2022", "CCS 2024 at a glance", "In 2022 the fair", "Hall 3 and more"]
)
def test_other_spaces_stay_as_typed(text: str) -> None:
    assert typographic(text, "en_GB") == text
