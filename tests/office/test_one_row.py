"""A single row of key-figure tiles fills its slide (review KK: Andong's '경제 효과', three tiles
floating in the middle with a wide gap under the lead and the lower fifth empty; Bengaluru's first
glance page): its tiles at least ROW_FILLS of the room under the lead (or the title), the block
centred there, its numbers and words no smaller than the template sets them, its numbers larger
where their tiles have room, each within its tile, with the document check clean."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation
from pptx.util import Inches

from reportgen.data.typography import bind_cjk_numbers
from reportgen.office.ooxml import qn
from reportgen.office.powerpoint.fit import EMU_PER_PT, _widest, text_height
from reportgen.office.quality import check_deck
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

EVENTS = ROOT / "tests" / "events"
REVIEW = ROOT / "tests" / "data" / "review_events"
#: events with a slide of one row of tiles: en, with and without a lead; ko with a lead and a row
#: widened for its long number; zh's wide numbers; de's two tiles and long label; a third page
CASES = [
    REVIEW / "bengaluru-techexpo-en-in.yaml",
    REVIEW / "andong-talchum-ko-kr.yaml",
    EVENTS / "expo-zh.yaml",
    REVIEW / "kongress-wien-de-at.yaml",
    REVIEW / "bengaluru-techexpo-en-in.yaml",  # its Footfall's three (seven-figures' 4 + 3: one slide)
    REVIEW / "fun-run-en-gb.yaml",
]
#: The template's tiles' band (scripts/make_templates.py): GLANCE_TOP, to TILES_FOOT above the foot.
BAND_TOP, BAND_FOOT = Inches(1.78), Inches(0.52)
#: A single row's tiles are at least this share of the room under its lead as tall.
ROW_FILLS = 0.6
#: A row whose numbers all take less than this share of their tiles' width has room to set them larger.
ROOMY = 0.65


def _sizes(tile) -> tuple[float, float]:
    """A tile's number size and its label's (its last paragraph that prints, less a record's line
    under it: FigureView.tile_note, a paragraph of its own at its own size), in points."""
    number, label = 0.0, 0.0
    printed = []
    for p in tile._element.find(qn("p:txBody")).iter(qn("a:p")):
        runs = [r for r in p.iter(qn("a:rPr")) if r.get("sz", "").isdigit()]
        if any(r.get("b") == "1" for r in runs):
            number = max(number, *(int(r.get("sz")) / 100 for r in runs))
        elif runs and "".join(t.text or "" for t in p.iter(qn("a:t"))).strip():
            printed.append(
                (max(int(r.get("sz")) / 100 for r in runs), "".join(t.text or "" for t in p.iter(qn("a:t"))))
            )
    if printed and printed[-1][1] in RECORD_LINES:
        printed.pop()
    label = printed[-1][0] if printed else label
    return number, label


#: A record's line under a tile's label (FigureView.tile_note), in the corpus's languages.
RECORD_LINES = {"A record", "Rekord", "역대 최다", "역대 최고", "创新高", "過去最多"}


def _share(tile) -> float:
    """The share of its tile's width a tile's number takes, as fit.py measures an unbreakable word:
    tied as the plan ties it (`bind_cjk_numbers`, in its run's language) before the fit, since a
    deck prints no word joiners (lines22: '37억 4000만 원' measured as its widest piece '억 4000'
    read as half its tile, where it sets whole across all of it)."""
    for p in tile._element.find(qn("p:txBody")).iter(qn("a:p")):
        runs = [r for r in p.iter(qn("a:rPr")) if r.get("b") == "1" and r.get("sz", "").isdigit()]
        if runs:
            text = "".join(t.text or "" for t in p.iter(qn("a:t")))
            text = bind_cjk_numbers(text, runs[0].get("lang") or "en")
            size = max(int(r.get("sz")) for r in runs) / 100
            return _widest(text, True) * size * EMU_PER_PT / (tile.width - 2 * 91440)
    return 0.0


def _template_sizes(count: int) -> tuple[float, float]:
    """What the template sets a row of `count` tiles' numbers and labels at (its slide whose
    `count` tiles stand in one row), and its grid's numbers (the slide of six)."""
    for slide in Presentation(str(TEMPLATES / "deck.pptx")).slides:
        tiles = [s for s in slide.shapes if s.name.startswith("Key figure")]
        if len(tiles) == count and len({t.top for t in tiles}) == 1:
            number = max(_sizes(t)[0] for t in tiles)
            labels = [
                int(r.get("sz")) / 100
                for t in tiles
                for r in t._element.iter(qn("a:rPr"))
                if ".label" in "".join(r.getparent().itertext())
            ]
            return number, max(labels)
    raise AssertionError(f"no template slide of one row of {count} tiles")


