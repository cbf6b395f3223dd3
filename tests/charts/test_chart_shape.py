"""Charts chosen by the data's shape, and labels measured where matplotlib put them."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportgen.charts import chart_size
from reportgen.charts.draw import build_figure
from reportgen.charts.measure import crowded
from reportgen.charts.theme import DEFAULT_THEME
from reportgen.data.chart_order import is_sequence
from reportgen.data.chart_shape import shape
from reportgen.data.contrast import contrast, label_colour
from reportgen.data.derive import ChartData
from reportgen.data.prepare import prepare

EVENTS = Path(__file__).resolve().parents[1] / "events"


@pytest.fixture(scope="module")
def venues() -> ChartData:
    return prepare(EVENTS / "eleven-figures-long-chart.yaml").derived.charts["venues"]


def test_many_long_categories_become_sorted_full_width_hbars(venues: ChartData) -> None:
    assert venues.kind == "hbar" and venues.full_width
    values = [b.value for b in venues.bars]
    assert values == sorted(values, reverse=True) and len(values) == 12
    assert venues.log_scale
    assert [label for _, label in venues.ticks] == ["100", "1,000", "10,000", "100,000"]


@pytest.mark.parametrize("size", [(6.535, None), (3.2, None), (12.13, 4.35)])
def test_no_label_of_a_twelve_category_log_chart_overlaps_or_is_dropped(
    venues: ChartData, size: tuple[float, float | None]
) -> None:
    """The briefing's width, a narrow column and the deck's full-width chart slot."""
    fig = build_figure(venues, DEFAULT_THEME, chart_size(venues, DEFAULT_THEME, *size))
    assert crowded(fig, categories=12) == []


def test_crowded_finds_overlapping_labels(venues: ChartData) -> None:
    """The measure can fail: the same chart squeezed into a strip two inches high overlaps."""
    fig = build_figure(venues, DEFAULT_THEME, (6.5, 2.0))
    assert any("overlaps" in problem for problem in crowded(fig, categories=12))


def test_log_scale_needs_three_values_over_two_orders_of_magnitude() -> None:
    assert shape("bar", ["a", "b", "c"], [1, 50, 99], True, "auto", 3).log_scale is False
    assert shape("bar", ["a", "b"], [1, 1000], True, "auto", 2).log_scale is False
    assert shape("bar", ["a", "b", "c"], [1, 50, 100], True, "auto", 3).log_scale is True


def test_two_values_are_no_chart_and_ordered_labels_keep_their_order() -> None:
    assert shape("hbar", ["a", "b"], [700, 2000], False, "auto", 2).too_few
    assert shape("bar", ["x", "y", "z"], [1, 3, 2], False, "auto", 3).order == (1, 2, 0)
    assert shape("bar", ["Day 1", "Day 2", "Day 3"], [1, 3, 2], False, "auto", 3).order == (0, 1, 2)
    assert shape("bar", ["x", "y", "z"], [1, 3, 2], False, "as_given", 3).order == (0, 1, 2)
    assert is_sequence(["2022", "2023", "2024"]) and is_sequence(["Tue 14 Oct", "Wed 15 Oct"])
    assert not is_sequence(["Hall 1", "Garden"]) and not is_sequence(["Hall 2", "Hall 1", "Hall 3"])


def test_label_colour_reaches_aa_on_every_palette_fill() -> None:
    for fill in (*DEFAULT_THEME.palette, "#FFFF00", "#777777", "#000080"):
        assert contrast(label_colour(fill, ("#FFFFFF",)), fill) >= 4.5, fill
    assert label_colour("#D9A310", ("#FFFFFF",)) == "#000000"  # white on gold is 2.3:1


@pytest.mark.parametrize(
    "event",
    [
        "data/waic2022.yaml",
        "data/examples/harbourside-expo-2025.yaml",
        "data/examples/coastal-climate-summit-2024.yaml",
    ],
)
def test_no_label_of_the_example_charts_overlaps_at_the_briefings_width(event: str) -> None:
    for chart_id, data in prepare(EVENTS.parents[1] / event).derived.charts.items():
        fig = build_figure(data, DEFAULT_THEME, chart_size(data, DEFAULT_THEME, 6.535, None))
        categories = None if data.kind == "donut" else len(data.bars)
        assert crowded(fig, categories) == [], chart_id


def test_a_log_axis_ends_at_the_next_power_of_ten_unless_a_columns_label_needs_more() -> None:
    from reportgen.data.chart_shape import log_ticks

    assert log_ticks([8e5, 6.5e6, 2.4e7, 4e8]) == [5, 6, 7, 8, 9]  # bars: never a whole empty decade
    assert log_ticks([8e5, 6.5e6, 2.4e7, 4e8], "bar") == [5, 6, 7, 8, 9, 10]  # a column's label above it
    assert log_ticks([8e5, 6.5e6, 2.4e7, 1.4e8], "bar") == [5, 6, 7, 8, 9]


@pytest.mark.parametrize("log", [True, False])
def test_a_value_label_wider_than_its_bar_goes_beside_it(venues: ChartData, log: bool) -> None:
    """Reviewers read '6万人' where the label '3.86万人、2026年11月13日17:00時点', set inside its
    bar, ran past the bar's start: white on white there, its first digits under the category's name."""
    from dataclasses import replace

    bars = list(venues.bars)
    bars[1] = replace(bars[1], text=f"{bars[1].text}, as of 13 November 2026 at 17:00 local time")
    data = replace(venues, bars=tuple(bars), log_scale=log, ticks=venues.ticks if log else ())
    fig = build_figure(data, DEFAULT_THEME, chart_size(data, DEFAULT_THEME, 6.535, None))
    assert crowded(fig, categories=12) == []
    if log:  # a log scale is a dot plot: its labels sit by the dots (tests/charts/test_dot_plots.py)
        return
    renderer = fig.canvas.get_renderer()
    start = fig.axes[0].get_window_extent(renderer).x0
    (label,) = [t for t in fig.axes[0].texts if "as of 13 November" in t.get_text()]
    assert label.get_window_extent(renderer).x0 >= start and label.get_horizontalalignment() == "left"
