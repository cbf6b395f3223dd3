"""Review O (issue 19): list items and breakdowns as an editor writes them, in the built documents.

- A breakdown after its whole, not 'Teilnehmende (Vor Ort in Wien: 1.650, Online zugeschaltet: 750)'
  (data/breakdowns.py), in every language;
- the event's theme set as a quoted line, not 'Motto: „…“' / 'Lema: «…»';
- a launch's items printed once (not again after a summary that says them);
- one precision for a list's shares (Formatter.shares), not '6 (18.75%)' beside '9 (about 28%)'.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from docx import Document
from pptx import Presentation

from reportgen.data import breakdowns
from reportgen.data.formatting import Formatter
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES, pptx_slide_texts, seen

REVIEWS = ROOT / "tests" / "data" / "review_events"
EVENTS = ROOT / "tests" / "events"


def _briefing(event: Path, out: Path) -> list[str]:
    """The briefing's body paragraphs as a reader sees them (no-break spaces and joiners unseen)."""
    result = build(event, Settings.simple(out, TEMPLATES))
    assert result.warnings == [], result.warnings
    docx = next(f for f in result.files if f.suffix == ".docx")
    # a CJK date's zero-width space in a justified paragraph (office/cjk_dates.py) unseen too
    return [
        seen(p.text).replace("\u2060", "").replace("\u200b", "")
        for p in Document(str(docx)).paragraphs
        if p.text.strip()
    ]


@pytest.mark.parametrize(
    ("event", "line"),
    [
        (
            REVIEWS / "kongress-wien-de-at.yaml",  # the whole on the first page: its parts alone
            "Teilnehmende, davon 1.650 vor Ort in Wien und 750 online zugeschaltet",
        ),
        (
            REVIEWS / "anime-expo-ja.yaml",  # a sentence among sentences: its copula and 。 (review T)
            "グッズ売上のうち、会場販売が8億3000万円以上、オンライン販売が4億2000万円以上でした。",
        ),
        (
            REVIEWS / "demo-day-es-mx.yaml",  # a prize's name keeps its capital, in brackets; four
            # prizes of one amount print it once (review Q); after a sentence, a colon: 'de los
            # cuales …' opens a clause that wants its verb (review S)
            "La bolsa total de premios fue de 2.5 millones de pesos: 1 millón de pesos "
            "(Gran premio) y 375,000 pesos cada uno (Impacto social, Mejor empresa fundada por "
            "mujeres, Innovación tecnológica y Premio del público).",
        ),
        (
            # a label naming what is counted (without the chart whose sentence, in its place,
            # states the split already: then no bullet lists it again, test_split_said_once.py)
            ROOT / "data" / "examples" / "harbourside-expo-2025.yaml",
            "Exhibitors, of which more than 700 domestic exhibitors and more than 500 international "
            "exhibitors",
        ),
        (
            EVENTS / "languages" / "cycling-tour-nl.yaml",
            "Totaal prijzengeld, waarvan elk 125.000 euro (Ronde voor mannen en Ronde voor vrouwen)",
        ),
    ],
    ids=["de", "ja", "es", "en", "nl"],
)
def test_a_breakdown_is_written_as_a_sentence(event: Path, line: str, tmp_path: Path) -> None:
    if event.name == "harbourside-expo-2025.yaml":
        text = event.read_text(encoding="utf-8")
        start = text.index("  exhibitors:\n    title: Exhibitors by origin")
        chart = text[start : text.index("  deals:\n", start)]
        event = tmp_path / event.name
        event.write_text(text.replace(chart, ""), encoding="utf-8")
    lines = _briefing(event, tmp_path / "out")
    assert line in lines


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("fr_FR", ", dont 1650 sur place et 750 (Diffusion en direct)"),
        ("it_IT", ", di cui 1650 (Sur place) e 750 (Diffusion en direct)"),
        ("pt_PT", ", dos quais 1650 (Sur place) e 750 (Diffusion en direct)"),
        ("zh_CN", "，其中Sur place 1650，Diffusion en direct 750"),
        ("ko_KR", ", 이 중 Sur place 1650, Diffusion en direct 750"),
    ],
)
def test_the_words_of_a_breakdown_in_each_language(locale: str, expected: str) -> None:
    """Hand-written: the language's 'of which', its list, and a label after its number in small
    letters only where it opens with a preposition of that language ('Sur', in French alone);
    any other label keeps its capital, in brackets after its number (it may be a name)."""
    parts = [("Sur place", "1650"), ("Diffusion en direct", "750")]
    assert breakdowns.clause(parts, locale) == expected


