"""A series of years that leaves a year out shows the gap: an empty slot named by the missing year,
in the deck's native chart and the briefing's picture, and the alt text says the year has no
figure (review Z: the game showcase's trend set 2019 beside 2021, as if 2020, cancelled, were
not a year)."""

from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner
from pptx import Presentation

from reportgen.charts.draw import build_figure
from reportgen.charts.theme import DEFAULT_THEME
from reportgen.cli import main
from reportgen.data.chart_data import ChartBar
from reportgen.data.chart_gaps import with_gaps
from reportgen.data.prepare import prepare
from reportgen.office.ooxml import qn
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

SHOWCASE = ROOT / "tests" / "data" / "review_events" / "game-showcase-online-ja-jp.yaml"
WINE = ROOT / "tests" / "data" / "review_events" / "feria-vino-ribera-2026.yaml"


def _bars(*labels: str) -> tuple[ChartBar, ...]:
    return tuple(ChartBar(label, float(i + 1), str(i + 1), "exact") for i, label in enumerate(labels))


def test_a_missing_year_is_an_empty_slot_named_by_its_year() -> None:
    chart = prepare(SHOWCASE).derived.charts["suii"]
    assert [b.label for b in chart.bars] == ["2019年", "2020年", "2021年", "2022年", "2023年", "2024年"]
    gap = chart.bars[1]
    assert gap.missing and gap.text == "" and not any(b.missing for b in chart.bars if b is not gap)
    assert "2020年：データなし" in chart.alt
    assert chart.kind == "bar" and chart.kept_order == "years"


def test_only_a_step_the_series_skips_is_a_gap() -> None:
    biennial = _bars("2016", "2018", "2020", "2022")
    assert with_gaps(biennial, "years") == biennial  # every other year, always: no gap
    skipped = with_gaps(_bars("2016", "2018", "2022"), "years")
    assert [b.label for b in skipped] == ["2016", "2018", "2020", "2022"]
    falling = with_gaps(_bars("FY 2024", "FY 2023", "FY 2021"), "years")
    assert [b.label for b in falling] == ["FY 2024", "FY 2023", "FY 2022", "FY 2021"]
    # a long run of missing years is one slot, named by its first and last
    long = with_gaps(_bars("2010", "2011", "2019", "2020"), "years")
    assert [b.label for b in long] == ["2010", "2011", "2012–2018", "2019", "2020"]
    assert with_gaps(_bars("Day 1", "Day 3", "Day 4"), "numbered") == _bars("Day 1", "Day 3", "Day 4")
    names = _bars("Kenya", "Japan", "Korea")
    assert with_gaps(names, "") == names


def test_the_decks_native_chart_and_the_briefings_picture_show_the_empty_year(tmp_path: Path) -> None:
    result = build(SHOWCASE, Settings.simple(tmp_path, TEMPLATES))
    (deck,) = [f for f in result.files if f.suffix == ".pptx"]
    frames = [s for slide in Presentation(str(deck)).slides for s in slide.shapes if s.has_chart]
    (trend,) = [f for f in frames if f.chart.has_title and "推移" in f.chart.chart_title.text_frame.text]
    categories = list(trend.chart.plots[0].categories)
    assert categories[:3] == ["2019年", "2020年", "2021年"]
    values = trend.chart.plots[0].series[0]._element.find(qn("c:val"))
    points = {pt.get("idx") for pt in values.iter(qn("c:pt"))}
    assert "1" not in points and {"0", "2", "3", "4", "5"} <= points  # no bar, not even one of 0
    figure = build_figure(prepare(SHOWCASE).derived.charts["suii"], DEFAULT_THEME, (6.5, 3.2))
    assert [t.get_text() for t in figure.axes[0].get_xticklabels()][:3] == ["2019年", "2020年", "2021年"]


def test_the_plan_says_which_years_are_empty_slots() -> None:
    result = CliRunner().invoke(main, ["inspect", "--plan", str(SHOWCASE)])
    assert result.exit_code == 0, result.output
    assert "the categories are years; an empty slot for each year left out (2020年)" in result.output


def test_a_grouped_series_of_years_keeps_each_part_under_its_year(tmp_path: Path) -> None:
    """The wine fair's visitors by kind, its last edition moved to 2027: each part under its year,
    an empty slot for 2026 in the native chart, and the alt text says it has no figure."""
    text = WINE.read_text(encoding="utf-8").replace("label: Visitantes en 2026", "label: Visitantes en 2027")
    event = tmp_path / WINE.name
    event.write_text(text, encoding="utf-8")
    shutil.copy(WINE.parent / "fevin-logo.png", tmp_path)
    chart = prepare(event).derived.charts["visitantes"]
    assert [b.label for b in chart.bars] == ["2024", "2025", "2026", "2027"] and chart.bars[2].missing
    assert [s.values for s in chart.series] == [
        (6200.0, 8700.0, 0.0, 11900.0),
        (15200.0, 16200.0, 0.0, 15400.0),
    ]
    assert "2026: sin datos" in chart.alt
    result = build(event, Settings.simple(tmp_path / "out", TEMPLATES))
    (deck,) = [f for f in result.files if f.suffix == ".pptx"]
    frames = [s for slide in Presentation(str(deck)).slides for s in slide.shapes if s.has_chart]
    (frame,) = [f for f in frames if list(f.chart.plots[0].categories) == ["2024", "2025", "2026", "2027"]]
    for series in frame.chart.plots[0].series:
        assert {pt.get("idx") for pt in series._element.find(qn("c:val")).iter(qn("c:pt"))} == {"0", "1", "3"}
