"""A chart's slide is titled by the chart's finding, or by the section's finding tied to what it
draws, never by a sibling figure's sentence about something the chart does not draw (review UU1
#1: the summit's attendance by day under '44% of attendees came to the summit for the first
time'). A figure that is a relation of the drawn values (FEVIN's 'El negocio ha crecido un 63,5 %'
over three years of business, FILBo's fall of 5.2% over its editions) still titles its chart."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation

from reportgen.data import titles
from reportgen.data.chart_ties import ties
from reportgen.data.derive import derive
from reportgen.data.formatting import Formatter
from reportgen.data.load import load_event
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import INVISIBLE, ROOT, TEMPLATES

REVIEWS = ROOT / "tests" / "data" / "review_events"


def _chart_titles(path: Path) -> list[tuple[str, str, str]]:
    """(the chart, its slide's title, the sentence of an undrawn figure of its section that the
    title is, else '') of each chart slide the plan makes of the event."""
    summary = load_event(path)
    derived = derive(summary, Formatter(summary.formatting.locale, dict(summary.formatting.currency_labels)))
    out = []
    for section in derived.deck_sections:
        for page in section.deck_pages:
            if not page.chart:
                continue
            data = derived.charts[page.chart]
            title = titles.unstopped(page.title_finding)
            sibling = next(
                (
                    f.sentence
                    for f in section.figure_list
                    if f.ref not in data.figure_refs
                    and f.sentence
                    and title
                    and title in f.sentence
                    and not ties(f.value, bool(f.qualifier), data)
                ),
                "",
            )
            out.append((page.chart, page.title_finding, sibling))
    return out


@pytest.mark.parametrize("path", sorted(REVIEWS.glob("*.yaml")), ids=lambda p: p.stem)
def test_no_chart_slide_is_titled_by_a_figure_it_does_not_draw(path: Path) -> None:
    wrong = [(chart, title) for chart, title, sibling in _chart_titles(path) if sibling]
    assert not wrong, wrong


@pytest.mark.parametrize(
    ("event", "chart", "words"),
    [
        ("feria-vino-ribera-2026.yaml", "negocio", "El negocio ha crecido"),
        ("filbo-es-co.yaml", "tendencia", "La asistencia cayó"),
    ],
)
def test_a_figure_that_is_a_relation_of_the_drawn_values_still_titles_its_chart(
    event: str, chart: str, words: str
) -> None:
    found = [title for name, title, _ in _chart_titles(REVIEWS / event) if name == chart]
    assert found and found[0].startswith(words), found


def test_the_summits_attendance_by_day_is_not_titled_by_its_first_timers(tmp_path: Path) -> None:
    result = build(REVIEWS / "cobalt-devsummit-en-us.yaml", Settings.simple(tmp_path, TEMPLATES))
    deck = next(f for f in result.files if f.suffix == ".pptx")
    slides = list(Presentation(str(deck)).slides)
    day = next(s for s in slides if any(sh.has_chart and "Day 1" in _categories(sh) for sh in s.shapes))
    title = " ".join(day.shapes.title.text_frame.text.translate(INVISIBLE).split())
    assert "first time" not in title and "44%" not in title, title
    # the sentence is still in the deck: the lead under the chart's own finding
    text = " ".join(
        " ".join(sh.text_frame.text.translate(INVISIBLE).split())
        for s in slides
        for sh in s.shapes
        if sh.has_text_frame
    )
    assert "44% of attendees came to the summit for the first" in text


def _categories(shape) -> list[str]:
    return [str(c) for c in shape.chart.plots[0].categories]
