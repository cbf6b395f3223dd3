"""Charts: drawn with the object API from the data's own words; alt text names every value."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace

import pytest

from reportgen.charts import cache_key
from reportgen.charts.theme import DEFAULT_THEME
from reportgen.data.derive import ChartBar, ChartData, alt_text, derive
from reportgen.data.formatting import Formatter
from reportgen.data.load import load_event

from ..conftest import WAIC, seen


@pytest.fixture(scope="module")
def charts():
    summary = load_event(WAIC)
    return derive(summary, Formatter("en_GB", {"CNY": "RMB"})).charts


def texts_of(fig) -> list[str]:
    return [t.get_text() for ax in fig.axes for t in ax.texts] + [
        t.get_text() for legend in fig.legends for t in legend.get_texts()
    ]


def _log_chart() -> ChartData:
    """Two magnitudes far apart on a log axis, the least of them 1 (a power of ten)."""
    bars = (
        ChartBar("Trophies", 1.0, "1", "exact"),
        ChartBar("Viewers", 638e6, "more than 638 million", "below"),
    )
    ticks = tuple((10.0**k, f"{10**k:,}") for k in range(-1, 10))
    return ChartData("far", "Far apart", "hbar", bars, True, "Far apart", "", ticks=ticks)


def test_a_log_axis_says_so_and_the_least_value_still_has_a_bar() -> None:
    from reportgen.charts.draw import build_figure

    fig = build_figure(_log_chart(), DEFAULT_THEME)
    (ax,) = fig.axes
    assert ax.get_xscale() == "log"
    assert ax.get_xlabel() == "logarithmic scale"
    assert ax.get_xlim()[0] < 1  # the axis starts below the value 1, so its bar has a length
    assert "more than 638 million" in texts_of(fig)


def test_a_log_axis_says_so_in_the_documents_language() -> None:
    from reportgen.charts.draw import build_figure

    fig = build_figure(replace(_log_chart(), kind="bar", scale_note="logarithmische Skala"), DEFAULT_THEME)
    (ax,) = fig.axes
    assert ax.get_ylabel() == "logarithmische Skala"


def test_one_series_one_colour_and_no_zero_length_bar(charts) -> None:
    from reportgen.charts.draw import build_figure

    fig = build_figure(charts["programme"], DEFAULT_THEME)
    colours = {patch.get_facecolor() for patch in fig.axes[0].patches}
    assert len(colours) == 1
    tiny = replace(
        charts["programme"],
        bars=(*charts["programme"].bars[:1], replace(charts["programme"].bars[1], value=0.001)),
    )
    heights = [p.get_height() for p in build_figure(tiny, DEFAULT_THEME).axes[0].patches]
    assert heights[1] > 0.001 and heights[1] >= heights[0] * 0.005  # a visible stub, labelled with its value


def test_pictures_are_drawn_at_their_placed_size_with_readable_text(charts) -> None:
    from reportgen.charts import chart_size, render_png
    from reportgen.charts.draw import build_figure

    size = chart_size(charts["capital"], DEFAULT_THEME, 16.6 / 2.54, None)
    png = render_png(charts["capital"], DEFAULT_THEME, size).png
    width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
    dpi = DEFAULT_THEME.chart_dpi
    assert abs(width - size[0] * dpi) <= 1 and abs(height - size[1] * dpi) <= 1
    fig = build_figure(charts["capital"], DEFAULT_THEME, size)
    sizes = [t.get_fontsize() for ax in fig.axes for t in [*ax.texts, *ax.get_xticklabels(), ax.title]]
    assert min(sizes) >= 9  # 1 pt in the figure is 1 pt on the page


def test_investment_charts(charts) -> None:
    from reportgen.charts.draw import build_figure

    donut = build_figure(charts["projects"], DEFAULT_THEME)
    assert "Signed on site: 8 (32%)" in texts_of(donut)
    assert "Signed in the metaverse venue: 17 (68%)" in " ".join(texts_of(donut)).replace("\n", " ")
    assert "25 projects" in texts_of(donut)
    capital = build_figure(charts["capital"], DEFAULT_THEME)
    lengths = [p.get_width() for p in capital.axes[0].patches]  # long names: horizontal bars
    assert lengths == [15_000_000_000, 10_000_000_000, 1_000_000_000]  # largest first
    assert "nearly\u00a0RMB\u00a015\u00a0billion" in texts_of(capital)  # tied over its qualifier


def test_participants_and_programme(charts) -> None:
    from reportgen.charts.draw import build_figure

    participants = build_figure(charts["participants"], DEFAULT_THEME)
    assert {"more than 500", "more than 80", "more than 20", "4"} <= {seen(t) for t in texts_of(participants)}
    programme = build_figure(charts["programme"], DEFAULT_THEME)
    assert [p.get_width() for p in programme.axes[0].patches] == [121, 30, 5, 4, 2]


def test_alt_text_names_every_value(charts) -> None:
    text = seen(alt_text(charts["media"]))
    assert text.startswith("Horizontal bar chart: Media covering the conference")
    assert "Radio, television and online media outlets: more than 700" in text
    assert "Internet and self-media (We media) outlets: more than 2,000" in text
    assert "Signed on site: 8 (32%)" in alt_text(charts["projects"])
    assert alt_text(_log_chart()).startswith("Dot plot on a logarithmic scale: Far apart")


def test_png_is_a_real_image(charts) -> None:
    from reportgen.charts import render_png

    chart = render_png(charts["media"], DEFAULT_THEME)
    assert chart.missing_glyphs == ""
    png = chart.png
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width = int.from_bytes(png[16:20], "big")
    assert width == round(DEFAULT_THEME.chart_size[0] * DEFAULT_THEME.chart_dpi)


def test_cache_key_follows_the_data(charts) -> None:
    from dataclasses import replace

    reach = charts["participants"]
    assert cache_key(replace(reach), DEFAULT_THEME) == cache_key(
        reach, DEFAULT_THEME
    )  # equal data, new object
    assert cache_key(reach, DEFAULT_THEME) != cache_key(charts["media"], DEFAULT_THEME)
    assert cache_key(replace(reach, title="Other"), DEFAULT_THEME) != cache_key(reach, DEFAULT_THEME)
    assert cache_key(reach, replace(DEFAULT_THEME, primary="#000000")) != cache_key(reach, DEFAULT_THEME)


def test_matplotlib_is_not_imported_until_a_chart_is_drawn() -> None:
    code = "import sys, reportgen.cli, reportgen.pipeline.pipeline; print('matplotlib' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


@pytest.mark.slow  # a whole build in a subprocess
def test_a_fully_cached_build_does_not_import_matplotlib(tmp_path) -> None:
    code = (
        "import sys; from pathlib import Path; from reportgen.pipeline.pipeline import build\n"
        "from reportgen.project.settings import Settings\n"
        f"r = build(Path({str(WAIC)!r}), Settings.simple(Path({str(tmp_path)!r})))\n"
        "print(r.charts_cached, r.charts_drawn, 'matplotlib' in sys.modules)"
    )
    first = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert first.stdout.split() == ["0", "3", "True"]  # two of its charts are sentences: no picture
    second = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert second.stdout.split() == ["3", "0", "False"]


def test_every_registered_kind_validates_words_and_draws() -> None:
    """One registry entry per kind: the enum, the alt-text words and a drawer all follow it."""
    from reportgen.charts.draw import KINDS
    from reportgen.data.chart_kinds import CHART_KINDS
    from reportgen.data.model import ChartKind

    assert set(CHART_KINDS) == {kind.value for kind in ChartKind} == set(KINDS)
    assert all(info.words.endswith("chart") for info in CHART_KINDS.values())


def test_a_cache_key_is_worked_out_once_and_tells_numbers_apart(charts, monkeypatch) -> None:
    from dataclasses import replace

    import reportgen.charts as charts_module
    from reportgen.memo import Memo

    monkeypatch.setattr(charts_module, "_KEYS", Memo(4))
    reach = charts["participants"]
    asked: list[object] = []
    worked_out = charts_module._cache_key
    monkeypatch.setattr(charts_module, "_cache_key", lambda *a: asked.append(a) or worked_out(*a))
    first = cache_key(reach, DEFAULT_THEME)
    assert cache_key(replace(reach), DEFAULT_THEME) == first == worked_out(reach, DEFAULT_THEME, None)
    assert len(asked) == 1  # equal inputs: the key is remembered
    whole = replace(reach, bars=(replace(reach.bars[0], value=5), *reach.bars[1:]))
    floating = replace(reach, bars=(replace(reach.bars[0], value=5.0), *reach.bars[1:]))
    assert cache_key(whole, DEFAULT_THEME) != cache_key(floating, DEFAULT_THEME)  # 5 and 5.0 print apart
    for n in range(10):
        cache_key(replace(reach, title=f"Title {n}"), DEFAULT_THEME)
    assert len(charts_module._KEYS) == 4


def test_long_bar_names_wrap_to_two_lines_at_their_full_size() -> None:
    # review X: twelve venues of 40-60 characters wrapped to three lines at a third of the
    # picture's width, their rows touched, and the check set them at 6 pt
    from reportgen.charts.draw import MIN_TICK_PT, build_figure

    venues = (
        "Castelgrande, cortile principale e murata",
        "Piazza Collegiata e sagrato dei Santi Pietro e Stefano",
        "Piazzale della stazione, concerti gratuiti del mezzogiorno",
        "Cortile del Palazzo delle Orsoline, sede del Governo",
        "Espocentro Bellinzona, palco coperto per la pioggia",
        "Parco di Villa dei Cedri, prato delle famiglie",
    ) * 2
    bars = tuple(
        ChartBar(f"{name} {n}", 9800.0 - 700 * n, f"{9800 - 700 * n}", "exact")
        for n, name in enumerate(venues)
    )
    fig = build_figure(
        ChartData("venues", "Spettatori", "hbar", bars, False, "Spettatori", ""), DEFAULT_THEME
    )
    (ax,) = fig.axes
    names = ax.get_yticklabels()
    assert max(label.get_text().count("\n") for label in names) == 1  # two lines at most
    assert all(label.get_fontsize() > MIN_TICK_PT for label in names)  # not shrunk to the least
