"""Review RR4 #11: the symposium's awards table ran against its three lines of sources, its award
names' column so wide that the winners wrapped to three lines. A table of pairs keeps a quarter inch
free above the footer's first line (as the sources set on that slide, an address on a line of its
own counted) and no cell runs to more than two lines. Reads the corpus test's shared builds."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.util import Inches

from reportgen.office.ooxml import qn
from reportgen.office.powerpoint.fit import EMU_PER_PT, line_texts, text_height
from reportgen.pipeline.pipeline import BuildResult, build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

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
    assert _tables_checked(deck), "the winners by category set as a table"


def test_a_restyled_footer_set_from_its_top_is_kept_clear_too(tmp_path: Path) -> None:
    """A user's template whose sources start higher, set from their box's top (not from the
    slide's foot, which the build moves the body clear of): the table ends a quarter inch above
    their first line all the same, and the build names nothing."""
    templates = tmp_path / "templates"
    shutil.copytree(TEMPLATES, templates)
    prs = Presentation(str(templates / "deck.pptx"))
    moved = 0
    for slide in prs.slides:
        for shape in [s for s in slide.shapes if s.name == "Source"]:
            shape._element.find(f"{qn('p:txBody')}/{qn('a:bodyPr')}").set("anchor", "t")
            shape.top, shape.height = prs.slide_height - Inches(1.6), Inches(1.4)
            moved += 1
    assert moved
    prs.save(str(templates / "deck.pptx"))
    event = REVIEWS / "tasman-marine-symposium-en-au.yaml"
    result = build(event, Settings.simple(tmp_path / "out", templates))
    assert not [w for w in result.warnings if "table" in w], result.warnings
    assert _tables_checked(next(f for f in result.files if f.suffix == ".pptx"))


def _tables_checked(deck: Path) -> int:
    """The deck's tables, each asserted clear of the text under it and its cells to two lines."""
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
    return tables


def _first_line(shape) -> int | None:
    """Where a text box's first line is set: under its top inset, or up from its foot by the
    height its lines take (the sources' footer is set from the slide's foot)."""
    if not shape.has_text_frame or not shape.text_frame.text.strip():
        return None
    body_pr = shape.text_frame._txBody.bodyPr
    used = min(text_height(shape._element, shape.width, 18.0), shape.height)
    slack = {"b": shape.height - used, "ctr": (shape.height - used) // 2}.get(body_pr.get("anchor"), 0)
    return shape.top + slack + int(body_pr.get("tIns", 45720))
