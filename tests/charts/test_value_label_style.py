"""One style of value label a briefing chart, and names on one line where the picture has room
(issue 19, review SS1 #14 and SS2 F8): the long bars' labels were white and bold inside them, the
rest regular and dark beside theirs; nine names wrapped to two lines ('Équipement et /
accastillage') while the bars left a third of the picture empty."""

from __future__ import annotations

import pytest

from reportgen.charts import chart_size
from reportgen.charts.draw import build_figure
from reportgen.charts.measure import crowded
from reportgen.charts.theme import DEFAULT_THEME
from reportgen.data.chart_data import ChartBar, ChartData
from reportgen.data.contrast import contrast

BOATS = [
    ("Équipement et accastillage", 142),
    ("Bateaux à moteur", 131),
    ("Voiliers monocoques", 118),
    ("Catamarans et multicoques", 96),
    ("Semi-rigides et pneumatiques", 64),
    ("Kayaks, paddles et glisse", 58),
    ("Services, assurance et financement", 49),
    ("Bateaux électriques et hybrides", 47),
    ("Location et charter", 37),
]


def _chart(names: list[tuple[str, int]]) -> ChartData:
    total = sum(v for _, v in names)
    bars = tuple(
        ChartBar(name, float(v), f"{v} ({round(v / total * 100)}\u00a0%)", "exact") for name, v in names
    )
    return ChartData("boats", "Exposants par catégorie", "hbar", bars, False, "", "", locale="fr_FR")


@pytest.mark.parametrize("width", [6.535, 4.5])
def test_every_value_label_of_a_bar_chart_has_one_style(width: float) -> None:
    data = _chart(BOATS)
    fig = build_figure(data, DEFAULT_THEME, chart_size(data, DEFAULT_THEME, width, None))
    labels = [t for t in fig.axes[0].texts if "%" in t.get_text()]
    assert len(labels) == len(BOATS)
    styles = {(t.get_color(), t.get_fontweight(), t.get_horizontalalignment()) for t in labels}
    assert len(styles) == 1, styles
    (colour, _, _) = styles.pop()
    assert contrast(colour, "#FFFFFF") >= 4.5
    assert crowded(fig, categories=len(BOATS)) == []


def test_names_stand_on_one_line_where_the_picture_has_room_for_them() -> None:
    data = _chart(BOATS)
    fig = build_figure(data, DEFAULT_THEME, chart_size(data, DEFAULT_THEME, 6.535, None))
    names = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert all("\n" not in name for name in names), names
    renderer = fig.canvas.get_renderer()
    # and every value label ends inside the picture
    assert all(t.get_window_extent(renderer).x1 <= fig.bbox.x1 for t in fig.axes[0].texts)
