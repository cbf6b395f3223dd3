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
from reportgen.data.plan.title_echoes import _counted
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
