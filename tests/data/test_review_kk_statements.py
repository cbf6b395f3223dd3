"""Review KK (round 18): a section's one slide of text is not a statement of a line or two because
its figures that are tiles were left off it, and a figure's sentence titles a slide of text only
over lines it heads. The Danish biennale's 'Salg og ordrer' was titled 'Eksport tegnede sig for
mere end 54 % af ordrerne' over two large sentences on other topics (furniture orders, ticket
income), its order total 'knap 47 millioner kroner' only on its tile and in the notes, the bottom
quarter of the slide empty."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportgen.data.derive import derive
from reportgen.data.formatting import Formatter
from reportgen.data.load import load_event
from reportgen.data.plan.slide_titles import _shares
from reportgen.data.views import Under

from ..conftest import ROOT

REVIEWS = ROOT / "tests" / "data" / "review_events"
DANISH = REVIEWS / "designbiennale-kolding-da-dk.yaml"
EVENTS = [
    *sorted(REVIEWS.glob("*.yaml")),
    *sorted((ROOT / "tests" / "events").glob("*.yaml")),
    *sorted((ROOT / "tests" / "events").glob("*/*.yaml")),
]


def _derived(path: Path):
    summary = load_event(path)
    return derive(summary, Formatter(summary.formatting.locale, dict(summary.formatting.currency_labels)))


@pytest.mark.parametrize("event", EVENTS, ids=lambda path: path.stem)
def test_a_figures_sentence_titles_only_a_slide_whose_figures_it_heads(event: Path) -> None:
    """A statement (a few lines set large) titled with one figure's sentence (not the news's, which
    heads its section) holds under it only the lines of figures that title speaks of (a word of it
    in each): a line of another topic stands under the section's name with the others, the title
    figure's among them."""
    derived = _derived(event)
    for section in derived.deck_sections:
        lines = {f.sentence for f in section.figure_list}
        for page in section.deck_pages:
            if page.layout != "points" or not page.found or not page.statement:
                continue  # a full slide of bullets keeps the finding that titles it
            if not any(page.found.rstrip("。.") in line for line in lines):
                continue  # not a figure's sentence: a person's line, a finding of the summary
            if any(f.headline and page.found.rstrip("。.") in f.sentence for f in section.figure_list):
                continue  # the news titles its section's slide, as review O asked
            under = [p for p in page.points if p in lines and not isinstance(p, Under)]
            for line in under:
                assert _shares(page.found, line), (event.stem, section.id, page.found, line)
