"""A deck's one key figure is no 'at a glance' slide of one tile (closing-34, 'Not done': 8 decks in
the corpus; review CC: the ja showcase's slide 2, '1億2800万回以上' alone on a slide titled 概要).
One tile is not a glance: where nothing stands beside it (the story of the sections no slide tells,
`glance_story`), the figure is not a tile and its section prints it; beside a story, the hero number
keeps its slide. The check names a slide of one tile with nothing beside it, whatever drew it."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE
from pptx.util import Inches

from reportgen.office.quality import check_deck
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

REVIEWS = ROOT / "tests" / "data" / "review_events"
EVENTS = ROOT / "tests" / "events"


def _deck(event: Path, out: Path) -> tuple[Path, list[str]]:
    result = build(event, Settings.simple(out, TEMPLATES))
    return next(f for f in result.files if f.suffix == ".pptx"), result.warnings


def _slides(deck: Path) -> list[tuple[list[str], list[str]]]:
    """Per slide: its tiles' texts, and its other shapes' texts (joiners and no-break spaces plain)."""
    out = []
    for slide in Presentation(str(deck)).slides:
        tiles, rest = [], []
        for shape in slide.shapes:
            if not shape.has_text_frame:
                continue
            text = shape.text_frame.text.replace("\u2060", "").replace("\xa0", " ")
            (tiles if shape.name.startswith("Key figure") else rest).append(text)
        out.append((tiles, rest))
    return out


@pytest.mark.parametrize(
    ("event", "number"),
    [
        (REVIEWS / "game-showcase-online-ja-jp.yaml", "1億2800万回"),
        (REVIEWS / "fachkongress-de-de.yaml", "2.300"),
        (REVIEWS / "robocon-ja-jp.yaml", "1,240"),
        (EVENTS / "hackathon-tiny.yaml", "64"),
        (EVENTS / "languages" / "expo-sabores-es-mx.yaml", "1,350 millones"),
    ],
)
def test_a_lone_key_figure_takes_no_slide_of_one_tile(event: Path, number: str, tmp_path: Path) -> None:
    deck, warnings = _deck(event, tmp_path / "out")
    slides = _slides(deck)
    assert not [i for i, (tiles, _) in enumerate(slides, 1) if len(tiles) == 1], [t for t, _ in slides]
    # its number is still on a slide, not only in the notes
    assert any(number in text for tiles, rest in slides[1:] for text in (*tiles, *rest)), slides
    assert warnings == []


def test_a_hero_number_beside_its_story_keeps_its_slide(tmp_path: Path) -> None:
    deck, warnings = _deck(EVENTS / "one-figure.yaml", tmp_path / "out")
    tiles, rest = _slides(deck)[1]
    assert len(tiles) == 1 and "240" in tiles[0]
    assert any(text.strip() for text in rest)
    assert warnings == []


def test_the_check_names_a_slide_of_one_tile_with_nothing_beside_it(tmp_path: Path) -> None:
    deck, _ = _deck(EVENTS / "hackathon-tiny.yaml", tmp_path / "out")
    prs = Presentation(str(deck))
    title_only = next(layout for layout in prs.slide_layouts if layout.name == "Title Only")
    for beside in (False, True):
        slide = prs.slides.add_slide(title_only)
        slide.shapes.title.text = "At a glance"
        tile = slide.shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGLE, Inches(4), Inches(2), Inches(5), Inches(3))
        tile.fill.solid()
        tile.text_frame.text = "64 participants"
        if beside:  # a story beside the hero number: a slide with something to say
            box = slide.shapes.add_textbox(Inches(9.5), Inches(2), Inches(3.5), Inches(3))
            box.text_frame.text = "Teams worked through the weekend on bus reliability."
    prs.save(str(deck))
    found = [w for w in check_deck(deck, "x-deck.pptx") if "one key-figure tile" in w]
    assert [w.split(":")[1] for w in found] == [f" slide {len(prs.slides) - 1}"]