def test_a_chinese_and_a_korean_breakdown_name_their_whole() -> None:
    parts = [("现场销售", "8.3亿元"), ("线上销售", "4.2亿元")]
    assert breakdowns.alone("文创销售额", parts, "zh_CN") == "文创销售额中，现场销售8.3亿元，线上销售4.2亿元"
    parts = [("현장 판매", "8억 원"), ("온라인 판매", "4억 원")]
    assert (
        breakdowns.alone("굿즈 매출", parts, "ko_KR") == "굿즈 매출 중 현장 판매 8억 원, 온라인 판매 4억 원"
    )


@pytest.mark.parametrize(
    ("event", "theme"),
    [
        (REVIEWS / "kongress-wien-de-at.yaml", "„Gemeinsam durch die erste Stunde“"),
        (REVIEWS / "feria-vino-ribera-2026.yaml", "«Viñedo, clima y mercados»"),
        (REVIEWS / "nongbohui-zh-cn.yaml", "“天府粮仓 · 乡村振兴”"),
    ],
    ids=["de", "es", "zh"],
)
def test_the_theme_is_a_quoted_line_not_a_labelled_field(event: Path, theme: str, tmp_path: Path) -> None:
    lines = _briefing(event, tmp_path / "out")
    assert lines[2] == theme  # under the title and the subtitle, as the deck sets it
    assert not any(x.startswith(("Motto", "Lema", "主题", "Theme")) for x in lines)


def test_a_launchs_items_its_summary_says_are_not_listed_again(tmp_path: Path) -> None:
    lines = _briefing(REVIEWS / "nongbohui-zh-cn.yaml", tmp_path / "out")
    assert "重大项目集中签约仪式：10月15日下午举行，涉及粮油加工、冷链物流、智慧农业和预制菜等领域。" in lines
    assert not any("签约领域" in x for x in lines)
    # an item the summary does not say stays: the opening's segments, less the one it says (嘉宾巡馆)
    # joined as the deck joins it (one wording of a list in both documents: review V)
    assert any(x.endswith("主要环节：领导致辞、宣布开幕和川字号农产品品牌发布。") for x in lines)


def test_a_lists_shares_are_at_one_precision() -> None:
    fmt = Formatter("en_GB")
    thirds = [Decimal(6) / 32, Decimal(9) / 32, Decimal(17) / 32]
    # rounded shares of exact counts print as the press prints them: the chart says its rounding once
    assert fmt.shares(thirds) == ["19%", "28%", "53%"]
    sixteenths = [Decimal(4) / 16, Decimal(3) / 16, Decimal(2) / 16]  # 12.5: half up, as editors round
    assert fmt.shares(sixteenths) == ["25%", "19%", "13%"]
    assert fmt.shares([Decimal(171) / 250, Decimal(52) / 250, Decimal(1) / 4]) == ["68.4%", "20.8%", "25.0%"]
    assert Formatter("de_DE").shares(thirds) == ["19\u00a0%", "28\u00a0%", "53\u00a0%"]
    # of approximate amounts ('about £171,000' of 'nearly £250,000'), every share is 'about' (review U)
    assert fmt.shares([Decimal(171) / 250, Decimal(52) / 250, Decimal(1) / 4], approximate=True) == [
        "about 68%",
        "about 21%",
        "about 25%",
    ]


