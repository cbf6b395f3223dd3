"""The numbers a text writes, read as a reader takes them (data/written_numbers.py): every form of
a figure in en, de, fr, zh, ja and ko, and the rule that keeps years, dates, names' numbers and small
numbers from counting as a figure."""

from __future__ import annotations

import pytest

from reportgen.data.written_numbers import figure_values, read, says


def _counted(text: str, locale: str) -> list[tuple[str, tuple[float, ...], bool]]:
    return [
        (text[w.start : w.end], tuple(sorted(w.values)), w.percent) for w in read(text, locale) if w.counts
    ]


@pytest.mark.parametrize(
    ("locale", "text", "value"),
    [
        ("en", "52,000 visitors", 52_000),
        ("en", "52 000 visitors", 52_000),
        ("en", "52\u202f000 visitors", 52_000),
        ("en", "RMB15 billion", 15e9),
        ("en", "15 billion yuan", 15e9),
        ("en", "RMB15bn", 15e9),
        ("en", "1.2 million", 1.2e6),
        ("en", "1,200,000", 1.2e6),
        ("en", "₹7.5 lakh", 750_000),
        ("de", "52.000 Besucher", 52_000),
        ("de", "1,2 Mio. Besucher", 1.2e6),
        ("de", "2,15 Milliarden Euro", 2.15e9),
        ("de", "15 Mrd. Euro", 15e9),
        ("fr", "52\u202f000 visiteurs", 52_000),
        ("fr", "1,12 million de visites", 1.12e6),
        ("fr", "15 milliards d’euros", 15e9),
        ("fr", "15 Md€", 15e9),
        ("zh", "150亿元", 15e9),
        ("zh", "3亿5000万元", 3.5e8),
        ("zh", "416万人次", 4.16e6),
        ("ja", "約25.1万人", 251_000),
        ("ja", "1万2400件", 12_400),
        ("ja", "150億円", 15e9),
        ("ko", "約25.1만 명", 251_000),
        ("ko", "약 25만 1천 명", 251_000),
        ("ko", "1억 2천만 원", 1.2e8),
        ("ko", "12억 원", 1.2e9),
        ("ko", "약 2만 1400명", 21_400),  # the units after a space, as Korean orthography sets them
        ("ko", "12억 3456만 7898", 1_234_567_898),
    ],
)
def test_every_form_of_a_figure_reads_as_its_value(locale: str, text: str, value: float) -> None:
    found = _counted(text, locale)
    assert len(found) == 1, found
    assert value in found[0][1], found


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("en", "94%"),
        ("en", "94 per cent"),
        ("en", "94 percent"),
        ("de", "94\u00a0%"),
        ("de", "94 Prozent"),
        ("fr", "94\u202f%"),
        ("fr", "94 pour cent"),
        ("zh", "94％"),
        ("ja", "94パーセント"),
        ("ko", "94퍼센트"),
    ],
)
def test_a_percentage_in_every_form_is_a_percentage(locale: str, text: str) -> None:
    assert _counted(text, locale) == [(text, (94.0,), True)]


def test_grouping_that_may_be_either_reading_gives_both() -> None:
    """'52.000' is 52000 in German and 52 in an English reading: both are candidates; '1,234.5'
    has one reading only."""
    assert _counted("52.000", "en") == [("52.000", (52.0, 52_000.0), False)]
    assert _counted("1,234.5 and 1.234,5", "en") == [
        ("1,234.5", (1234.5,), False),
        ("1.234,5", (1234.5,), False),
    ]


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("en", "In 2026, on 5 December 2026, at 10:30"),
        ("en", "on 2026-12-05 or 05.12.2026 or 12/5/2026"),
        ("en", "2 days, 61 countries, 12 m²"),
        ("en", "Helix-9, H100, COVID-19 and the A380"),
        ("de", "am 5. Dezember 2026, seit 1998"),
        ("fr", "le 5 décembre 2026, 3 jours"),
        ("zh", "2026年12月5日，第2届，2026年"),
        ("ja", "2026年12月5日、3日間"),
        ("ko", "2026년 12월 5일, 3일간, 2026년"),
    ],
)
def test_years_dates_names_and_small_numbers_are_no_figure(locale: str, text: str) -> None:
    assert _counted(text, locale) == []


def test_a_year_with_a_scale_currency_or_group_is_a_figure() -> None:
    """2,026 visitors, EUR 2026 and 2026 million are amounts, not years."""
    assert [f[1] for f in _counted("2,026 visitors, EUR 2026, 2026 million", "en")] == [
        (2.026, 2026.0),
        (2026.0,),
        (2.026e9,),
    ]


def test_a_round_threshold_is_not_the_korean_figure_above_it() -> None:
    # review X: '올해 처음으로 2만 명을 넘었습니다' ('passed 20,000') was counted as a printing of
    # '약 2만 1400명', read as 2만 and a year-like 1400
    assert figure_values("약 2만 1400명", 21_400, "ko_KR") == frozenset({21_400.0})
    assert not says("올해 처음으로 2만 명을 넘었습니다", frozenset({21_400.0}), False, "ko_KR")
