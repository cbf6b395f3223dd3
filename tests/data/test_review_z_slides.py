"""Review Z: a slide's title and the text under it say different things, and a slide is worth
its place.

Nairobi (en_KE): a title cut from its summary at a comma ('Investors committed more capital than
at any previous edition') was said again word for word as the start of the lead under it; the
winners' slide was titled with a person's line ('Wanjiru Kamau-Odhiambo announced that …'), not
its summary, and her bullet left as her name and titles only. The game showcase (ja_JP): the one
sentence its chart leaves ('海外からの視聴は全体の約48%を占めました。') took a slide of its own, while
the chart's slide was titled with a share ('…海外からの視聴が半数近くを占めました') that the chart of
counts does not show."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation

from reportgen.data import titles
from reportgen.data.plan.views import DeckPage
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import INVISIBLE, ROOT, TEMPLATES

REVIEWS = ROOT / "tests" / "data" / "review_events"
NAIROBI = REVIEWS / "nairobi-innovation-week-en-ke.yaml"


def _slides(event: Path, folder: Path) -> list[tuple[str, list[str]]]:
    """(the title, the other texts, paragraph by paragraph) of each slide of the event's deck."""
    result = build(event, Settings.simple(folder, TEMPLATES))
    assert result.warnings == []
    deck = next(f for f in result.files if f.suffix == ".pptx")
    out = []
    for slide in Presentation(str(deck)).slides:
        title = slide.shapes.title
        head = title.text_frame.text.translate(INVISIBLE) if title is not None else ""
        body = [
            " ".join(p.text.translate(INVISIBLE).split())
            for s in slide.shapes
            if s.has_text_frame and (title is None or s.shape_id != title.shape_id)
            for p in s.text_frame.paragraphs
            if p.text.strip()
        ]
        out.append((" ".join(head.split()), body))
    return out


@pytest.fixture(scope="module")
def nairobi(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, list[str]]]:
    return _slides(NAIROBI, tmp_path_factory.mktemp("nairobi"))


def test_no_text_under_a_title_says_the_title_again(nairobi: list[tuple[str, list[str]]]) -> None:
    titled = [(t, body) for t, body in nairobi if "more capital than at any previous edition" in t]
    assert titled, "the investment slide is titled with its summary's finding"
    for title, body in nairobi:
        for text in body:
            assert not text.startswith(title), (title, text)


def test_the_winners_slide_is_titled_with_its_summary_not_a_persons_line(
    nairobi: list[tuple[str, list[str]]],
) -> None:
    title, body = next((t, b) for t, b in nairobi if any("Shamba Smart Irrigation" in x for x in b))
    assert title == "Six startups won the final of the pitch competition"
    # her line keeps its verb: no bullet of a name and titles only
    assert any(x.startswith("Wanjiru Kamau-Odhiambo") and "Mombasa" in x for x in body)
    assert "Wanjiru Kamau-Odhiambo, Chief Executive Officer, Nairobi Innovation Week" not in body


@pytest.mark.parametrize(
    ("headline", "title", "lead"),
    [
        (
            "Investors committed more capital than at any previous edition, with climate and "
            "agriculture startups attracting the largest share. The county fund adds KSh 350 million.",
            "Investors committed more capital than at any previous edition",
            "The county fund adds KSh 350 million.",
        ),
        (
            "Investors committed more capital than at any previous edition, with climate and "
            "agriculture startups attracting the largest share.",
            "Investors committed more capital than at any previous edition",
            "",
        ),
        (
            "Le public a afflué de toutes les régions du pays, avec une forte présence des écoles, des "
            "associations de quartier et des familles venues des départements voisins. "
            "Les ateliers ont affiché complet.",
            "Le public a afflué de toutes les régions du pays",
            "Les ateliers ont affiché complet.",
        ),
        (
            "Die Messe zog Besucher aus allen Regionen des Landes an, vor allem aus dem Süden und aus "
            "den grenznahen Kreisen in Österreich und der Schweiz. "
            "Die Workshops waren ausgebucht.",
            "Die Messe zog Besucher aus allen Regionen des Landes an",
            "Die Workshops waren ausgebucht.",
        ),
    ],
)
def test_a_lead_under_a_clause_cut_at_a_comma_is_what_follows_its_sentence(
    headline: str, title: str, lead: str
) -> None:
    page = DeckPage("points", "", ("A bullet.",), headline, True, False)
    assert page.title_finding == title
    assert page.lead == lead


@pytest.mark.parametrize(
    ("headline", "clause"),
    [
        (
            "Six startups won the final of the pitch competition, judged by a panel of investors "
            "from Nairobi, Lagos and London.",
            "Six startups won the final of the pitch competition",
        ),
        (
            "Six jeunes pousses ont remporté la finale du concours, jugée par un jury d’investisseurs.",
            "Six jeunes pousses ont remporté la finale du concours",
        ),
        (
            "Seis empresas emergentes ganaron la final del concurso, evaluada por un jurado de inversores.",
            "Seis empresas emergentes ganaron la final del concurso",
        ),
        (
            "Sei startup hanno vinto la finale del concorso, giudicata da una giuria di investitori.",
            "Sei startup hanno vinto la finale del concorso",
        ),
        (
            "Seis startups venceram a final do concurso, avaliada por um júri de investidores.",
            "Seis startups venceram a final do concurso",
        ),
    ],
)
def test_a_clause_before_a_participle_and_its_agent_is_a_title(headline: str, clause: str) -> None:
    assert titles.main_clause(headline) == clause
