"""One scale per chart only where every number counts one or more of its word (reviews RR1, UU1 C,
UU4 H): a chart whose numbers would count a fraction of the largest's word prints each at its own
scale ('$550 million' beside '$1.1 billion', 'about €820,000', '7000万' beside '1亿', '380 000 zł'
beside '1,15 mln zł'), in every language; never '$0.55 billion', which no office writes."""

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
    ("locale", "values", "printed"),
    [
        # the developer summit's legend (UU1 C): never '$0.55 billion' beside '$1.1 billion'
        ("en_US", [1_100_000_000, 550_000_000, 400_000_000], ["1.1 billion", "550 million", "400 million"]),
        ("en_IE", [820_000, 1_050_000, 1_460_000], ["820,000", "1.05 million", "1.46 million"]),
        ("pl_PL", [380_000, 1_150_000, 2_430_000], ["380 000", "1,15 mln", "2,43 mln"]),
        ("pt_BR", [1_420_000_000, 70_000_000], ["1,42 bilhão", "70 milhões"]),
        ("de_DE", [2_150_000_000, 75_000_000], ["2,15 Milliarden", "75 Millionen"]),
        ("zh_CN", [100_000_000, 70_000_000], ["1亿", "7000万"]),
        ("zh_CN", [12_000, 8_000], ["1.2万", "8,000"]),
        ("ko_KR", [214_000, 8_200], ["21만 4000", "8,200"]),  # one system: 만 from 10⁴
        ("en_GB", [1_200_000, 3_400_000], ["1.2 million", "3.4 million"]),  # one scale already
        ("en_GB", [612_345, 2_430_000], ["612,345", "2.43 million"]),
    ],
)
def test_a_charts_numbers_print_whole_in_their_words(
    locale: str, values: list[int], printed: list[str]
) -> None:
    chosen = one_scale(values, Formatter(locale))
    texts = [seen(chosen.number(v)) for v in values]
    assert texts == printed
    assert not any(re.match(r"0[.,]\d", t) for t in texts)


def _word(text: str) -> str:
    """The scale word of a printed number ('mln' of '0,38 mln'), '' for digits alone."""
    return re.sub(r"[\d\s.,\u00a0\u202f]", "", text)


def test_the_charity_runs_charts_print_each_number_whole() -> None:
    charts = prepare(RUN).derived.charts
    assert [seen(b.text) for b in charts["piec_lat"].bars] == [
        "380 000 zł",
        "720 000 zł",
        "1,15 mln zł",
        "1,69 mln zł",
        "ponad 2,43 mln zł",  # its qualifier kept
    ]
    assert [seen(b.text) for b in charts["zrodla"].bars] == [
        "1,18 mln zł (49%)",
        "640 000 zł (26%)",
        "610 000 zł (25%)",
    ]


#: Events whose charts span scales, in four languages (UU1 C, UU4 H, RR1).
SPANNING = (
    RUN,
    EVENTS / "limerick-half-marathon-en-ie.yaml",
    EVENTS / "cobalt-devsummit-en-us.yaml",
    EVENTS / "tushu-bolanhui-zh-cn.yaml",
)


@pytest.mark.parametrize("event", SPANNING, ids=lambda p: p.stem)
def test_no_chart_label_counts_a_fraction_of_its_word(
    event: Path, built_event: Callable[[Path], BuildResult]
) -> None:
    result = built_event(event)
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
    with zipfile.ZipFile(briefing) as package:
        document = package.read("word/document.xml").decode("utf-8")
    alts = [seen(a) for a in re.findall(r'descr="([^"]*)"', document)]
    fractions = [t for t in labels + alts if FRACTION.search(t)]
    assert not fractions, fractions
    assert not [w for w in result.warnings if "fraction of a scale word" in w]


#: A count under one of a scale word: '0,38 mln', '$0.55 billion', '0.7亿'.
FRACTION = re.compile(
    r"(?<![\d.,])0[.,]\d+\s?(?:mln|mld|million|billion|Million|Milliard|milh|bilh|亿|万|억|만)"
)
