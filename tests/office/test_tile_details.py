"""Round 20: a tile's own sentence that says more than its tile, whose section's slides have no
room for it (Limerick's 'The race', full of its winners' quotes) or which has none, was printed in
the briefing alone: the deck never said where the spectators stood nor how many companies the seed
grants went to. The tile now carries what the sentence says after its number, which writes no
number of the deck's figures, so the tile's number is printed once (plan/tile_details.py)."""

from __future__ import annotations

import textwrap
from pathlib import Path

from pptx import Presentation

from reportgen.data.plan.tile_grid import LABEL_LINE_CHARS, LABEL_LINES
from reportgen.data.prepare import prepare
from reportgen.data.written_numbers import read
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

REVIEWS = ROOT / "tests" / "data" / "review_events"


def _slides(event: Path, out: Path) -> list[list[tuple[str, str]]]:
    """Per slide: (shape name, text) of each shape with text."""
    result = build(event, Settings.simple(out, TEMPLATES))
    assert result.warnings == []  # the document check finds nothing: no number over its tile
    deck = next(f for f in result.files if f.suffix == ".pptx")
    return [
        [
            (s.name, s.text_frame.text.replace("\xa0", " ").replace("\u202f", " "))
            for s in slide.shapes
            if s.has_text_frame
        ]
        for slide in Presentation(str(deck)).slides
    ]


def _tile(slides: list[list[tuple[str, str]]], number: str) -> tuple[list[tuple[str, str]], str]:
    """The slide and the text of the tile that prints `number`."""
    for slide in slides:
        for name, text in slide:
            if name.startswith("Key figure") and number in text:
                return slide, text
    raise AssertionError(f"no tile prints {number}")


def test_limericks_spectators_tile_keeps_its_label_where_its_sentence_is_long(tmp_path: Path) -> None:
    """Review RR4 (round 22): the sentence as its label, 'Spectators lined the route, most of them on
    O'Connell Street and the Shannon bridges', ran to four lines down to the tile's edge among
    labels of a word or two (rounds 20, 21 had set it so). A label made of its sentence only where
    it fits two lines of the tile; else its label (the briefing prints the sentence)."""
    slides = _slides(REVIEWS / "limerick-half-marathon-en-ie.yaml", tmp_path / "out")
    slide, tile = _tile(slides, "40,000")
    assert [line for line in tile.split("\n") if line] == [
        "about",
        "40,000",
        "Spectators along the course",
    ], tile
    assert sum(text.count("40,000") for _, text in slide) == 1  # the number once on its slide
    # still one page of eight tiles in two rows of four (glance8)
    assert sum(name.startswith("Key figure") for name, _ in slide) == 8


def test_a_label_made_of_a_tiles_sentence_fits_two_lines() -> None:
    """Across the reviewers' events: a tile whose label is its sentence's words (not the label the
    event gives it) fits two lines of a tile in a row of four (LABEL_LINE_CHARS, whole words)."""
    for event in sorted(REVIEWS.glob("*.yaml")):
        context = prepare(event).context
        for page in context["glance_pages"]:
            for figure in page:
                if figure.label != context["figures"][figure.ref].label and " " in figure.label:
                    lines = textwrap.wrap(figure.label, LABEL_LINE_CHARS, break_long_words=False)
                    assert len(lines) <= LABEL_LINES, (event.name, figure.label)


def test_bengalurus_seed_grants_tile_says_for_how_many_companies(tmp_path: Path) -> None:
    slides = _slides(REVIEWS / "bengaluru-techexpo-en-in.yaml", tmp_path / "out")
    slide, tile = _tile(slides, "₹75 lakh")
    lines = tile.split("\n")
    assert lines[-1] == "for 15 early-stage companies", tile
    assert "Seed grants announced" in tile  # its label kept: the sentence does not open with its number
    assert sum(text.count("75 lakh") for _, text in slide) == 1


def test_a_tile_line_writes_no_number_of_the_events_figures() -> None:
    """Across the reviewers' events: a tile's line says what its label does not, and no number."""
    for event in sorted(REVIEWS.glob("*.yaml")):
        prepared = prepare(event)
        context = prepared.context
        for page in context["glance_pages"]:
            for figure in page:
                if figure.tile_detail:
                    assert figure.tile_detail not in figure.label, (event.name, figure.ref)
                    found = [w for w in read(figure.tile_detail, prepared.formatter.locale) if w.counts]
                    assert not any(f.value in w.values for f in context["figures"].values() for w in found), (
                        event.name,
                        figure.tile_detail,
                    )


def test_tasmans_delegates_label_and_its_words_read_as_one_text(tmp_path: Path) -> None:
    """Round 21: 'more than 650' / 'Delegates' / 'attended, from 21 countries' read as two lines of
    different kinds. Its sentence opens with its number and its label is what the number counts:
    the words after the number read on from the label, as one text in the label's style."""
    slides = _slides(REVIEWS / "tasman-marine-symposium-en-au.yaml", tmp_path / "out")
    slide, tile = _tile(slides, "650")
    assert tile.split("\n") == ["more than", "650", "Delegates attended, from 21 countries"], tile
    assert sum(text.count("650") for _, text in slide) == 1


def test_a_chinese_tiles_clause_after_its_number_is_said_on_the_tile(tmp_path: Path) -> None:
    """Round 21: '入場人士平均每人消費{value}，較去年增加約一成。': what follows the number's comma is a
    clause of its own, which reads on from the number; a word tied to it ('{value}名觀眾',
    'に上りました') is none."""
    slides = _slides(REVIEWS / "shufa-zh-hk.yaml", tmp_path / "out")
    _, tile = _tile(slides, "每名入場人士平均消費")
    assert tile.split("\n")[-1] == "較去年增加約一成", tile
