"""Review OO1: the news printed as a footnote, in all twelve documents of six events. In the built
documents now: the glance slide that holds a record is titled by it (the source's headline, or its
clause that says it), the glance's own words its kicker; the record's tile is filled with the
theme's accent, the others not; the briefing's band cell of the record is shaded with it, its text
readable; and the document check reads no tile's record word as a lead that repeats its title."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from pptx import Presentation

from reportgen.data.contrast import AA_TEXT, contrast
from reportgen.office.ooxml import qn
from reportgen.office.quality import check_deck
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

EVENTS = ROOT / "tests" / "data" / "review_events"
TASMAN = EVENTS / "tasman-marine-symposium-en-au.yaml"
FUKUOKA = ROOT / "tests" / "events" / "languages" / "jass-fukuoka-ja.yaml"
WAIC = ROOT / "data" / "waic2022.yaml"


def _built(event: Path, folder: Path) -> tuple[Path, Path]:
    result = build(event, Settings.simple(folder, TEMPLATES))
    deck = next(f for f in result.files if f.suffix == ".pptx")
    briefing = next(f for f in result.files if f.suffix == ".docx")
    return deck, briefing


def _glance(deck: Path):
    """The deck's first slide of tiles and its tiles."""
    for slide in Presentation(str(deck)).slides:
        tiles = [s for s in slide.shapes if s.name.startswith("Key figure")]
        if tiles:
            return slide, tiles
    raise AssertionError("no slide of tiles")


def _filled(tile) -> str:
    solid = tile._element.spPr.find(qn("a:solidFill"))
    return solid[0].get("val", "") if solid is not None else ""


@pytest.mark.parametrize(
    ("event", "title", "record"),
    [
        (TASMAN, "Record submissions as TASMARS 2026 closes in Hobart", "412"),
        (FUKUOKA, "商談件数は過去最多に", "1,150件以上"),
    ],
)
def test_the_record_leads_its_glance_slide(event: Path, title: str, record: str, tmp_path: Path) -> None:
    deck, _ = _built(event, tmp_path / "out")
    slide, tiles = _glance(deck)
    texts = [s.text_frame.text for s in slide.shapes if s.has_text_frame]
    shown = slide.shapes.title.text_frame.text.replace("\x0b", " ").replace("\n", " ").replace("\u00a0", " ")
    assert shown == title, texts
    filled = [t for t in tiles if _filled(t) == "accent1"]
    assert len(filled) == 1, [(t.text_frame.text, _filled(t)) for t in tiles]
    assert record in filled[0].text_frame.text.replace("\u00a0", " ").replace("\u2060", "")
    # the record's word on its tile under a title that says the record is no lead saying it again
    warnings = check_deck(deck, "deck")
    assert not [w for w in warnings if "says it again" in w or "tile" in w], warnings


def test_no_record_no_mark(tmp_path: Path) -> None:
    """WAIC 2022 claims no record: no tile says one, and its band keeps the template's fill. Its
    news's tile (its `headline: true`, first) is set apart all the same since round 25 (glance25,
    review WW2 #2: a headline that is no record had looked like its row); the others keep the
    template's fill."""
    deck, briefing = _built(WAIC, tmp_path / "out")
    _, tiles = _glance(deck)
    fills = [_filled(t) for t in tiles]
    assert fills[0] == "accent1" and all(f != "accent1" for f in fills[1:]), fills
    band = Document(str(briefing)).tables[0].rows[0].cells
    fills = [c._tc.tcPr.find(qn("w:shd")) for c in band]
    assert all(f is None or f.get(qn("w:themeFill")) != "accent1" for f in fills)


def test_the_band_cell_of_the_record_is_shaded_its_text_readable(tmp_path: Path) -> None:
    """Tasman's record (412 papers, drawn by its chart) opens the lede and, since band24 (review UU4
    D: the headline had left the band where a chart labels it), keeps its band cell, shaded; its
    bar's label in the briefing gives way. Cobalt's record (no chart prints it) keeps its cell too."""
    _, tasman = _built(TASMAN, tmp_path / "tasman")
    lede = next(p.text for p in Document(str(tasman)).paragraphs if "412" in p.text)
    assert lede.startswith("Submissions rose for the third year running, to 412 papers, a record"), lede
    kept = Document(str(tasman)).tables[0].rows[0].cells
    assert "412" in kept[0].text, [c.text for c in kept]
    shade = kept[0]._tc.tcPr.find(qn("w:shd"))
    assert shade is not None and shade.get(qn("w:themeFill")) == "accent1"
    _, briefing = _built(EVENTS / "cobalt-devsummit-en-us.yaml", tmp_path / "out")
    band = Document(str(briefing)).tables[0]
    cells = band.rows[0].cells
    fills = [c._tc.tcPr.find(qn("w:shd")) for c in cells]
    themes = [f.get(qn("w:themeFill")) if f is not None else None for f in fills]
    assert themes[0] == "accent1" and "accent1" not in themes[1:], themes
    fill = "#" + fills[0].get(qn("w:fill"))
    texts = [p.text for p in cells[0].paragraphs if p.text.strip()]
    assert texts[0] == "more\u00a0than\u00a012\u00a0million" and texts[-1] == "A record", texts
    for run in cells[0]._tc.iter(qn("w:r")):
        colour = run.find(qn("w:rPr") + "/" + qn("w:color"))
        if "".join(t.text or "" for t in run.iter(qn("w:t"))).strip():
            assert colour is not None and contrast("#" + colour.get(qn("w:val")), fill) >= AA_TEXT
