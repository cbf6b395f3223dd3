"""A native chart of many categories is laid out so that its own check passes (review Z: the
marathon's 12 countries under a lead and over three lines of sources, 19 pt a row): where the
names do not fit their rows at the least size a few rows get, they step down, measured as the
check measures them, to the size for many rows; and where even that does not fit, the warning
says what the event file can do about it."""

from __future__ import annotations

from pptx import Presentation
from pptx.util import Pt

from reportgen.data.chart_data import ChartBar, ChartData
from reportgen.office.chart_check import chart_problems
from reportgen.office.powerpoint.native import MANY_ROWS_MIN_PT, add_native_chart

COUNTRIES = ["肯尼亚", "埃塞俄比亚", "日本", "韩国", "美国", "马来西亚"]
COUNTRIES += ["新加坡", "英国", "法国", "澳大利亚", "泰国", "德国"]


def _data(names: list[str]) -> ChartData:
    values = [200 - 10 * i for i in range(len(names))]
    texts = [f"{v}（约{v // 10}%）" for v in values]
    bars = tuple(ChartBar(n, float(v), t, "exact") for n, v, t in zip(names, values, texts, strict=True))
    title = "境外选手来源国（人）"
    return ChartData("guojia", title, "hbar", bars, False, "", "", full_width=True, locale="zh_CN")


def _problems(names: list[str], width_pt: float, height_pt: float) -> tuple[list[str], float]:
    slide = Presentation().slides.add_slide(Presentation().slide_layouts[6])
    box = (int(Pt(width_pt)), int(Pt(height_pt)))
    frame = add_native_chart(slide.shapes, _data(names), 0, 0, *box)
    size = frame.chart.category_axis.tick_labels.font.size.pt
    return chart_problems(frame.chart, "deck: slide 5, chart 'x'", {}, frozenset(), box), size


def test_twelve_chinese_names_in_the_marathons_box_fit_their_rows_by_the_checks_measure() -> None:
    # the box the bundled deck gave the marathon's chart: the slide's width, under a lead of two
    # lines and over three lines of sources
    problems, size = _problems(COUNTRIES, 873.6, 273.6)
    assert problems == []
    assert MANY_ROWS_MIN_PT <= size < 12


def test_names_that_fit_at_the_least_size_stay_at_it_or_larger() -> None:
    problems, size = _problems(COUNTRIES, 873.6, 360)
    assert problems == [] and size >= 12


def test_where_nothing_fits_the_warning_names_what_the_event_file_can_change() -> None:
    problems, size = _problems(COUNTRIES * 2, 873.6, 200)
    assert size == MANY_ROWS_MIN_PT
    (warning,) = problems
    assert "do not fit their rows" in warning
    # no chart height in the event file: fewer categories is what its author can give
    assert "more height" not in warning
    assert "fewer categories" in warning and "breakdown" in warning
