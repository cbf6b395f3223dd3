"""A key-figure tile whose text needs more height than the tile has (review MM).

Montréal's 'près de / 38,4 millions / de dollars' over 'Ventes et préventes conclues pendant le
marché (environ 26 millions d'euros), / au 21 novembre 2026 à 16 h' needed about 164 pt in a
126 pt tile: LibreOffice shrank it below its neighbours and set it against the tile's edges. The
document check names such a tile; the build shortens it first (office/powerpoint/tile_room.py):
its conversion to the slide's notes (the briefing keeps it with the figure), its rows into the
room under the slide's lead, its numbers smaller, one size a slide.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from pptx import Presentation

import reportgen.office.powerpoint as powerpoint
from reportgen.office.powerpoint.row_type import number_line
from reportgen.office.powerpoint.tile_lines import overflows
from reportgen.office.powerpoint.tiles import SHRUNK
from reportgen.office.quality import check_deck
from reportgen.office.shape_boxes import _is_tile
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

MONTREAL = ROOT / "tests" / "data" / "review_events" / "marche-film-montreal-fr-ca.yaml"


def _built(event: Path, folder: Path) -> tuple[Path, Path]:
    result = build(event, Settings.simple(folder, TEMPLATES))
    deck = next(f for f in result.files if f.suffix == ".pptx")
    return deck, next(f for f in result.files if f.suffix == ".docx")


def _tiles(slide, area: int) -> list:
    return [s for s in slide.shapes if _is_tile(s, area)]


def test_the_check_names_a_tile_taller_than_its_text_allows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the build as it was before it made room: the check must name the tile, by slide and number
    monkeypatch.setattr(powerpoint, "make_room", lambda *args: [])
    deck, _ = _built(MONTREAL, tmp_path / "out")
    found = [w for w in check_deck(deck, "deck") if "taller than its tile" in w]
    assert len(found) == 1, found
    assert "slide 2" in found[0] and "'38,4 millions'" in found[0], found


def _four_tiles(folder: Path) -> Path:
    """The film market as it was: its films a line of their section, not a fifth tile (a count
    with nothing but its number is a tile where the glance has room: plan/bare_counts.py)."""
    folder.mkdir(parents=True, exist_ok=True)
    text = MONTREAL.read_text(encoding="utf-8")
    films = "        label: Films projetés au marché\n"
    assert films in text
    event = folder / MONTREAL.name
    event.write_text(text.replace(films, films + "        deck: bullet\n"), encoding="utf-8")
    return event


def test_a_tile_too_tall_for_its_text_is_shortened_first(tmp_path: Path) -> None:
    deck, briefing = _built(_four_tiles(tmp_path / "event"), tmp_path / "out")
    prs = Presentation(str(deck))
    area = prs.slide_width * prs.slide_height
    glance = prs.slides[1]
    tiles = _tiles(glance, area)
    assert len(tiles) == 4
    # every tile's text, as the project measures it, fits its tile
    assert not [t.text_frame.text for s in prs.slides for t in _tiles(s, area) if overflows(t)]
    money = next(t for t in tiles if "38,4" in t.text_frame.text)
    # the conversion left the tile for the notes, with its figure; its as-of stayed on the tile
    assert "26\u00a0millions" not in money.text_frame.text
    assert "21\u00a0novembre\u00a02026" in money.text_frame.text
    notes = glance.notes_slide.notes_text_frame.text.replace("\u00a0", " ")
    assert "38,4 millions de dollars (environ 26 millions d\u2019euros)" in notes, notes
    # the briefing still prints it with the figure
    document = Document(str(briefing))
    cells = [p.text for t in document.tables for r in t.rows for c in r.cells for p in c.paragraphs]
    printed = [t.replace("\u00a0", " ") for t in cells + [p.text for p in document.paragraphs]]
    assert any("26 millions d\u2019euros" in t for t in printed)
    # the slide's numbers share one size, no smaller than SHRUNK of the template's 40 pt (to the
    # half point a size is rounded down to)
    sizes = {int(r.get("sz")) for t in tiles for r in number_line(t)[0].iter() if r.get("sz")}
    assert len(sizes) == 1 and 4000 * SHRUNK - 50 <= sizes.pop() < 4000, sizes
    assert not [w for w in check_deck(deck, "deck") if "tile" in w]
