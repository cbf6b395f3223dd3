"""A briefing's table of pairs (winners by category) sized by its entries (office/word_pair_columns.py).

Round 23: the book fair's prize names wrapped to six lines in the template's fixed 5.6 cm label
column beside one-line values in 11 cm, and its briefing ran to a third page; the deck's pair
table was sized by measure. The grid (LibreOffice) and every cell (Word) are set alike; a table of
short labels keeps the template's widths; a table of the user's own is left as it is."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.shared import Cm
from lxml import etree

from reportgen.data.prepare import prepare_editions
from reportgen.office.ooxml import qn
from reportgen.office.word_pair_columns import size_pair_tables
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

EVENTS = {
    "salon-livre-fr": ROOT / "tests" / "events" / "languages" / "salon-livre-fr.yaml",
    "lakes-womens-cup-en-us": ROOT / "tests" / "data" / "review_events" / "lakes-womens-cup-en-us.yaml",
    "setouchi-tennis-ja-jp": ROOT / "tests" / "data" / "review_events" / "setouchi-tennis-ja-jp.yaml",
}


def _plain(text: str) -> str:
    return "".join(c for c in text.casefold() if c.isalnum())


def _pairs(event: Path) -> set[tuple[str, str]]:
    sections = prepare_editions(event, None)[0].derived.sections.values()
    return {(_plain(a), _plain(b)) for s in sections for lst in s.lists.values() for a, b in lst.rows}


def _text(cell: etree._Element) -> str:
    return "".join(t.text or "" for t in cell.iter(qn("w:t")))


def _widths(table: etree._Element) -> tuple[list[int], list[list[int]]]:
    grid = [int(c.get(qn("w:w"))) for c in table.findall(f"{qn('w:tblGrid')}/{qn('w:gridCol')}")]
    cells = [
        [int(tc.find(f"{qn('w:tcPr')}/{qn('w:tcW')}").get(qn("w:w"))) for tc in tr.findall(qn("w:tc"))]
        for tr in table.findall(qn("w:tr"))
    ]
    return grid, cells


def _template_widths() -> list[int]:
    """The bundled template's pair table's grid: the table whose rows loop over `l.rows`."""
    document = Document(str(TEMPLATES / "briefing.docx"))
    table = next(t for t in document.element.body.iter(qn("w:tbl")) if "l.rows" in _text(t))
    return _widths(table)[0]


@pytest.fixture(scope="module")
def briefings(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Document]:
    out = tmp_path_factory.mktemp("pairs")
    found = {}
    for name, event in EVENTS.items():
        result = build(event, Settings.simple(out / name, TEMPLATES))
        found[name] = Document(str(next(f for f in result.files if f.suffix == ".docx")))
    return found


def _pair_table(document: Document, event: Path) -> etree._Element:
    pairs = _pairs(event)
    for table in document.element.body.iter(qn("w:tbl")):
        rows = [tr.findall(qn("w:tc")) for tr in table.findall(qn("w:tr"))]
        two = [(_plain(_text(a)), _plain(_text(b))) for cells in rows if len(cells) == 2 for a, b in [cells]]
        if len(two) >= 2 and all(p in pairs for p in two):
            return table
    raise AssertionError(f"no pair table in {event.name}")


@pytest.mark.parametrize("name", sorted(EVENTS))
def test_a_pair_tables_grid_and_cells_agree_at_the_templates_width(
    name: str, briefings: dict[str, Document]
) -> None:
    table = _pair_table(briefings[name], EVENTS[name])
    grid, cells = _widths(table)
    assert len(grid) == 2 and sum(grid) == sum(_template_widths())
    assert all(row == grid for row in cells if len(row) == 2), (grid, cells)
    # each row kept on one page: the book fair's 'Prix de l'essai de' ended page 2, its winner on 3
    rows = table.findall(qn("w:tr"))
    assert all(tr.find(f"{qn('w:trPr')}/{qn('w:cantSplit')}") is not None for tr in rows), name


def test_long_prize_names_take_the_wider_column(briefings: dict[str, Document]) -> None:
    """The book fair's prize names (up to 159 characters) beside winners of up to 70: the label
    column is the wider; the cup's and the tennis tournament's short labels keep the template's."""
    grid, _ = _widths(_pair_table(briefings["salon-livre-fr"], EVENTS["salon-livre-fr"]))
    assert grid[0] > grid[1], grid
    for name in ("lakes-womens-cup-en-us", "setouchi-tennis-ja-jp"):
        assert _widths(_pair_table(briefings[name], EVENTS[name]))[0] == _template_widths(), name


def test_a_table_of_the_users_own_keeps_its_widths() -> None:
    """A restyled template's own table of two columns, none of whose rows is a pair of the plan's,
    keeps its widths; the same table holding the plan's pairs is sized."""
    document = Document()
    table = document.add_table(rows=2, cols=2)
    long = "Prix de la traduction littéraire Nouvelle-Aquitaine – Fondation Jean-et-Marguerite-Laborde"
    entries = [(long, "Hélène Dubrovski"), (long + " II", "Samir")]
    for row, (label, value) in zip(table.rows, entries, strict=True):
        row.cells[0].text, row.cells[1].text = label, value
        for cell, width in zip(row.cells, (Cm(5), Cm(11)), strict=True):
            cell.width = width
    for column, width in zip(table.columns, (Cm(5), Cm(11)), strict=True):
        column.width = width
    before = _widths(table._tbl)
    assert size_pair_tables(document.element.body, {("other", "pair")}) == []
    assert _widths(table._tbl) == before
    pairs = {(_plain(long), _plain("Hélène Dubrovski")), (_plain(long + " II"), _plain("Samir"))}
    assert size_pair_tables(document.element.body, pairs) == [table._tbl]
    grid, cells = _widths(table._tbl)
    assert grid[0] > grid[1] and sum(grid) == sum(before[0]) and all(row == grid for row in cells)
