"""A chart slide's title that prints a number a bar of its chart prints: the plan states the finding
in the words its summary gives (round 21: the Turkish game conference's 'Sergilenen 180 oyunun
74'ü mobil platformlar içindi' over the bar '74 (%41)' becomes its summary's 'Oyun vitrininde
sergilenen yapımların çoğu mobil platformlar içindi'). The numbers are read by
data/title_numbers.py. No document check names a title that still prints one (round 23): where
no words of the event file say the finding without it, the number is the finding ('pasaron de
6.200 en 2024 a 11.900 en 2026'), and the reviewers asked for it kept (plan/title_echoes.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pptx import Presentation

from reportgen.data.title_numbers import among, numbers
from reportgen.pipeline.pipeline import BuildResult

from ..conftest import ROOT

OYUN = ROOT / "tests" / "data" / "review_events" / "oyun-gelistiricileri-istanbul-tr-tr.yaml"


@pytest.fixture(scope="module")
def oyun_deck(built_event: Callable[[Path], BuildResult]) -> Path:
    result = built_event(OYUN)
    return next(f for f in result.files if f.suffix == ".pptx")


def _chart_slide(prs: Presentation):
    charted = (s for s in prs.slides if any(getattr(sh, "has_chart", False) for sh in s.shapes))
    return next(charted)


def _bar_numbers(slide) -> set:
    chart = next(sh.chart for sh in slide.shapes if getattr(sh, "has_chart", False) and sh.has_chart)
    return numbers([str(int(v)) for v in chart.plots[0].series[0].values], "tr_TR")


def test_the_title_says_in_words_what_the_bar_prints(oyun_deck: Path) -> None:
    slide = _chart_slide(Presentation(str(oyun_deck)))
    title = slide.shapes.title.text_frame.text.replace("\u00a0", " ")
    assert title == "Oyun vitrininde sergilenen yapımların çoğu mobil platformlar içindi"
    texts = [s.text_frame.text for s in slide.shapes if s.has_text_frame]
    # the summary's other clause stays the lead; its first is the title, not said twice
    assert "Konsol oyunlarının sayısı ise geçen yıla göre iki katına çıktı." in texts
    assert not any("çoğu mobil" in t for t in texts if t != slide.shapes.title.text_frame.text)
    assert among(title, _bar_numbers(slide), "tr_TR") == []
    numbered = "Sergilenen 180 oyunun 74’ü mobil platformlar içindi"
    assert among(numbered, _bar_numbers(slide), "tr_TR") == ["74"]


@pytest.mark.parametrize(
    ("title", "labels", "locale", "found"),
    [
        ("Sergilenen 180 oyunun 74’ü mobil platformlar içindi", ["74 (%41)", "52 (%29)"], "tr_TR", ["74"]),
        ("Un quarto delle cantine veniva dal Piemonte, 312 su 1240", ["312", "250"], "it_IT", ["312"]),
        ("Les visiteurs en 2024", ["2024", "12 000"], "fr_FR", []),  # a year is no bar's number
        ("하회별신굿탈놀이 공연이 21만 4000명으로 가장 많았다", ["21만 4000명"], "ko_KR", ["21만 4000"]),
        ("Mobile leads with 41 %", ["74 (41 %)"], "en_GB", ["41 %"]),  # a share, as a share
        ("Mobile: 41 games", ["74 (41 %)"], "en_GB", []),  # a count is no share
    ],
)
def test_a_titles_numbers_among_its_bars(
    title: str, labels: list[str], locale: str, found: list[str]
) -> None:
    assert among(title, numbers(labels, locale), locale) == found


def test_a_count_of_the_bars_is_no_bars_number() -> None:
    # the Quanzhou marathon's '来自12个国家和地区的选手参赛' over twelve countries, Thailand's bar 12
    title, labels = "来自12个国家和地区的选手参赛", ["148人", "12人", "9人"]
    assert among(title, numbers(labels, "zh_CN"), "zh_CN") == ["12"]
    assert among(title, numbers(labels, "zh_CN"), "zh_CN", frozenset({12})) == []
    assert among("12 % of visitors", numbers(["12 %"], "en"), "en", frozenset({12})) == ["12 %"]
