"""A designer's marks on chart pictures, as classes: the title starts at the picture's left edge
(not where the axes start, mid-picture beside long bar names), grouped bars whose value labels
are wider than a bar read across, each label on one line after its bar (the deck's rule too), and a
category's name carries no tick mark."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportgen.charts import chart_size
from reportgen.charts.draw import build_figure
from reportgen.charts.measure import crowded
from reportgen.charts.theme import DEFAULT_THEME
from reportgen.data.prepare import prepare

ROOT = Path(__file__).resolve().parents[2]
SUMMIT = ROOT / "data" / "examples" / "coastal-climate-summit-2024.yaml"
VENUES = ROOT / "tests" / "events" / "eleven-figures-long-chart.yaml"


CHARTS = [(VENUES, "venues"), (SUMMIT, "funds"), (SUMMIT, "delegates")]


@pytest.mark.parametrize(("event", "chart_id"), CHARTS)
def test_the_title_starts_at_the_pictures_left_edge(event: Path, chart_id: str) -> None:
    data = prepare(event).derived.charts[chart_id]
    fig = build_figure(data, DEFAULT_THEME, chart_size(data, DEFAULT_THEME, 6.535, None))
    fig.canvas.draw()
    title = fig._suptitle
    assert title is not None and title.get_text().replace("\n", " ") == data.title
    box = title.get_window_extent(fig.canvas.get_renderer())
    assert box.x0 < fig.bbox.width * 0.03
    assert box.x1 <= fig.bbox.width


def test_grouped_bars_with_labels_wider_than_a_bar_read_across() -> None:
    data = prepare(SUMMIT).derived.charts["funds"]
    fig = build_figure(data, DEFAULT_THEME, chart_size(data, DEFAULT_THEME, 6.535, None))
    ax = fig.axes[0]
    bars = ax.patches
    assert len(bars) == 6 and all(bar.get_width() > bar.get_height() for bar in bars if bar.get_width())
    assert {t.get_text() for t in ax.get_yticklabels()} == {b.label for b in data.bars}
    assert all("\n" not in t.get_text() for t in ax.texts)  # every value label on one line
    assert crowded(fig, len(data.bars)) == []


@pytest.mark.parametrize(
    ("event", "chart_id"), [(VENUES, "venues"), (SUMMIT, "funds"), (SUMMIT, "programme")]
)
def test_category_names_carry_no_tick_marks(event: Path, chart_id: str) -> None:
    data = prepare(event).derived.charts[chart_id]
    ax = build_figure(data, DEFAULT_THEME, chart_size(data, DEFAULT_THEME, 6.535, None)).axes[0]
    names = (
        ax.yaxis
        if data.kind == "hbar" or ax.patches[0].get_width() > ax.patches[0].get_height()
        else ax.xaxis
    )
    assert all(tick.tick1line.get_markersize() == 0 for tick in names.get_major_ticks())
