"""Native PowerPoint charts: a chart slot becomes a chart the reader can click, edit and restyle.

python-pptx's chart API writes the chart part and its embedded workbook. We leave colours and fonts
to the deck's theme (series fill with `accent1`…, text in the theme's body font, `+mn-lt`), so a
designer who changes the template's theme restyles every chart with it, in PowerPoint as in
LibreOffice. Value labels are the data's own words ("more than 638 million"), so a qualifier is
never lost to a number format, and the chart's alt text names every value.
"""

from __future__ import annotations

import hashlib
import locale as stdlib_locale
import pickle
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from typing import Any

from babel import Locale, UnknownLocaleError
from lxml import etree
from pptx.chart.data import CategoryChartData
from pptx.chart.xlsx import CategoryWorkbookWriter
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_LABEL_POSITION, XL_LEGEND_POSITION
from pptx.enum.dml import MSO_THEME_COLOR
from pptx.opc.constants import CONTENT_TYPE as CT
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.package import OpcPackage
from pptx.parts.chart import ChartPart
from pptx.parts.embeddedpackage import EmbeddedXlsxPart
from pptx.util import Pt, lazyproperty

from reportgen.data.chart_lines import qualifier_lines, series_entry
from reportgen.data.chart_shape import (
    LABEL_MARGIN,
    LINE_HEIGHT,
    fits_rows,
    text_em,
    wrapped_lines,
)
from reportgen.data.contrast import label_colour
from reportgen.data.deck_kind import CHART_TEXT_PT, LEAST_LABEL_PT, column_label_room, deck_kind
from reportgen.data.derive import ChartData
from reportgen.data.grouping import power_ticks_format
from reportgen.data.typography import tie_korean_amount
from reportgen.memo import Memo
from reportgen.office.chart_check import AUTO_COLUMNS_WIDTH
from reportgen.office.ooxml import qn
from reportgen.office.powerpoint.chart_layout import Box, manual_layout, plot_layout
from reportgen.office.powerpoint.donut import DonutLegend, donut_legend
from reportgen.office.powerpoint.dots import add_dot_plot

#: No chart text smaller than this: value labels, axes, legend (the slide title carries the message).
#: Many categories in a low box set their names smaller, never below this (16 pt is the rule:
#: below it only for many rows, since LibreOffice drops every other name that has no room).
MIN_CATEGORY_PT = LEAST_LABEL_PT
#: Below MIN_CATEGORY_PT only where the names do not fit their rows at it, measured as the document
#: check measures them: a smaller name beats a dropped one (review Z: 12 Chinese country names
#: under a lead, 19 pt a row, were set at 12 pt and the check warned), never below this.
MANY_ROWS_MIN_PT = 9
TITLE_PT = 18
_ACCENTS = [getattr(MSO_THEME_COLOR, f"ACCENT_{n}") for n in range(1, 7)]
_TYPES = {
    "bar": XL_CHART_TYPE.COLUMN_CLUSTERED,
    "hbar": XL_CHART_TYPE.BAR_CLUSTERED,
    "donut": XL_CHART_TYPE.DOUGHNUT,
    "stacked": XL_CHART_TYPE.COLUMN_STACKED,
    "grouped": XL_CHART_TYPE.COLUMN_CLUSTERED,
    "grouped-across": XL_CHART_TYPE.BAR_CLUSTERED,
}
_ACROSS = {"hbar", "grouped-across"}


#: xlsxwriter's `write()` turns a string that starts with "=" into a formula (a DDE link such as
#: `=cmd|x!A0` among them) and one that looks like an address (`http://`, `external:`) into a
#: hyperlink; a chart's workbook holds the data's words and numbers as they are, whatever they say.
LITERAL_CELLS = {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False}


class _LiteralWorkbookWriter(CategoryWorkbookWriter):
    """python-pptx's writer of a chart's embedded workbook, with every label written as text."""

    @contextmanager
    def _open_worksheet(self, xlsx_file: Any) -> Iterator[tuple[Any, Any]]:
        from xlsxwriter import Workbook

        workbook = Workbook(xlsx_file, {"in_memory": True, **LITERAL_CELLS})
        yield workbook, workbook.add_worksheet()
        workbook.close()


