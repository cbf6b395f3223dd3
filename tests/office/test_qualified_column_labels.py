"""An ordered series stays columns in both documents where one value label is wide only for its
qualifier (review V: the deck drew a four-year trend as bars read down, only because 'more than
4.12 lakh' was too wide for a column, while the briefing drew columns): the label sets its
qualifier over its number, each line within its column."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation
from pptx.enum.chart import XL_CHART_TYPE

from reportgen.data.chart_lines import qualifier_lines
from reportgen.data.chart_shape import LABEL_MARGIN, text_em
from reportgen.data.deck_kind import column_label_room
from reportgen.data.derive import derive
from reportgen.data.load import load_event
from reportgen.data.prepare import formatter

from ..conftest import ROOT, seen
from ..pipeline.test_catalogues import built

DESIGN_WEEK = ROOT / "tests" / "events" / "languages" / "design-week-pt.yaml"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ("more\u00a0than\u00a04.12\u202flakh", ("more\u00a0than", "4.12\u202flakh")),
        ("más de 480\u00a0millones de pesos", ("más de", "480\u00a0millones de pesos")),
        ("plus de 3\u202f400", ("plus de", "3\u202f400")),
        ("2.68\u202flakh", ("2.68\u202flakh",)),
        # a Chinese or Japanese qualifier is written without a space: over its number all the same
        # (review Z's trade fair: '超過12.15萬人次' sent its trend across once 2020 and 2025 showed)
        ("超过2,300家", ("超过", "2,300家")),
        ("約4万8200人", ("約", "4万8200人")),
        ("4万2000人近く", ("4万2000人近く",)),  # a qualifier after its number: whole
        ("近畿2,300家", ("近畿2,300家",)),  # a word that only begins like one ('近'): whole
    ],
)
def test_a_value_label_parts_its_qualifier_from_its_number(text: str, lines: tuple[str, ...]) -> None:
    assert qualifier_lines(text) == lines


def test_a_trend_with_a_qualified_value_stays_columns_in_the_deck(tmp_path: Path) -> None:
    summary = load_event(DESIGN_WEEK)
    data = derive(summary, formatter(summary)).charts["historico"]
    assert data.kind == "bar" and data.kept_order  # years, read left to right
    _, deck = built(DESIGN_WEEK, tmp_path)
    frames = [s for slide in Presentation(str(deck)).slides for s in slide.shapes if s.has_chart]
    (frame,) = [f for f in frames if seen(f.chart.plots[0].categories[0]) == seen(data.bars[0].label)]
    chart = frame.chart
    assert chart.chart_type == XL_CHART_TYPE.COLUMN_CLUSTERED  # not BAR_CLUSTERED, read down
    room = column_label_room(data, frame.width)
    for point, bar in enumerate(data.bars):
        rich = chart.plots[0].series[0].points[point].data_label.text_frame
        lines = [seen(p.text) for p in rich.paragraphs]
        sizes = {r.font.size.pt for p in rich.paragraphs for r in p.runs}
        assert "".join(lines).replace(" ", "") == seen(bar.text).replace(" ", "")  # the same words
        for line in lines:  # each line within its column: no label over its neighbour's
            assert text_em(line) * max(sizes) * LABEL_MARGIN <= room, (line, sizes, room)
        # whole where it fits its column (round 13: the chart, no longer beside bullets, is set at
        # the slide's width), its qualifier over its number where it does not
        whole = text_em(bar.text) * 12 * LABEL_MARGIN <= room
        assert lines == ([seen(bar.text)] if whole else [seen(x) for x in qualifier_lines(bar.text)])
