"""Charts: drawn with the object API from the data's own words; alt text names every value."""

from __future__ import annotations

import subprocess
import sys

import pytest

from reportgen.charts import cache_key
from reportgen.charts.theme import DEFAULT_THEME
from reportgen.data.derive import alt_text, derive
from reportgen.data.formatting import Formatter
from reportgen.data.load import load_event

from ..conftest import WAIC


@pytest.fixture(scope="module")
def charts():
    summary = load_event(WAIC)
    return derive(summary, Formatter("en_GB", {"CNY": "RMB"})).charts


def texts_of(fig) -> list[str]:
    return [t.get_text() for ax in fig.axes for t in ax.texts] + [
        t.get_text() for legend in fig.legends for t in legend.get_texts()
    ]


def test_reach_uses_a_log_scale_and_labels_carry_qualifiers(charts) -> None:
    from reportgen.charts.draw import build_figure

    fig = build_figure(charts["reach"], DEFAULT_THEME)
    (ax,) = fig.axes
    assert ax.get_xscale() == "log"
    widths = sorted(patch.get_width() for patch in ax.patches)
    assert widths == [370_000, 638_000_000]
    labels = texts_of(fig)
    assert "more than 638 million" in labels
    assert "370,000, as of 2 pm on 3 September 2022" in labels
    ticks = [t.get_text() for t in ax.get_xticklabels()]
    assert "1 million" in ticks and "1 billion" in ticks


def test_investment_charts(charts) -> None:
    from reportgen.charts.draw import build_figure

    donut = build_figure(charts["projects"], DEFAULT_THEME)
    assert "Signed on site: 8 (32%)" in texts_of(donut)
    assert "Signed in the metaverse venue: 17 (68%)" in " ".join(texts_of(donut)).replace("\n", " ")
    assert "25 projects" in texts_of(donut)
    capital = build_figure(charts["capital"], DEFAULT_THEME)
    heights = [p.get_height() for p in capital.axes[0].patches]
    assert heights == [15_000_000_000, 1_000_000_000, 10_000_000_000]
    assert "nearly RMB\u00a015 billion" in texts_of(capital)


def test_participants_and_programme(charts) -> None:
    from reportgen.charts.draw import build_figure

    participants = build_figure(charts["participants"], DEFAULT_THEME)
    assert {"more than 500", "more than 80", "more than 20", "4"} <= set(texts_of(participants))
    programme = build_figure(charts["programme"], DEFAULT_THEME)
    assert [p.get_height() for p in programme.axes[0].patches] == [121, 30, 5, 4, 2]


def test_alt_text_names_every_value(charts) -> None:
    text = alt_text(charts["reach"])
    assert text.startswith("Horizontal bar chart on a logarithmic scale: Audience reach")
    assert "Online viewers: more than 638 million" in text
    assert "Visits to the WAIC metaverse: 370,000, as of 2 pm on 3 September 2022" in text
    assert "Signed on site: 8 (32%)" in alt_text(charts["projects"])


def test_png_is_a_real_image(charts) -> None:
    from reportgen.charts import render_png

    chart = render_png(charts["media"], DEFAULT_THEME)
    assert chart.missing_glyphs == ""
    png = chart.png
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width = int.from_bytes(png[16:20], "big")
    assert width == DEFAULT_THEME.chart_size[0] * DEFAULT_THEME.chart_dpi


def test_cache_key_follows_the_data(charts) -> None:
    from dataclasses import replace

    reach = charts["reach"]
    assert cache_key(replace(reach), DEFAULT_THEME) == cache_key(
        reach, DEFAULT_THEME
    )  # equal data, new object
    assert cache_key(reach, DEFAULT_THEME) != cache_key(charts["media"], DEFAULT_THEME)
    assert cache_key(replace(reach, title="Other"), DEFAULT_THEME) != cache_key(reach, DEFAULT_THEME)
    assert cache_key(reach, replace(DEFAULT_THEME, primary="#000000")) != cache_key(reach, DEFAULT_THEME)


def test_matplotlib_is_not_imported_until_a_chart_is_drawn() -> None:
    code = "import sys, reportgen.cli, reportgen.build.pipeline; print('matplotlib' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


@pytest.mark.slow  # a whole build in a subprocess
def test_a_fully_cached_build_does_not_import_matplotlib(tmp_path) -> None:
    code = (
        "import sys; from pathlib import Path; from reportgen.build.pipeline import build\n"
        "from reportgen.build.settings import Settings\n"
        f"r = build(Path({str(WAIC)!r}), Settings.simple(Path({str(tmp_path)!r})))\n"
        "print(r.charts_cached, r.charts_drawn, 'matplotlib' in sys.modules)"
    )
    first = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert first.stdout.split() == ["0", "6", "True"]
    second = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert second.stdout.split() == ["6", "0", "False"]


def test_every_registered_kind_validates_words_and_draws() -> None:
    """One registry entry per kind: the enum, the alt-text words and a drawer all follow it."""
    from reportgen.charts.draw import KINDS
    from reportgen.data.chart_kinds import CHART_KINDS
    from reportgen.data.model import ChartKind

    assert set(CHART_KINDS) == {kind.value for kind in ChartKind} == set(KINDS)
    assert all(info.words.endswith("chart") for info in CHART_KINDS.values())
