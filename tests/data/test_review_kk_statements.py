"""Review KK (round 18): a section's one slide of text is not a statement of a line or two because
its figures that are tiles were left off it, and a figure's sentence titles a slide of text only
over lines it heads. The Danish biennale's 'Salg og ordrer' was titled 'Eksport tegnede sig for
mere end 54 % af ordrerne' over two large sentences on other topics (furniture orders, ticket
income), its order total 'knap 47 millioner kroner' only on its tile and in the notes, the bottom
quarter of the slide empty."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation

from reportgen.data.derive import derive
from reportgen.data.formatting import Formatter
from reportgen.data.load import load_event
from reportgen.data.plan.slide_titles import _shares
from reportgen.data.views import Under
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES, seen

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


def test_the_danish_sales_slide_prints_its_order_total_under_its_sections_name() -> None:
    derived = _derived(DANISH)
    section = next(s for s in derived.deck_sections if s.id == "salg")
    (page,) = section.deck_pages
    assert page.title_finding == ""  # the section's name titles it: 'Salg og ordrer'
    said = " ".join(page.points)
    for ref in ("ordrer", "eksport", "billetindtaegt"):
        assert section.figures[ref].sentence in said, ref
    assert not page.pull, "a summary and three figures' lines are no pull quote"


@pytest.mark.parametrize("event", EVENTS, ids=lambda path: path.stem)
def test_no_sections_only_text_slide_is_a_statement_that_left_its_tiles_lines_off(event: Path) -> None:
    """A section with no chart whose one slide of text would be a line or two set large (a pull
    quote) without its tiles' lines prints them, where they fit a slide: its own figures fill it."""
    derived = _derived(event)
    tiled = {f.ref for page in derived.glance_pages for f in page}
    for section in derived.deck_sections:
        pages = section.deck_pages
        if len(pages) != 1 or pages[0].layout != "points" or section.deck_charts or section.lists:
            continue
        if not pages[0].pull or pages[0].folded or section.deck == "own-slide":
            continue
        said = " ".join((pages[0].title_finding, pages[0].lead, *pages[0].points))
        left = [
            f.sentence
            for f in section.figure_list
            if f.ref in tiled and f.own_sentence and f.sentence.rstrip("。.") not in said
        ]
        assert not left, (event.stem, section.id, left)


def test_the_danish_deck_prints_the_order_total_on_its_sections_slide(tmp_path: Path) -> None:
    result = build(DANISH, Settings.simple(tmp_path, TEMPLATES))
    assert result.warnings == []
    deck = next(f for f in result.files if f.suffix == ".pptx")
    prs = Presentation(str(deck))
    for slide in prs.slides:
        texts = [seen(s.text_frame.text).replace("\u2060", "") for s in slide.shapes if s.has_text_frame]
        if any(t.strip() == "Salg og ordrer" for t in texts):
            break
    else:
        raise AssertionError("no slide is titled 'Salg og ordrer'")
    body = " ".join(texts)
    assert "knap 47 millioner kroner" in body
    assert "Billetsalget indbragte" in body and "mere end 54 %" in body
    title = slide.shapes.title
    assert title is not None and seen(title.text_frame.text).strip() == "Salg og ordrer"
