"""The document check names a chart's slide titled by the sentence of a figure its chart neither
draws nor gives (review UU1 #1: '44% of attendees came to the summit for the first time' over the
attendance by day), and is silent on the deck the plan makes (the corpus: test_review_events_clean)."""

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

EVENT = ROOT / "tests" / "data" / "review_events" / "cobalt-devsummit-en-us.yaml"
SAYS = "is the sentence of a figure its chart does not draw"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list]:
    folder = tmp_path_factory.mktemp("cobalt")
    result = build(EVENT, Settings.simple(folder, TEMPLATES))
    summary = load_event(EVENT)
    derived = derive(summary, Formatter(summary.formatting.locale, dict(summary.formatting.currency_labels)))
    deck = next(f for f in result.files if f.suffix == ".pptx")
    return deck, untied_sentences(derived.deck_sections, derived.charts)


def test_the_planned_deck_is_not_named(built: tuple[Path, list]) -> None:
    deck, untied = built
    assert untied  # the attendance by day and the first-timers' sentence
    assert not [w for w in check_deck(deck, "deck.pptx", untied=untied) if SAYS in w]


def test_a_chart_slide_titled_by_an_undrawn_figure_is_named(built: tuple[Path, list], tmp_path: Path) -> None:
    deck, untied = built
    prs = Presentation(str(deck))
    number, slide = next(
        (n, s)
        for n, s in enumerate(prs.slides, start=1)
        if any(sh.has_chart and "Day 1" in [str(c) for c in sh.chart.plots[0].categories] for sh in s.shapes)
    )
    slide.shapes.title.text_frame.text = "44% of attendees came to the summit for the first\u00a0time"
    edited = tmp_path / "edited.pptx"
    prs.save(str(edited))
    named = [w for w in check_deck(edited, "deck.pptx", untied=untied) if SAYS in w]
    assert named and named[0].startswith(f"deck.pptx: slide {number}:"), named
