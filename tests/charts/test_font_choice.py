"""A chart is drawn with the theme's fallback fonts (the Noto CJK collections, about 20 MB files
that matplotlib keeps open once a text is measured) only when its words need them: a chart in Latin
letters opens its first font alone, and its picture is the same, byte for byte."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from matplotlib import font_manager

from reportgen.charts import draw as drawing
from reportgen.charts.font_choice import chosen
from reportgen.charts.theme import Theme
from reportgen.data.chart_data import ChartBar, ChartData, ChartSeries

CJK = "Noto Sans CJK SC"
needs_cjk_font = pytest.mark.skipif(
    CJK not in {font.name for font in font_manager.fontManager.ttflist}, reason=f"{CJK} is not installed"
)


def _chart(label: str = "category", title: str = "Visitors") -> ChartData:
    bars = tuple(ChartBar(f"{label} {i}", float(i + 1), f"{i + 1} million", "exact") for i in range(4))
    return ChartData("c", title, "hbar", bars, False, "", "")


def test_the_fallback_fonts_are_chosen_only_for_characters_the_first_font_lacks() -> None:
    fonts = ["DejaVu Sans", CJK]
    assert chosen(fonts, _chart()) == ["DejaVu Sans"]
    assert chosen(fonts, _chart("Besucherzahl ‘Überblick’ – €")) == ["DejaVu Sans"]
    assert chosen(fonts, _chart("展区")) == fonts  # in a bar's label
    assert chosen(fonts, _chart(title="观众 Visitors")) == fonts  # in the title
    series = ChartSeries("人次", (1.0,), ("1",))  # however deep in the data
    assert chosen(fonts, replace(_chart(), series=(series,))) == fonts
    assert chosen(fonts, _chart("🎉")) == fonts  # no font of the theme has it: all are tried, as before
    assert chosen(["No Such Font", CJK], _chart()) == ["No Such Font", CJK]  # nothing known of it


@needs_cjk_font
def test_a_latin_chart_is_the_same_picture_without_its_fallback_fonts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    theme = Theme()
    alone = drawing.draw(_chart(), theme, (6.0, 3.0))
    monkeypatch.setattr(drawing, "chosen", lambda families, data: families)
    assert drawing.draw(_chart(), theme, (6.0, 3.0)) == alone


OPENED = """
import glob, os, sys
from reportgen.charts.draw import draw
from reportgen.charts.theme import Theme
from reportgen.data.chart_data import ChartBar, ChartData
bars = tuple(ChartBar(f"{sys.argv[1]} {i}", float(i + 1), f"{i + 1}", "exact") for i in range(3))
draw(ChartData("c", "Visitors", "hbar", bars, False, "", ""), Theme(), (6.0, 3.0))
opened = []
for fd in glob.glob("/proc/self/fd/*"):
    try:
        opened.append(os.path.basename(os.readlink(fd)))
    except OSError:
        pass
print(sorted(name for name in opened if name.endswith((".ttc", ".ttf", ".otf"))))
"""


@needs_cjk_font
@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="reads a process's open files in /proc")
def test_drawing_a_latin_chart_opens_no_cjk_font() -> None:
    def fonts(label: str) -> str:
        done = subprocess.run(
            [sys.executable, "-c", OPENED, label], capture_output=True, text=True, check=True
        )
        return done.stdout

    assert "NotoSansCJK" not in fonts("category")
    assert "NotoSansCJK" in fonts("展区")  # the check sees a CJK font when one is opened