class LiteralChartData(CategoryChartData):
    """Category chart data whose embedded workbook holds categories, series names and values
    literally: text cells for text, number cells for numbers, no formula and no link."""

    @lazyproperty
    def _workbook_writer(self) -> CategoryWorkbookWriter:
        return _LiteralWorkbookWriter(self)


def add_native_chart(
    shapes: Any,
    data: ChartData,
    left: int,
    top: int,
    width: int,
    height: int,
    colours: tuple[str, ...] = (),
    font: str = "",
    palette: tuple[str, ...] = (),
) -> Any:
    """Add `data` as a chart in the box given (EMU); return the graphic frame. Colours and font
    follow the deck's theme unless the project sets its own (`colours`, `font`); `palette` is what
    the theme's accents look like, so a label on a fill gets a colour that contrasts with it.

    A chart this process made before from the same inputs (`_MADE`) is added as the same bytes:
    its chart part and workbook depend on nothing else, and a text-only edit changes no chart."""
    key = hashlib.sha256(pickle.dumps((data, width, height, colours, font, palette), protocol=5)).digest()
    made = _MADE.get(key)
    if made is not None:
        return _add_made(shapes, made, left, top, width, height)
    if data.log_scale and data.ticks:  # a dot plot: bars on a log axis mean nothing
        frame = add_dot_plot(shapes, data, (left, top, width, height), colours, number_locale(data.locale))
        _theme_font(frame.chart, font)
    else:
        frame = _make_chart(shapes, data, left, top, width, height, colours, font, palette)
    part = frame.chart_part
    _MADE.remember(key, _Made(part.blob, part.chart_workbook.xlsx_part.blob))
    return frame


@dataclass(frozen=True)
class _Made:
    """A chart part as made (its XML, serialized, relating to its workbook as `rId1`) and its workbook."""

    chart_xml: bytes
    workbook: bytes


#: Charts made by this process, by a digest of every input of `_make_chart` but their place on
#: the slide (the pickle tells 1 from 1.0 and 0.0 from -0.0, which print differently). About
#: 30 KB each; a rebuild under `reportgen watch` makes the same few charts again.
_MADE: Memo[bytes, _Made] = Memo(64)


def _add_made(shapes: Any, made: _Made, left: int, top: int, width: int, height: int) -> Any:
    """What python-pptx's `add_chart` does (ChartPart.new, then the graphic frame), with the chart
    part's XML and its workbook as they were made: the same part names, relationships and bytes."""
    package = shapes.part.package
    # python-pptx's next_partname walks every relationship of the package for each name it gives;
    # one walk serves both (the new chart part is not reachable when its workbook is named, as in
    # ChartPart.new), named by python-pptx's own next_partname
    walked = _Walked(package)
    chart_part = ChartPart.load(
        walked.next_partname(ChartPart.partname_template), CT.DML_CHART, package, made.chart_xml
    )
    workbook = EmbeddedXlsxPart(
        walked.next_partname(EmbeddedXlsxPart.partname_template),
        EmbeddedXlsxPart.content_type,
        package,
        made.workbook,
    )
    external = chart_part._element.find(qn("c:externalData"))
    external.set(qn("r:id"), chart_part.relate_to(workbook, RT.PACKAGE))
    frame_id = shapes.part.relate_to(chart_part, RT.CHART)
    graphic_frame = shapes._add_chart_graphicFrame(frame_id, left, top, width, height)
    shapes._recalculate_extents()
    return shapes._shape_factory(graphic_frame)


class _Walked:
    """A package's parts, walked once, for python-pptx's own `OpcPackage.next_partname`."""

    def __init__(self, package: Any) -> None:
        self._parts = tuple(package.iter_parts())

    def iter_parts(self) -> Iterator[Any]:
        return iter(self._parts)

    def next_partname(self, template: str) -> Any:
        return OpcPackage.next_partname(self, template)  # type: ignore[arg-type]


