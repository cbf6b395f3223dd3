"""Round 21: a tile of many lines made to fit as a designer would, its number kept the largest.

The nl fair's money tile, 'bijna / 310 miljoen / euro / Waarde van de op de beurs afgesloten
handelscontracten / Record', was taller than its tile: the build set the slide's numbers at four
fifths of their size and LibreOffice still shrank it (round 20's check named it). Now its rows grow
into the slide's empty foot, its note goes after its label's last line where that saves a line,
its labels are set a step smaller, and only then its numbers (office/powerpoint/tile_room.py,
tile_words.py). The rule holds for other languages, longer labels and a template's smaller tiles.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE
from pptx.util import Inches

import reportgen.office.powerpoint as powerpoint
from reportgen.office.ooxml import qn
from reportgen.office.powerpoint.row_type import number_line
from reportgen.office.powerpoint.tile_lines import overflows
from reportgen.office.powerpoint.tile_room import FOOT
from reportgen.office.powerpoint.tiles import LEAD_GAP
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

REVIEWS = ROOT / "tests" / "data" / "review_events"
AGRIFOOD = REVIEWS / "agrifood-noord-nl.yaml"


def _glance(event: Path, out: Path, templates: Path = TEMPLATES) -> tuple[list[str], list[list], int]:
    """The build's warnings, the tiles of each glance slide, and the slide's height."""
    result = build(event, Settings.simple(out, templates))
    deck = next(f for f in result.files if f.suffix == ".pptx")
    prs = Presentation(str(deck))
    pages = [[s for s in slide.shapes if s.name.startswith("Key figure")] for slide in prs.slides]
    return result.warnings, [p for p in pages if p], prs.slide_height


def _sizes(paragraphs) -> set[int]:
    return {int(r.get("sz")) for p in paragraphs for r in p.iter(qn("a:rPr")) if r.get("sz")}


def _number_size(tiles: list) -> set[int]:
    return {number_line(t)[1] for t in tiles}


def test_the_nl_fairs_money_tile_fits_with_its_number_at_full_size(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings, pages, height = _glance(AGRIFOOD, tmp_path / "out")
    assert warnings == []
    (tiles,) = pages
    money = next(t for t in tiles if "310" in t.text_frame.text)
    assert "Record" in money.text_frame.text and "bijna" in money.text_frame.text
    # every tile's text fits it as the document check measures it, and no tile runs into the foot
    assert not [t.text_frame.text for t in tiles if overflows(t)]
    assert all(t.top + t.height <= height - FOOT for t in tiles)
    # its numbers at the size the fit set them: the build without making room has them so
    monkeypatch.setattr(powerpoint, "make_room", lambda *args: [])
    _, (unmade,), _ = _glance(AGRIFOOD, tmp_path / "unmade")
    # at most a size step smaller: its record badge's line (news21) takes a little of the room
    (made_size,), (unmade_size,) = _number_size(tiles), _number_size(unmade)
    assert unmade_size - 200 <= made_size <= unmade_size
    # the number the tile's largest text, its labels one size a slide
    words = _sizes(
        p for t in tiles for p in t.text_frame._txBody.iter(qn("a:p")) if number_line(t)[0] is not p
    )
    assert max(words) < min(_number_size(tiles))
    labels = [t.text_frame.paragraphs[-1] for t in tiles if t is not money]
    assert len(_sizes(p._p for p in labels)) == 1


def _variant(folder: Path, locale: str, labels: dict[str, str], extra: int = 0) -> Path:
    """The nl fair in another language, its tiles' labels `labels`, with `extra` key figures more."""
    data = yaml.safe_load(AGRIFOOD.read_text("utf-8"))
    data["formatting"]["locale"] = locale
    for section in data["sections"].values():
        for ref, figure in section.get("figures", {}).items():
            if ref in labels:
                figure["label"] = labels[ref]
    for number in range(extra):
        data["sections"]["bezoek"]["figures"][f"extra{number}"] = {
            "label": labels.get("extra", "Extra"),
            "value": 17 + number,
            "key": True,
        }
    folder.mkdir(parents=True, exist_ok=True)
    event = folder / f"agrifood-{locale}.yaml"
    event.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    return event


