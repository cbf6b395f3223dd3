"""The document check names a chart's slide titled by the sentence of a figure its chart neither
draws nor gives (review UU1 #1: '44% of attendees came to the summit for the first time' over the
attendance by day), and is silent on the deck the plan makes (the corpus: test_review_events_clean):
a title that is its section's name, or too short to be a sentence, is no figure's sentence though
its words open one (review YY1 #3: the Danish summit's 'Investeringer' over its rounds' chart, in
'Investeringerne annonceret under konferencen beløb sig til …')."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation

from reportgen.data.chart_ties import untied_sentences
from reportgen.data.derive import derive
from reportgen.data.formatting import Formatter
from reportgen.data.load import load_event
from reportgen.office.quality import check_deck
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

REVIEWS = ROOT / "tests" / "data" / "review_events"
SAYS = "is the sentence of a figure its chart does not draw"
#: (event, a category of its chart, a title that is an undrawn figure's sentence or its first words)
EVENTS = {
    "cobalt": (
        "cobalt-devsummit-en-us.yaml",
        "Day 1",
        "44% of attendees came to the summit for the first\u00a0time",
    ),
    "cph": ("startup-summit-cph-da-dk.yaml", "Heatwise", "Investeringerne annonceret under konferencen"),
}


@pytest.fixture(scope="module", params=sorted(EVENTS))
def built(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list, str]:
    event = REVIEWS / EVENTS[request.param][0]
    folder = tmp_path_factory.mktemp(request.param)
    result = build(event, Settings.simple(folder, TEMPLATES))
    summary = load_event(event)
    derived = derive(summary, Formatter(summary.formatting.locale, dict(summary.formatting.currency_labels)))
    deck = next(f for f in result.files if f.suffix == ".pptx")
    return deck, untied_sentences(derived.deck_sections, derived.charts), request.param


def test_the_planned_deck_is_not_named(built: tuple[Path, list, str]) -> None:
    deck, untied, _ = built
    assert untied  # the attendance by day and the first-timers' sentence; the rounds and the total
    assert not [w for w in check_deck(deck, "deck.pptx", untied=untied) if SAYS in w]


def _titled(deck: Path, category: str, title: str, folder: Path) -> tuple[int, Path]:
    """`deck` with the slide of the chart that holds `category` titled `title`, and its number."""
    prs = Presentation(str(deck))
    number, slide = next(
        (n, s)
        for n, s in enumerate(prs.slides, start=1)
        if any(sh.has_chart and category in [str(c) for c in sh.chart.plots[0].categories] for sh in s.shapes)
    )
    slide.shapes.title.text_frame.text = title
    edited = folder / "edited.pptx"
    prs.save(str(edited))
    return number, edited


Built = tuple[Path, list, str]


def test_a_chart_slide_titled_by_an_undrawn_figure_is_named(built: Built, tmp_path: Path) -> None:
    deck, untied, name = built
    _, category, title = EVENTS[name]
    number, edited = _titled(deck, category, title, tmp_path)
    named = [w for w in check_deck(edited, "deck.pptx", untied=untied) if SAYS in w]
    assert named and named[0].startswith(f"deck.pptx: slide {number}:"), named


def test_a_title_that_is_its_sections_name_is_not_named(built: Built, tmp_path: Path) -> None:
    """The same words as the section's name, which a user's event may give it, are no sentence."""
    deck, untied, name = built
    _, category, title = EVENTS[name]
    _, edited = _titled(deck, category, title, tmp_path)
    named = [(names, said, title if category in names else section) for names, said, section in untied]
    assert not [w for w in check_deck(edited, "deck.pptx", untied=named) if SAYS in w]
