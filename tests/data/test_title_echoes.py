"""Review NN: a slide's title said again right under it.

JASS福岡's chart slide was titled '参加者の約3割がASEAN各国からの来日でした' over the lead 'ASEAN各国
から多くの起業家が来日し、…'; İOGK's 'Sergilenen 180 oyunun 74’ü mobil platformlar içindi' over
'Oyun vitrininde sergilenen yapımların çoğu mobil platformlar içindi; …'; the Taichung festival's
'…放映場次最多，共124場' over the bar '124（30%）'. The lead keeps only the clauses the title does not
say (plan/title_echoes.py); a chart's title drops a last clause whose number a bar prints; the
document check names a lead that says its title again (office/lead_echoes.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.util import Inches, Pt

from reportgen.data.derive import derive
from reportgen.data.formatting import Formatter
from reportgen.data.load import load_event
from reportgen.office.lead_echoes import echoed_leads
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

EVENTS = ROOT / "tests" / "events"
LANGUAGES = EVENTS / "languages"
REVIEWS = ROOT / "tests" / "data" / "review_events"
JASS = LANGUAGES / "jass-fukuoka-ja.yaml"
IOGK = REVIEWS / "oyun-gelistiricileri-istanbul-tr-tr.yaml"
DEALS = "toplam değeri {value} oldu."
DEALS_MORE = "toplam değeri {value} oldu; bunların yarısı Körfez ülkelerinden geldi."


def _derived(path: Path):
    summary = load_event(path)
    return derive(summary, Formatter(summary.formatting.locale, dict(summary.formatting.currency_labels)))


def _page(path: Path, section: str):
    derived = _derived(path)
    return derived, next(p for s in derived.deck_sections if s.id == section for p in s.deck_pages if p.chart)


@pytest.mark.parametrize(
    ("event", "section", "title", "lead"),
    [
        # Japanese: the clause before 'し、' says the title's claim; the one after it is the lead
        (
            JASS,
            "kekka",
            "参加者の約3割がASEAN各国からの来日でした",
            "会期中に設けられた個別商談の枠は初日の午前中にほぼ埋まりました。",
        ),
        # Turkish, its words with their suffixes ('oyunun', 'oyun'): the clause after the semicolon;
        # the caption's '74’ü', which the bar '74 (%41)' prints, gives way to the summary's words for
        # it, its 'çoğu' (round 21: a number once a slide)
        (
            IOGK,
            "oyunlar",
            "Oyun vitrininde sergilenen yapımların çoğu mobil platformlar içindi",
            "Konsol oyunlarının sayısı ise geçen yıla göre iki katına çıktı.",
        ),
        # German: the sentence that says the title again goes, the one before it stays; the
        # caption's '690 Unternehmen', the bar's 690, gives way to the summary's words for it
        (
            REVIEWS / "industriemesse-hannover-de.yaml",
            "aussteller",
            "China stellte nach Deutschland das zweitgrößte Kontingent",
            "Die Aussteller kamen aus aller Welt. „Knapp 4.000 Unternehmen aus 60 Ländern präsentierten "
            "ihre Lösungen.“ —\u00a0Deutsche Industriemessen AG",
        ),
    ],
)
def test_a_lead_keeps_only_what_its_title_does_not_say(
    event: Path, section: str, title: str, lead: str
) -> None:
    _, page = _page(event, section)
    assert (page.title_finding, page.lead) == (title, lead)


def test_a_lead_that_only_says_its_title_again_goes() -> None:
    """Portuguese: 'Metade do público veio de fora da Área Metropolitana do Porto.' under '51% dos
    visitantes vieram de fora da Área Metropolitana do Porto': the chart supports the title. Its
    bar prints the 51 %: the summary's words for it are the title (round 21), said once."""
    _, page = _page(LANGUAGES / "design-week-pt.yaml", "publico")
    assert page.title_finding == "Metade do público veio de fora da Área Metropolitana do Porto"
    assert page.lead == ""


