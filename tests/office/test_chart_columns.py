"""A chart slide whose text beside the chart is a line or two (review NN: 'The money will be shared
among 112 charities, from hospices to sports clubs.' and 'More than 650 delegates attended, from
21 countries.' alone in a 4.3-inch column beside their charts, three quarters of it empty). The
plan gives the chart the full width and the text its lead where the lead has room; else the
lead joins the text in the column; a tile's own sentence that says nothing of what the chart
counts stays in the briefing (data/plan/deck_pages.py `_thin_lead`, `_lead_beside`). The document
check names a chart's text column its text leaves mostly empty, in any template
(office/thin_column.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from docx import Document
from pptx import Presentation

from reportgen.data.plan.measure import PANEL_CHARS, PANEL_ROWS, _width
from reportgen.data.prepare import prepare
from reportgen.office.seen import AS_SEEN
from reportgen.office.thin_column import thin_column
from reportgen.pipeline.pipeline import BuildResult, build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

REVIEWS = ROOT / "tests" / "data" / "review_events"
LIMERICK = REVIEWS / "limerick-half-marathon-en-ie.yaml"
TASMAN = REVIEWS / "tasman-marine-symposium-en-au.yaml"
DEMO = REVIEWS / "demo-day-es-mx.yaml"
CHARITIES = "The money will be shared among 112 charities, from hospices to sports clubs."
DELEGATES = "More than 650 delegates attended, from 21 countries."


def _plain(text: str) -> str:
    return str(text).translate(AS_SEEN).replace("\u2060", "").replace("\u00a0", " ").replace("’", "'")


def _rows(points: tuple[str, ...]) -> int:
    return sum(-(-_width(t) // PANEL_CHARS) for t in points)


@pytest.mark.parametrize(
    "event",
    [LIMERICK, TASMAN, DEMO, REVIEWS / "gala-en-za.yaml", REVIEWS / "filbo-es-co.yaml"],
    ids=lambda p: p.stem,
)
def test_no_chart_slide_of_the_plan_has_a_column_mostly_empty(event: Path) -> None:
    pages = [p for s in prepare(event).derived.deck_sections for p in s.deck_pages]
    thin = [p.points for p in pages if p.layout == "chart-and-points" and _rows(p.points) <= PANEL_ROWS // 3]
    assert thin == []


def test_a_tiles_sentence_about_the_chart_joins_the_lead_in_the_column() -> None:
    """Limerick: the charities' sentence does not fit the lead's rows after the summary: the
    summary and the sentence fill the column; the title stays, the chart takes the lead's height."""
    view = next(s for s in prepare(LIMERICK).derived.deck_sections if s.id == "fundraising")
    (page,) = [p for p in view.deck_pages if p.chart]
    assert page.layout == "chart-and-points" and not page.lead
    assert page.title_finding.startswith("The sum raised has grown every year since 2023")
    assert [_plain(p) for p in page.points] == [
        "Sponsorship cards, online pages and the bucket collection along the quays all grew, and the"
        " total beat last year's record by a fifth.",
        CHARITIES,
    ]


def test_a_tiles_sentence_about_something_else_stays_in_the_briefing(tmp_path: Path) -> None:
    """TASMARS: the delegates' sentence says nothing of the papers the chart counts: the chart takes
    the full width under its title and lead; the tile prints 650, the briefing the sentence."""
    plan = prepare(TASMAN).derived
    printed = [_plain(t) for s in plan.deck_sections for p in s.deck_pages for t in (p.headline, *p.points)]
    assert not [t for t in printed if "delegates attended" in t]
    (page,) = [p for s in plan.deck_sections for p in s.deck_pages if p.chart]
    assert page.layout == "chart" and page.lead.startswith("The symposium drew its largest field yet")
    result = build(TASMAN, Settings.simple(tmp_path, TEMPLATES))
    assert result.warnings == []
    files = {f.suffix: f for f in result.files}
    deck = Presentation(str(files[".pptx"]))
    slide = next(s for s in deck.slides if any(sh.has_chart for sh in s.shapes))
    (chart,) = [sh for sh in slide.shapes if sh.has_chart]
    assert chart.width > 0.8 * deck.slide_width  # the full width: no column beside it
    assert any(DELEGATES in _plain(p.text) for p in Document(str(files[".docx"])).paragraphs)


