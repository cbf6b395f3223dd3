"""A briefing's chart of a few columns takes the room its columns need, not a third of a page
(review PP: the marine symposium's three yearly columns; charts/column_height.py)."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from reportgen.office.ooxml import qn
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

REVIEWS = ROOT / "tests" / "data" / "review_events"
_EMU_PER_PT = 12700


def test_three_columns_take_less_than_a_quarter_of_the_page(tmp_path: Path) -> None:
    result = build(REVIEWS / "tasman-marine-symposium-en-au.yaml", Settings.simple(tmp_path, TEMPLATES))
    docx = next(f for f in result.files if f.name.endswith("briefing.docx"))
    document = Document(str(docx))
    section = document.sections[-1]
    body = (section.page_height - section.top_margin - section.bottom_margin) / _EMU_PER_PT
    extents = [int(e.get("cy")) / _EMU_PER_PT for e in document.element.body.iter(qn("wp:extent"))]
    charts = [e for e in extents if e > 40]  # the chart's picture, not a logo
    assert len(charts) == 1, extents
    assert charts[0] < 0.25 * body, (charts, body)
    assert charts[0] >= 2.0 * 72 * 0.99  # never shorter than the least a column chart is drawn
