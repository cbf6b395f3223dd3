"""A bar chart drawn compact to end a page (office/word_fill.py, `chart_filling_page`;
office/word_chart_floor.py, TIGHT_BAR_CM).

Round 23: the nl fair's news lede made page 1 fuller; its 9-bar chart, drawn at its least height
(BAR_CM a bar) on the hope that the estimate erred tall, did not fit after all and opened page 2,
leaving page 1 73 % full, under the check's 75 %. Where the least height does not fit by the
estimate, the chart is drawn as tall as the estimate lets it end the page, down to its labels'
line a bar, in any script of the page's text."""

from __future__ import annotations

import io

import pytest
from docx import Document
from docx.shared import Cm, Pt
from PIL import Image

from reportgen.data.chart_data import ChartBar, ChartData
from reportgen.office.word_chart_floor import (
    BAR_CM,
    EDGE_CM,
    TIGHT_BAR_CM,
    least_height_pt,
    tight_height_pt,
)
from reportgen.office.word_fill import MIN_HEIGHT_SHARE, chart_filling_page, pages_estimated

from ..conftest import TEMPLATES

PT_PER_CM = 72 / 2.54
BARS = 9
LEAST = (BARS * BAR_CM + EDGE_CM) * PT_PER_CM
TIGHT = (BARS * TIGHT_BAR_CM + EDGE_CM) * PT_PER_CM
DRAWN = 320.0  # the slot's height (pt): 55 % of it is more than the bars' least

FILLERS = {
    "nl": "Drie dagen lang ontmoetten melkveehouders en inkopers elkaar in Leeuwarden.",
    "pl": "Przez trzy dni hodowcy i kupcy spotykali się w hali targowej we Wrocławiu.",
    "zh": "三天里，奶农、加工商和采购商在会展中心洽谈合作，签约额创历史新高。",
}


def _document(filler: str, lines: int) -> Document:
    """The bundled template's styles: `lines` paragraphs of `filler`, then a heading, its summary,
    a bar chart's picture DRAWN pt tall kept with them, and its caption."""
    document = Document(str(TEMPLATES / "briefing.docx"))
    body = document.element.body
    for element in list(body)[:-1]:  # all but the section's properties
        body.remove(element)
    for _ in range(lines):
        document.add_paragraph(filler)
    heading = document.add_heading(filler[:20], level=1)
    summary = document.add_paragraph(filler)
    picture = io.BytesIO()
    Image.new("RGB", (400, 300), "navy").save(picture, format="PNG")
    document.add_picture(picture, width=Cm(15), height=Pt(DRAWN))
    chart = document.paragraphs[-1]
    caption = document.add_paragraph(filler, style="Caption")
    for paragraph in (heading, summary, chart):
        paragraph.paragraph_format.keep_with_next = True
    caption.paragraph_format.keep_with_next = False
    return document


def _chart(kind: str) -> ChartData:
    bars = tuple(ChartBar(label=str(n), value=n, text=str(n), bound="exact") for n in range(BARS))
    return ChartData(id="c", title="t", kind=kind, bars=bars, log_scale=False, caption="", unit_note="")


def test_the_floors_of_bars_drawn_across() -> None:
    """Nine bars across: their least height BAR_CM each, their tightest TIGHT_BAR_CM each; a
    chart of another kind keeps its share of its slot."""
    bars = _chart("hbar")
    assert least_height_pt(bars, DRAWN, MIN_HEIGHT_SHARE) == pytest.approx(LEAST)
    assert tight_height_pt(bars, DRAWN, MIN_HEIGHT_SHARE) == pytest.approx(TIGHT)
    assert TIGHT < LEAST < MIN_HEIGHT_SHARE * DRAWN
    share = MIN_HEIGHT_SHARE * DRAWN
    assert tight_height_pt(_chart("donut"), DRAWN, MIN_HEIGHT_SHARE) == pytest.approx(share)


@pytest.mark.parametrize("language", sorted(FILLERS))
def test_bars_that_do_not_fit_at_their_least_are_drawn_compact_to_end_the_page(language: str) -> None:
    """For each page fill before the chart, the chart is drawn no shorter than its labels' line a
    bar; where the room under the page's text is less than its least height (by the estimate),
    it is drawn between the two, so that it ends the page, not at its least height to move to
    the next page after all."""
    heights = []
    for lines in range(4, 60, 2):
        document = _document(FILLERS[language], lines)
        if pages_estimated(document)[0] > 2:
            break
        filling = chart_filling_page(document, lambda _: LEAST, lambda _: TIGHT)
        if filling is not None and filling.inline is not None:
            heights.append(filling.height)
    assert heights, language
    assert min(heights) >= TIGHT - 0.01, heights
    assert [h for h in heights if TIGHT - 0.01 <= h < LEAST - 0.01], heights
