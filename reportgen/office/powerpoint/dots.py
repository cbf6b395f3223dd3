"""A logarithmic chart in the deck as a dot plot (Cleveland): a native XY chart, one row per
category, the value's dot on a logarithmic axis ticked at powers of ten, its words beside it, a
light line across each row and no bar (on a log axis a bar's length starts from an arbitrary
baseline and means nothing). XY charts with a log axis open in PowerPoint and LibreOffice alike.

Scatter charts have no category axis: the names are a second series of label-only points at the
axis's start, each label set left of its point, so they read like a category axis's names.
"""

from __future__ import annotations

import math
from typing import Any

from lxml import etree
from pptx.chart.data import XyChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_LABEL_POSITION, XL_MARKER_STYLE
from pptx.enum.dml import MSO_THEME_COLOR
from pptx.util import Pt

from reportgen.data.chart_data import ChartData
from reportgen.data.chart_lines import wrap_em
from reportgen.data.chart_shape import LINE_HEIGHT, text_em, wrapped_lines
from reportgen.data.deck_kind import CHART_TEXT_PT
from reportgen.data.grouping import power_ticks_format
from reportgen.office.ooxml import qn
from reportgen.office.powerpoint.chart_layout import plot_layout

TITLE_PT = 18
#: The names' column takes at most this share of the chart's width.
NAME_SHARE = 0.4
MIN_NAME_PT = 12


def add_dot_plot(
    shapes: Any,
    data: ChartData,
    box: tuple[int, int, int, int],
    colours: tuple[str, ...] = (),
    number_prefix: str = "",
) -> Any:
    """The dot plot in `box` (left, top, width, height in EMU); the graphic frame."""
    left, top, width, height = box
    width_pt, height_pt = width / 12700, height / 12700
    count = len(data.bars)
    rows = [count - i for i in range(count)]  # the first category on top
    low, high = data.ticks[0][0], data.ticks[-1][0]
    chart_data = XyChartData()
    dots = chart_data.add_series("value")
    for bar, row in zip(data.bars, rows, strict=True):
        dots.add_data_point(bar.value, row)
    names = chart_data.add_series("name")
    for row in rows:
        names.add_data_point(low, row)
    frame = shapes.add_chart(XL_CHART_TYPE.XY_SCATTER, left, top, width, height, chart_data)
    chart = frame.chart
    chart.font.size = Pt(CHART_TEXT_PT)
    chart.has_title, chart.has_legend = True, False
    chart.chart_title.text_frame.text = data.title
    run = chart.chart_title.text_frame.paragraphs[0].runs[0]
    run.font.size, run.font.bold = Pt(TITLE_PT), True
    title_pt = min(3, wrapped_lines(data.title, width_pt * 0.6 / TITLE_PT)) * TITLE_PT * LINE_HEIGHT + 16
    bottom_pt = 2 * CHART_TEXT_PT * LINE_HEIGHT + 14  # the axis's numbers and its title
    row_pt = (height_pt - title_pt - bottom_pt) / max(count, 1)
    size, column = _name_size(data, width_pt, row_pt)
    _values_series(chart.plots[0].series[0], data, low, high, colours[0] if colours else "")
    _names_series(chart.plots[0].series[1], data, size, column)
    _axes(chart, data, low, high, count, number_prefix)
    plot_layout(
        chart,
        (column / width_pt, title_pt / height_pt, 1 - column / width_pt - 0.04, row_pt * count / height_pt),
    )
    return frame


def _name_size(data: ChartData, width_pt: float, row_pt: float) -> tuple[float, float]:
    """The names' size (CHART_TEXT_PT down to MIN_NAME_PT) at which each, wrapped in its column,
    fits its row; and the column's width in points."""
    labels = [b.label for b in data.bars]
    size = float(CHART_TEXT_PT)
    while True:
        column = min(width_pt * NAME_SHARE, max(text_em(label) for label in labels) * size + 16)
        lines = max(len(wrap_em(label, (column - 16) / size)) for label in labels)
        if lines * size * LINE_HEIGHT <= row_pt or size <= MIN_NAME_PT:
            return size, column
        size -= 1


def _values_series(series: Any, data: ChartData, low: float, high: float, colour: str) -> None:
    series.marker.style = XL_MARKER_STYLE.CIRCLE
    series.marker.size = 11
    fill = series.marker.format.fill
    fill.solid()
    if colour:
        fill.fore_color.rgb = RGBColor.from_string(colour.lstrip("#").upper())
    else:
        fill.fore_color.theme_color = MSO_THEME_COLOR.ACCENT_1
    series.marker.format.line.fill.background()
    span = math.log10(high) - math.log10(low)
    for index, bar in enumerate(data.bars):
        label = series.points[index].data_label
        label.text_frame.text = bar.text
        label.text_frame.word_wrap = False
        label.text_frame.paragraphs[0].runs[0].font.size = Pt(CHART_TEXT_PT)
        near_end = (math.log10(bar.value) - math.log10(low)) / span > 0.7
        label.position = XL_LABEL_POSITION.LEFT if near_end else XL_LABEL_POSITION.RIGHT


def _names_series(series: Any, data: ChartData, size: float, column: float) -> None:
    series.marker.style = XL_MARKER_STYLE.NONE
    for index, bar in enumerate(data.bars):
        label = series.points[index].data_label
        label.text_frame.text = "\n".join(wrap_em(bar.label, (column - 16) / size))
        label.text_frame.word_wrap = False  # broken here, where allowed; never mid-word by a renderer
        label.text_frame.paragraphs[0].runs[0].font.size = Pt(size)
        label.position = XL_LABEL_POSITION.LEFT


def _axes(chart: Any, data: ChartData, low: float, high: float, count: int, prefix: str) -> None:
    """`prefix`: the number format's locale ('[$-407]'), so the ticks group as the deck's language does."""
    values, rows = chart.value_axis, chart.category_axis  # an XY chart: x is its "category" axis
    rows_axis = chart._chartSpace.findall(f".//{qn('c:valAx')}")
    x_axis = rows_axis[0]
    scaling = x_axis.find(qn("c:scaling"))
    log_base = etree.Element(qn("c:logBase"))
    log_base.set("val", "10")
    scaling.insert(0, log_base)  # the schema puts logBase first
    rows.minimum_scale, rows.maximum_scale = low, high
    rows.has_major_gridlines = True
    rows.major_gridlines.format.line.color.rgb = _light()
    rows.tick_labels.font.size = Pt(CHART_TEXT_PT)
    rows.tick_labels.number_format = power_ticks_format(data.locale, prefix)
    rows.tick_labels.number_format_is_linked = False
    rows.has_title = True
    rows.axis_title.text_frame.text = data.scale_note
    rows.axis_title.text_frame.paragraphs[0].runs[0].font.size = Pt(CHART_TEXT_PT)
    # rows at 1..count, a gridline through each (a dot sits on its row's line, as in a Cleveland plot)
    values.minimum_scale, values.maximum_scale, values.major_unit = 0, count + 1, 1
    values.has_major_gridlines = True  # a light line across each row
    values.major_gridlines.format.line.color.rgb = _light()
    values.tick_labels.font.size = Pt(1)
    delete = values._element.find(qn("c:delete"))
    if delete is not None:
        delete.set("val", "1")  # no numbers for the rows: their names stand beside them


def _light() -> Any:
    return RGBColor(0xD9, 0xD9, 0xD9)
