"""The news keeps its band cell (review UU4 D, UU3 #5; plan/news_lede.py): where
the lede writes the headline figure and a briefing chart labels it on a bar, the band still
prints it, with its record mark, and the bar keeps its value label in both documents (round 25: a
labelled chart's labels are no printings; the band and the lede are its two). The document check names a
briefing whose tables lack the news (office/band_news.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from docx import Document

from reportgen.office.band_news import news_outside_tables
from reportgen.office.repeats import parse_amount
from reportgen.pipeline.pipeline import BuildResult

from ..conftest import ROOT, seen

REVIEWS = ROOT / "tests" / "data" / "review_events"

#: (event, the headline figure as the band prints it, the band's record mark or "")
NEWS = [
    ("limerick-half-marathon-en-ie.yaml", "more than €1.46 million", "A record"),
    ("bieg-dla-szpitala-pl.yaml", "ponad 2,43 mln zł", "Najwięcej w latach 2022–2026"),
    ("seomjin-riverfest-ko-kr.yaml", "6만 8400명", ""),
    ("mobilia-pesaro-it-it.yaml", "quasi 48.000", "Record"),
]


def _briefing(result: BuildResult) -> Path:
    return next(f for f in result.files if f.suffix == ".docx")


def _band(briefing: Path) -> str:
    """The text of the briefing's first table, the key-figures band, as a reader sees it."""
    table = Document(str(briefing)).tables[0]
    return seen(" ".join(c.text for c in table._cells)).replace("\u2060", "")


@pytest.mark.parametrize(("event", "news", "mark"), NEWS, ids=lambda v: str(v)[:20])
def test_the_band_prints_the_news_and_its_record_mark(
    built_event: Callable[[Path], BuildResult], event: str, news: str, mark: str
) -> None:
    band = " ".join(_band(_briefing(built_event(REVIEWS / event))).split())
    assert news in band, band
    assert mark in band, band


@pytest.mark.parametrize("event", [n[0] for n in NEWS[:2]], ids=lambda v: v[:20])
def test_the_check_names_a_briefing_without_the_news_in_its_tables(
    built_event: Callable[[Path], BuildResult], event: str
) -> None:
    """Silent on the briefing as built; with its band taken out (the news then in prose and on a
    chart alone), the rule names the news."""
    locale, news = ("pl_PL", "ponad 2,43 mln zł") if "bieg" in event else ("en_IE", "more than €1.46 million")
    amount = parse_amount(news, locale)
    assert amount is not None
    document = Document(str(_briefing(built_event(REVIEWS / event))))
    body = document.element.body
    assert news_outside_tables(body, [amount], "briefing", locale) == []
    band = document.tables[0]._tbl
    band.getparent().remove(band)
    (warning,) = news_outside_tables(body, [amount], "briefing", locale)
    assert "news" in warning and "none of the briefing's tables" in warning


@pytest.mark.parametrize(
    ("name", "mark"),
    [("limerick-half-marathon-en-ie", "A record"), ("havnemadmarked-aarhus-da-dk", "Rekord")],
)
def test_a_record_news_bar_prints_its_number_in_the_briefings_picture(name: str, mark: str) -> None:
    """Reviews VV1 A and VV4 N1 (round 24): the news's bar, whose number the band and the lede
    print, was the one bare bar of its chart in the briefing, read as a value missing; round 24 had
    it say its record mark instead. Round 25 (newsbar25): the mark still read as a value left out
    beside its numbered neighbours; the bar prints its number, as the deck's does, and the label
    of a chart whose every bar is labelled is no printing (plan/stated.py `counted_labels`)."""
    from reportgen.data.chart_data import as_drawn, shown
    from reportgen.data.prepare import prepare

    prepared = prepare(REVIEWS / f"{name}.yaml")
    trends = [c for c in prepared.derived.charts.values() if shown(c) and c.kind != "donut" and c.bars]
    assert trends
    for chart in trends:
        briefing = [b.text for b in as_drawn(chart, "briefing").bars if not b.missing]
        deck = [b.text for b in as_drawn(chart, "deck").bars if not b.missing]
        assert briefing == deck, (briefing, deck)
        assert mark not in briefing and all(any(ch.isdigit() for ch in t) for t in briefing), briefing
