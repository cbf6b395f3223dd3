"""A briefing's band of one headline figure takes the band's full width and sets its number larger
than a band of several (review SS2 F9: the gala's 'rund 1,2 Millionen Euro' in a half-width box
with nothing beside it)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from docx import Document
from docx.shared import Cm, Pt

from reportgen.office.ooxml import qn
from reportgen.pipeline.pipeline import BuildResult

from ..conftest import ROOT, WAIC

REVIEWS = ROOT / "tests" / "data" / "review_events"


def _band(event: Path, number: str, built_event: Callable[[Path], BuildResult]):
    """The first page's table whose first cell prints `number`, and the page's text width."""
    result = built_event(event)
    doc = Document(str(next(f for f in result.files if f.suffix == ".docx")))
    plain = number.replace("\xa0", " ")
    table = next(
        t for t in doc.tables if plain in t.cell(0, 0).text.replace("\xa0", " ").replace("\u2060", "")
    )
    section = doc.sections[0]
    return table, section.page_width - section.left_margin - section.right_margin


def _width(table) -> int:
    grid = table._tbl.find(qn("w:tblGrid"))
    return sum(int(col.get(qn("w:w"))) * 635 for col in grid.iterfind(qn("w:gridCol")))  # twips → EMU


def _number_size(table) -> int:
    return max(r.font.size or 0 for p in table.cell(0, 0).paragraphs for r in p.runs)


@pytest.mark.parametrize(
    ("event", "number"),
    [
        (REVIEWS / "benefizgala-frankfurt-de.yaml", "1,2 Millionen Euro"),
        (REVIEWS / "congres-cardio-lausanne-fr-ch.yaml", "2’850"),
    ],
    ids=["de-gala", "fr-ch-cardio"],
)
def test_a_band_of_one_figure_is_the_bands_full_width_and_larger(
    event: Path, number: str, built_event: Callable[[Path], BuildResult]
) -> None:
    table, text_width = _band(event, number, built_event)
    assert len(table.columns) == 1
    assert _width(table) >= text_width - Cm(0.5), (_width(table), text_width)
    several, _ = _band(WAIC, "15", built_event)  # WAIC's band: several figures, a cell each
    assert len(several.columns) > 1
    assert _number_size(table) >= _number_size(several) + Pt(6)
