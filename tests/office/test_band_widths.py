"""The briefing's band shares its width by what each number needs (office/word_columns.py): the
news is never the smallest number of the band. Review P read '近新臺幣186億元' at 10.5 pt beside
'1,260場' at 17 pt, and '1,18 milliard d’euros' at 11 pt beside '64', in cells of equal width."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from docx import Document

from reportgen.office.word_fit import numbers_too_wide
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

REVIEWS = ROOT / "tests" / "data" / "review_events"


def _band(event: Path, tmp_path: Path) -> tuple[list[float], list[int], Document]:
    result = build(event, Settings.simple(tmp_path, TEMPLATES))
    document = Document(str(next(f for f in result.files if f.suffix == ".docx")))
    cells = document.tables[0].rows[0].cells
    sizes = [
        # a cell's number paragraph: under an empty line where a neighbour's qualifier stands over its own
        max(r.font.size.pt for r in _number(c).runs if r.font.size and r.text.strip())
        for c in cells
    ]
    widths = [c._tc.tcPr.tcW.w for c in cells]
    return sizes, widths, document


@pytest.mark.parametrize(
    "name",
    ["zhihui-jixie-zhan-zh-tw", "sommet-startups-bordeaux-fr", "demo-day-es-mx", "feria-vino-ribera-2026"],
)
def test_the_bands_numbers_are_one_size_and_fit(name: str, tmp_path: Path) -> None:
    sizes, _, document = _band(REVIEWS / f"{name}.yaml", tmp_path)
    assert len(set(sizes)) == 1, sizes
    assert list(numbers_too_wide(document.element.body)) == []


def test_a_long_amount_takes_the_width_a_short_one_leaves(tmp_path: Path) -> None:
    sizes, widths, _ = _band(REVIEWS / "zhihui-jixie-zhan-zh-tw.yaml", tmp_path)
    assert sizes[0] >= 15  # 10.5 pt in a quarter of the row; the template's size is 17 pt
    assert widths[0] > max(widths[1:]), widths


def _number(cell: Any) -> Any:
    return next(p for p in cell.paragraphs if any(ch.isdigit() for ch in p.text))