def _rows(prs: Presentation) -> list[tuple[object, list]]:
    found = []
    for slide in prs.slides:
        tiles = [s for s in slide.shapes if s.name.startswith("Key figure")]
        if len(tiles) > 1 and len({t.top for t in tiles}) == 1:
            found.append((slide, tiles))
    return found


@pytest.mark.parametrize("event", CASES, ids=[e.stem for e in CASES])
def test_a_single_row_of_tiles_fills_its_slide(event: Path, tmp_path: Path) -> None:
    result = build(event, Settings.simple(tmp_path / "out", TEMPLATES))
    (deck,) = [f for f in result.files if f.suffix == ".pptx"]
    assert [*result.warnings, *check_deck(deck, "deck")] == []  # no number broken nor too wide
    prs = Presentation(str(deck))
    rows = _rows(prs)
    assert rows, "no slide of one row of tiles"
    for slide, tiles in rows:
        leads = [s for s in slide.shapes if s.name == "Lead" and s.text_frame.text.strip()]
        floor = max([BAND_TOP, *(s.top + text_height(s._element, s.width) for s in leads)])
        foot = prs.slide_height - BAND_FOOT
        top, bottom = min(t.top for t in tiles), max(t.top + t.height for t in tiles)
        assert bottom - top >= ROW_FILLS * (foot - floor), (event.stem, (bottom - top) / (foot - floor))
        # centred under the lead: the margins above and below the block within a lead's gap
        assert abs((top - floor) - (foot - bottom)) <= Inches(0.25), (top - floor, foot - bottom)
        number, label = _template_sizes(len(tiles))
        sizes = [_sizes(t) for t in tiles]
        assert len({n for n, _ in sizes}) == 1  # one number size a slide
        assert min(n for n, _ in sizes) >= number or event.stem == "andong-talchum-ko-kr"  # fit: 32.5 pt
        assert min(lab for _, lab in sizes) >= label
        if max(_share(t) for t in tiles) < ROOMY:  # numbers with room to grow: a size up
            assert min(n for n, _ in sizes) > number, (event.stem, sizes, number)
        for tile in tiles:  # within the slide's body
            assert tile.left >= 0 and tile.left + tile.width <= prs.slide_width


def test_the_check_names_a_row_of_tiles_adrift_in_an_empty_body(tmp_path: Path) -> None:
    """The built row fills its slide and the check is clean; the same tiles cut to 45 % of the room
    under the title and centred there, as the row set at a grid's size stood (review KK: 46 %),
    are named, though their area alone passes the near-empty measure."""
    result = build(CASES[0], Settings.simple(tmp_path / "out", TEMPLATES))
    (deck,) = [f for f in result.files if f.suffix == ".pptx"]
    assert check_deck(deck, "deck") == []
    prs = Presentation(str(deck))
    (slide, tiles), *_ = _rows(prs)
    number = list(prs.slides).index(slide) + 1
    foot = prs.slide_height - BAND_FOOT
    height = int((foot - BAND_TOP) * 0.45)
    for tile in tiles:
        tile.top, tile.height = BAND_TOP + (foot - BAND_TOP - height) // 2, height
    adrift = tmp_path / "adrift.pptx"
    prs.save(str(adrift))
    # tiles cut to 45 % are also too short for their grown text: the check names
    # them too (tile_lines.overflowing); this one is about the empty body
    found = [w for w in check_deck(adrift, "deck") if "taller than its tile" not in w]
    assert len(found) == 1 and found[0].startswith(f"deck: slide {number}: its tiles and text leave"), found