def test_the_shares_of_approximate_parts_say_about_on_the_deck(tmp_path: Path) -> None:
    """The fun run's donut read 'about £171,000 (68.4%)': a share of an amount that is 'about'.
    Every value of it is: the note under the chart says so once (data/shared_qualifier.py)."""
    result = build(
        ROOT / "tests" / "data" / "review_events" / "fun-run-en-gb.yaml", Settings.simple(tmp_path, TEMPLATES)
    )
    labels = _chart_labels(result.files, "Online sponsorship")
    # of the parts' £247,000, which 'nearly £250,000' describes (data/share_base.py)
    assert labels == ["Online sponsorship:\n£171,000 (69%)"], labels
    deck = next(f for f in result.files if f.suffix == ".pptx")
    assert any("All values are approximate." in t for t in pptx_slide_texts(deck))


def test_a_donuts_shares_are_at_one_precision_on_the_deck(tmp_path: Path) -> None:
    """esports-ko's teams: '유럽: 3 (18.75%)' beside '한국: 4 (25%)'; now one precision, rounded
    (the chart says so once: test_rounded_shares.py)."""
    result = build(EVENTS / "languages" / "esports-ko.yaml", Settings.simple(tmp_path / "out", TEMPLATES))
    assert _chart_labels(result.files, ("한국", "유럽")) == ["한국: 4 (25%)", "유럽: 3 (19%)"]


def _chart_labels(files: list[Path], starts: str | tuple[str, ...]) -> list[str]:
    """The built deck's chart category labels that start with `starts`, as a reader sees them."""
    deck = next(f for f in files if f.suffix == ".pptx")
    return [
        seen(str(c))
        for slide in Presentation(str(deck)).slides
        for shape in slide.shapes
        if shape.has_chart
        for c in shape.chart.plots[0].categories
        if str(c).startswith(starts)
    ]


@pytest.mark.parametrize(
    ("locale", "label", "parts", "counted", "said"),
    [
        (
            "en_GB",
            "Exhibitors",
            [("Domestic exhibitors", "more than 700"), ("International exhibitors", "more than 500")],
            "exhibitors",
            "Exhibitors included more than 700 domestic exhibitors (58%) and more than 500 "
            "international exhibitors (42%)",
        ),
        (
            "de_DE",
            "Teilnehmende",
            [("Vor Ort in Wien", "1.650"), ("Online zugeschaltet", "750")],
            "",
            "Teilnehmende: Es waren 1.650 vor Ort in Wien (58%) und 750 online zugeschaltet (42%)",
        ),
        (
            "fr_FR",
            "Participants",
            [("Sur place", "860"), ("En ligne", "1 280")],
            "",
            "Participants\u00a0: la répartition était de 860 sur place (58%) et 1 280 en ligne (42%)",
        ),
        (
            "pl_PL",
            "Wystawcy",
            [("Krajowi", "ponad 700"), ("Zagraniczni", "ponad 500")],
            "",
            "Wystawcy: na całość złożyło się ponad 700 (Krajowi, 58%) i ponad 500 (Zagraniczni, 42%)",
        ),
        (
            "sv_SE",
            "Deltagare",
            [("På plats i Umeå", "860"), ("Online", "1 280")],
            "",
            "Deltagare: fördelningen var 860 på plats i Umeå (58%) och 1 280 online (42%)",
        ),
    ],
    ids=["en", "de", "fr", "pl", "sv"],
)
def test_a_wholes_parts_printed_as_a_sentence_have_a_verb(
    locale: str, label: str, parts: list[tuple[str, str]], counted: str, said: str
) -> None:
    """Round 23: a chart too small to draw printed 'Exhibitors, of which more than 700 … .' as its
    sentence, with no verb; its parts now read as a sentence in every language (the catalogue's)."""
    from reportgen.data.breakdowns import sentence

    assert sentence(label, parts, locale, counted, None, ["58%", "42%"]) == said
