"""Donut legends (issue 19, round 2): a legend never runs into the title or the ring, and no entry
breaks inside a number's phrase ('人民\n币' is what reviewers saw in the Chinese festival's deck).
Measured on the real picture's laid-out boxes and on the deck's chart XML."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest
from matplotlib.transforms import Bbox
from pptx import Presentation

from reportgen.charts import chart_size
from reportgen.charts.draw import build_figure
from reportgen.charts.measure import collisions
from reportgen.charts.theme import DEFAULT_THEME
from reportgen.data.chart_data import ChartBar, ChartData
from reportgen.data.chart_lines import pieces, wrap_em
from reportgen.office.chart_check import chart_problems
from reportgen.office.ooxml import qn
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

ZH = ["餐饮", "住宿", "文创商品", "交通", "门票与演出", "其他", "非遗展演与手工艺体验", "夜间市集"]
EN = [
    "Food and drink",
    "Accommodation",
    "Creative goods and souvenirs of the canal",
    "Transport",
    "Tickets and performances",
    "Other",
    "Intangible heritage workshops",
    "Night markets",
]
PHRASES = ("亿元人民币", "RMB\u00a01.")


def _donut(language: str, parts: int) -> ChartData:
    labels, text = (
        (ZH, "{v}亿元人民币（约{p}%）")
        if language == "zh"
        else (EN, "RMB\u00a01.{v}\u00a0billion (about {p}%)")
    )
    bars = tuple(ChartBar(labels[i], 10 - i, text.format(v=10 - i, p=10 + i), "exact") for i in range(parts))
    title = (
        "文旅综合收入构成：近48亿元人民币的详细分类统计"
        if language == "zh"
        else "Where the festival's income came from, by kind of spending"
    )
    total = "近48亿元人民币" if language == "zh" else "about RMB\u00a04.8\u00a0billion"
    return ChartData("income", title, "donut", bars, False, "", "", total_text=total)


@pytest.mark.parametrize("width", range(4, 30))
def test_a_line_never_breaks_inside_a_numbers_phrase(width: int) -> None:
    for entry in ("门票与演出：5.3亿元人民币（约11%）", "其他：4.1 亿元人民币（约 9%）", "近48亿元人民币"):
        lines = wrap_em(entry, width)
        assert any("亿元人民币" in line for line in lines), lines
        assert not any(line.startswith(("）", "：", "%")) for line in lines), lines
    # the value with its bracket: never a break before the bracket (review BB: '：34\n（34%）')
    assert "5.3亿元人民币（约11%）" in pieces("门票与演出：5.3亿元人民币（约11%）")
    assert pieces("餐饮")[0] == "餐"  # Chinese without a number breaks between characters


@pytest.mark.parametrize("language", ["zh", "en"])
@pytest.mark.parametrize("parts", range(2, 9))
def test_a_donut_pictures_title_legend_and_ring_never_touch(language: str, parts: int) -> None:
    data = _donut(language, parts)
    # a half-width panel, the briefing, a whole slide, and two fixed slots
    for width, height in ((3.2, None), (6.535, None), (12.13, None), (6.0, 3.4), (3.6, 3.0)):
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # "constrained_layout not applied": a layout that gave up
            fig = build_figure(data, DEFAULT_THEME, chart_size(data, DEFAULT_THEME, width, height))
            fig.draw_without_rendering()
        assert collisions(fig) == [], (width, height)
        shown = [t.get_text() for legend in fig.legends for t in legend.get_texts()]
        assert len(shown) == parts
        for text in shown:
            assert any(p in line for line in text.split("\n") for p in PHRASES), text
        assert len({w.get_facecolor() for w in fig.axes[0].patches}) == parts  # no two parts alike
        renderer = fig.canvas.get_renderer()
        ring = Bbox.union([p.get_window_extent(renderer) for p in fig.axes[0].patches])
        totals = [t for t in fig.axes[0].texts if t.get_text()]
        for total in totals:  # in the hole where it fits, else in the title
            assert total.get_window_extent(renderer).width < ring.width * (1 - 0.38), (width, height)
        if not totals:
            assert "".join(data.total_text.split()) in "".join(fig.get_suptitle().split()), (width, height)


def test_the_chinese_festivals_deck_donut_keeps_its_currency_whole_under_its_title(tmp_path: Path) -> None:
    event = ROOT / "tests" / "events" / "languages" / "wenhua-jie-zh.yaml"
    result = build(event, Settings.simple(tmp_path, TEMPLATES))
    deck = Presentation(next(f for f in result.files if f.suffix == ".pptx"))
    frames = [s for slide in deck.slides for s in slide.shapes if s.has_chart and s.chart.chart_type == -4120]
    assert frames, "the festival's income breakdown is a native donut"
    for frame in frames:
        space = frame.chart._chartSpace
        entries = [v.text for v in space.iterfind(f".//{qn('c:cat')}//{qn('c:pt')}/{qn('c:v')}")]
        for entry in entries:  # every line the legend shows is one the text allows
            assert any("亿元" in line for line in entry.split("\n")), entry  # the mainland's yuan: 元
        layout = space.find(f".//{qn('c:legend')}/{qn('c:layout')}/{qn('c:manualLayout')}")
        assert layout is not None and float(layout.find(qn("c:y")).get("val")) > 0.1
        assert chart_problems(frame.chart, "slide", {}, frozenset(), (frame.width, frame.height)) == []


def test_the_check_finds_a_donut_legend_the_renderer_would_break_or_set_over_the_title() -> None:
    from pptx.chart.data import CategoryChartData
    from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION
    from pptx.util import Inches, Pt

    deck = Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[6])
    data = CategoryChartData()
    data.categories = [f"{name}：{v}亿元人民币（约{v}%）" for v, name in enumerate(ZH[:6], start=10)]
    data.add_series("x", [6, 5, 4, 3, 2, 1])
    frame = slide.shapes.add_chart(XL_CHART_TYPE.DOUGHNUT, 0, 0, Inches(7.5), Inches(5), data)
    chart = frame.chart
    chart.font.size = Pt(16)
    chart.has_title, chart.has_legend = True, True
    chart.chart_title.text_frame.text = "文旅综合收入构成：近48亿元人民币"
    chart.legend.position = XL_LEGEND_POSITION.RIGHT
    problems = chart_problems(chart, "slide 4", {}, frozenset(), (frame.width, frame.height))
    assert problems[0].startswith(
        "slide 4: the donut's legend entry '餐饮：10亿元人民币（约10%）' is wider than its legend"
    )
    assert "runs into the chart's title" in problems[1]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Where the money came from: nearly £250,000", "nearly\u00a0£250,000"),  # review M
        ("Online sponsorship: about £171,000 (68.4%)", "about\u00a0£171,000"),
        ("Investitionen: mehr als 3,8 Milliarden", "mehr\u00a0als\u00a03,8"),
        ("Chiffre d'affaires : près de 15 milliards", "près\u00a0de\u00a015"),
        ("観客：約 2万人", "約\u00a02万人"),
    ],
)
def test_a_qualifier_stays_with_its_number_in_a_charts_lines(text: str, kept: str) -> None:
    assert any(kept in piece for piece in pieces(text))  # with its bracket after it, if any
    assert all(kept in line for line in wrap_em(text, 6) if kept.split("\u00a0")[0] in line)


def test_a_word_that_is_no_qualifier_before_a_word_still_breaks() -> None:
    assert pieces("Visitors came from about the world") == [
        "Visitors",
        " came",
        " from",
        " about",
        " the",
        " world",
    ]


def test_the_charts_qualifier_words_are_the_languages() -> None:
    """chart_lines lists them (the drawing helper imports no data model); phrases.py says them."""
    from reportgen.data.chart_lines import QUALIFIERS_BEFORE
    from reportgen.data.phrases import PHRASES

    said = {
        before.strip()
        for words in PHRASES.values()
        for before, _, _ in (pattern.partition("{}") for pattern in words.qualifiers.values())
        if before.strip()
    }
    assert set(QUALIFIERS_BEFORE) == said


def test_a_french_donuts_legend_sets_the_french_colon(tmp_path: Path) -> None:
    """'Série B et au-delà: environ 775 millions' in the deck's native donut and the briefing's
    picture, where the alt text wrote 'Série B et au-delà : …' (review P)."""
    event = ROOT / "tests" / "data" / "review_events" / "sommet-startups-bordeaux-fr.yaml"
    result = build(event, Settings.simple(tmp_path, TEMPLATES))
    deck = Presentation(str(next(f for f in result.files if f.suffix == ".pptx")))
    charts = [s.chart for slide in deck.slides for s in slide.shapes if getattr(s, "has_chart", False)]
    (donut,) = [c for c in charts if "DOUGHNUT" in str(c.chart_type)]
    names = list(donut.plots[0].categories)
    assert names[1].startswith("Série A\u00a0: 310"), names
    # a long name may break after its colon, never before it ('Série B et au-delà :' / 'environ …')
    flat = [name.replace("\u00a0:\n", "\u00a0: ") for name in names]
    assert all("\u00a0: " in name and ": " not in name.replace("\u00a0: ", "") for name in flat), names
