"""Eight short key figures on one glance slide, two rows of four (review LL: Limerick's eight tiles,
numbers of at most seven characters and labels of at most 32, took two slides of four, each half
empty, the second titled '… at a glance (continued)'). Long numbers or labels keep rows of three;
a template of its own with four tile places gets its pages cut to four."""

from __future__ import annotations

import itertools
import shutil
from pathlib import Path

import yaml
from pptx import Presentation

from reportgen.data.prepare import prepare
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

LIMERICK = ROOT / "tests" / "data" / "review_events" / "limerick-half-marathon-en-ie.yaml"
EMU_PER_IN = 914400


def _glance_slides(deck_path: Path) -> list[list]:
    deck = Presentation(str(deck_path))
    slides = [[s for s in slide.shapes if s.name.startswith("Key figure")] for slide in deck.slides]
    return [tiles for tiles in slides if tiles]


def _deck(event: Path, out: Path, templates: Path = TEMPLATES) -> Path:
    result = build(event, Settings.simple(out, templates))
    assert result.warnings == []  # the document check finds nothing
    return next(f for f in result.files if f.suffix == ".pptx")


def _rows(tiles: list) -> list[list]:
    rows: list[list] = []
    for tile in sorted(tiles, key=lambda t: (t.top, t.left)):
        if rows and abs(tile.top - rows[-1][0].top) < EMU_PER_IN // 20:
            rows[-1].append(tile)
        else:
            rows.append([tile])
    return rows


def test_eight_short_tiles_are_one_page_in_the_plan() -> None:
    pages = prepare(LIMERICK).derived.glance_pages
    assert [len(page) for page in pages] == [8]


def test_long_labels_keep_pages_of_at_most_six(tmp_path: Path) -> None:
    data = yaml.safe_load(LIMERICK.read_text(encoding="utf-8"))
    figures = [f for section in data["sections"].values() for f in (section.get("figures") or {}).values()]
    keys = [f for f in figures if f.get("key")]
    assert len(keys) == 8
    for figure in keys:  # each label three lines of a narrow tile
        figure["label"] = f"{figure['label']} across the whole city of Limerick and its county"
    event = tmp_path / "long.yaml"
    event.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    pages = prepare(event).derived.glance_pages
    assert len(pages) == 2 and max(len(page) for page in pages) <= 6, [len(p) for p in pages]


def test_limericks_deck_sets_eight_tiles_in_two_rows_of_four(tmp_path: Path) -> None:
    deck_path = _deck(LIMERICK, tmp_path)
    glance = _glance_slides(deck_path)
    assert [len(tiles) for tiles in glance] == [8]
    rows = _rows(glance[0])
    assert [len(row) for row in rows] == [4, 4]
    for row in rows:
        for left, right in itertools.pairwise(row):
            assert left.left + left.width <= right.left  # no overlap
        # the tiles beside the one long number ('€1.46 million') share one width
        short = sorted(t.width for t in row)[:3]
        assert short[-1] - short[0] <= EMU_PER_IN // 20, short
    assert rows[0][0].top + rows[0][0].height <= rows[1][0].top
    assert [t.left for t in rows[0]] == [t.left for t in rows[1]]  # one grid: its columns aligned
    texts = " ".join(
        s.text_frame.text for s in Presentation(str(deck_path)).slides[1].shapes if s.has_text_frame
    )
    assert "(continued)" not in texts


def test_a_template_with_four_tile_places_gets_pages_of_four(tmp_path: Path) -> None:
    """A template of its own whose glance slides place four tiles at most (its variants for five to
    eight removed) gets Limerick's eight as two pages of four, none lost. Its check clean: the
    spectators' sentence, said only in a tile page's notes until round 25 (review RR4), is a bullet
    of the race's slide since round 26 (contin26 counts people and figures as the lines a reader
    sees, so the race's slide has room for it)."""
    templates = tmp_path / "templates"
    shutil.copytree(TEMPLATES, templates)
    prs = Presentation(str(templates / "deck.pptx"))
    ids = prs.slides._sldIdLst
    for slide, sld_id in zip(list(prs.slides), list(ids), strict=True):
        tiles = sum(s.name.startswith("Key figure") for s in slide.shapes)
        texts = [t for s in slide.shapes for p in s.text_frame.paragraphs if s.has_text_frame for t in p.runs]
        if tiles == 4:  # the last glance slide now: it closes their loop
            directive = next(r for r in texts if "{%slide if page|length == 4" in r.text)
            directive.text += "{%slides endfor %}"
        if tiles > 4:
            prs.part.drop_rel(sld_id.rId)
            ids.remove(sld_id)
    prs.save(str(templates / "deck.pptx"))
    deck_path = _deck(LIMERICK, tmp_path / "out", templates)
    glance = _glance_slides(deck_path)
    assert [len(tiles) for tiles in glance] == [4, 4]
    kickers = [
        s.text_frame.text
        for slide in Presentation(str(deck_path)).slides
        for s in slide.shapes
        if s.name == "Section name"
    ]
    assert not [k for k in kickers if "·" in k], kickers  # never two sections' names joined
    lines = {line for tiles in glance for s in tiles for line in s.text_frame.text.split("\n")}
    # the spectators' tile keeps its label: its sentence as one text ran to four lines of the tile
    # (rounds 20, 21 had set it so; review RR4, round 22)
    assert "Raised for charity" in lines
    assert "Spectators along the course" in {" ".join(line.split()) for line in lines}, lines
