"""Native charts follow the data's shape: label contrast on fills, log axes, many categories."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation
from pptx.enum.chart import XL_CHART_TYPE
from pptx.util import Inches

from reportgen.charts.theme import DEFAULT_THEME
from reportgen.data.contrast import contrast
from reportgen.data.prepare import prepare
from reportgen.office.chart_check import chart_problems
from reportgen.office.ooxml import qn
from reportgen.office.powerpoint.native import add_native_chart

ROOT = Path(__file__).resolve().parents[2]


def _chart(event: Path, chart_id: str, palette: tuple[str, ...]):
    data = prepare(event).derived.charts[chart_id]
    slide = Presentation().slides.add_slide(Presentation().slide_layouts[6])
    return data, add_native_chart(slide.shapes, data, 0, 0, Inches(12), Inches(4.35), palette=palette).chart


def test_labels_on_stacked_fills_reach_aa_contrast() -> None:
    palette = DEFAULT_THEME.palette
    _, chart = _chart(ROOT / "data/examples/harbourside-expo-2025.yaml", "visitors_per_day", palette)
    checked, unlabelled = 0, []
    for index, series in enumerate(chart.plots[0].series):
        for point in range(len(series.values)):
            if not series.points[point].data_label.has_text_frame:
                unlabelled.append(series.values[point])
                continue
            run = series.points[point].data_label.text_frame.paragraphs[0].runs[0]
            assert contrast(f"#{run.font.color.rgb}", palette[index]) >= 4.5
            checked += 1
    # 6,000 public visitors on the first day is a sliver under a line of text high: its label
    # would spill over the bar's other part, so it is left out (as in the picture)
    assert checked == 7 and unlabelled == [6000.0]


def test_many_categories_read_across_with_a_log_axis_at_the_bottom() -> None:
    """On a log axis a dot plot (an XY chart: the names a label-only series left of the axis)."""
    data, chart = _chart(ROOT / "tests/events/eleven-figures-long-chart.yaml", "venues", ())
    names = chart.plots[0].series[1]
    assert data.kind == "hbar" and names.points[0].data_label.text_frame.text == "Old town open-air square"
    x_axis = chart.category_axis  # an XY chart's first value axis: the values', across
    assert x_axis._element.find(qn("c:scaling")).find(qn("c:logBase")) is not None
    assert x_axis.minimum_scale == 100  # a power of ten above 0: no tick reads "0"
    # twelve rows in 4.35 inches: names smaller than 16 pt, each fitting its row (measured)
    size = names.points[0].data_label.text_frame.paragraphs[0].runs[0].font.size.pt
    assert 12 <= size < 16
    assert chart_problems(chart, "here", {}, frozenset(), (Inches(12), Inches(4.35))) == []


def test_value_labels_too_wide_for_their_columns_read_across() -> None:
    """'up to EUR 120 million' is kept whole by no-break spaces: over six columns in a 7.4-inch
    slot it would spread over its neighbours, so the grouped bars read across."""
    data = prepare(ROOT / "data/examples/coastal-climate-summit-2024.yaml").derived.charts["funds"]
    slide = Presentation().slides.add_slide(Presentation().slide_layouts[6])
    chart = add_native_chart(slide.shapes, data, 0, 0, Inches(7.4), Inches(4.35)).chart
    assert chart.chart_type == XL_CHART_TYPE.BAR_CLUSTERED
    labels = chart.plots[0].series[0].points[0].data_label.text_frame
    assert labels.text == "EUR\u00a0300\u00a0million" and labels.word_wrap is False
