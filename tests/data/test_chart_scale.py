"""One scale per chart (review RR1: the charity run's bars '380 000 zł … 1,15 mln zł' and its donut's
legend '640 000 zł' beside '1,18 mln zł'): a chart's labels print at the largest scale every one
of them prints exactly at, with their qualifiers, in every language ('0,38 mln zł', '0.7亿' beside
'1亿'); never every digit, which would print a figure in two forms in one document."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from pptx import Presentation

from reportgen.data.chart_scale import one_scale
from reportgen.data.formatting import Formatter
from reportgen.data.prepare import prepare
from reportgen.pipeline.pipeline import BuildResult

from ..conftest import ROOT, seen

EVENTS = ROOT / "tests" / "data" / "review_events"
RUN = EVENTS / "bieg-dla-szpitala-pl.yaml"


@pytest.mark.parametrize(
    ("locale", "value", "power", "text"),
    [
        ("pl_PL", 380_000, 6, "0,38 mln"),
        ("pl_PL", 2_430_000, 6, "2,43 mln"),
        ("de_DE", 380_000, 6, "0,38 Millionen"),  # the plural a count under 1 takes
        ("de_DE", 2_150_000_000, 6, "2.150 Millionen"),  # past the word's own counts
        ("fr_FR", 380_000, 6, "0,38 million"),  # French: singular under 2
        ("en_GB", 85_000, 6, "0.085 million"),  # a count under 1 takes a decimal more
        ("en_GB", 612_345, 6, None),  # not exact in a few decimals: no such label
        ("en_GB", 2_430_000, 0, "2,430,000"),
        ("zh_CN", 70_000_000, 8, "0.7亿"),
        ("zh_CN", 8_000, 4, "0.8万"),
        ("ja_JP", 128_500_000, 4, "12850万"),
        ("ja_JP", 9_800, 4, None),  # Japanese writes no decimal of 万
        ("ko_KR", 68_400, 4, None),
        ("ko_KR", 68_400, 0, "68,400"),
    ],
)
def test_a_number_at_a_given_scale(locale: str, value: int, power: int, text: str | None) -> None:
    printed = Formatter(locale).number_at(value, power)
    assert (seen(printed) if printed else None) == text


@pytest.mark.parametrize(
    ("locale", "values", "scale"),
    [
        ("pl_PL", [380_000, 720_000, 1_150_000, 1_690_000, 2_430_000], 6),
        ("en_IE", [820_000, 1_050_000, 1_460_000], 6),
        ("pt_BR", [1_420_000_000, 980_000_000, 70_000_000], 6),  # never '0,07 bilhão'
        ("de_DE", [2_150_000_000, 75_000_000], 6),
        ("zh_CN", [100_000_000, 70_000_000], 8),
        ("zh_CN", [12_000, 8_000], 4),
        # Japanese and Korean count in 万 and 만 from 10⁴ whatever the range: one system already
        ("ja_JP", [125_000_000, 38_000_000], None),
        ("ko_KR", [214_000, 8_200], None),
        ("en_GB", [612_345, 2_430_000], None),  # no scale prints both exactly: the check names it
        ("en_GB", [1_200_000, 3_400_000], None),  # one scale already: as they are
        ("en_GB", [120, 3_400], None),
    ],
)
def test_a_charts_numbers_take_one_scale(locale: str, values: list[int], scale: int | None) -> None:
    fmt = Formatter(locale)
    chosen = one_scale(values, fmt)
    assert chosen.scale == scale
    printed = [chosen.number(v) for v in values]
    if scale is not None:
        assert len({_word(t) for t in printed}) == 1


def _word(text: str) -> str:
    """The scale word of a printed number ('mln' of '0,38 mln'), '' for digits alone."""
    return re.sub(r"[\d\s.,\u00a0\u202f]", "", text)


def test_the_charity_runs_charts_print_one_scale_each() -> None:
    charts = prepare(RUN).derived.charts
    assert [seen(b.text) for b in charts["piec_lat"].bars] == [
        "0,38 mln zł",
        "0,72 mln zł",
        "1,15 mln zł",
        "1,69 mln zł",
        "ponad 2,43 mln zł",  # its qualifier kept
    ]
    assert [seen(b.text) for b in charts["zrodla"].bars] == [
        "1,18 mln zł (49%)",
        "0,64 mln zł (26%)",
        "0,61 mln zł (25%)",
    ]


def test_the_charity_runs_documents_print_one_scale_on_each_chart(
    built_event: Callable[[Path], BuildResult],
) -> None:
    result = built_event(RUN)
    (deck,) = [f for f in result.files if f.suffix == ".pptx"]
    (briefing,) = [f for f in result.files if f.suffix == ".docx"]
    labels = [
        seen(point.data_label.text_frame.text)
        for slide in Presentation(str(deck)).slides
        for shape in slide.shapes
        if shape.has_chart
        for plot in shape.chart.plots
        for series in plot.series
        for point in (series.points[i] for i in range(len(series.values)))
        if point.data_label.has_text_frame and point.data_label.text_frame.text
    ]
    assert labels and all("mln zł" in label for label in labels)
    assert "0,38 mln zł" in labels
    with zipfile.ZipFile(briefing) as package:
        document = package.read("word/document.xml").decode("utf-8")
    alts = [seen(a) for a in re.findall(r'descr="([^"]*)"', document)]
    assert any("0,64 mln zł" in alt for alt in alts)  # the donut's legend, as its alt text says it
    assert not any("640 000 zł" in alt or "380 000 zł" in alt for alt in alts)
