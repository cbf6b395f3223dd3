"""Charts and the installed fonts: a font installed after matplotlib listed the fonts is used, and a
picture drawn with boxes for missing glyphs is never served from the cache as a good one.

The fonts are real: a TrueType font made here with fontTools (which matplotlib depends on), with a
glyph for U+1F389 (🎉), which none of the default chart fonts has, installed into a user font
folder (XDG_DATA_HOME/fonts) after matplotlib built its font list in a fresh MPLCONFIGDIR.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest

from reportgen.charts import cached_chart
from reportgen.charts.fonts import font_set, newest_font_change
from reportgen.charts.theme import DEFAULT_THEME
from reportgen.data.derive import ChartBar, ChartData

from ..conftest import TEMPLATES
from ..pipeline.hostile_cases import MINIMAL

PARTY = "🎉"
FAMILY = "Reportgen Test Emoji"


def make_font(path: Path, family: str = FAMILY, char: str = PARTY) -> None:
    """A TrueType font whose one glyph (a filled box) draws `char`."""
    from fontTools.fontBuilder import FontBuilder
    from fontTools.pens.ttGlyphPen import TTGlyphPen

    builder = FontBuilder(1000, isTTF=True)
    builder.setupGlyphOrder([".notdef", "box"])
    builder.setupCharacterMap({ord(char): "box"})
    pen = TTGlyphPen(None)
    for point in ((100, 0), (100, 700), (600, 700), (600, 0)):
        (pen.lineTo if point != (100, 0) else pen.moveTo)(point)
    pen.closePath()
    builder.setupGlyf({".notdef": TTGlyphPen(None).glyph(), "box": pen.glyph()})
    builder.setupHorizontalMetrics({".notdef": (500, 0), "box": (700, 100)})
    builder.setupHorizontalHeader(ascent=800, descent=-200)
    builder.setupNameTable({"familyName": family, "styleName": "Regular"})
    builder.setupOS2(sTypoAscender=800, usWinAscent=800, usWinDescent=200)
    builder.setupPost()
    builder.save(str(path))


def _user_fonts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty user font folder, dated an hour ago, that font_set() and matplotlib search."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    folder = tmp_path / "share" / "fonts"
    folder.mkdir(parents=True)
    hour_ago = time.time() - 3600
    os.utime(folder, (hour_ago, hour_ago))
    return folder


def test_the_font_set_changes_when_a_font_is_installed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _user_fonts(tmp_path, monkeypatch)
    before, changed_before = font_set(), newest_font_change()
    make_font(folder / "emoji.ttf")
    assert font_set() != before
    assert newest_font_change() > changed_before
    (folder / "emoji.ttf").unlink()
    assert font_set() != before  # the folder changed again: removing a font counts too


def test_a_picture_with_missing_glyphs_is_not_kept_as_good(tmp_path: Path) -> None:
    data = ChartData(
        "party", "Parties", "bar", (ChartBar(f"Parties {PARTY}", 5.0, "5", "exact"),), False, "", ""
    )
    theme = replace(DEFAULT_THEME, chart_fonts=("DejaVu Sans",))
    cache = tmp_path / "cache"
    first = cached_chart(data, theme, cache, (4.0, 2.5))
    assert first.missing_glyphs == PARTY
    assert not list(cache.glob("*.png")), "a picture with boxes for glyphs was cached"
    again = cached_chart(data, theme, cache, (4.0, 2.5))
    assert not again.from_cache and again.missing_glyphs == PARTY


def test_a_picture_is_drawn_again_when_the_fonts_change(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A picture drawn before a font was installed (no glyph missing: the project's font was simply
    not there, so another drew it) is not served once the font is there: the key holds the font set."""
    from reportgen.charts import draw
    from reportgen.commit.output import Staging
    from reportgen.pipeline.pictures import ChartPictures

    monkeypatch.setattr(
        draw, "refresh_font_list", lambda: False, raising=False
    )  # keep this process's font list
    folder = _user_fonts(tmp_path, monkeypatch)
    data = ChartData("plain", "Plain", "bar", (ChartBar("Plain", 5.0, "5", "exact"),), False, "", "")
    themes = {"briefing": DEFAULT_THEME, "deck": DEFAULT_THEME}

    def draw_once() -> tuple[int, int]:
        pictures = ChartPictures({"plain": data}, themes, tmp_path / "cache", Staging(tmp_path))
        pictures.picture("plain", "briefing", 4.0, 2.5)
        return pictures.drawn, pictures.cached

    assert draw_once() == (1, 0)
    assert draw_once() == (0, 1)
    make_font(folder / "emoji.ttf")
    assert draw_once() == (1, 0)


