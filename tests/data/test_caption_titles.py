"""A chart's slide is titled by the finding the event file's caption states, not by a sibling fact
nor by the finding the plan reads from the chart's data (round 23, reviews RR1 #6 and RR2 #1): the
Pesaro fair's caption 'Su 640 espositori, 238 sono arrivati da 11 paesi esteri, guidati dalla
Germania con 48' had given way to 'Italia in testa' (its '11 paesi' read as Turkey's bar 11),
after 'La superficie espositiva è stata di circa 62.000 m²' the round before; the Korean festival's
'숲속 인디 무대에서 가장 많은 41팀이 공연했습니다' to '1위는 숲속 인디 무대'. A number of the caption's
that a bar prints is cut where the finding reads whole without it ('… guidati dalla Germania'),
else it stays: the finding is the caption's, in its words."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pptx import Presentation

from reportgen.data.chart_data import ChartBar, ChartData
from reportgen.data.plan.deck_pages import _full_height
from reportgen.data.plan.title_echoes import _counted
from reportgen.data.plan.views import DeckPage
from reportgen.data.title_numbers import numbers
from reportgen.pipeline.pipeline import BuildResult

from ..conftest import ROOT

REVIEWS = ROOT / "tests" / "data" / "review_events"


def _chart_titles(result: BuildResult) -> list[tuple[str, str]]:
    """(title, notes) of each slide of the deck that holds a native chart."""
    deck = next(f for f in result.files if f.suffix == ".pptx")
    out = []
    for slide in Presentation(str(deck)).slides:
        if any(getattr(shape, "has_chart", False) and shape.has_chart for shape in slide.shapes):
            title = " ".join(slide.shapes.title.text_frame.text.replace("\x0b", " ").split())
            notes = slide.notes_slide.notes_text_frame.text if slide.has_notes_slide else ""
            out.append((title.replace("\u00a0", " ").replace("\u2060", ""), notes))
    return out


@pytest.mark.parametrize(
    ("event", "title", "not_titles"),
    [
        (
            "mobilia-pesaro-it-it",
            "Su 640 espositori, 238 sono arrivati da 11 paesi esteri, guidati dalla Germania",
            ("Italia in testa", "La superficie espositiva"),
        ),
        ("seomjin-riverfest-ko-kr", "숲속 인디 무대에서 가장 많은 41팀이 공연했습니다", ("1위는",)),
    ],
)
def test_a_chart_slide_is_titled_by_its_captions_finding(
    event: str, title: str, not_titles: tuple[str, ...], built_event: Callable[[Path], BuildResult]
) -> None:
    titled = _chart_titles(built_event(REVIEWS / f"{event}.yaml"))
    assert title in [t for t, _ in titled], titled
    assert not any(t.startswith(bad) for t, _ in titled for bad in not_titles), titled


def _bars(*pairs: tuple[str, float]) -> ChartData:
    bars = tuple(ChartBar(label, value, f"{value:g}", "exact") for label, value in pairs)
    return ChartData("c", "Espositori per paese", "hbar", bars, False, "", "")


def test_a_count_of_some_of_the_categories_is_no_bars_number() -> None:
    others = [(f"P{n}", 2) for n in range(8)]
    data = _bars(("Italia", 402), ("Germania", 48), ("Francia", 37), ("Turchia", 11), *others)
    title = "Su 640 espositori, 238 sono arrivati da 11 paesi esteri, guidati dalla Germania con 48"
    assert _counted(title, data, "it_IT") == numbers(["11", "2"], "it_IT")  # 48 is Germany's, named
    # a title that names the bar whose number it prints: that number is the bar's
    assert numbers(["11"], "it_IT") <= numbers(["11"], "it_IT") - _counted("La Turchia con 11", data, "it_IT")


def _lead_under(result: BuildResult, title: str) -> str:
    """The text under the title of the deck's chart slide titled `title` (its lead), flattened."""
    deck = next(f for f in result.files if f.suffix == ".pptx")
    for slide in Presentation(str(deck)).slides:
        head = " ".join(slide.shapes.title.text_frame.text.replace("\x0b", " ").split())
        if head.replace("\u00a0", " ").replace("\u2060", "") != title:
            continue
        texts = [
            s.text_frame.text
            for s in slide.shapes
            if s.has_text_frame and s.shape_id != slide.shapes.title.shape_id and s.text_frame.text.strip()
        ]
        return " ".join(" ".join(texts).replace("\u00a0", " ").replace("\u2060", "").split())
    raise AssertionError(f"no slide titled {title!r}")


def test_a_caption_titled_chart_slide_leads_with_its_sections_summary_not_a_figure_line(
    built_event: Callable[[Path], BuildResult],
) -> None:
    """Review UU4 A: under the caption's title, over twelve countries' bars, the section's summary
    (its first clause, where the whole has no room) is the lead, not a sibling figure's line."""
    result = built_event(REVIEWS / "mobilia-pesaro-it-it.yaml")
    title = "Su 640 espositori, 238 sono arrivati da 11 paesi esteri, guidati dalla Germania"
    under = _lead_under(result, title)
    assert "per la prima volta tutti e sette i padiglioni" in under, under
    assert "La superficie espositiva" not in under, under


def _page(lead: str, title: str) -> DeckPage:
    return DeckPage("chart", "c", (), lead, True, False, found=title, _found_first=True)


@pytest.mark.parametrize(
    ("summary", "title", "line", "clause"),
    [
        (
            "The fair filled all seven halls of the city's exhibition centre for the first time in "
            "its history, with a third of its exhibitors arriving from abroad.",
            "Of 640 exhibitors, 238 came from 11 countries abroad, led by Germany",
            "The exhibition space was about 62,000 m².",
            "The fair filled all seven halls of the city's exhibition centre for the first time in its "
            "history.",
        ),
        (
            "La feria ocupó por primera vez los siete pabellones del recinto ferial de la ciudad, "
            "con un tercio de los expositores llegados del extranjero.",
            "De 640 expositores, 238 llegaron de 11 países, encabezados por Alemania",
            "La superficie expositiva fue de unos 62.000 m².",
            "La feria ocupó por primera vez los siete pabellones del recinto ferial de la ciudad.",
        ),
    ],
)
def test_a_full_height_chart_slide_takes_its_summarys_first_clause_over_a_figure_line(
    summary: str, title: str, line: str, clause: str
) -> None:
    """The class of review UU4 A, in other languages: a summary too long for the lead over a chart
    of many categories gives its first clause, which the check reads as said; the figure's line
    that led gives way."""
    data = _bars(*((f"Paese {n}", 50 - n) for n in range(12)))
    page = _full_height(_page(line, title), data, summary)
    assert page.lead == clause, page.lead
    assert page.title_finding == title