def _make_chart(
    shapes: Any,
    data: ChartData,
    left: int,
    top: int,
    width: int,
    height: int,
    colours: tuple[str, ...],
    font: str,
    palette: tuple[str, ...],
) -> Any:
    chart_data = LiteralChartData(number_format=number_locale(data.locale) + "#,##0.##")
    # A donut's values go in its legend ("Asia-Pacific: more than 610 (34%)"): on the ring they
    # would overflow the narrow wedges.
    legend = donut_legend(data, width, height) if data.kind == "donut" else None
    chart_data.categories = list(legend.plan.entries) if legend else [bar.label for bar in data.bars]
    if data.series:
        for series in data.series:
            thin = [data.kind == "stacked" and bool(v) and _too_thin(data, v, height) for v in series.values]
            values = [None if bar.missing else v for bar, v in zip(data.bars, series.values, strict=True)]
            chart_data.add_series(series_entry(series.label, series.texts, thin, data.pair), values)
    else:
        # a year the series leaves out (data/chart_gaps.py): its slot and name, no point, no bar;
        # a cancelled one a point of 0, whose label says so ('aflyst')
        chart_data.add_series(
            data.title, [(0.0 if bar.status else None) if bar.missing else bar.value for bar in data.bars]
        )
    kind = deck_kind(data, width)  # the plan view reads the same decision (data/deck_kind.py)
    frame = shapes.add_chart(_TYPES[kind], left, top, width, height, chart_data)
    chart = frame.chart
    chart.font.size = Pt(CHART_TEXT_PT)
    _theme_font(chart, font)
    chart.has_title = True
    chart.chart_title.text_frame.text = data.deck_title or data.title  # a whole no bar draws, after it
    title_run = chart.chart_title.text_frame.paragraphs[0].runs[0]
    title_run.font.size, title_run.font.bold = Pt(TITLE_PT), True
    shown = colours or palette
    if legend is not None:
        _donut(chart, data, colours, legend)
    else:
        _bars(chart, data, kind, colours, shown, (width, height))
        _category_text(chart, data, kind, width, height)
    return frame


def _on_fill(label: Any, index: int, shown: tuple[str, ...]) -> None:
    """A label drawn on the fill of series or point `index`: black or white, whichever reaches
    WCAG AA (4.5:1) on it (white when the fill is unknown: the default accents are dark)."""
    fill = shown[index % len(shown)] if shown else "#1F4E79"
    colour = label_colour(fill, ("#FFFFFF",))
    for run in label.text_frame.paragraphs[0].runs:
        run.font.color.rgb = RGBColor.from_string(colour.lstrip("#"))


#: The share of a bar chart's box its category names may take, beside the bars.
LABEL_SHARE = 0.42


def across_fit(labels: list[str], width_pt: float, row_pt: float) -> tuple[int, float] | None:
    """The largest category size (CHART_TEXT_PT down to MIN_CATEGORY_PT, then to MANY_ROWS_MIN_PT
    where none of those fits) at which every name, wrapped within LABEL_SHARE of the box, fits its
    row; and the names' column width in points. None if even the least size does not fit (a
    renderer would drop every other name; the document check says so)."""
    for size in range(CHART_TEXT_PT, MANY_ROWS_MIN_PT - 1, -1):
        column = _name_column(labels, size, width_pt)
        if fits_rows(labels, size, column - 12, row_pt):  # 2 pt to spare: sums rounded
            return size, column
    return None


def _name_column(labels: list[str], size: float, width_pt: float) -> float:
    """The names' column: as wide as the widest name, up to LABEL_SHARE of the box."""
    return min(width_pt * LABEL_SHARE, max((text_em(label) for label in labels), default=0) * size + 14)


def names_pt(data: ChartData, width: int, height: int) -> int | None:
    """The size the names of a bar chart drawn across are set at in a box of this size (EMU),
    as `add_native_chart` sets them; None for a chart of any other kind."""
    if deck_kind(data, width) not in _ACROSS or (data.log_scale and data.ticks):
        return None
    return _names_layout(data, width, height, data.deck_title or data.title)[0]


