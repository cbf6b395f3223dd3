"""A deck's chart of many bars drawn across takes the room under it before its names shrink (review
RR2 #7: the youth games' eleven states at a small size in wide bands, over an empty sources footer):
its box grows down over the empty boxes under it, never over text, and its names are set at the
deck's chart size (office/powerpoint/chart_room.py)."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from pptx import Presentation

from reportgen.data.deck_kind import CHART_TEXT_PT
from reportgen.office.ooxml import qn
from reportgen.office.powerpoint.chart_note import CHART_NOTE
from reportgen.pipeline.pipeline import BuildResult, build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

GAMES = ROOT / "tests" / "data" / "review_events" / "jogos-juventude-goiania-pt-br.yaml"


def _names_pt(chart: object) -> float:
    found = chart._chartSpace.find(  # type: ignore[attr-defined]
        f".//{qn('c:catAx')}/{qn('c:txPr')}/{qn('a:p')}/{qn('a:pPr')}/{qn('a:defRPr')}"
    )
    return int(found.get("sz")) / 100


def test_the_medal_tables_states_read_at_the_decks_chart_size(
    built_event: Callable[[Path], BuildResult],
) -> None:
    result = built_event(GAMES)
    (deck,) = [f for f in result.files if f.suffix == ".pptx"]
    prs = Presentation(str(deck))
    (slide,) = [s for s in prs.slides if any(sh.has_chart for sh in s.shapes)]
    (frame,) = [sh for sh in slide.shapes if sh.has_chart]
    assert len(frame.chart.plots[0].categories) == 11  # ten states and 'Outros 17 estados'
    assert _names_pt(frame.chart) == CHART_TEXT_PT  # not the 13 pt its template slot left them
    bottom = frame.top + frame.height
    assert bottom <= prs.slide_height
    for shape in slide.shapes:  # it grew over no text: every text under it starts below its foot
        text = shape.text_frame.text.strip() if shape.has_text_frame else ""
        if text and shape.top > frame.top and shape.name != CHART_NOTE:  # its note: on its empty foot
            assert shape.top >= bottom - 12700, (shape.name, text)


def test_a_template_without_room_under_its_chart_keeps_the_charts_box(tmp_path: Path) -> None:
    """A restyled template with no box under its chart slot (its sources elsewhere): the chart
    keeps the slot's foot, whatever its names' size; the room is the template's to give."""
    templates = tmp_path / "templates"
    shutil.copytree(TEMPLATES, templates)
    prs = Presentation(str(templates / "deck.pptx"))
    slot_bottoms = []
    for slide in prs.slides:
        shapes = {shape.name: shape for shape in slide.shapes}
        if "Chart slot" in shapes and "Source" in shapes:
            slot_bottoms.append(shapes["Chart slot"].top + shapes["Chart slot"].height)
            element = shapes["Source"]._element
            element.getparent().remove(element)
    assert slot_bottoms
    prs.save(str(templates / "deck.pptx"))
    result = build(GAMES, Settings.simple(tmp_path / "out", templates))
    (deck,) = [f for f in result.files if f.suffix == ".pptx"]
    (frame,) = [sh for s in Presentation(str(deck)).slides for sh in s.shapes if sh.has_chart]
    assert frame.top + frame.height <= max(slot_bottoms)
    assert _names_pt(frame.chart) < CHART_TEXT_PT  # set to the rows its slot leaves them
