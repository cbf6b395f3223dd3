"""On a slide of text, the lines that back its title come first (review JJ: the cycling race's
'El pelotón más numeroso de la historia de la prueba salió de Oviedo' over two riders and a
quote, the 140 starters and the 118 finishers last): where a figure's line says what the title
says and no person's line does, the figures' lines lead, the people (each with their quotation)
after them; where a person's line says it, the people stay first, as the event file lists them."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportgen.data.derive import derive
from reportgen.data.formatting import Formatter
from reportgen.data.load import load_event
from reportgen.data.views import Quoted, Speaker

from ..conftest import ROOT

REVIEWS = ROOT / "tests" / "data" / "review_events"
LANGUAGES = ROOT / "tests" / "events" / "languages"


def _first_text_page(path: Path, section: str):
    summary = load_event(path)
    derived = derive(summary, Formatter(summary.formatting.locale, dict(summary.formatting.currency_labels)))
    found = next(s for s in derived.deck_sections if s.id == section)
    return next(p for p in found.deck_pages if p.layout == "points")


def test_the_record_pelotons_size_comes_right_under_its_title() -> None:
    page = _first_text_page(REVIEWS / "vuelta-asturias-es-es.yaml", "carrera")
    assert page.title_finding.startswith("El pelotón más numeroso")
    assert page.points[:2] == (
        "Tomaron la salida en Oviedo 140 corredores.",
        "118 corredores terminaron la carrera.",
    )
    assert isinstance(page.points[2], Speaker)


@pytest.mark.parametrize(
    ("path", "section"),
    [
        (LANGUAGES / "fiera-it.yaml", "fiera"),
        (LANGUAGES / "salon-fr.yaml", "salon"),
        (LANGUAGES / "beurs-nl.yaml", "beurs"),
    ],
)
def test_figures_that_back_the_title_lead_the_people(path: Path, section: str) -> None:
    page = _first_text_page(path, section)
    kinds = [isinstance(p, (Speaker, Quoted)) for p in page.points]
    assert kinds[0] is False and True in kinds, page.points
    assert kinds == sorted(kinds), page.points  # the figures' lines, then the people's
