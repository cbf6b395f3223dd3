"""The briefing's band and key-figures table stand on the text block's edges (review YY3 #7: the
band's dark first cell began 2 mm left of the margin and its light cells ended 2 mm short of the
table under it, in all three briefings), in the default template and in one restyled with other
margins; the document check names a table that does not (office/word_table_edges.py)."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from docx import Document
from docx.shared import Cm

from reportgen.office.ooxml import qn
from reportgen.office.quality import check_briefing
from reportgen.office.word_table_edges import compatibility_mode, table_edges, tables_off_text
from reportgen.pipeline.pipeline import BuildResult, build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

REVIEWS = ROOT / "tests" / "data" / "review_events"
#: A band of three over a table (nb), of four (zh-TW), of two with a second row (it), of three (ja).
EVENTS = ["polarlys-tromso-nb-no", "zhihui-jixie-zhan-zh-tw", "rally-sanremo-it-it", "robocon-ja-jp"]
_MM = 1440 / 25.4


def _docx(result: BuildResult) -> Path:
    return next(f for f in result.files if f.suffix == ".docx")


def _edges_mm(path: Path) -> list[tuple[float, float]]:
    """Each first-page table's left and right edges off the text block's, in mm."""
    document = Document(str(path))
    section = document.sections[0]
    text = int((section.page_width - section.left_margin - section.right_margin) / 635)
    mode = compatibility_mode(document.settings.element)
    edges = [table_edges(t._tbl, text, mode) for t in document.tables[:2]]
    return [(round(e.left / _MM, 1), round((e.right - text) / _MM, 1)) for e in edges]


@pytest.mark.parametrize("name", EVENTS)
def test_the_band_and_the_table_stand_on_the_texts_edges(
    name: str, built_event: Callable[[Path], BuildResult]
) -> None:
    path = _docx(built_event(REVIEWS / f"{name}.yaml"))
    edges = _edges_mm(path)
    assert all(abs(left) < 0.3 and abs(right) < 0.3 for left, right in edges), edges
    document = Document(str(path))
    assert list(tables_off_text(document.element.body, compatibility_mode(document.settings.element))) == []


def test_a_restyled_templates_margins_take_the_band_along(tmp_path: Path) -> None:
    """A template whose margins the user changed (3 cm and 2 cm): the band and the table still on
    the text's edges, not the default's 16.6 cm from the old left margin."""
    templates = tmp_path / "templates"
    shutil.copytree(TEMPLATES, templates)
    document = Document(str(templates / "briefing.docx"))
    document.sections[0].left_margin, document.sections[0].right_margin = Cm(3.0), Cm(2.0)
    for table in document.tables:  # as the earlier default set its band: at the left, no indent
        for indent in table._tbl.tblPr.findall(qn("w:tblInd")):
            table._tbl.tblPr.remove(indent)
    document.save(str(templates / "briefing.docx"))
    result = build(REVIEWS / "polarlys-tromso-nb-no.yaml", Settings.simple(tmp_path / "out", templates))
    edges = _edges_mm(_docx(result))
    assert all(abs(left) < 0.3 and abs(right) < 0.3 for left, right in edges), edges


def test_the_check_names_a_band_off_the_edges(
    built_event: Callable[[Path], BuildResult], tmp_path: Path
) -> None:
    path = _docx(built_event(REVIEWS / "polarlys-tromso-nb-no.yaml"))
    assert not [w for w in check_briefing(path, "briefing") if "text's edges" in w]
    document = Document(str(path))
    band = document.tables[0]._tbl
    for indent in band.tblPr.findall(qn("w:tblInd")):
        band.tblPr.remove(indent)  # as the earlier default: its first cell's margin left of the text
    bad = tmp_path / "bad.docx"
    document.save(str(bad))
    warnings = [w for w in check_briefing(bad, "briefing") if "text's edges" in w]
    assert len(warnings) == 1 and "table 1" in warnings[0] and "-1.9 mm at the left" in warnings[0], warnings