def _names_layout(data: ChartData, width: int, height: int, title: str) -> tuple[int, float, float, float]:
    """(the names' size, their column's width, the plot's top and height, in points) of a bar
    chart drawn across in a box of this size (EMU) under `title`."""
    width_pt, height_pt = width / 12700, height / 12700
    # LibreOffice wraps a chart's title at about 60% of the chart's width
    title_lines = min(3, wrapped_lines(title, width_pt * 0.6 / TITLE_PT))
    top = title_lines * TITLE_PT * LINE_HEIGHT + 16
    bottom = 8 + (2 * CHART_TEXT_PT * LINE_HEIGHT + 6 if data.log_scale else 0)
    bottom += CHART_TEXT_PT * LINE_HEIGHT + 6 if len(data.series) > 1 else 0  # the legend
    plot_pt = max(height_pt - top - bottom, height_pt * 0.3)
    labels = [bar.label for bar in data.bars]
    fit = across_fit(labels, width_pt, plot_pt / max(len(labels), 1) - 0.5)  # 0.5: rounding
    # nothing fits: the least size, the column as wide as its names (a fixed share left 2-character
    # names 40 % of the slide, review N); the document check says so
    size, column = fit or (MANY_ROWS_MIN_PT, _name_column(labels, MANY_ROWS_MIN_PT, width_pt))
    return size, column, top, plot_pt


def _category_text(chart: Any, data: ChartData, kind: str, width: int, height: int) -> None:
    """Bars that read across fill their box: the plot area is laid out by hand (not left to the
    renderer, which gave a 12-bar chart 60% of its box and dropped every other name), and the
    names are set at the largest size, from CHART_TEXT_PT down to MIN_CATEGORY_PT, at which each
    fits its row, measured (document check: office/chart_check.py)."""
    if kind not in _ACROSS:
        return
    width_pt, height_pt = width / 12700, height / 12700
    size, column, top, plot_pt = _names_layout(data, width, height, chart.chart_title.text_frame.text)
    values = [t for x in data.series for t in x.texts] if data.series else [b.text for b in data.bars]
    plot_w = width_pt - column - 6
    if not data.log_scale:  # the longest bar leaves room after it for the longest value label
        value_pt = max((text_em(t) for t in values), default=0) * size + 8
        room = plot_w / max(plot_w - value_pt, plot_w * 0.4)
        chart.value_axis.maximum_scale = _headroom(data) / 1.25 * room
    plot_layout(chart, (column / width_pt, top / height_pt, plot_w / width_pt, plot_pt / height_pt))
    chart.category_axis.tick_labels.font.size = Pt(size)
    if size < CHART_TEXT_PT:
        for series in chart.plots[0].series:
            for point in (i for i, bar in enumerate(data.bars) if bar.text):
                frame = series.points[point].data_label.text_frame
                for run in frame.paragraphs[0].runs if frame.paragraphs else ():
                    run.font.size = Pt(size)


def _fill(fill: Any, index: int, colours: tuple[str, ...]) -> None:
    fill.solid()
    if colours:
        fill.fore_color.rgb = RGBColor.from_string(colours[index % len(colours)].lstrip("#").upper())
    else:
        fill.fore_color.theme_color = _ACCENTS[index % len(_ACCENTS)]
    if index >= len(_ACCENTS):  # a seventh part and on: its accent lighter, no two parts alike
        fill.fore_color.brightness = 0.4


#: The share of a column chart's box its plot gets when the renderer lays it out.
PLOT_SHARE = 0.65
#: The gap between columns, in % of a column's width (c:gapWidth).
_GAP_WIDTH = 60


def _too_thin(data: ChartData, value: float, height: int) -> bool:
    """Whether a stacked part is too thin for its label inside it (about 1.4 lines of chart text):
    the label would spill over its neighbours, so it is left out, as the picture leaves it out;
    the part's value stays in the alt text and the chart's data."""
    top = _headroom(data)
    return value / top * height / 12700 * PLOT_SHARE < CHART_TEXT_PT * 1.4


