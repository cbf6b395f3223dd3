"""A sentence of who hosted or moderated titles no slide (review UU2 F7: the gala's evening
under 'Durch den Abend führte die Moderatorin Katrin Albers', its auction, the highlight, below):
another sentence of the summary that states a finding titles it, else the section's name; the
host's sentence stays on the slide."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation

from reportgen.data.derive import derive
from reportgen.data.formatting import Formatter
from reportgen.data.host_sentences import highlights, hosts
from reportgen.data.load import load_event
from reportgen.office.quality import check_deck
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import INVISIBLE, ROOT, TEMPLATES

REVIEWS = ROOT / "tests" / "data" / "review_events"


@pytest.mark.parametrize(
    "sentence",
    [
        "Durch den Abend führte die Moderatorin Katrin Albers.",
        "The evening was hosted by broadcaster Jane Doe.",
        "La soirée était animée par la journaliste Léa Martin.",
        "La gala fue conducida por la periodista Ana Ruiz.",
        "La serata è stata condotta da Marco Bianchi.",
        "A cerimônia foi apresentada por Joana Lima.",
        "De avond werd gepresenteerd door Sanne de Vries.",
        "Galę prowadząca Anna Nowak otworzyła o 19.00.",
        "Kvällens programledare var Eva Berg.",
        "司会はNHKの田中アナウンサーが務めました。",
        "晚会由央视主持人李明主持。",
        "사회자는 김민수 아나운서였다.",
    ],
)
def test_a_host_sentence_is_known_in_every_language(sentence: str) -> None:
    assert hosts(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The fair hosts 500 exhibitors from 31 countries.",
        "Die Gala erzielte das höchste Ergebnis ihrer Geschichte.",
        "Les exposants ont conclu davantage de ventes que l’an dernier.",
        "观众人数创历届新高。",
    ],
)
def test_a_finding_is_no_host_sentence(sentence: str) -> None:
    assert not hosts(sentence)


def test_a_highlight_is_known() -> None:
    assert highlights("Höhepunkt war die Versteigerung eines Trikots.")
    assert highlights("The highlight was the auction of a signed shirt.")
    assert not highlights("Das Kammerorchester eröffnete mit Mozart.")


@pytest.mark.parametrize("path", sorted(REVIEWS.glob("*.yaml")), ids=lambda p: p.stem)
def test_no_slide_of_the_corpus_is_titled_by_its_host(path: Path) -> None:
    summary = load_event(path)
    derived = derive(summary, Formatter(summary.formatting.locale, dict(summary.formatting.currency_labels)))
    titled = [p.title_finding for s in derived.deck_sections for p in s.deck_pages if hosts(p.title_finding)]
    assert not titled, titled


def test_the_galas_evening_is_not_titled_by_its_moderator(tmp_path: Path) -> None:
    result = build(REVIEWS / "benefizgala-frankfurt-de.yaml", Settings.simple(tmp_path, TEMPLATES))
    deck = next(f for f in result.files if f.suffix == ".pptx")
    slides = list(Presentation(str(deck)).slides)
    host = "Durch den Abend führte die Moderatorin Katrin"
    holding = [
        s
        for s in slides
        if any(
            sh.has_text_frame and host in " ".join(sh.text_frame.text.translate(INVISIBLE).split())
            for sh in s.shapes
        )
    ]
    assert holding, "the host's sentence is on no slide"
    for slide in holding:
        title = " ".join(slide.shapes.title.text_frame.text.translate(INVISIBLE).split())
        assert "Moderatorin" not in title, title


def test_the_check_names_a_slide_titled_by_its_host(tmp_path: Path) -> None:
    result = build(REVIEWS / "benefizgala-frankfurt-de.yaml", Settings.simple(tmp_path / "out", TEMPLATES))
    deck = next(f for f in result.files if f.suffix == ".pptx")
    says = "says who hosted"
    assert not [w for w in check_deck(deck, "deck.pptx") if says in w]
    prs = Presentation(str(deck))
    slide = next(
        s
        for s in prs.slides
        if any(sh.has_text_frame and "Moderatorin" in sh.text_frame.text for sh in s.shapes)
    )
    slide.shapes.title.text_frame.text = "Durch den Abend führte die Moderatorin Katrin\u00a0Albers"
    edited = tmp_path / "edited.pptx"
    prs.save(str(edited))
    assert [w for w in check_deck(edited, "deck.pptx") if says in w]
