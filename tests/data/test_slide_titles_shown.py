"""A slide's title states what its slide shows, and loses nothing (review W): a summary cut before
its relative clause keeps the clause on the slide; a figure's sentence titles no slide of a
paragraph and a list; a summary names nothing a chart cannot show over that chart; a folded section
stands under no other section's finding."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportgen.data import titles

from ..conftest import ROOT
from .test_slide_title_findings import _holding, _slides

REVIEWS = ROOT / "tests" / "data" / "review_events"


@pytest.mark.parametrize(
    ("edition", "clause"),
    [
        ("nl_BE", "tegen 2030 één digitaal aanmeldplatform voor alle schepen te gebruiken"),
        ("fr_BE", "une plateforme numérique unique d’annonce pour tous les navires"),
    ],
)
def test_a_title_cut_before_its_relative_clause_keeps_the_clause_on_the_slide(
    edition: str, clause: str, tmp_path: Path
) -> None:
    slides = _slides(REVIEWS / "havencongres-nl-be.yaml", tmp_path, edition)
    title, body = next((t, b) for t, b in slides if "Pierre Lambotte" in b)
    assert clause in body
    # the French cut leaves a sentence ('Elles s’engagent …'); the Dutch one leaves no sentence, so
    # the whole summary is the lead and the section's name the title, not the summary's first
    # words twice (review Y)
    assert title.startswith(("Slotverklaring", "Les autorités portuaires")), title


@pytest.mark.parametrize(
    "headline",
    [
        "Die Häfen von Gent und Lüttich unterzeichneten eine gemeinsame Erklärung, mit der sie sich "
        "verpflichten, ab 2030 eine einzige digitale Plattform für alle Schiffe zu nutzen.",
        "As autoridades portuárias de Gante e Liège assinaram uma declaração conjunta pela qual se "
        "comprometem a usar uma única plataforma digital a partir de 2030.",
        "De havens van Gent en Luik ondertekenden een gezamenlijke verklaring waarin ze zich engageren "
        "om tegen 2030 één digitaal platform te gebruiken.",
    ],
)
def test_a_relative_clause_that_is_no_sentence_leaves_the_whole_summary_as_the_lead(headline: str) -> None:
    title, lead = titles.title_and_lead(headline)
    assert title and headline.startswith(title)
    assert "2030" in lead  # what the clause says reaches the slide


def test_a_figures_sentence_titles_no_slide_of_a_paragraph_and_a_list(tmp_path: Path) -> None:
    slides = _slides(REVIEWS / "baumesse-zuerich-de-ch.yaml", tmp_path)
    title, body = next((t, b) for t, b in slides if "Schwerpunktthemen" in b)
    assert "Photovoltaik" not in title
    assert "Photovoltaikleistung" in body  # the figure stays, a bullet of its slide


def test_a_summary_naming_what_its_chart_cannot_show_does_not_title_the_chart(tmp_path: Path) -> None:
    slides = _slides(REVIEWS / "bengaluru-techexpo-en-in.yaml", tmp_path)
    title, body = next((t, b) for t, b in slides if "largest crowd" in b or "largest crowd" in t)
    # the trend's change in its data titles it (round 22: data/plan/trend_news.py), not the summary
    # with what rose, its last figure's label (review UU3 #6: a change of no subject)
    assert "largest crowd" not in title and title == "Visitors in 2026: up more than 53% since 2023"
    assert "Business visitors outnumbered general visitors for the first time" in body


def test_a_folded_section_leading_a_slide_is_not_under_the_next_sections_finding(tmp_path: Path) -> None:
    slides = _slides(REVIEWS / "bengaluru-techexpo-en-in.yaml", tmp_path)
    title = _holding(slides, "State agencies and private investors announced")
    assert title != _holding(slides, "Priyank Rao")
    assert "Ministers and founders" not in title


def test_a_folded_section_is_not_set_beside_the_next_sections_chart(tmp_path: Path) -> None:
    slides = _slides(ROOT / "tests" / "events" / "agri-fair.yaml", tmp_path)
    chart = next(b for t, b in slides if t == "Cattle entries were the highest since the fair began")
    assert "Four days on the county showground" not in chart
    # the showground's summary titles the tiles of its figures instead
    assert any(t.startswith("Four days on the county showground") for t, _ in slides)


def test_a_claim_its_chart_cannot_show_gives_way_to_the_finding_its_data_states(tmp_path: Path) -> None:
    # the coastal summit's 'Heads of delegation … took part' over its delegates by region: the
    # chart's own finding titles the slide where its data has one, not its topic
    slides = _slides(ROOT / "data" / "examples" / "coastal-climate-summit-2024.yaml", tmp_path)
    title = next(t for t, b in slides if "Heads of delegation" in b)
    # its share left to the part that prints it (round 22: a number once a slide)
    assert title.replace("\u00a0", " ") == "Asia-Pacific first"
