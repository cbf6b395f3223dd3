"""A breakdown's whole, given in the event file, reaches each document where a reader sees it
(review CC, round 15: the marathon's '境外选手612人' was on no slide, only in the alt text).

A chart of a breakdown's parts draws a bar for each part and none for the whole; the deck leaves
out the whole's own line under that chart (the chart shows the figure). Where no tile, lead or
caption of the deck prints the whole either, the chart's title carries it, as a donut's does where
its hole has no room ('境外选手来源国（人）：612人'). The document check names a whole the data
gives that a document prints nowhere (its speaker notes are no printing)."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from pptx import Presentation

from reportgen.data.plan import totals
from reportgen.office.quality import check_deck
from reportgen.office.repeats import Amount, parse_amount
from reportgen.office.totals import unprinted_totals
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES, chart_text, seen

REVIEWS = ROOT / "tests" / "data" / "review_events"
#: A trade fair whose exhibitors by country are a bar chart, their whole in no tile nor text.
GRAZ = """\
event:
  name: Fachmesse Graz 2026
  short_name: FMG 2026
  year: 2026
  city: Graz
  country: Österreich
  start_date: 2026-03-10
  closing_date: 2026-03-12
formatting:
  locale: de_AT
sources:
  release:
    title: Schlussbericht
sections:
  messe:
    title: Besucher
    summary: Die Messe war gut besucht.
    figures:
      besucher:
        label: Fachbesucher
        value: 18400
        unit: Besucher
        key: true
  aussteller:
    title: Aussteller
    summary: Die Aussteller kamen vor allem aus Österreich und Deutschland.
    figures:
      herkunft:
        label: Aussteller
        value: 1240
        unit: Aussteller
        breakdown:
          at: {label: Österreich, value: 520}
          de: {label: Deutschland, value: 310}
          it: {label: Italien, value: 140}
          si: {label: Slowenien, value: 110}
          hu: {label: Ungarn, value: 90}
          ch: {label: Schweiz, value: 70}
charts:
  herkunft:
    title: Aussteller nach Herkunftsland
    kind: bar
    breakdown: true
    figures: [aussteller.herkunft]
"""
LANGUAGES = ROOT / "tests" / "events" / "languages"


def _slide_texts(deck: Path) -> list[str]:
    """What each slide prints: its text boxes and its native charts' texts, not its notes."""
    out = []
    for slide in Presentation(str(deck)).slides:
        texts = [s.text_frame.text for s in slide.shapes if s.has_text_frame]
        texts += [
            seen(chart_text(s.chart)) for s in slide.shapes if getattr(s, "has_chart", False) and s.has_chart
        ]
        out.append(seen("\n".join(texts)).replace("\u2060", ""))  # as a reader sees it
    return out


def _chart_titles(deck: Path) -> list[str]:
    return [
        seen(s.chart.chart_title.text_frame.text)
        for slide in Presentation(str(deck)).slides
        for s in slide.shapes
        if getattr(s, "has_chart", False) and s.has_chart and s.chart.has_title
    ]


@pytest.mark.parametrize(
    ("event", "total", "title"),
    [
        # 12 countries' bars, the whole in no tile nor text of the deck (review CC)
        # its unit said once: '境外选手来源国（人）：612人' doubled it (review GG)
        # and as a bracketed whole: '境外选手来源国：612人' read 'source countries: 612 people' (review II)
        (REVIEWS / "marathon-quanzhou-zh-cn.yaml", "612人", "境外选手来源国（共612人）"),
    ],
)
def test_a_charts_whole_that_no_other_printing_carries_titles_its_chart(
    tmp_path: Path, event: Path, total: str, title: str
) -> None:
    result = build(event, Settings.simple(tmp_path, TEMPLATES))
    assert result.warnings == []
    deck = next(f for f in result.files if f.suffix == ".pptx")
    assert title in _chart_titles(deck)
    assert sum(total in t for t in _slide_texts(deck)) == 1  # once: no other slide prints it
    briefing = next(f for f in result.files if f.suffix == ".docx")
    assert any(total in seen(p.text).replace("\u2060", "") for p in Document(str(briefing)).paragraphs)


