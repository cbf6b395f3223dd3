"""The briefing's first page prints its key figures as one block (review VV3 #4, WW1 #11): two
figures the band's row of three does not hold are its second row, not a table of two rows under a
'Key figures' heading that read as the table's alone; a table of three or more has that heading
over the band. The document check names a short table beside a band in any template."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from docx import Document
from docx.shared import Cm

from reportgen.office.quality import check_briefing
from reportgen.pipeline.pipeline import BuildResult

from ..conftest import ROOT

REVIEWS = ROOT / "tests" / "data" / "review_events"
#: five key figures each (a band of three and two more), in four languages and four kinds of event
FIVE = ("maraton-malaga-es-es", "bieg-dla-szpitala-pl", "climatetech-ko-kr", "setouchi-tennis-ja-jp")


def _rows(table) -> list[list[str]]:
    return [[c.text.strip() for c in row.cells] for row in table.rows]


def _figures(rows: list[list[str]]) -> list[list[str]]:
    """The rows that print a figure: a number in a cell after the first (a table's header has none)."""
    return [r for r in rows if any(ch.isdigit() for cell in r[1:] for ch in cell)]


def _band(rows: list[list[str]]) -> bool:
    return len(rows) == 1 and len(rows[0]) >= 2 and all(any(ch.isdigit() for ch in c) for c in rows[0])


@pytest.mark.parametrize("stem", FIVE)
def test_five_key_figures_are_one_band_of_two_rows(
    stem: str, built_event: Callable[[Path], BuildResult]
) -> None:
    result = built_event(REVIEWS / f"{stem}.yaml")
    briefing = next(f for f in result.files if f.suffix == ".docx")
    document = Document(str(briefing))
    tables = [_rows(t) for t in document.tables]
    bands = [t for t in tables if _band(t)]
    # no table of one or two figures' rows anywhere beside the band
    assert not [t for t in tables if not _band(t) and 0 < len(_figures(t)) < 3][:1], stem
    # the band's rows (its first row of three, then a second of two), the page's first tables
    assert [len(t[0]) for t in tables[: len(bands)]] == [3, 2], (stem, tables[:3])
    assert sum(len(t[0]) for t in bands[:3]) == 5, stem
    assert not [w for w in result.warnings if "key figure" in w]


@pytest.mark.parametrize("stem", ["andong-talchum-ko-kr", "agrifood-noord-nl"])
def test_a_table_of_key_figures_has_its_heading_over_the_band(
    stem: str, built_event: Callable[[Path], BuildResult]
) -> None:
    # more key figures than a band holds: a table of three rows or more, under one heading that
    # stands over the band too
    result = built_event(REVIEWS / f"{stem}.yaml")
    document = Document(str(next(f for f in result.files if f.suffix == ".docx")))
    body = list(document.element.body)
    band, table = document.tables[0], document.tables[1]
    assert _band(_rows(band)) and len(_figures(_rows(table))) >= 3, stem
    headings = [p for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert body.index(headings[0]._p) < body.index(band._tbl), "the heading is under the band"
    # nothing but the band between the heading and the table
    between = body[body.index(headings[0]._p) + 1 : body.index(table._tbl)]
    assert [e for e in between if e.tag.endswith("}tbl")] == [band._tbl]
    assert not "".join(e.xpath("string(.)") for e in between if e.tag.endswith("}p")).strip()


def _briefing_page(rows: int) -> Document:
    """A page of a restyled template's making: a band of three numbers, a heading, a table of
    `rows` figures under a header row."""
    document = Document()
    document.add_paragraph("The event closed with a record.")
    band = document.add_table(rows=1, cols=3)
    for cell, text in zip(
        band.rows[0].cells, ("1,200\nVisitors", "35\nCountries", "€4 million\nSales"), strict=True
    ):
        cell.text = text
        cell.width = Cm(5.5)
    document.add_heading("Cifras clave", level=1)
    table = document.add_table(rows=rows + 1, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Cifra", "Valor"
    for index in range(rows):
        table.rows[index + 1].cells[0].text = f"Figure {index + 1}"
        table.rows[index + 1].cells[1].text = f"{(index + 1) * 110}"
    document.add_heading("La carrera", level=1)
    document.add_paragraph("Runners came from 68 countries, more than ever before in the race's history.")
    return document


@pytest.mark.parametrize("rows", [1, 2])
def test_the_check_names_a_short_key_figures_table_beside_a_band(rows: int) -> None:
    warnings = [w for w in check_briefing(_briefing_page(rows), "b.docx") if "block of key figures" in w]
    assert len(warnings) == 1, warnings
    assert "Figure 1" in warnings[0]


def test_the_check_is_silent_on_a_table_of_three_or_no_band() -> None:
    assert not [w for w in check_briefing(_briefing_page(3), "b.docx") if "block of key figures" in w]
    document = _briefing_page(2)
    band = document.tables[0]._tbl
    band.getparent().remove(band)  # a small table with no band beside it: not two blocks
    assert not [w for w in check_briefing(document, "b.docx") if "block of key figures" in w]
