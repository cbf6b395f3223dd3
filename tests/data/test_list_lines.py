"""A short list's sentence set as a list once the deck's slides are placed (plan/list_lines.py):
its label printed once, where the slide's heading does not say it already (review RR1 #7)."""

from __future__ import annotations

from reportgen.data.derive import derive
from reportgen.data.formatting import Formatter
from reportgen.data.load import load_event
from reportgen.data.views import Under

from ..conftest import ROOT

REVIEWS = ROOT / "tests" / "data" / "review_events"


def _pages_with(event: str, item: str):
    summary = load_event(REVIEWS / event)
    derived = derive(summary, Formatter(summary.formatting.locale, dict(summary.formatting.currency_labels)))
    return [p for s in derived.deck_sections for p in s.deck_pages if item in p.points]


def test_a_label_the_heading_does_not_say_stays_over_its_names() -> None:
    """'Partenaires de la soirée' under 'La soirée': the heading says one word of it, not the list;
    its names are no partners without it."""
    (page,) = _pages_with("prix-litteraire-fr.yaml", "Ville de Nantes")
    at = page.points.index("Ville de Nantes")
    assert page.points[at - 1].startswith("Partenaires de la soirée")
    assert isinstance(page.points[at], Under)


def test_a_label_the_heading_says_is_not_printed_again() -> None:
    """'Partnerzy' under 'Partnerzy': its names a line each, no 'Partnerzy:' over them."""
    (page,) = _pages_with("bieg-dla-szpitala-pl.yaml", "Miasto Lublin")
    assert not [p for p in page.points if p.startswith("Partnerzy")]
    assert "Apteki Słoneczne" in page.points
