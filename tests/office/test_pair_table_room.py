"""Review RR4 #11: the symposium's awards table ran against its three lines of sources, its award
names' column so wide that the winners wrapped to three lines. A table of pairs keeps a quarter inch
free above the footer's first line (as the sources set on that slide, an address on a line of its
own counted) and no cell runs to more than two lines. Reads the corpus test's shared builds."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pptx import Presentation

from reportgen.office.powerpoint.fit import EMU_PER_PT, line_texts, text_height
from reportgen.pipeline.pipeline import BuildResult

from ..conftest import ROOT

REVIEWS = ROOT / "tests" / "data" / "review_events"
QUARTER_INCH = 228600
MARGINS = 2 * 91440


@pytest.mark.parametrize(
    "name", ["tasman-marine-symposium-en-au", "northern-lights-book-awards-en-gb", "festival-cine-es-ar"]
)
def test_a_table_of_pairs_keeps_clear_of_its_footer_and_its_cells_to_two_lines(
    built_event: Callable[[Path], BuildResult], name: str
) -> None:
    deck = next(f for f in built_event(REVIEWS / f"{name}.yaml").files if f.suffix == ".pptx")
    tables = 0
    for number, slide in enumerate(Presentation(str(deck)).slides, start=1):
        for frame in [s for s in slide.shapes if getattr(s, "has_table", False) and s.has_table]:
            tables += 1
            foot = frame.top + sum(row.height for row in frame.table.rows)
            across = [
                s for s in slide.shapes if s.left < frame.left + frame.width and frame.left < s.left + s.width
            ]
            lines = [top for s in across if (top := _first_line(s)) is not None and top > frame.top]
            for top in lines:  # a footer under it (the sources), where the slide has one
                assert top - foot >= QUARTER_INCH, f"slide {number}: {(top - foot) / 12700:.0f} pt"
            widths = [column.width for column in frame.table.columns]
            for row in frame.table.rows:
                for cell, width in zip(row.cells, widths, strict=True):
                    size = int(cell.text_frame.paragraphs[0].runs[0]._r.rPr.get("sz")) / 100
                    set_lines = line_texts(cell.text, (width - MARGINS) / EMU_PER_PT, size)
                    assert len(set_lines) <= 2, (number, set_lines)
    assert tables, "the winners by category set as a table"


def _first_line(shape) -> int | None:
    """Where a text box's first line is set: under its top inset, or up from its foot by the
    height its lines take (the sources' footer is set from the slide's foot)."""
    if not shape.has_text_frame or not shape.text_frame.text.strip():
        return None
    body_pr = shape.text_frame._txBody.bodyPr
    used = min(text_height(shape._element, shape.width, 18.0), shape.height)
    slack = {"b": shape.height - used, "ctr": (shape.height - used) // 2}.get(body_pr.get("anchor"), 0)
    return shape.top + slack + int(body_pr.get("tIns", 45720))
