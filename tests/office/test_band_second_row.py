"""The band's second row (`band_more`: the key figures too few for a table) is set as its first row
is (review XX2 B: the en-CA hockey cup's '$4.2 million' at 17 pt under a first row at 10.5 pt, in two
half-width cells off the first row's grid; XX5 #7: ko, pl 'three cells over two, on a different
column grid'): its numbers no larger than the first row's, its cells on the first row's column
edges from the left."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from reportgen.office.ooxml import qn
from reportgen.office.word_band import number_rows
from reportgen.office.word_fit import cell_twips, run_size
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

REVIEWS = ROOT / "tests" / "data" / "review_events"


def _largest(cells) -> float:
    return max(run_size(r) for c in cells for r in c.number.iter(qn("w:r")))


def _edges(cells) -> list[int]:
    """Where each cell starts, from the band's left edge (twips)."""
    edges, at = [], 0
    for cell in cells:
        edges.append(at)
        at += cell_twips(cell.element) or 0
    return edges


def _gap_twips(upper, lower) -> int:
    """The height of what stands between two tables: their paragraphs' exact lines (twips)."""
    total = 0
    for sibling in upper.itersiblings():
        if sibling is lower:
            return total
        spacing = sibling.find(f"{qn('w:pPr')}/{qn('w:spacing')}")
        exact = spacing is not None and spacing.get(qn("w:lineRule")) == "exact"
        total += int(spacing.get(qn("w:line"))) if exact else 240  # a paragraph at its font's line
    return total


@pytest.mark.parametrize(
    "stem", ["prairie-cup-hockey-en-ca", "seomjin-riverfest-ko-kr", "bieg-dla-szpitala-pl"]
)
def test_the_second_row_is_set_as_the_first(stem: str, tmp_path: Path) -> None:
    result = build(REVIEWS / f"{stem}.yaml", Settings.simple(tmp_path, TEMPLATES))
    document = Document(str(next(f for f in result.files if f.name.endswith("briefing.docx"))))
    bands = list(number_rows(document.element.body))
    assert len(bands) >= 2, [len(b) for b in bands]
    first, second = bands[0], bands[1]
    assert len(second) <= len(first), (len(first), len(second))
    assert _largest(second) <= _largest(first), (_largest(first), _largest(second))
    # its cells as wide as the first row's, from the left: on the first row's column edges
    widths = [cell_twips(c.element) for c in first]
    assert [cell_twips(c.element) for c in second] == widths[: len(second)], widths
    assert _edges(second) == _edges(first)[: len(second)]
    # a seam between them as thin as a cell's edge, not a gap that makes the second row a block
    upper, lower = (cells[0].element.getparent().getparent() for cells in (first, second))
    assert _gap_twips(upper, lower) <= 40  # two points at most