@pytest.mark.parametrize(
    ("locale", "title", "total", "titled"),
    [
        # Chinese, Japanese and Korean write the whole as a bracketed total, not after a colon
        # ('境外选手来源国：612人' read 'source countries: 612 people', review II)
        ("zh_CN", "境外选手来源国（人）", "612人", "境外选手来源国（共612人）"),
        ("zh_TW", "境外選手來源國", "612人", "境外選手來源國（共612人）"),
        ("ja_JP", "来場者数（人次）", "12万人次", "来場者数（計12万人次）"),
        ("ko_KR", "국가별 참가자", "612명", "국가별 참가자 (총 612명)"),
        ("en_GB", "Runners by country (people)", "612 people", "Runners by country: 612 people"),
        (
            "de_AT",
            "Aussteller nach Land (Aussteller)",
            "1.240 Aussteller",
            "Aussteller nach Land: 1.240 Aussteller",
        ),
        ("fr_FR", "Fonds par région (M€)", "12,5 M€", "Fonds par région\u00a0: 12,5 M€"),
        # a bracket that says something else than the total's unit stays
        ("en_GB", "Runners by country (2026)", "612 people", "Runners by country (2026): 612 people"),
        ("zh_CN", "参展商来源（家）", "1240人", "参展商来源（家）（共1240人）"),
    ],
)
def test_a_total_joins_its_charts_title_with_its_unit_said_once(
    locale: str, title: str, total: str, titled: str
) -> None:
    pair = "：" if "（" in title else ("\u00a0: " if "€" in total else ": ")
    assert totals.total_title(title, total, pair, locale) == titled


def test_a_german_charts_whole_titles_it_in_the_documents_own_words(tmp_path: Path) -> None:
    event = tmp_path / "graz.yaml"
    event.write_text(GRAZ, encoding="utf-8")
    result = build(event, Settings.simple(tmp_path / "out", TEMPLATES))
    assert result.warnings == []
    deck = next(f for f in result.files if f.suffix == ".pptx")
    assert "Aussteller nach Herkunftsland: 1.240 Aussteller" in _chart_titles(deck)


def _amount(text: str, locale: str) -> Amount:
    found = parse_amount(text, locale)
    assert found is not None
    return found


@pytest.mark.parametrize(
    ("locale", "label", "total", "printed", "unprinted"),
    [
        ("zh_CN", "境外选手", "612人", "境外选手来源国（共612\u2060人）", "肯尼亚居首（约24%）"),
        (
            "fr_CA",
            "Professionnels",
            "2 850 professionnels",
            "Au total, 2\u202f850 professionnels.",
            "La France",
        ),
        ("de_AT", "Aussteller", "1.240 Aussteller", "Aussteller nach Land: 1.240", "Österreich vorne"),
        ("en_KE", "Attendees", "18,500 attendees", "Attendees by county: 18,500", "Nairobi led"),
    ],
)
def test_the_check_names_a_given_total_printed_nowhere(
    locale: str, label: str, total: str, printed: str, unprinted: str
) -> None:
    totals = [(label, _amount(total, locale))]
    assert unprinted_totals(totals, [("slide 5", printed)], "deck.pptx", locale) == []
    warnings = unprinted_totals(
        totals, [("slide 5", unprinted), ("slide 2", "Kenya 148")], "deck.pptx", locale
    )
    assert len(warnings) == 1
    assert warnings[0].startswith(f"deck.pptx: the total of '{label}'")
    assert total in warnings[0]


def test_the_decks_check_names_the_marathons_total_once_its_chart_title_loses_it(tmp_path: Path) -> None:
    event = REVIEWS / "marathon-quanzhou-zh-cn.yaml"
    result = build(event, Settings.simple(tmp_path, TEMPLATES))
    deck = next(f for f in result.files if f.suffix == ".pptx")
    totals = [("境外选手", _amount("612人", "zh_CN"))]
    named = "the total of '境外选手'"
    assert not [w for w in check_deck(deck, "deck", locale="zh_CN", totals=totals) if named in w]
    prs = Presentation(str(deck))
    for slide in prs.slides:  # the chart's title as it was: the whole in the speaker notes only
        for shape in slide.shapes:
            if getattr(shape, "has_chart", False) and shape.has_chart and shape.chart.has_title:
                frame = shape.chart.chart_title.text_frame
                frame.text = frame.text.split("（共")[0]
    warnings = [w for w in check_deck(prs, "deck", locale="zh_CN", totals=totals) if named in w]
    assert len(warnings) == 1 and "'612人'" in warnings[0]