EVENT = MINIMAL.replace(
    "    lists:\n",
    "      parties:\n        label: Parties "
    + PARTY
    + "\n        value: 5\n        unit: viewers\n"
    # a third value: a chart of two is a sentence, drawn in no picture (round 16)
    + "      picnics:\n        label: Picnics\n        value: 3\n        unit: viewers\n    lists:\n",
    1,
) + (
    "charts:\n  party:\n    title: Parties\n    kind: bar\n"
    "    figures: [reach.online_viewers, reach.parties, reach.picnics]\n"
)


@pytest.mark.slow
def test_a_font_installed_after_the_font_list_is_used_by_the_next_build(tmp_path: Path) -> None:
    """`build --force` after installing a font redraws the chart with it: the cache key holds the
    font set, and matplotlib's font list (older than the font) is rebuilt."""
    folder = tmp_path / "share" / "fonts"
    folder.mkdir(parents=True)
    hour_ago = time.time() - 3600
    os.utime(folder, (hour_ago, hour_ago))
    (tmp_path / "event.yaml").write_text(EVENT, encoding="utf-8")
    (tmp_path / "reportgen.yaml").write_text(f"chart_style:\n  font: {FAMILY}\n", encoding="utf-8")
    env = {
        **os.environ,
        "HOME": str(tmp_path / "home"),
        "XDG_DATA_HOME": str(tmp_path / "share"),
        "MPLCONFIGDIR": str(tmp_path / "mpl"),
    }
    command = [sys.executable, "-m", "reportgen", "build", "event.yaml", "--templates", str(TEMPLATES)]
    command += ["--out", "out", "--force", "--jobs", "1"]

    def build() -> subprocess.CompletedProcess[str]:
        return subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)

    first = build()
    assert first.returncode == 0, first.stderr
    assert (
        f"chart 'party': the characters '{PARTY}' have no glyph in the chart fonts ({FAMILY}, Arial, DejaVu"
        in first.stderr
    )
    boxed = (tmp_path / "out" / "te-2025-chart-party.png").read_bytes()
    assert list((tmp_path / "mpl").glob("fontlist-*.json")), "matplotlib listed the fonts"

    make_font(folder / "emoji.ttf")  # installed after the list was made
    second = build()
    assert second.returncode == 0, second.stderr
    assert "have no glyph" not in second.stderr, second.stderr
    assert "(1 chart picture drawn, 0 from cache)" in second.stdout, second.stdout
    assert (tmp_path / "out" / "te-2025-chart-party.png").read_bytes() != boxed
    listed = next((tmp_path / "mpl").glob("fontlist-*.json")).read_text(encoding="utf-8")
    assert "emoji.ttf" in listed, "matplotlib's font list on disk was not rebuilt"


LONG_LIVED = f"""
import sys
from dataclasses import replace
from pathlib import Path
from reportgen.charts.draw import draw
from reportgen.charts.theme import DEFAULT_THEME
from reportgen.data.derive import ChartBar, ChartData
from tests.charts.test_fonts import make_font

data = ChartData("p", "P", "bar", (ChartBar("Parties {PARTY}", 5.0, "5", "exact"),), False, "", "")
theme = replace(DEFAULT_THEME, chart_fonts=("{FAMILY}", "DejaVu Sans"))
print(repr(draw(data, theme, (3.0, 2.0))[1]))
make_font(Path(sys.argv[1]) / "emoji.ttf")
print(repr(draw(data, theme, (3.0, 2.0))[1]))
"""


@pytest.mark.slow
def test_a_long_lived_process_sees_a_font_installed_while_it_runs(tmp_path: Path) -> None:
    """A build server draws for hours: a font installed meanwhile is used by its next chart."""
    folder = tmp_path / "share" / "fonts"
    folder.mkdir(parents=True)
    hour_ago = time.time() - 3600
    os.utime(folder, (hour_ago, hour_ago))
    env = {
        **os.environ,
        "HOME": str(tmp_path / "home"),
        "XDG_DATA_HOME": str(tmp_path / "share"),
        "MPLCONFIGDIR": str(tmp_path / "mpl"),
    }
    root = Path(__file__).parents[2]
    done = subprocess.run(
        [sys.executable, "-c", LONG_LIVED, str(folder)],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [repr(PARTY), "''"]
