"""Half a summary that is a detail phrase reaches its slide where the slide has room (reviews CC
and DD, round 15: '… portés par l'arrivée de plateformes latino-américaines et africaines' and
'… judged by a panel of investors from Nairobi, Lagos and London' were in the notes only).

The rules earlier reviews approved stand: the title is the clause before the phrase (round 4: a
finding, not the section's name); the lead under it never says the title again (review Z) and is
no fragment set as a sentence of its own (review O: 'With a new pay-what-you-can Sunday pass.'):
the phrase is the title's continuation, '… judged by …', where the slide has the rows for it and
sets its body under its title (not a statement, centred apart from it); a
phrase that writes a number is the chart's or a figure's, printed where they are."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation

from reportgen.data import titles
from reportgen.data.plan.views import DeckPage
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES, seen

REVIEWS = ROOT / "tests" / "data" / "review_events"


@pytest.mark.parametrize(
    ("headline", "continued"),
    [
        (
            "Six startups won the final of the pitch competition, judged by a panel of investors from "
            "Nairobi, Lagos and London.",
            "… judged by a panel of investors from Nairobi, Lagos and London.",
        ),
        (
            "Les acheteurs étaient plus nombreux qu’à toute édition précédente, portés par l’arrivée de "
            "plateformes latino-américaines et africaines.",
            "… portés par l’arrivée de plateformes latino-américaines et africaines.",
        ),
        (
            "Seis empresas emergentes ganaron la final del concurso, evaluada por un jurado de inversores.",
            "… evaluada por un jurado de inversores.",
        ),
        (
            "Sei startup hanno vinto la finale del concorso, giudicata da una giuria di investitori.",
            "… giudicata da una giuria di investitori.",
        ),
        # a clause that stands alone is a sentence of its own (review AA), not a continuation
        (
            "Investors committed more capital than at any previous edition, with climate and "
            "agriculture startups attracting the largest share.",
            "",
        ),
        # a phrase that writes a number: the chart's, printed there (the Italian festival's trend)
        (
            "Le presenze sono più che raddoppiate in cinque anni, da 41.500 nel 2022 a quasi 98.000 "
            "nel 2026.",
            "",
        ),
        ("Every source of giving grew on last year.", ""),  # nothing cut
        # a number in words is a number (review QQ2: its bullet said the four golds again)
        (
            "A nadadora goiana Ana Beatriz Souza foi eleita a atleta dos Jogos, com quatro ouros e dois "
            "recordes.",
            "",
        ),
    ],
)
def test_a_detail_phrase_continues_its_title(headline: str, continued: str) -> None:
    assert titles.detail(headline) == continued


def test_the_continuation_is_a_text_slides_lead_where_it_has_room() -> None:
    headline = (
        "Six startups won the final of the pitch competition, judged by a panel of investors from "
        "Nairobi, Lagos and London."
    )
    bullets = tuple(
        f"A winner's line {n}, long enough to take two rows of the slide's body text." for n in range(4)
    )
    page = DeckPage("points", "", bullets, headline, True, False)
    assert page.title_finding == "Six startups won the final of the pitch competition"
    assert page.lead == "… judged by a panel of investors from Nairobi, Lagos and London."
    full = DeckPage(
        "points", "", tuple(f"Bullet number {n} of a full slide." for n in range(17)), headline, True, False
    )
    assert full.title_finding == page.title_finding and full.lead == ""  # no rows left: the notes keep it
    # a slide of a line or two is set as a statement, its body centred apart from its title: the
    # continuation would stand alone there, a fragment (review O)
    short = DeckPage("points", "", ("A bullet.",), headline, True, False)
    assert short.lead == ""
    chart = DeckPage("chart", "c", (), headline, True, False)
    assert chart.lead == ""  # a chart's slide: what follows its title is what the chart draws


@pytest.mark.parametrize(
    ("event", "title", "detail"),
    [
        (
            "nairobi-innovation-week-en-ke.yaml",
            "Six startups won the final of the pitch competition",
            "judged by a panel of investors from Nairobi, Lagos and London",
        ),
        (
            "marche-film-montreal-fr-ca.yaml",
            "Les acheteurs étaient plus nombreux qu’à toute édition précédente",
            "portés par l’arrivée de plateformes latino-américaines et africaines",
        ),
    ],
)
def test_the_detail_is_on_the_slide_its_title_is_cut_for(
    tmp_path: Path, event: str, title: str, detail: str
) -> None:
    result = build(REVIEWS / event, Settings.simple(tmp_path, TEMPLATES))
    assert result.warnings == []
    deck = next(f for f in result.files if f.suffix == ".pptx")
    slides = [
        {s.name: seen(s.text_frame.text) for s in slide.shapes if s.has_text_frame}
        for slide in Presentation(str(deck)).slides
    ]
    (titled,) = [s for s in slides if s.get("Title 1") == title]
    body = "\n".join(t for name, t in titled.items() if name not in ("Title 1", "Section name"))
    assert detail in body
    assert title not in body  # never the title again under itself (review Z)
