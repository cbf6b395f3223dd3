"""A summary cut to make a slide's title leaves no fragment under it (review RR4, round 22: '… from
the start-line arch to the finishers' medals.' under Limerick's 'Local businesses and public bodies
backed the race', QQ2 the same in Portuguese, read machine-made).

The rules earlier reviews approved stand: the title is the clause before the phrase (round 4: a
finding, not the section's name); the lead under it never says the title again (review Z) and is
no fragment set as a sentence of its own (review O). What follows the clause is the lead only where
it is a sentence of its own (review AA: a clause that stands alone); a phrase that only continues
the title (reviews CC, DD had set it as the title's continuation, '… judged by …': this test said
so until round 22) stays, with the whole summary, in the speaker notes."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation

from reportgen.data.plan.views import DeckPage
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES, seen

REVIEWS = ROOT / "tests" / "data" / "review_events"
#: The shapes a slide sets its lead in, under its title (office/powerpoint: 'Headline', 'Lead').
LEADS = ("Headline", "Lead")


def test_a_phrase_that_only_continues_the_title_is_no_lead() -> None:
    headline = (
        "Six startups won the final of the pitch competition, judged by a panel of investors from "
        "Nairobi, Lagos and London."
    )
    bullets = tuple(
        f"A winner's line {n}, long enough to take two rows of the slide's body text." for n in range(4)
    )
    page = DeckPage("points", "", bullets, headline, True, False)
    assert page.title_finding == "Six startups won the final of the pitch competition"
    assert page.lead == ""  # the phrase is no line of its own: the notes keep the summary
    # a clause that stands alone after the title's is a sentence of its own: the lead (review AA)
    stands = (
        "Investors committed more capital than at any previous edition, with climate and "
        "agriculture startups attracting the largest share."
    )
    page = DeckPage("points", "", bullets, stands, True, False)
    assert page.lead and page.lead[0].isupper() and page.title_finding not in page.lead


@pytest.mark.parametrize(
    ("event", "title", "summary"),
    [
        (
            "limerick-half-marathon-en-ie.yaml",
            "Local businesses and public bodies backed the race",
            "Local businesses and public bodies backed the race, from the start-line arch to the "
            "finishers’ medals.",
        ),
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
def test_no_slide_prints_a_fragment_under_its_title(
    tmp_path: Path, event: str, title: str, summary: str
) -> None:
    result = build(REVIEWS / event, Settings.simple(tmp_path, TEMPLATES))
    assert result.warnings == []  # the check finds every summary said (office/unsaid.py)
    deck = next(f for f in result.files if f.suffix == ".pptx")
    slides = list(Presentation(str(deck)).slides)
    for slide in slides:
        for shape in slide.shapes:
            text = seen(shape.text_frame.text).strip() if shape.has_text_frame else ""
            if shape.name in LEADS and text:
                assert not text.startswith("…") and not text[0].islower(), text
    (titled,) = [s for s in slides if seen(s.shapes.title.text_frame.text) == title]
    body = " ".join(seen(s.text_frame.text) for s in titled.shapes if s.has_text_frame and s.name in LEADS)
    assert summary not in body
    assert summary in seen(titled.notes_slide.notes_text_frame.text)  # the notes keep it whole