GERMAN = {
    "contracten": "Wert der auf der Messe abgeschlossenen Handels- und Lieferverträge",
    "gesprekken": "Matchmaking-Gespräche zwischen Erzeugern und Einkäufern des Handels",
    "export": "Anteil der abgeschlossenen Verträge für den Export",
    "extra": "Neue Aussteller",
}
CHINESE = {
    "contracten": "展会期间现场签订的农产品与食品贸易合同总金额",
    "gesprekken": "生产商与采购商之间的一对一配对洽谈场次",
    "export": "出口合同所占比例",
    "extra": "新展商",
}


@pytest.mark.parametrize(
    ("locale", "labels", "extra"),
    [("de_DE", GERMAN, 0), ("de_DE", GERMAN, 2), ("zh_CN", CHINESE, 0), ("ja_JP", CHINESE, 2)],
    ids=["de", "de-8", "zh", "ja-8"],
)
def test_tiles_of_many_lines_fit_in_any_language(
    locale: str, labels: dict[str, str], extra: int, tmp_path: Path
) -> None:
    warnings, pages, height = _glance(_variant(tmp_path / "event", locale, labels, extra), tmp_path / "out")
    assert not [w for w in warnings if "of the tile" in w or "of the tiles" in w], warnings
    for tiles in pages:
        assert not [t.text_frame.text for t in tiles if overflows(t)]
        assert all(t.top + t.height <= height - FOOT for t in tiles)
        assert len(_number_size(tiles)) == 1


def test_a_templates_smaller_tiles_grow_into_the_free_room(tmp_path: Path) -> None:
    """A user's template whose glance tiles are a fifth shorter: the rows take the room under them."""
    folder = tmp_path / "templates"
    folder.mkdir()
    shutil.copy(TEMPLATES / "briefing.docx", folder / "briefing.docx")
    prs = Presentation(str(TEMPLATES / "deck.pptx"))
    for slide in prs.slides:
        for shape in slide.shapes:
            if shape.name.startswith("Key figure"):
                shape.height = int(shape.height * 0.8)
    prs.save(str(folder / "deck.pptx"))
    warnings, pages, height = _glance(AGRIFOOD, tmp_path / "out", folder)
    assert not [w for w in warnings if "of the tile" in w or "of the tiles" in w], warnings
    for tiles in pages:
        assert not [t.text_frame.text for t in tiles if overflows(t)]
        assert all(t.top + t.height <= height - FOOT for t in tiles)


def test_rows_grow_no_further_than_a_masters_shape_under_them(tmp_path: Path) -> None:
    """A user's master with a band at its foot (a logo's strip): the rows of tiles stop over it."""
    folder = tmp_path / "templates"
    folder.mkdir()
    shutil.copy(TEMPLATES / "briefing.docx", folder / "briefing.docx")
    prs = Presentation(str(TEMPLATES / "deck.pptx"))
    # LEAD_GAP under the template's tiles' room (TILES_FOOT, 0.52 in over the foot since round 21)
    top = prs.slide_height - Inches(0.52) + LEAD_GAP
    # drawn on a slide, then moved to the master (python-pptx adds no shape to a master)
    band = prs.slides[0].shapes.add_shape(
        MSO_SHAPE.RECTANGLE, 0, top, prs.slide_width, prs.slide_height - top
    )
    band.name = "Foot band"
    prs.slide_masters[0].shapes._spTree.append(band._element)
    prs.save(str(folder / "deck.pptx"))
    _, pages, _ = _glance(AGRIFOOD, tmp_path / "out", folder)
    for tiles in pages:
        assert all(t.top + t.height <= top - LEAD_GAP for t in tiles)