def _bars(
    chart: Any,
    data: ChartData,
    kind: str,
    colours: tuple[str, ...],
    shown: tuple[str, ...],
    box: tuple[int, int],
) -> None:
    width, height = box
    room = _label_room(data, kind, width)
    plot = chart.plots[0]
    plot.gap_width = _GAP_WIDTH
    several = len(data.series) > 1
    if data.kind == "stacked":
        plot.overlap = 100
    elif several:
        plot.overlap = -10
    for index, series in enumerate(plot.series):
        _fill(series.format.fill, index, colours)  # one colour per series
        series.invert_if_negative = False
        texts = (
            data.series[index].texts if data.series else tuple(bar.text or bar.status for bar in data.bars)
        )
        values = data.series[index].values if data.series else tuple(bar.value for bar in data.bars)
        # one size for a series' labels: the largest at which each fits (review R: one label set
        # smaller than its neighbours read as a different kind of figure)
        over = None if data.kind == "stacked" else room  # a stacked part's label: one line, inside it
        lines = [_label_lines(tie_korean_amount(t, data.locale), over) for t in texts]
        size = min((_label_size(max(ls, key=text_em), room) for ls in lines if ls[0]), default=0)
        for point, text in enumerate(texts):
            if not text or (data.kind == "stacked" and _too_thin(data, values[point], height)):
                continue
            label = series.points[point].data_label
            label.text_frame.text = "\n".join(lines[point])  # never '약 3400억 / 원'
            # each line whole: LibreOffice wraps a value label at about LABEL_WRAP_PT whatever
            # its box, and at a no-break space too ('약 3400억 / 원', review O); a column's label
            # is set smaller, down to MIN_CATEGORY_PT, where its column is narrower than it, or
            # its qualifier over its number where that sets it larger (`_label_lines`)
            label.text_frame.word_wrap = False
            for paragraph in label.text_frame.paragraphs:
                paragraph.runs[0].font.size = Pt(size)
            label.position = (
                XL_LABEL_POSITION.CENTER if data.kind == "stacked" else XL_LABEL_POSITION.OUTSIDE_END
            )
            if data.kind == "stacked":
                _on_fill(label, index, shown)
    chart.has_legend = several
    if several:
        chart.legend.position = XL_LEGEND_POSITION.BOTTOM
        chart.legend.include_in_layout = False
    category_axis, value_axis = chart.category_axis, chart.value_axis
    category_axis.has_major_gridlines = False
    category_axis.format.line.fill.background()
    category_axis.tick_labels.font.size = Pt(CHART_TEXT_PT)
    if kind in _ACROSS:
        category_axis.reverse_order = True  # the first figure on top, as it reads
        crosses = value_axis._element.find(qn("c:crosses"))  # and the value axis stays at the
        if crosses is not None:  # bottom: it crosses the categories at their last (lowest) one
            crosses.set("val", "max")
    value_axis.has_major_gridlines = False
    if data.log_scale:
        _log_axis(value_axis, data)
    else:
        value_axis.visible = False  # every bar carries its value in words
        value_axis.minimum_scale = 0
        value_axis.maximum_scale = _headroom(data)


def _label_room(data: ChartData, kind: str, width: int) -> float | None:
    """The width a column's value label has, in points: its bar's (a stacked part's label sits on
    it) or its bar's share of the column's slot (above it); None beside horizontal bars, whose
    labels have the room after the bar (`_category_text` keeps it)."""
    if kind in _ACROSS or not data.bars:
        return None
    if data.kind == "stacked":
        return width / 12700 * AUTO_COLUMNS_WIDTH / len(data.bars) / (1 + _GAP_WIDTH / 100) - 4
    return column_label_room(data, width)  # as the plan measured it (data/deck_kind.py)


def _label_lines(text: str, room: float | None) -> tuple[str, ...]:
    """A column's value label as the lines it is set in: one where it fits its column at
    MIN_CATEGORY_PT, else its qualifier over its number ('more than' / '4.12 lakh'), as the plan
    measured it (`deck_kind.values_fit_smaller`; review V: the deck drew a four-year trend
    across, only for that label's width)."""
    if room is None or text_em(text) * MIN_CATEGORY_PT * LABEL_MARGIN <= room:
        return (text,)
    return qualifier_lines(text)


def _label_size(text: str, room: float | None) -> int:
    """CHART_TEXT_PT, or the largest size down to MIN_CATEGORY_PT at which `text` fits `room`,
    measured at LibreOffice's fallback metrics (data/chart_shape.py) with LABEL_MARGIN to spare."""
    if room is None:
        return CHART_TEXT_PT
    for size in range(CHART_TEXT_PT, MIN_CATEGORY_PT - 1, -1):
        if text_em(text) * size * LABEL_MARGIN <= room:
            return size
    return MIN_CATEGORY_PT


def _headroom(data: ChartData) -> float:
    """The axis end: room above the longest bar for its label, so no label meets the title."""
    if data.kind == "stacked":
        longest = max(sum(s.values[i] for s in data.series) for i in range(len(data.bars)))
    elif data.series:
        longest = max(max(s.values) for s in data.series)
    else:
        longest = max(bar.value for bar in data.bars)
    return longest * 1.25 if longest > 0 else 1.0


