"""A chart of upright columns is drawn in the briefing as tall as its columns and their names need
(charts/column_height.py), not at half its width whatever it holds (review PP: the marine
symposium's three yearly columns took a third of a page)."""

from __future__ import annotations

from reportgen.charts import chart_size
from reportgen.charts.column_height import MIN_HEIGHT_IN
from reportgen.charts.theme import DEFAULT_THEME
from reportgen.data.chart_data import ChartBar, ChartData

WIDTH_IN = 6.535  # the bundled briefing's chart width


def _columns(labels: list[str]) -> ChartData:
    values = [100 + 10 * n for n in range(len(labels))]
    bars = tuple(ChartBar(label, float(v), str(v), "exact") for label, v in zip(labels, values, strict=True))
    return ChartData("years", "Papers submitted by year", "bar", bars, False, "", "")


def test_a_few_columns_are_drawn_shorter_than_many() -> None:
    heights = [
        chart_size(_columns([str(2020 + n) for n in range(count)]), DEFAULT_THEME, WIDTH_IN, None)[1]
        for count in range(3, 10)
    ]
    assert heights == sorted(heights)  # more columns, never shorter
    assert heights[0] < 0.75 * heights[-1]  # three columns a good deal shorter than nine
    assert all(MIN_HEIGHT_IN <= h <= round(WIDTH_IN * 0.5, 3) for h in heights), heights


def test_long_column_names_give_the_chart_the_lines_they_take() -> None:
    short = _columns(["North", "South", "East"])
    long = _columns(["Northern regional growers' association", "Southern coast fisheries", "Eastern plains"])
    heights = [chart_size(data, DEFAULT_THEME, WIDTH_IN, None)[1] for data in (short, long)]
    assert heights[1] > heights[0]


def test_a_short_column_chart_draws_without_collisions() -> None:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from reportgen.charts.draw import build_figure
    from reportgen.charts.measure import collisions

    data = _columns(["2024", "2025", "2026"])
    fig = build_figure(data, DEFAULT_THEME, chart_size(data, DEFAULT_THEME, WIDTH_IN, None))
    FigureCanvasAgg(fig).draw()
    assert collisions(fig) == []
