"""A line the check's advice quotes is cut at a word's end, never inside a word: '64 Masch…' was
the flugtag's 'Flugzeuge und Helikopter …: 64 Maschinen' (review YY2 #6); a number keeps its unit."""

from __future__ import annotations

import pytest

from reportgen.data.wording import label_value_warning

LINES = [
    ("Flugzeuge und Helikopter am Boden und in der Luft: 64 Maschinen", "64 Maschinen'"),
    (
        "Flugzeuge und Helikopter am Boden und in der Luft: 64 Maschinen aus fünf Ländern und Kontinenten",
        "64 Maschinen …'",
    ),
    ("Wystawcy z zagranicy, łącznie z pawilonami narodowymi: 1 250 firm", "1 250 firm'"),
    ("Participants inscrits aux ateliers, conférences et visites guidées du samedi et du dimanche", " …'"),
]


@pytest.mark.parametrize(("line", "end"), LINES)
def test_the_advice_quotes_a_line_cut_at_a_words_end(line: str, end: str) -> None:
    warning = label_value_warning("s.f", line, "de_CH")
    quoted = warning.split("'")[1]
    assert f"{quoted}'".endswith(end), warning
    words = line.split()
    shown = quoted.removesuffix(" …").split()
    assert shown == words[: len(shown)], warning  # every word whole


def test_the_advice_quotes_the_figures_own_quote_that_says_it() -> None:
    """'Leistung der Ausfallversicherung: 180’000 Franken': the figure's quote says it with a verb,
    and the advice says so rather than offer a sentence of its own (review YY2 #6)."""
    quote = "Die Ausfallversicherung übernimmt 180'000 Franken der wetterbedingten Mehrkosten."
    warning = label_value_warning(
        "finanzen.versicherung", "Leistung der Ausfallversicherung: 180’000 Franken", "de_CH", True, quote
    )
    assert "its quote says it: 'Die Ausfallversicherung übernimmt 180'000 Franken" in warning
    assert "Die Veranstaltung" not in warning
