"""A tile's unit on its number's line, so that the tiles of a slide have the same lines (review LL).

'nearly / 2,300 / runners / First-time half marathoners' was a line taller than its row's other
tiles ('38 / Countries represented') and than the slide's other row: its label sat lower, and its
text filled the tile to its edge. The Turkish '38 milyon / dolar' the same. Each unit that fits
now stands on its number's line.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation

from reportgen.office.quality import check_deck
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

EVENTS = ROOT / "tests" / "data" / "review_events"
ISTANBUL = EVENTS / "oyun-gelistiricileri-istanbul-tr-tr.yaml"


def _deck(event: Path, folder: Path) -> Path:
    result = build(event, Settings.simple(folder, TEMPLATES))
    return next(f for f in result.files if f.suffix == ".pptx")


#: The line a tile prints under its label where its quote calls it a record (FigureView.tile_note):
#: below the label, not between the number and the label.
RECORD_LINES = {"A record", "Rekor"}


def _lines(tile) -> list[str]:
    """A tile's paragraphs from its number (its first in bold) to its label (the last that prints,
    less a record's line under it)."""
    paragraphs = tile.text_frame.paragraphs
    number = next(i for i, p in enumerate(paragraphs) if any(r.font.bold for r in p.runs))
    last = max(i for i, p in enumerate(paragraphs) if p.text.strip() and p.text not in RECORD_LINES)
    return [p.text for p in paragraphs[number : last + 1]]


@pytest.mark.parametrize(
    ("event", "slide", "number", "count"),
    # Limerick's eight tiles are one slide of narrower tiles since round 19 (data/plan/tile_grid.py),
    # where '2,300 runners' does not fit one line: its rows are aligned by tile_lines.py instead
    [(ISTANBUL, 1, "38\u00a0milyon\u00a0dolar", 4)],
)
def test_a_tiles_unit_stands_on_its_numbers_line(
    event: Path, slide: int, number: str, count: int, tmp_path: Path
) -> None:
    deck = _deck(event, tmp_path / "out")
    tiles = [s for s in Presentation(str(deck)).slides[slide].shapes if s.name.startswith("Key figure")]
    assert len(tiles) == count
    lines = {tile.text_frame.text: _lines(tile) for tile in tiles}
    # every tile of the slide: its number's line, then its label's; no line between them
    assert all(len(found) == 2 for found in lines.values()), lines
    assert any(found[0] == number for found in lines.values()), lines
    # its label, and the unit the label names ('İkili iş görüşmesi' counts görüşme), printed once
    for text in lines:
        assert text.casefold().count("görüşme") <= 1, text
    assert not [w for w in check_deck(deck, "deck") if "tile" in w], check_deck(deck, "deck")
