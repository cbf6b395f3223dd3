"""A section whose facts are all tiles keeps its summary in the deck (issue 19 item 3): its own
slide would only repeat the tiles, so its summary becomes the title of the "at a glance" slide
that shows them, "… at a glance" a small kicker above it."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from pptx import Presentation

from reportgen.cli import main
from reportgen.data import titles
from reportgen.data.context import glance_story
from reportgen.data.derive import derive
from reportgen.data.formatting import Formatter
from reportgen.data.load import load_event
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES, WAIC, WAIC_ZH

EVENTS = [
    *sorted((ROOT / "tests" / "events").glob("*.yaml")),
    *sorted((ROOT / "tests" / "events" / "languages").glob("*.yaml")),
    *sorted((ROOT / "data" / "examples").glob("*.yaml")),
    WAIC,
    WAIC_ZH,
]
ONE_FIGURE = ROOT / "tests" / "events" / "one-figure.yaml"


@pytest.mark.parametrize(
    # among them the reviewers' med-congress-us (a tile-only section whose summary is too long for
    # the tiles' title: a statement slide) and expo-zh-bilingual (tiles sharing a page with another
    # titled section's), which lost a summary until the plan kept it
    "event",
    EVENTS,
    ids=lambda path: path.stem,
)
def test_no_section_without_a_slide_loses_its_summary_from_the_deck(event: Path) -> None:
    summary = load_event(event)
    derived = derive(summary, Formatter(summary.formatting.locale, dict(summary.formatting.currency_labels)))
    pages = [p for s in derived.deck_sections for p in s.deck_pages]
    printed = " ".join(t for p in pages for t in (p.headline, *p.points)) + " ".join(derived.glance_headlines)
    printed += " ".join(derived.glance_leads)  # a summary too long for a title: its tiles' lead line
    printed += " ".join(s.summary or "" for s in glance_story(derived))  # beside one or two tiles
    shown = {s.id for s in derived.deck_sections if s.deck_pages} | {sid for p in pages for sid in p.folded}
    assert len(derived.glance_headlines) == len(derived.glance_pages)
    for section in derived.sections.values():
        if section.summary and section.deck != "omit" and section.id not in shown:
            assert section.summary.rstrip(".。") in printed, (section.id, section.summary)  # a title: no stop


def test_the_one_figure_events_summary_is_told_beside_its_hero_number(tmp_path: Path) -> None:
    """'Eight poets read by the harbour to a full house.' was in no slide: the deck was its title
    and one tile. Beside one or two key figures, the default deck tells the summaries of the
    sections without a slide (`glance_story`) under a plain title; with more tiles, the summary is
    the slide's title (below)."""
    result = build(ONE_FIGURE, Settings.simple(tmp_path / "out", TEMPLATES))
    deck = next(f for f in result.files if f.suffix == ".pptx")
    glance = list(Presentation(str(deck)).slides)[1]
    assert glance.shapes.title.text_frame.text == "HPE 2026 at a glance"
    story = [sh.text_frame.text for sh in glance.shapes if sh.name == "Story"]
    assert len(story) == 1 and "Eight poets read by the harbour to a full house." in story[0]
    assert result.warnings == []


def _three_key_figures(text: str) -> str:
    return text.replace(
        "      guests: {label: Guests, value: 240, unit: guests, key: true}",
        "      guests: {label: Guests, value: 240, unit: guests, key: true}\n"
        "      poets: {label: Poets, value: 8, unit: poets, key: true}\n"
        "      poems: {label: Poems read, value: 64, unit: poems, key: true}",
    )


def test_a_tile_only_sections_summary_is_the_title_of_its_tiles(tmp_path: Path) -> None:
    """The same one-figure event with two more key figures: no story beside hero numbers, so the
    summary is the tiles' title, 'at a glance' a kicker above it."""
    text = ONE_FIGURE.read_text(encoding="utf-8")
    assert _three_key_figures(text) != text
    event = tmp_path / "three.yaml"
    event.write_text(_three_key_figures(text), encoding="utf-8")
    result = build(event, Settings.simple(tmp_path / "out", TEMPLATES))
    deck = next(f for f in result.files if f.suffix == ".pptx")
    glance = list(Presentation(str(deck)).slides)[1]
    assert glance.shapes.title.text_frame.text == "Eight poets read by the harbour to a full house"  # a title
    kicker = [sh.text_frame.text for sh in glance.shapes if sh.name == "Section name"]
    assert kicker == ["HPE 2026 at a glance"]
    assert result.warnings == []


def test_inspect_plan_names_the_glance_slides_title() -> None:
    shown = CliRunner().invoke(main, ["inspect", "--plan", str(ONE_FIGURE)]).output
    # beside its story the page keeps its name ('HPE 2026 at a glance'): the story says the summary
    assert "  slide 2: at a glance, 1 tile: Guests" in shown and "titled" not in shown
    assert "  'The evening' is folded into slide 2 (at a glance)" in shown


def test_the_title_band_of_an_event_without_a_summary_says_what_happened(tmp_path: Path) -> None:
    """Without `event.summary`, the title slide's band printed the short name the slide already
    shows ('HPE 2026'); it now says what the briefing opens with, naming the event a second time
    under the name the slide's title prints (review MM)."""
    result = build(ONE_FIGURE, Settings.simple(tmp_path / "out", TEMPLATES))
    deck = next(f for f in result.files if f.suffix == ".pptx")
    title = Presentation(str(deck)).slides[0]
    band = [sh.text_frame.text for sh in title.shapes if sh.name == "Footer band"]
    assert band == ["HPE 2026 ended in Portsby on 18\u00a0April\u00a02026."]


REVIEWED = sorted((ROOT / "tests" / "data" / "review_events").glob("*.yaml"))


@pytest.mark.parametrize("event", [*EVENTS, *REVIEWED], ids=lambda path: path.stem)
def test_a_page_of_tiles_is_titled_by_a_summary_only_over_that_sections_tiles(event: Path) -> None:
    """Review JJ: Andong's second page of tiles was titled by the economic effect's summary ('숙박과
    음식업을 중심으로 지역 상권의 매출이 크게 늘었다') over the volunteers' tile first, of the
    festival's size. A page's title heads all its tiles: one section's summary over that
    section's tiles only; a page of two sections' keeps the glance's own title."""
    summary = load_event(event)
    derived = derive(summary, Formatter(summary.formatting.locale, dict(summary.formatting.currency_labels)))
    for page, head in zip(derived.glance_pages, derived.glance_headlines, strict=True):
        # the section whose summary the title states, whole or its first clause ('…늘었다' of '…늘었고, …')
        owners = [
            s
            for s in derived.sections.values()
            if s.summary and _common(titles.unstopped(s.summary), head) * 3 >= len(head) * 2
        ]
        if head and owners:
            refs = {f.ref for s in owners for f in s.figure_list}
            assert {f.ref for f in page} <= refs, (head, [f.label for f in page])


def _common(one: str, other: str) -> int:
    """How many letters two texts share at their start."""
    return next(
        (i for i, (a, b) in enumerate(zip(one, other, strict=False)) if a != b), min(len(one), len(other))
    )