@pytest.mark.parametrize(
    ("event", "section", "title"),
    [
        (REVIEWS / "fun-run-en-gb.yaml", "runners", "Runners aged 30 to 39 were the largest group"),
    ],
)
def test_a_chart_title_leaves_its_bars_number_to_the_bar(event: Path, section: str, title: str) -> None:
    derived, page = _page(event, section)
    assert page.title_finding == title
    bars = {re.sub(r"\D", "", b.text) for b in derived.charts[page.chart].bars}
    assert not {re.sub(r"\D", "", n) for n in re.findall(r"\d[\d,.]*", page.title_finding)} & bars


def test_a_korean_clause_before_its_comma_keeps_the_whole_title() -> None:
    """'…해마다 늘었고, 올해 처음으로 2만 명을 넘었습니다': the clause before the comma ends in a
    connective, no title on its own; the title stays whole."""
    _, page = _page(REVIEWS / "climatetech-ko-kr.yaml", "chamga")
    assert page.title_finding.endswith("2만 명을 넘었습니다")


def test_the_built_deck_says_no_title_twice(tmp_path: Path) -> None:
    result = build(JASS, Settings.simple(tmp_path / "out", TEMPLATES))
    deck = next(f for f in result.files if f.suffix == ".pptx")
    slides = Presentation(str(deck)).slides
    assert [w for at, s in enumerate(slides, 1) for w in echoed_leads(s, f"slide {at}")] == []
    texts = [shape.text_frame.text for s in slides for shape in s.shapes if shape.has_text_frame]
    assert any(t.startswith("会期中に設けられた個別商談の枠は") for t in texts)
    assert not any("来日し、" in t for t in texts)


@pytest.mark.parametrize(
    ("title", "lead", "named"),
    [
        (
            "Sergilenen 180 oyunun 74’ü mobil platformlar içindi",
            "Oyun vitrininde sergilenen yapımların "
            "çoğu mobil platformlar içindi; konsol oyunları iki katına çıktı.",
            True,
        ),
        (
            "参加者の約3割がASEAN各国からの来日でした",
            "ASEAN各国から多くの起業家が来日し、商談の枠は埋まりました。",
            True,
        ),
        # the amount the title lacks: the title's figure, its support
        (
            "今年から企業協賛が大幅に増え、賞金総額も引き上げられました",
            "企業協賛金の総額は1億2850万円を超えました。",
            False,
        ),
        # the same subject, another claim: not named
        ("Visitors came from 40 countries", "Visitors spent more than last year on tickets and food.", False),
    ],
)
def test_the_check_names_a_lead_that_says_its_title(
    tmp_path: Path, title: str, lead: str, named: bool
) -> None:
    """In any template: a slide of a title and a text box under it, as a user's deck may have."""
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[5])  # title only
    slide.shapes.title.text = title
    box = slide.shapes.add_textbox(Inches(0.5), Inches(2), Inches(9), Inches(3))
    box.text_frame.text = lead
    box.text_frame.paragraphs[0].runs[0].font.size = Pt(20)
    warnings = echoed_leads(slide, "d.pptx: slide 1")
    assert bool(warnings) == named, warnings
    assert not warnings or warnings[0].startswith("d.pptx: slide 1: the text under the title says it again")


def test_a_slide_of_text_is_titled_by_the_clause_that_heads_its_bullets(tmp_path: Path) -> None:
    """İOGK's 'Yatırımcı buluşmalarında en çok mobil ve hiper-casual oyunlar ilgi gördü' headed
    neither the prize fund nor the deal total under it; the summary's other clause, about the
    deals studios signed, heads both: it is the title, the first clause its lead. The deals' line
    is given a clause of its own here, so that it says more than its tile and is printed (the
    file's own line says the tile again, and the glance prints it: review PP)."""
    event = tmp_path / IOGK.name
    event.write_text(IOGK.read_text(encoding="utf-8").replace(DEALS, DEALS_MORE), encoding="utf-8")
    page = next(s for s in _derived(event).deck_sections if s.id == "is_birligi").deck_pages[0]
    assert page.title_finding == "Birçok stüdyo ilk yayın anlaşmasını konferansta imzaladı"
    assert page.lead == "Yatırımcı buluşmalarında en çok mobil ve hiper-casual oyunlar ilgi gördü."
    assert any("38" in p for p in page.points)
