"""Wording an editor signs off: units never doubled, typographic quotes, dates in words, pages."""

from __future__ import annotations

import datetime as dt

import pytest

from reportgen.data.derive import chunks, derive
from reportgen.data.formatting import Formatter
from reportgen.data.load import load_event
from reportgen.data.typography import typographic

from ..conftest import ROOT, WAIC

EXPO = ROOT / "data" / "examples" / "harbourside-expo-2025.yaml"


@pytest.fixture(scope="module")
def waic():
    return derive(load_event(WAIC), Formatter("en_GB", {"CNY": "RMB"}))


@pytest.fixture(scope="module")
def expo():
    return derive(load_event(EXPO), Formatter("en_GB", {"USD": "US$", "CNY": "RMB"}))


def test_a_label_that_names_the_unit_is_not_followed_by_it(waic, expo) -> None:
    figures = {**waic.figures, **expo.figures}
    assert figures["programme.activities"].sentence == "121 activities"  # the label is the noun
    assert (
        figures["programme.opening_ceremonies"].sentence == "An opening ceremony"
    )  # singular too: its article
    assert figures["participants.guests"].value_text == "more than 500"  # "Renowned guests"
    assert figures["participants.guests"].sentence == "More than 500 renowned guests"
    assert (
        figures["reach.metaverse_visits"].sentence
        == "370,000 visits to the WAIC metaverse, as of 2 pm on 3 September 2022"
    )
    assert figures["exhibition.area"].value_text == "180,000 m²"  # "Exhibition area" needs its unit
    assert figures["exhibition.countries"].value_text == "64"  # "Countries and regions represented"
    assert figures["visitors.day_1"].sentence == "Tuesday 14 October: 52,000 visitors"
    assert (
        figures["deals.intended"].value_text == "nearly US$\u00a02.35 billion (nearly RMB\u00a016.9 billion)"
    )


def test_tiles_have_qualifier_amount_and_unit_apart(waic) -> None:
    viewers = waic.figures["reach.online_viewers"]
    assert (viewers.qualifier_text, viewers.amount_text, viewers.unit_text) == (
        "more than",
        "638 million",
        "",
    )
    investment = waic.figures["signing.investment"]
    assert (investment.qualifier_text, investment.amount_text) == ("nearly", "RMB\u00a015 billion")


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ('The "Walk hand in hand" launch', "en_GB", "The \u201cWalk hand in hand\u201d launch"),
        ("This year's WAIC", "en_GB", "This year\u2019s WAIC"),
        ("'single' and (\"nested\")", "en_US", "\u2018single\u2019 and (\u201cnested\u201d)"),
        ('Das "Motto"', "de_DE", "Das \u201eMotto\u201c"),
        ('Le "thème"', "fr_FR", "Le \u00ab\u00a0thème\u00a0\u00bb"),
        ("no quotes at all", "en_GB", "no quotes at all"),
    ],
)
def test_typographic_quotes_for_the_locale(text: str, locale: str, expected: str) -> None:
    assert typographic(text, locale) == expected


@pytest.mark.parametrize(
    ("locale", "start", "expected"),
    [
        ("en_GB", dt.date(2025, 10, 14), "14–17 October 2025"),
        ("en_US", dt.date(2025, 10, 14), "October 14–17, 2025"),
        # CLDR's interval: the year once ('29 September 2025 – 17 October 2025' said it twice)
        ("en_GB", dt.date(2025, 9, 29), "29 September\u2009–\u200917 October 2025"),
        ("en_US", dt.date(2025, 9, 29), "September 29\u2009–\u2009October 17, 2025"),
        ("en_GB", None, "17 October 2025"),
    ],
)
def test_event_dates_in_words(locale: str, start: dt.date | None, expected: str) -> None:
    assert Formatter(locale).date_range(start, dt.date(2025, 10, 17)) == expected


def test_chunks_are_even() -> None:
    assert [len(c) for c in chunks(tuple(range(9)), 6)] == [5, 4]
    assert [len(c) for c in chunks(tuple(range(7)), 6)] == [4, 3]
    assert [len(c) for c in chunks(tuple(range(6)), 6)] == [6]
    assert chunks((), 6) == ()


def test_deck_pages_give_each_chart_a_slide_and_no_lone_bullet(waic) -> None:
    layouts = {
        sid: [(p.layout, p.chart, len(p.points)) for p in s.deck_pages] for sid, s in waic.sections.items()
    }
    assert layouts["closing_ceremony"] == [("points", "", 5)]
    assert layouts["signing"] == [("points", "", 0)]  # a donut of two parts is no chart: its sentence
    # four fit beside the chart: the ceremonies' count is the chart's, no "Programme (continued)"
    assert layouts["programme"] == [("chart-and-points", "programme", 4)]
    assert layouts["participants"] == [("chart-and-points", "participants", 4)]
    page = waic.sections["signing"].deck_pages[0]
    sentence = "17 of the 25 signed projects were signed in the metaverse venue, 8 on site."
    assert page.headline.endswith(f" {sentence}")
    assert [len(p) for p in waic.glance_pages] == [3]  # three are their chart's, stated by its caption
    assert [f.label for f in waic.headline_figures][:1] == ["Representative AI industrial projects signed"]
