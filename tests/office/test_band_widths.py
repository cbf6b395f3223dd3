"""The briefing's band shares its width by what each number needs (office/word_columns.py): the
news is never the smallest number of the band. Review P read '近新臺幣186億元' at 10.5 pt beside
'1,260場' at 17 pt, and '1,18 milliard d’euros' at 11 pt beside '64', in cells of equal width."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from docx import Document

from reportgen.data.chart_shape import text_em
from reportgen.office.word_columns import _best
from reportgen.office.word_fit import CELL_MARGINS_PT, numbers_too_wide
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


def test_a_captions_word_is_given_the_width_it_needs_where_the_band_has_it() -> None:
    """Review MM: 'Matchmakinggesprekken' broken 'Matchmakingge- / sprekken' in a quarter of the nl
    fair's band, beside half the band for 'bijna 310 miljoen euro': the cell is widened to hold the
    word, the numbers of the row set smaller by one ratio if they must (the nl band's figures)."""
    captions = [
        ("Waarde van de op de beurs afgesloten handelscontracten. Record", 9.0),
        ("Matchmakinggesprekken tussen producenten en inkopers", 9.0),
        ("Aandeel van de contracten voor export", 9.0),
    ]
    total = 9411 / 20
    shares, _ = _best([214.5, 90.8, 43.4], captions, total)
    room = shares[1] * total - CELL_MARGINS_PT
    assert text_em("Matchmakinggesprekken") * 9.0 <= room, shares
