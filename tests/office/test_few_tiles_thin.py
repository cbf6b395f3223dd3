"""A slide of a few tiles that uses a third of its room (review PP: the en_AU symposium's two
tiles alone, a third of the slide used): the document check names it, in any template, where
slide_space.py's near-empty measure (a quarter) and tile_space.py's empty height both passed it.
The default deck sets such a row to fill its slide, and is clean."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation

from reportgen.office.quality import check_deck
from reportgen.office.shape_boxes import _is_tile
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

TASMAN = ROOT / "tests" / "data" / "review_events" / "tasman-marine-symposium-en-au.yaml"
NAMED = "tiles and text use only"


@pytest.fixture(scope="module")
def deck(tmp_path_factory: pytest.TempPathFactory) -> Path:
    result = build(TASMAN, Settings.simple(tmp_path_factory.mktemp("tasman"), TEMPLATES))
    assert result.warnings == []
    return next(f for f in result.files if f.suffix == ".pptx")


def _glance(prs: Presentation) -> tuple[int, list]:
    area = prs.slide_width * prs.slide_height
    for number, slide in enumerate(prs.slides, 1):
        tiles = [s for s in slide.shapes if _is_tile(s, area)]
        if number > 1 and len(tiles) == 2:
            return number, tiles
    raise AssertionError("no slide of two tiles")


def test_two_tiles_in_a_third_of_the_slide_are_named(deck: Path) -> None:
    prs = Presentation(str(deck))
    number, tiles = _glance(prs)
    for tile in tiles:  # a restyled template's narrower places: the row in a third of the slide
        tile.width = int(tile.width * 0.6)
    area = prs.slide_width * prs.slide_height
    assert 0.25 < sum(t.width * t.height for t in tiles) / area < 0.4
    warnings = [w for w in check_deck(prs, "deck.pptx") if NAMED in w]
    assert warnings and warnings[0].startswith(f"deck.pptx: slide {number}:"), warnings


def test_the_default_decks_row_of_two_fills_its_slide(deck: Path) -> None:
    assert not [w for w in check_deck(Presentation(str(deck)), "deck.pptx") if NAMED in w]
