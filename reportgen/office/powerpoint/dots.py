"""A logarithmic chart in the deck as a dot plot (Cleveland): a native XY chart, one row per
category, the value's dot on a logarithmic axis ticked at powers of ten, its words beside it, a
light line across each row and no bar (on a log axis a bar's length starts from an arbitrary
baseline and means nothing). XY charts with a log axis open in PowerPoint and LibreOffice alike.

Scatter charts have no category axis: the names are a second series of label-only points at the
axis's start, each label set left of its point, so they read like a category axis's names.

The axis's ticks are printed by its number format, except where the language writes them with
scale words ('1만', '100만', '1억': Korean, Japanese, Chinese), which no number format can (none divides
by 10⁴; review S saw '1,000,000' in the deck where the briefing said '100만'): there the axis
prints none, and a series of label-only points on the axis carries each tick's words, the
briefing's (ChartData.ticks), under it. That series comes first: LibreOffice drew no point of a
series followed by a longer one (seven ticks after four dots left the plot empty).
"""

from __future__ import annotations

import math
from typing import Any

from lxml import etree
from pptx.chart.data import XyChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_LABEL_POSITION, XL_MARKER_STYLE, XL_TICK_LABEL_POSITION
from pptx.enum.dml import MSO_THEME_COLOR
from pptx.util import Pt

from reportgen.data.chart_data import ChartData
from reportgen.data.chart_lines import wrap_em
from reportgen.data.chart_shape import LINE_HEIGHT, text_em, wrapped_lines
from reportgen.data.deck_kind import CHART_TEXT_PT
from reportgen.data.grouping import power_ticks_format
from reportgen.data.phrases import is_cjk
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
    worded = ticks_in_words(data)
    if worded:
        ticks = chart_data.add_series(TICK_SERIES)
        for value, _ in data.ticks:
            ticks.add_data_point(value, 0)
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
    title = data.deck_title or data.title  # a whole no dot draws, after it (plan/totals.py)
    chart.chart_title.text_frame.text = title
    run = chart.chart_title.text_frame.paragraphs[0].runs[0]
    run.font.size, run.font.bold = Pt(TITLE_PT), True
    title_pt = min(3, wrapped_lines(title, width_pt * 0.6 / TITLE_PT)) * TITLE_PT * LINE_HEIGHT + 16
    bottom_pt = 2 * CHART_TEXT_PT * LINE_HEIGHT + 14  # the axis's numbers and its title
    row_pt = (height_pt - title_pt - bottom_pt) / max(count, 1)
    size, column = _name_size(data, width_pt, row_pt)
    series = list(chart.plots[0].series)
    _values_series(series[worded], data, low, high, colours[0] if colours else "")
    _names_series(series[worded + 1], data, size, column)
    _axes(chart, data, low, high, count, number_prefix)
    plot = (column / width_pt, title_pt / height_pt, 1 - column / width_pt - 0.04, row_pt * count / height_pt)
    if worded:
        _ticks_series(series[0], data)
        chart.category_axis.tick_label_position = XL_TICK_LABEL_POSITION.NONE
        _title_under_ticks(chart.category_axis.axis_title, data.scale_note, plot, (width_pt, height_pt))
    plot_layout(chart, plot)
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
        if not bar.text:  # its label gave way to the news's quote (data/key_quotes.py)
            continue
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


#: The name of the series whose labels are the axis's ticks (the workbook's; no legend shows it).
TICK_SERIES = "tick"


def is_tick_series(series: etree._Element) -> bool:
    """Whether a c:ser is the ticks' series: an axis's numbers, no printing of a figure."""
    name = series.find(f"{qn('c:tx')}/{qn('c:strRef')}/{qn('c:strCache')}/{qn('c:pt')}/{qn('c:v')}")
    return name is not None and name.text == TICK_SERIES


def ticks_in_words(data: ChartData) -> bool:
    """Whether the language writes the axis's ticks with CJK scale words ('1만', '10万'), which no
    number format can write. ('1 Million', '1 million' have digits a format writes as the
    language does: '1.000.000'.)"""
    return any(is_cjk(char) for _, label in data.ticks for char in label)


def _ticks_series(series: Any, data: ChartData) -> None:
    """Each tick's words under it, on the axis (the rows' axis starts at 0, below the last row)."""
    series.marker.style = XL_MARKER_STYLE.NONE
    for index, (_, text) in enumerate(data.ticks):
        label = series.points[index].data_label
        label.text_frame.text = text
        label.text_frame.word_wrap = False
        label.text_frame.paragraphs[0].runs[0].font.size = Pt(CHART_TEXT_PT)
        label.position = XL_LABEL_POSITION.BELOW


def _title_under_ticks(
    title: Any, text: str, plot: tuple[float, float, float, float], size: tuple[float, float]
) -> None:
    """The axis's title one line below the plot, centred under it: the ticks' words are data
    labels, for which a renderer keeps no room (LibreOffice set the title over '10만')."""
    x, y, w, h = plot
    width_pt, height_pt = size
    left = x + w / 2 - text_em(text) * CHART_TEXT_PT / 2 / width_pt
    top = y + h + (CHART_TEXT_PT * LINE_HEIGHT + 8) / height_pt
    element = title._element
    layout = element.find(qn("c:layout"))
    if layout is None:  # after c:tx, as the schema orders a title's parts
        layout = etree.Element(qn("c:layout"))
        element.insert(1 if element.find(qn("c:tx")) is not None else 0, layout)
    for old in layout.findall(qn("c:manualLayout")):
        layout.remove(old)
    manual = etree.SubElement(layout, qn("c:manualLayout"))
    for name, value in (("c:xMode", "edge"), ("c:yMode", "edge"), ("c:x", left), ("c:y", top)):
        etree.SubElement(manual, qn(name)).set("val", value if isinstance(value, str) else f"{value:.4f}")


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
