"""Category names measured, never slanted or dropped (issue 19 item 6): in ems of their type (a
Chinese character a full em), against the columns or rows of the chart's box; the document check
warns where a native chart's names would be slanted, wider than their column or dropped; and in
LibreOffice's PDF of real decks (Chinese, German, twelve long English names) every name prints."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.enum.chart import XL_CHART_TYPE
from pptx.util import Inches, Pt
from pypdf import PdfReader

from reportgen.charts import chart_size
from reportgen.charts.draw import build_figure
from reportgen.charts.measure import collisions, crowded
from reportgen.charts.theme import DEFAULT_THEME
from reportgen.data.chart_shape import NO_FIT, shape, text_em, wrapped_lines
from reportgen.data.prepare import prepare
from reportgen.office.chart_check import chart_problems
from reportgen.office.ooxml import qn
from reportgen.office.quality import check_deck
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES, WAIC_ZH, libreoffice_pdfs

EVENTS = ROOT / "tests" / "events"
ZH_NAMES = ["签约项目总投资", "信贷创新支持工具（发布）", "新赛道子基金（启动募集）"]


def test_names_are_measured_in_ems_a_chinese_character_a_full_em() -> None:
    assert text_em("信贷创新支持工具（发布）") == 12.0  # twelve characters, as wide as 20 Latin letters
    assert 3.0 < text_em("Europe") < 4.0
    assert wrapped_lines("Total investment of the signed projects", 13) == 2
    assert wrapped_lines("信贷创新支持工具（发布）", 8) == NO_FIT  # no space to break at: it cannot fit
    # twelve characters: few by count (the old rule allowed 14), too wide for a column by measure
    assert shape("bar", ZH_NAMES, [150, 100, 10], False, "auto", 3).kind == "hbar"
    assert shape("bar", ["Europe", "Africa", "Asia"], [3, 2, 1], False, "auto", 3).kind == "bar"


def test_the_chinese_waic_capital_chart_reads_across_in_both_documents() -> None:
    data = prepare(WAIC_ZH).derived.charts["capital"]
    assert data.kind == "hbar" and [b.label for b in data.bars] == ZH_NAMES


@pytest.mark.parametrize(
    "event",
    [WAIC_ZH, *sorted((EVENTS / "languages").glob("*.yaml")), *sorted(EVENTS.glob("*.yaml"))],
    ids=lambda p: p.stem,
)
def test_no_picture_label_of_chinese_german_french_japanese_charts_is_crowded_or_slanted(event: Path) -> None:
    """Every corpus chart at three widths: no label crowded, and (measured on the laid-out
    figure) no title, legend and plot touching each other or leaving the picture."""
    for chart_id, data in prepare(event).derived.charts.items():
        narrow = (3.2, 3.6) if data.kind == "donut" else ()  # a donut also in a half-width panel
        for width in (*narrow, 6.535, 7.4, 12.13):  # the briefing's width, a half and a whole slide
            fig = build_figure(data, DEFAULT_THEME, chart_size(data, DEFAULT_THEME, width, None))
            categories = None if data.kind == "donut" else len(data.bars)
            assert crowded(fig, categories) == [], (chart_id, width)
            assert collisions(fig) == [], (chart_id, width)


def _chart(kind: XL_CHART_TYPE, names: list[str], width: float, height: float, size: int = 16):
    data = CategoryChartData()
    data.categories = names
    data.add_series("s", list(range(len(names), 0, -1)))
    slide = Presentation().slides.add_slide(Presentation().slide_layouts[6])
    frame = slide.shapes.add_chart(kind, 0, 0, Inches(width), Inches(height), data)
    frame.chart.category_axis.tick_labels.font.size = Pt(size)
    return frame.chart, (Inches(width), Inches(height))


def test_the_check_warns_on_names_wider_than_their_column() -> None:
    chart, box = _chart(XL_CHART_TYPE.COLUMN_CLUSTERED, ZH_NAMES, 7.4, 4.35)
    (warning,) = chart_problems(chart, "deck: slide 4, chart 'x'", {}, frozenset(), box)
    assert warning.startswith("deck: slide 4, chart 'x': a category name is wider than its column (")
    assert warning.endswith(
        "at 16 pt), so it would be slanted or dropped; make it a horizontal bar chart (kind: hbar) "
        "or shorten the names"
    )
    wide, box = _chart(XL_CHART_TYPE.COLUMN_CLUSTERED, ["Europe", "Africa", "Asia"], 7.4, 4.35)
    assert chart_problems(wide, "here", {}, frozenset(), box) == []


def test_the_check_warns_on_names_set_at_an_angle() -> None:
    chart, box = _chart(XL_CHART_TYPE.COLUMN_CLUSTERED, ["A", "B", "C"], 7.4, 4.35)
    chart.category_axis.tick_labels.font.size = Pt(12)
    body = chart.category_axis._element.find(qn("c:txPr")).find(qn("a:bodyPr"))
    body.set("rot", "-2700000")
    assert chart_problems(chart, "here", {}, frozenset(), box) == [
        "here: its category names are set at an angle (-45°), hard to read; let them read across: "
        "horizontal bars (kind: hbar), never slanted names"
    ]


def test_the_check_warns_on_names_that_would_be_dropped() -> None:
    venues = prepare(EVENTS / "eleven-figures-long-chart.yaml").derived.charts["venues"]
    names = [b.label for b in venues.bars]
    chart, box = _chart(XL_CHART_TYPE.BAR_CLUSTERED, names, 12.13, 3.0, size=16)
    (warning,) = chart_problems(chart, "here", {}, frozenset(), box)
    assert warning.startswith("here: 12 category names at 16 pt do not fit their rows (")
    assert warning.endswith(
        "pt each), so every other one would be dropped; chart fewer categories (in the event file, fold "
        "the smallest parts of its breakdown into one, or leave some figures out of the chart)"
    )


@pytest.mark.slow
@pytest.mark.libreoffice
def test_libreoffice_prints_every_category_name_of_real_decks(soffice: str, tmp_path: Path) -> None:
    """Built decks of a Chinese, a German and a twelve-venue event: the document check finds no
    chart problem, and each chart's slide in LibreOffice's PDF carries every category name (it
    dropped every other one of the twelve venues, and slanted the Chinese names)."""
    decks = []
    for event in (WAIC_ZH, EVENTS / "buchmesse-de.yaml", EVENTS / "eleven-figures-long-chart.yaml"):
        result = build(event, Settings.simple(tmp_path / event.stem, TEMPLATES))
        (deck,) = [f for f in result.files if f.suffix == ".pptx"]
        assert [w for w in check_deck(deck, "deck") if ", chart '" in w] == []
        decks.append(deck)
    (tmp_path / "pdf").mkdir()
    pdfs = libreoffice_pdfs(soffice, decks, tmp_path / "pdf")
    checked = 0
    for deck, pdf in zip(decks, pdfs, strict=True):
        pages = PdfReader(str(pdf)).pages
        for number, slide in enumerate(Presentation(str(deck)).slides):
            for frame in (s for s in slide.shapes if s.has_chart):
                text = "".join((pages[number].extract_text() or "").split())
                plot = frame.chart.plots[0]
                names = list(plot.categories) or [  # a dot plot (XY): its names are its second series' labels
                    p.data_label.text_frame.text for p in plot.series[1].points
                ]
                for name in names:
                    assert "".join(name.split()) in text, (deck.name, number + 1, name)
                    checked += 1
    assert checked >= 12 + 5 + 3
