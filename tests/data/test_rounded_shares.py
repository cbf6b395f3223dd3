"""Review CC (issue 19): the film market's chart printed "environ 26 %" on every share of its
exact counts. A share of exact counts rounded to a whole percent is a rounding, printed as the
press prints it, and the chart says once that its shares are rounded where they make another sum;
a qualifier the author wrote stays on the amounts and on every share of them."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from docx import Document
from pptx import Presentation

from reportgen.data.formatting import Formatter, shares_rounded
from reportgen.data.model import Qualifier
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES, seen

REVIEWS = ROOT / "tests" / "data" / "review_events"
EVENTS = ROOT / "tests" / "events"
LOCALES = ("en_GB", "de_DE", "fr_CA", "es_MX", "it_IT", "pt_BR", "nl_NL", "pl_PL", "sv_SE", "ja_JP", "ko_KR")
LOCALES += ("zh_CN", "zh_TW")
#: 12, 7, 5, 5, 4, 4, 4, 3 and 3 of 47 co-productions: 26 + 15 + 11 + 11 + 9 + 9 + 9 + 6 + 6 = 102 %
FILM_MARKET = [Decimal(n) / 47 for n in (12, 7, 5, 5, 4, 4, 4, 3, 3)]


@pytest.mark.parametrize("locale", LOCALES)
def test_shares_of_exact_counts_print_rounded_without_about(locale: str) -> None:
    fmt = Formatter(locale)
    about = fmt.qualifier(Qualifier.about)  # 'environ', 'rund', '约', '약', '約', 'circa', 'cirka'…
    shares = fmt.shares(FILM_MARKET)
    assert [s for s in shares if about in s] == [], shares
    assert [s.replace("\u00a0", "").replace("\u202f", "") for s in shares][:2] == ["26%", "15%"], shares
    # of approximate amounts, the author's qualifier is on every share, in the language's words
    assert all(about in s for s in fmt.shares(FILM_MARKET, approximate=True))


def test_shares_are_rounded_where_printed_they_make_another_sum() -> None:
    assert shares_rounded(FILM_MARKET)  # 102 %
    assert not shares_rounded([Decimal(1) / 4] * 4)  # exact: 25 % each
    assert not shares_rounded([Decimal(1) / 8, Decimal(3) / 8, Decimal(1) / 2])  # 12.5 % exact
    assert not shares_rounded([Decimal(1) / 6, Decimal(1) / 3, Decimal(1) / 2])  # 17 + 33 + 50 = 100 %


def _chart_texts(deck: Path) -> list[str]:
    """Every text of the deck's native charts (their category names and value labels)."""
    texts = []
    for slide in Presentation(str(deck)).slides:
        for shape in slide.shapes:
            if shape.has_chart:
                xml = shape.chart.part.blob.decode("utf-8")
                texts += [seen(t) for t in _between(xml, "<c:v>", "</c:v>")]
                texts += [seen(t) for t in _between(xml, "<a:t>", "</a:t>")]
    return texts


def _between(xml: str, start: str, end: str) -> list[str]:
    return [part.split(end, 1)[0] for part in xml.split(start)[1:]]


def test_the_film_markets_shares_are_rounded_once_not_about_each(tmp_path: Path) -> None:
    result = build(REVIEWS / "marche-film-montreal-fr-ca.yaml", Settings.simple(tmp_path, TEMPLATES))
    deck = next(f for f in result.files if f.suffix == ".pptx")
    labels = [t for t in _chart_texts(deck) if t.endswith("%)")]
    assert labels[:3] == ["12 (26 %)", "7 (15 %)", "5 (11 %)"], labels
    assert not [t for t in _chart_texts(deck) if "environ" in t]
    briefing = next(f for f in result.files if f.suffix == ".docx")
    lines = [seen(p.text) for p in Document(str(briefing)).paragraphs]
    assert lines.count("Parts arrondies à l’unité.") == 1, lines
    caption = lines.index("La France et la Belgique comptent pour plus du tiers des ententes signées.")
    assert lines[caption + 1] == "Parts arrondies à l’unité."
    # the author's 'about' stays where the author wrote it: the buyers' tile
    tiles = [
        seen(s.text_frame.text)
        for sl in Presentation(str(deck)).slides
        for s in sl.shapes
        if s.has_text_frame
    ]
    assert any(t.startswith("environ\n620") for t in tiles), tiles


def test_korean_shares_of_exact_counts_say_their_rounding_once(tmp_path: Path) -> None:
    result = build(EVENTS / "languages" / "esports-ko.yaml", Settings.simple(tmp_path, TEMPLATES))
    deck = next(f for f in result.files if f.suffix == ".pptx")
    assert not [t for t in _chart_texts(deck) if "약" in t and t.endswith("%)")]
    briefing = next(f for f in result.files if f.suffix == ".docx")
    # as a reader sees it: without the word joiners that tie a Korean number to its counter ('16\u2060개')
    lines = [seen(p.text).replace("\u2060", "") for p in Document(str(briefing)).paragraphs]
    # once a chart, under its caption, in the briefing's register (반올림했다, as its sentences end)
    caption = lines.index("16개 팀 가운데 한국과 중국이 각각 4팀을 보냈다.")
    assert lines[caption + 1] == "비율은 소수점 이하에서 반올림했다.", lines
    assert lines.count("비율은 소수점 이하에서 반올림했다.") == 2  # the prize split's 42 + 21 + 17 + 13 + 8 %


def _note_on_charts_slide(deck: Path, note: str) -> list[bool]:
    """For each slide with a chart whose shares are rounded: whether a text on it says `note`."""
    found = []
    for slide in Presentation(str(deck)).slides:
        charts = [s.chart for s in slide.shapes if getattr(s, "has_chart", False) and s.has_chart]
        if not any(t.endswith(("%)", "%）")) for c in charts for t in _texts_of(c)):
            continue
        printed = [seen(s.text_frame.text).replace("\u2060", "") for s in slide.shapes if s.has_text_frame]
        found.append(any(note in t for t in printed))
    return found


def _texts_of(chart: object) -> list[str]:
    xml = chart._chartSpace.xml  # type: ignore[attr-defined]
    return [seen(t).replace("\u2060", "") for t in _between(xml, "<a:t>", "</a:t>")]


@pytest.mark.parametrize(
    ("event", "note"),
    [
        # review GG: 98 % of the marathon's 612 runners, the note in the briefing only
        (REVIEWS / "marathon-quanzhou-zh-cn.yaml", "各项占比经四舍五入取整。"),
        (REVIEWS / "marche-film-montreal-fr-ca.yaml", "Parts arrondies à l’unité."),
        (EVENTS / "languages" / "esports-ko.yaml", "비율은 소수점 이하에서 반올림했다."),  # its register
    ],
)
def test_the_deck_says_its_charts_shares_are_rounded_on_the_charts_slide(
    tmp_path: Path, event: Path, note: str
) -> None:
    result = build(event, Settings.simple(tmp_path, TEMPLATES))
    assert result.warnings == []
    deck = next(f for f in result.files if f.suffix == ".pptx")
    found = _note_on_charts_slide(deck, note)
    assert found and all(found), found
