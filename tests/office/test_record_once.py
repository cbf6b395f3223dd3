"""Review RR2 (#3, #4): a record said twice on its tile ('Visitatori professionali, record del salone'
over 'RECORD'), in the band and the key-figures table alike, and two dark tiles on one glance, the
headline's no longer alone. Built here from reviewers' events whose headline and a second key
figure are labelled with their record ('…, record del salone', '…, recorde da feira'): each
document says each record once, by its badge, and only the headline's tile and band cell are
filled with the accent."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from docx import Document
from pptx import Presentation

from reportgen.office.ooxml import qn
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

EVENTS = ROOT / "tests" / "data" / "review_events"

# event, the clause added to the headline's label, to a second key figure's, the badge's word
CASES = [
    ("festival-filosofia-matera-it.yaml", "record del festival", "record", "Record"),
    ("agrishow-ribeirao-pt-br.yaml", "recorde da feira", "recorde", "Recorde"),
]


def _key_figures(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The event's headline figure first, then its other key figures, as the file holds them."""
    figures = [f for s in data["sections"].values() for f in (s.get("figures") or {}).values()]
    headline = [f for f in figures if f.get("headline")]
    return headline + [f for f in figures if f.get("key") and not f.get("headline")]


def _event(source: Path, folder: Path, first: str, second: str) -> tuple[Path, list[str]]:
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    headline, other = _key_figures(data)[:2]
    labels = [headline["label"], other["label"]]
    headline["label"] = f"{labels[0]}, {first}"
    other["label"] = f"{labels[1]}, {second}"
    folder.mkdir(parents=True, exist_ok=True)
    event = folder / source.name
    event.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return event, labels


def _filled(element: Any) -> bool:
    solid = element.find(qn("p:spPr") + "/" + qn("a:solidFill"))
    return solid is not None and len(solid) and solid[0].get("val", "") == "accent1"


def _lines(text: str) -> list[str]:
    return [" ".join(line.replace("\u00a0", " ").split()) for line in text.replace("\x0b", " ").split("\n")]


def _claiming(texts: list[list[str]], claims: tuple[str, str]) -> list[list[str]]:
    """The texts that print a label's record clause."""
    return [lines for lines in texts if any(claim in line for claim in claims for line in lines)]


@pytest.fixture(scope="module", params=CASES, ids=[c[0].split("-")[-1][:2] for c in CASES])
def built(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    name, first, second, badge = request.param
    folder = tmp_path_factory.mktemp(name.split(".")[0])
    event, labels = _event(EVENTS / name, folder / "event", first, second)
    result = build(event, Settings.simple(folder / "out", TEMPLATES))
    deck = next(f for f in result.files if f.suffix == ".pptx")
    briefing = next(f for f in result.files if f.suffix == ".docx")
    return {"deck": deck, "briefing": briefing, "labels": labels, "badge": badge, "claims": (first, second)}


def test_each_tile_says_its_record_once_and_only_the_headline_is_dark(built: dict[str, Any]) -> None:
    tiles = [
        shape
        for slide in Presentation(str(built["deck"])).slides
        for shape in slide.shapes
        if shape.name.startswith("Key figure")
    ]
    texts = [_lines(t.text_frame.text) for t in tiles]
    badge = built["badge"].casefold()
    for label in built["labels"]:
        (lines,) = [lines for lines in texts if label in lines]
        assert [line.casefold() for line in lines].count(badge) == 1, lines
    assert not _claiming(texts, built["claims"]), texts
    dark = [_lines(t.text_frame.text) for t in tiles if _filled(t._element)]
    assert len(dark) == 1 and built["labels"][0] in dark[0], dark


def test_the_band_and_the_table_say_each_record_once(built: dict[str, Any]) -> None:
    document = Document(str(built["briefing"]))
    cells = [cell for table in document.tables for row in table.rows for cell in row.cells]
    texts = [_lines(cell.text) for cell in cells]
    assert not _claiming(texts, built["claims"]), texts
    assert sum(lines.count(built["badge"]) for lines in texts) >= 2, texts
    shaded = [  # of the cells that say a record (the table's head is the template's own fill)
        _lines(cell.text)
        for cell in cells
        if built["badge"] in _lines(cell.text)
        and (shd := cell._tc.find(qn("w:tcPr") + "/" + qn("w:shd"))) is not None
        and shd.get(qn("w:themeFill")) == "accent1"
    ]
    assert len(shaded) <= 1 and all(built["labels"][0] in lines for lines in shaded), shaded
