"""A briefing's bar chart drawn across is as tall as its bars need (reviews UU2 F8/NEW-2, UU3 #4 of
round 23): by its bars' count and their names' lines, never 11.3 cm for nine thin bars of one line
with wide gaps (the boat show's, which pushed its briefing to a third page), and never squeezed
under BAR_CM a bar to fit page 1 (the ko festival's three stage bars at 2.1 cm touched their names):
such a chart opens the next page instead. In several languages and shapes."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from reportgen.data.prepare import prepare
from reportgen.pipeline.pipeline import BuildResult

from ..conftest import ROOT

EVENTS = ROOT / "tests" / "data" / "review_events"
BAR_EVENTS = (
    EVENTS / "seomjin-riverfest-ko-kr.yaml",
    EVENTS / "salon-nautique-la-rochelle-fr.yaml",
    EVENTS / "agrifood-noord-nl.yaml",
    EVENTS / "cobalt-devsummit-en-us.yaml",
    EVENTS / "nongbohui-zh-cn.yaml",
)
#: The least a bar takes, its gap included, and the picture's title and margins (cm).
LEAST_BAR_CM, FRAME_CM = 0.48, 1.7
#: The most a bar whose name prints on one line takes (cm): its line and a gap under a line.
MOST_ONE_LINE_BAR_CM = 0.8
#: A name this long or shorter prints on one line across a briefing's width.
ONE_LINE_CHARS = 36


def _pictures(briefing: Path) -> list[tuple[str, float]]:
    """Each chart picture's name ('Chart stages') and height (cm) in the briefing's body."""
    with zipfile.ZipFile(briefing) as package:
        document = package.read("word/document.xml").decode("utf-8")
    found = []
    for inline in re.findall(r"<wp:inline.*?</wp:inline>", document, re.S):
        height = re.search(r'<wp:extent cx="\d+" cy="(\d+)"', inline)
        name = re.search(r'<wp:docPr[^>]*name="([^"]*)"', inline)
        if height and name:
            found.append((name.group(1), int(height.group(1)) / 360_000))
    return found


@pytest.mark.parametrize("event", BAR_EVENTS, ids=lambda p: p.stem)
def test_a_bar_chart_across_is_as_tall_as_its_bars(
    event: Path, built_event: Callable[[Path], BuildResult]
) -> None:
    result = built_event(event)
    (briefing,) = [f for f in result.files if f.suffix == ".docx"]
    charts = prepare(event).derived.charts
    measured = []
    for name, height in _pictures(briefing):
        chart = next((c for cid, c in charts.items() if name.endswith(f" {cid}")), None)
        if chart is None or chart.kind != "hbar" or chart.log_scale:
            continue
        bars = len(chart.bars)
        measured.append(name)
        assert height >= bars * LEAST_BAR_CM + FRAME_CM - 0.05, (name, height, bars)
        if all(len(b.label) <= ONE_LINE_CHARS for b in chart.bars):
            assert height <= bars * MOST_ONE_LINE_BAR_CM + FRAME_CM, (name, height, bars)
    assert measured, _pictures(briefing)
