"""A deck of one or two key figures reads as finished (issue 19): its figures set large, as hero
numbers, beside the names and summaries of the sections that get no slide of their own
(`glance_story`); with no such section, one or two wide tiles, never one lonely third-width tile."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation
from pptx.util import Emu

from reportgen.data.context import glance_story
from reportgen.data.prepare import prepare
from reportgen.office.quality import check_deck
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

ONE_FIGURE = ROOT / "tests" / "events" / "one-figure.yaml"
TWO_FIGURES = ROOT / "tests" / "events" / "spring-fair-en-au.yaml"  # two key figures, no story


def _deck(event: Path, tmp_path: Path) -> Path:
    result = build(event, Settings.simple(tmp_path / "out", TEMPLATES))
    assert result.warnings == [], result.warnings
    (deck,) = [f for f in result.files if f.suffix == ".pptx"]
    assert check_deck(deck, "deck") == []
    return deck


def _largest_run(shape) -> tuple[str, float]:
    runs = [r for p in shape.text_frame.paragraphs for r in p.runs if r.text.strip() and r.font.size]
    run = max(runs, key=lambda r: r.font.size)
    return run.text, run.font.size.pt


def test_one_key_figure_is_a_hero_number_beside_its_sections_story(tmp_path: Path) -> None:
    deck = Presentation(str(_deck(ONE_FIGURE, tmp_path)))
    assert len(deck.slides) == 2
    glance = deck.slides[1]
    (tile,) = [s for s in glance.shapes if s.name.startswith("Key figure")]
    assert _largest_run(tile) == ("240", 80.0)
    assert tile.width > deck.slide_width * 0.35  # not a third-width tile in an empty slide
    (story,) = [s for s in glance.shapes if s.name == "Story"]
    assert [p.text for p in story.text_frame.paragraphs] == [
        "The evening",
        "Eight poets read by the harbour to a full house.",
    ]
    assert story.left >= tile.left + tile.width


def test_the_story_is_the_sections_the_deck_gives_no_slide() -> None:
    assert [s.id for s in glance_story(prepare(ONE_FIGURE).derived)] == ["evening"]
    assert glance_story(prepare(TWO_FIGURES).derived) == ()  # its sections have slides of their own


def test_two_key_figures_without_a_story_are_two_wide_tiles(tmp_path: Path) -> None:
    deck = Presentation(str(_deck(TWO_FIGURES, tmp_path)))
    tiles = [s for s in deck.slides[1].shapes if s.name.startswith("Key figure")]
    assert len(tiles) == 2 and not [s for s in deck.slides[1].shapes if s.name == "Story"]
    content = Emu(deck.slide_width - 2 * 548640)
    for tile in tiles:
        assert tile.width > content * 0.45
        assert _largest_run(tile)[1] >= 66.0  # the template's hero size, or more: a row alone (test_one_row)


def test_four_key_figures_are_two_rows_of_two_wide_tiles(tmp_path: Path) -> None:
    """Not two thirds of the width in a narrow block in the middle of the slide."""
    # agrishow's first page of four (seven-figures' seven are one slide of 4 + 3 since glance8)
    deck = Presentation(
        str(_deck(ROOT / "tests" / "data" / "review_events" / "agrishow-ribeirao-pt-br.yaml", tmp_path))
    )
    tiles = [s for s in deck.slides[1].shapes if s.name.startswith("Key figure")]
    content = Emu(deck.slide_width - 2 * 548640)
    assert len(tiles) == 4 and all(tile.width > content * 0.45 for tile in tiles)