def test_figures_phrases_are_the_lead_where_the_title_has_none(tmp_path: Path) -> None:
    """Demo Day: two figures' phrases beside the sectors: one line of parts under the title.
    tiles23 makes the two bare counts glance tiles, so the file keeps them lines (`deck: bullet`)."""
    glance = {f.ref for page in prepare(DEMO).derived.glance_pages for f in page}
    assert {"empresas.fundadoras", "empresas.asistentes"} <= glance  # as filed: tiles (tiles23)
    data = yaml.safe_load(DEMO.read_text(encoding="utf-8"))
    for fid in ("fundadoras", "asistentes"):
        data["sections"]["empresas"]["figures"][fid]["deck"] = "bullet"
    event = tmp_path / DEMO.name
    event.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    view = next(s for s in prepare(event).derived.deck_sections if s.deck_pages and s.deck_pages[0].chart)
    page = view.deck_pages[0]
    assert page.layout == "chart" and page.points == ()
    assert _plain(page.lead) == "14 empresas con al menos una fundadora · Casi 650 asistentes"
    result = build(event, Settings.simple(tmp_path / "out", TEMPLATES))
    assert result.warnings == []
    deck = Presentation(str(next(f for f in result.files if f.suffix == ".pptx")))
    slide = next(
        s for s in deck.slides if any("Casi" in sh.text_frame.text for sh in s.shapes if sh.has_text_frame)
    )
    (chart,) = [sh for sh in slide.shapes if sh.has_chart]
    (lead,) = [sh for sh in slide.shapes if sh.has_text_frame and "Casi" in sh.text_frame.text]
    assert lead.top + lead.height <= chart.top  # over the chart, not beside it
    assert chart.width > 0.8 * deck.slide_width


@pytest.fixture(scope="module")
def limerick_deck(built_event: Callable[[Path], BuildResult]) -> Path:
    result = built_event(LIMERICK)
    assert result.warnings == [], result.warnings
    return next(f for f in result.files if f.suffix == ".pptx")


def _chart_slide(deck: Presentation) -> tuple[object, object, object]:
    slide = next(s for s in deck.slides if any(sh.has_chart for sh in s.shapes))
    (chart,) = [sh for sh in slide.shapes if sh.has_chart]
    (column,) = [
        sh for sh in slide.shapes if sh.has_text_frame and "112 charities" in _plain(sh.text_frame.text)
    ]
    return slide, chart, column


def test_limericks_chart_slide_sets_its_column_full(limerick_deck: Path) -> None:
    deck = Presentation(str(limerick_deck))
    slide, chart, column = _chart_slide(deck)
    assert column.left + column.width <= chart.left  # the column beside the chart
    assert "Sponsorship cards" in column.text_frame.text  # the lead, its first text
    shapes = list(slide.shapes)
    assert (
        thin_column(column, shapes, "slide 3", {}, deck.slide_width * deck.slide_height, deck.slide_height)
        == []
    )


def test_the_check_names_a_chart_column_of_one_line(limerick_deck: Path) -> None:
    deck = Presentation(str(limerick_deck))
    slide, _, column = _chart_slide(deck)
    paragraphs = column.text_frame.paragraphs
    for paragraph in paragraphs[:-1]:  # the charities' sentence alone, as round 19 set it
        paragraph._p.getparent().remove(paragraph._p)
    area = deck.slide_width * deck.slide_height
    (warning,) = thin_column(column, list(slide.shapes), "slide 3", {}, area, deck.slide_height)
    assert warning.startswith("slide 3: the text 'The money will be shared among' beside the chart fills ")
    assert "give the chart the full width" in warning
