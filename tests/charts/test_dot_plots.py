"""A logarithmic chart is a dot plot, never bars (issue 19, round 2): on a log axis a bar's length
starts from an arbitrary baseline and means nothing. Both documents draw dots on an axis ticked at
powers of ten, each value in words beside its dot, sorted unless ordered; the plan says so."""

from __future__ import annotations

import json
import math
from pathlib import Path

from matplotlib.collections import PathCollection
from matplotlib.patches import Rectangle
from pptx import Presentation

from reportgen.charts import chart_size
from reportgen.charts.draw import build_figure
from reportgen.charts.measure import collisions, crowded
from reportgen.charts.theme import DEFAULT_THEME
from reportgen.data.prepare import prepare
from reportgen.office.chart_check import chart_problems
from reportgen.office.ooxml import qn
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

GIPFEL = ROOT / "tests" / "events" / "languages" / "invest-gipfel-de.yaml"
WIDE = ROOT / "tests" / "events" / "wide-range.yaml"
VENUES = ROOT / "tests" / "events" / "eleven-figures-long-chart.yaml"


def test_the_pictures_of_log_charts_are_dots_on_powers_of_ten_with_every_value_in_words() -> None:
    for event, chart_id in ((GIPFEL, "runden"), (WIDE, "reach"), (VENUES, "venues")):
        data = prepare(event).derived.charts[chart_id]
        assert data.log_scale
        for width in (6.535, 7.4, 12.13):
            fig = build_figure(data, DEFAULT_THEME, chart_size(data, DEFAULT_THEME, width, None))
            fig.draw_without_rendering()
            ax = fig.axes[0]
            bars = [p for p in ax.patches if isinstance(p, Rectangle) and p.get_width() * p.get_height()]
            assert bars == [], "no bar on a logarithmic axis"
            (dots,) = [c for c in ax.collections if isinstance(c, PathCollection)]
            assert sorted(x for x, _ in dots.get_offsets()) == sorted(b.value for b in data.bars)
            assert ax.get_xscale() == "log"
            assert all(math.log10(t).is_integer() for t in ax.get_xticks())
            assert {b.text for b in data.bars} <= {t.get_text() for t in ax.texts}
            assert crowded(fig, None) == [] and collisions(fig) == [], (chart_id, width)
            # the rows: a sequence in its order (Seed, Serie A, ...), else sorted, largest on top
            rows = [t.get_text().replace("\n", " ") for t in ax.get_yticklabels()]
            assert rows == [b.label for b in data.bars]
    runden = prepare(GIPFEL).derived.charts["runden"]  # order: as_given
    assert [b.label for b in runden.bars] == ["Seed", "Serie A", "Serie B", "Wachstumsfinanzierung"]
    reach = [b.value for b in prepare(WIDE).derived.charts["reach"].bars]
    assert reach == sorted(reach, reverse=True)


def test_the_decks_log_chart_is_a_native_dot_plot_on_a_log_axis(tmp_path: Path) -> None:
    result = build(GIPFEL, Settings.simple(tmp_path, TEMPLATES))
    deck = Presentation(next(f for f in result.files if f.suffix == ".pptx"))
    frames = [s for slide in deck.slides for s in slide.shapes if s.has_chart]
    logs = [f for f in frames if f.chart._chartSpace.find(f".//{qn('c:logBase')}") is not None]
    assert len(logs) == 1
    space = logs[0].chart._chartSpace
    assert space.find(f".//{qn('c:barChart')}") is None
    scatter = space.find(f".//{qn('c:scatterChart')}")
    dots, names = scatter.findall(qn("c:ser"))
    assert dots.find(f"{qn('c:marker')}/{qn('c:symbol')}").get("val") == "circle"
    assert dots.find(f"{qn('c:spPr')}/{qn('a:ln')}/{qn('a:noFill')}") is not None  # no line
    texts = [t.text.replace("\u00a0", " ") for t in dots.iter(qn("a:t"))]
    # every value 'rund': said once, in the note under the chart (data/shared_qualifier.py)
    assert texts == ["800.000 Euro", "6,5 Millionen Euro", "24 Millionen Euro", "140 Millionen Euro"]
    said = [s.text_frame.text for slide in deck.slides for s in slide.shapes if s.has_text_frame]
    assert any("Alle Werte sind ungefähre Angaben." in t for t in said)
    assert [t.text for t in names.iter(qn("a:t"))] == ["Seed", "Serie A", "Serie B", "Wachstumsfinanzierung"]
    axis = next(a for a in space.iter(qn("c:valAx")) if a.find(f".//{qn('c:logBase')}") is not None)
    assert axis.find(f"{qn('c:scaling')}/{qn('c:min')}").get("val") == "100000.0"
    assert chart_problems(logs[0].chart, "slide", {}, frozenset(), (logs[0].width, logs[0].height)) == []


def test_the_plan_says_a_log_chart_is_a_dot_plot() -> None:
    from reportgen.data.plan_view import plan_data

    prepared = prepare(GIPFEL)
    plan = json.loads(json.dumps(plan_data(prepared.summary, prepared.derived)))
    (runden,) = [c for c in plan["charts"] if c["chart"] == "runden"]
    assert runden["kind"] == "dot" and runden["deck_kind"] == "dot"
    assert runden["kind_words"].startswith("Dot plot on a logarithmic scale")
    assert prepared.derived.charts["runden"].alt.startswith("Punktdiagramm mit logarithmischer Skala")


def test_a_dot_plot_takes_the_whole_width_of_its_slide() -> None:
    """Beside a panel of text, LibreOffice set a dot plot's powers of ten at a slant, over the
    axis's title (the science fair's 'Reach by channel'): a log chart gets its slide's width."""
    from reportgen.data.plan_view import plan_data
    from reportgen.data.prepare import prepare

    prepared = prepare(Path(__file__).resolve().parents[1] / "events" / "wide-range.yaml")
    data = prepared.derived.charts["reach"]
    assert data.log_scale and data.full_width
    pages = [p for s in prepared.derived.deck_sections for p in s.deck_pages if p.chart == "reach"]
    assert [(p.layout, p.points) for p in pages] == [("chart", ())]
    charts = plan_data(prepared.summary, prepared.derived)["charts"]
    assert any("a dot plot's axis of powers of ten" in str(c["why"]) for c in charts)
