"""Tiles sized to what they hold (review W): a slide of one to six key figures sets its tiles as tall
as their text needs, with room around it, never the whole body's height with a number floating in
the middle; the group centred in the body, in a 16:9 deck and a 4:3 one; a template whose own
tiles are not set to resize to their text keeps its geometry."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from lxml import etree
from pptx import Presentation
from pptx.util import Emu, Inches

from reportgen.office.ooxml import qn
from reportgen.office.powerpoint.fit import EMU_PER_PT, autofit_scale, text_height
from reportgen.office.powerpoint.tiles import TILE_FLATTEST, TILE_ROOM
from reportgen.office.quality import check_deck
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

EVENTS = ROOT / "tests" / "events"
REVIEW = ROOT / "tests" / "data" / "review_events"
#: an event, and the counts of tiles its deck's slides of tiles hold
CASES = [
    (EVENTS / "one-figure.yaml", (1,)),  # one hero number beside the story
    (EVENTS / "hackathon-tiny.yaml", (1,)),  # one wide tile, its `deck: tile` (else no tile: test_lone_tile)
    (EVENTS / "spring-fair-en-au.yaml", (2,)),  # two wide tiles
    (EVENTS / "wide-range.yaml", (2,)),  # two hero numbers beside the story
    (REVIEW / "fun-run-en-gb.yaml", (3,)),
    (EVENTS / "seven-figures.yaml", (7,)),  # one slide of 4 + 3 short tiles since glance8
    (EVENTS / "youth-cup-us.yaml", (5,)),
    (EVENTS / "twelve-figures.yaml", (6,)),
]
#: The template's tiles' band (scripts/make_templates.py): GLANCE_TOP, to TILES_FOOT above the foot.
BAND_TOP, BAND_FOOT = Inches(1.78), Inches(0.52)
SLACK = Inches(0.02)


def _deck(event: Path, out: Path, templates: Path = TEMPLATES, clean: bool = True) -> Presentation:
    """The built deck; with `clean`, warning-free (no near-empty slide among them); else with no
    warning about its tiles (a 4:3 deck's title slide may have others)."""
    result = build(event, Settings.simple(out, templates))
    (deck,) = [f for f in result.files if f.suffix == ".pptx"]
    found = [*result.warnings, *check_deck(deck, "deck")]
    assert (found if clean else [w for w in found if "Key figure" in w or "% of the slide" in w]) == []
    return Presentation(str(deck))


def _tile_slides(prs: Presentation) -> list[list]:
    slides = [[s for s in slide.shapes if s.name.startswith("Key figure")] for slide in prs.slides]
    return [tiles for tiles in slides if tiles]


def _need(tile) -> int:
    """What a tile's text takes (its lines, insets and the space before its label)."""
    body = tile._element.find(qn("p:txBody"))
    before = sum(int(e.get("val")) for e in body.iter(qn("a:spcPts")) if e.getparent().tag == qn("a:spcBef"))
    return text_height(tile._element, tile.width) + int(before / 100 * autofit_scale(body) * EMU_PER_PT)


def _assert_sized(prs: Presentation, count: int) -> None:
    pages = [tiles for tiles in _tile_slides(prs) if len(tiles) == count]
    assert pages, f"no slide of {count} tiles"
    for tiles in pages:
        need = max(_need(t) for t in tiles)
        for tile in tiles:  # room around its text, or a card's proportion, no more
            most = max(need * TILE_ROOM, max(t.width for t in tiles) / TILE_FLATTEST)
            assert tile.height <= most + SLACK, (tile.name, tile.height / need)
            assert tile.height >= need, tile.name  # its text fits
        rows = sorted({t.top for t in tiles})
        assert len({t.height for t in tiles}) == 1 and len(rows) <= 2  # one height; rows of tiles
        top, foot = min(rows), max(t.top + t.height for t in tiles)
        band_centre = (BAND_TOP + prs.slide_height - BAND_FOOT) / 2
        # centred in the body (within a source line's top: tiles keep clear of it, tile_room._foot)
        assert abs((top + foot) / 2 - band_centre) <= Inches(0.05)


@pytest.mark.parametrize(("event", "counts"), CASES, ids=[e.stem for e, _ in CASES])
def test_tiles_are_as_tall_as_their_text_needs(event: Path, counts: tuple[int, ...], tmp_path: Path) -> None:
    clean = True
    if event.stem == "hackathon-tiny":  # one tile alone is the file's own say, which the check names
        shutil.copytree(
            event.parent, tmp_path / "events", ignore=shutil.ignore_patterns("languages", "numbers")
        )
        event = tmp_path / "events" / event.name
        text = event.read_text(encoding="utf-8")
        event.write_text(
            text.replace("        key: true\n", "        key: true\n        deck: tile\n", 1), "utf-8"
        )
        clean = False
    prs = _deck(event, tmp_path / "out", clean=clean)
    for count in counts:
        _assert_sized(prs, count)


def _four_by_three(folder: Path) -> Path:
    """The default deck made 4:3: each shape's place and width scaled across."""
    folder.mkdir()
    prs = Presentation(str(TEMPLATES / "deck.pptx"))
    scale = Emu(9144000) / prs.slide_width
    trees = [s.shapes for s in prs.slides] + [m.shapes for m in prs.slide_masters]
    trees += [layout.shapes for m in prs.slide_masters for layout in m.slide_layouts]
    for shapes in trees:
        for shape in shapes:
            if shape.left is not None and shape.width is not None:
                shape.left, shape.width = int(shape.left * scale), int(shape.width * scale)
    prs.slide_width = Emu(9144000)
    prs.save(str(folder / "deck.pptx"))
    return folder


def test_tiles_fit_their_text_in_a_four_by_three_deck(tmp_path: Path) -> None:
    templates = _four_by_three(tmp_path / "templates")
    for event, counts in (CASES[0], CASES[4]):
        prs = _deck(event, tmp_path / event.stem, templates, clean=False)
        (count,) = counts
        assert prs.slide_width * 3 == prs.slide_height * 4
        _assert_sized(prs, count)


def test_a_templates_own_tiles_keep_their_geometry(tmp_path: Path) -> None:
    """Tiles the template does not set to resize to their text stay where and as large as it sets them."""
    folder = tmp_path / "templates"
    folder.mkdir()
    shutil.copy(TEMPLATES / "deck.pptx", folder / "deck.pptx")
    prs = Presentation(str(folder / "deck.pptx"))
    placed = {}
    for number, slide in enumerate(prs.slides):
        for shape in slide.shapes:
            if shape.name.startswith("Key figure"):
                body_pr = shape._element.find(f"{qn('p:txBody')}/{qn('a:bodyPr')}")
                for old in list(body_pr):
                    if old.tag in (qn("a:spAutoFit"), qn("a:normAutofit")):
                        body_pr.remove(old)
                body_pr.insert(0, etree.Element(qn("a:normAutofit")))
                placed[number, shape.name] = (shape.top, shape.height)
    prs.save(str(folder / "deck.pptx"))
    built = _deck(CASES[4][0], tmp_path / "out", folder)
    (tiles,) = [t for t in _tile_slides(built) if len(t) == 3]
    three = next(number for number, name in placed if name == "Key figure 3")
    assert [(t.top, t.height) for t in tiles] == [placed[three, t.name] for t in tiles]
