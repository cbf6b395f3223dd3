"""A deck's one key figure is no 'at a glance' slide of one tile (closing-34, 'Not done': 8 decks in
the corpus; review CC: the ja showcase's slide 2, '1億2800万回以上' alone on a slide titled 概要).
One tile is not a glance: where nothing stands beside it (the story of the sections no slide tells,
`glance_story`), the figure is not a tile and its section prints it; beside a story, the hero number
keeps its slide, and so does the news, its section's slide beside it (test_hero_number.py). The
check names a slide of one tile with nothing beside it, whatever drew it."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE
from pptx.util import Inches

from reportgen.office.ooxml import qn
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
        (EVENTS / "hackathon-tiny.yaml", "64"),
        # robocon's '1,240' and the Mexican expo's '1,350 millones' are their news: a hero number
        # beside their section's words (plan/hero.py, test_hero_number.py)
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


def _rows(deck: Path) -> list[list[tuple[str, float, int]]]:
    """Every row of tiles in the deck: each tile's number text, its size as set (pt, its autofit
    scale applied) and its width, left to right."""
    from reportgen.office.powerpoint.fit import autofit_scale
    from reportgen.office.powerpoint.tiles import ROW_TOLERANCE, _number_size

    out = []
    for slide in Presentation(str(deck)).slides:
        tiles = sorted((s for s in slide.shapes if s.name.startswith("Key figure")), key=lambda t: t.top)
        rows: list[list] = []
        for tile in tiles:
            if rows and abs(tile.top - rows[-1][0].top) < ROW_TOLERANCE:
                rows[-1].append(tile)
            else:
                rows.append([tile])
        for row in rows:
            found = []
            for tile in sorted(row, key=lambda t: t.left):
                p, size = _number_size(tile)
                scale = autofit_scale(tile._element.find(qn("p:txBody")))
                found.append(("".join(p.itertext(qn("a:t"))), size / 100 * scale, tile.width))
            out.append(found)
    return out


@pytest.mark.parametrize(
    ("event", "long", "least"),
    [  # the row's size before: 21.5, 21.5, 21.5 and 30 pt
        (REVIEWS / "climatetech-ko-kr.yaml", "1조\xa02000억\xa0원\xa0이상", 30),  # the deck prints no
        (REVIEWS / "anime-expo-ja.yaml", "12億5000万円以上", 26),  # word joiner (url_lines.py)
        (EVENTS / "languages" / "esports-ko.yaml", "2억\xa01500만\xa0회\xa0이상", 30),
        (REVIEWS / "busan-game-show-ko-kr.yaml", "120만\xa0회\xa0이상", 40),
    ],
)
def test_one_long_number_does_not_drag_its_row_down(
    event: Path, long: str, least: float, tmp_path: Path
) -> None:
    """Review DD / closing-34: a row of tiles shares one number size, the smallest the fit set any
    of them; one long number ('1조 2000억 원 이상') set its row at about 21 pt, where a row of
    three is set at 40 to 48. The long number's tile takes the room its neighbours' short numbers
    leave, so the row shares a size near the template's."""
    deck, warnings = _deck(event, tmp_path / "out")
    rows = _rows(deck)
    (row,) = [r for r in rows if any(text == long for text, _, _ in r)]
    sizes = {size for _, size, _ in row}
    assert len(sizes) == 1, row  # one size a row, as before
    assert min(sizes) >= least, row
    widths = {text: width for text, _, width in row}
    assert widths[long] == max(widths.values()) > min(widths.values()), row
    assert warnings == []