def number_locale(locale: str) -> str:
    """The locale prefix of a number format ('[$-407]' for de_DE), so a chart's numbers group as
    the document's language writes them ('100.000'), not as the viewer's own settings do
    (LibreOffice printed '100,000' in a German deck); '' for a locale Windows has no id for."""
    if not locale:
        return ""
    try:
        parsed = Locale.parse(locale)
    except (ValueError, UnknownLocaleError):
        return ""
    ids = _windows_ids()
    found = ids.get(f"{parsed.language}_{parsed.territory}") or ids.get(parsed.language)
    return f"[$-{found:X}]" if found else ""


@cache
def _windows_ids() -> dict[str, int]:
    """Windows language ids by locale ('de_DE': 0x407), and by language its first one."""
    ids: dict[str, int] = {}
    for number, name in sorted(stdlib_locale.windows_locale.items()):
        ids.setdefault(name, number)
        ids.setdefault(name.split("_")[0], number)
    return ids


def _log_axis(value_axis: Any, data: ChartData) -> None:
    """A logarithmic value axis that says so on the axis itself; the least value still shows a bar."""
    scaling = value_axis._element.find(qn("c:scaling"))
    log_base = etree.SubElement(scaling, qn("c:logBase"))
    log_base.set("val", "10")
    scaling.remove(log_base)
    scaling.insert(0, log_base)  # the schema puts logBase first
    if data.ticks:
        value_axis.minimum_scale = data.ticks[0][0]
        value_axis.maximum_scale = data.ticks[-1][0]
    value_axis.has_title = True
    value_axis.axis_title.text_frame.text = data.scale_note
    value_axis.axis_title.text_frame.paragraphs[0].runs[0].font.size = Pt(CHART_TEXT_PT)
    value_axis.tick_labels.font.size = Pt(CHART_TEXT_PT)
    # powers of ten: 0.1 and below need their decimals ("#,##0" printed 0.1 as 0), 1 and up none
    value_axis.tick_labels.number_format = power_ticks_format(data.locale, number_locale(data.locale))
    value_axis.tick_labels.number_format_is_linked = False


def _donut(chart: Any, data: ChartData, colours: tuple[str, ...], legend: DonutLegend) -> None:
    plot = chart.plots[0]
    plot.vary_by_categories = True
    series = plot.series[0]
    for index in range(len(data.bars)):
        _fill(series.points[index].format.fill, index, colours)
    hole = plot._element.find(qn("c:holeSize"))
    if hole is None:
        hole = etree.SubElement(plot._element, qn("c:holeSize"))
    hole.set("val", "55")
    chart.has_legend = True
    chart.legend.position = XL_LEGEND_POSITION.RIGHT
    chart.legend.include_in_layout = False
    chart.legend.font.size = Pt(legend.plan.size)
    _place_legend(chart.legend._element, legend.legend_box)
    plot_layout(chart, legend.ring_box)
    if data.total_text:
        chart.chart_title.text_frame.text = legend.title
        run = chart.chart_title.text_frame.paragraphs[0].runs[0]
        run.font.size, run.font.bold = Pt(TITLE_PT), True


def _theme_font(chart: Any, font: str) -> None:
    """Chart text in the theme's body font (so it follows the deck's theme), or in `font`."""
    rich = chart._chartSpace.find(qn("c:txPr"))
    if rich is None:
        return
    for r_pr in rich.iter(qn("a:defRPr")):
        refs = (("a:latin", font or "+mn-lt"), ("a:ea", "+mn-ea"), ("a:cs", "+mn-cs"))
        for tag, ref in refs:
            element = r_pr.find(qn(tag))
            if element is None:
                element = etree.SubElement(r_pr, qn(tag))
            element.set("typeface", ref)


def _place_legend(legend: Any, box: Box) -> None:
    """A legend's manual layout at `box`, after its position as the schema orders them, so a
    renderer neither wraps its entries where it likes nor centres it over the title."""
    layout = manual_layout(legend, box)
    position = legend.find(qn("c:legendPos"))
    if position is not None:
        position.addnext(layout)
    else:
        legend.insert(0, layout)
