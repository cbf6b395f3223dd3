"""A trend is a trend even where its newest label has no year (review CC): the sv festival's key
figure 'Besökare under tre dagar' ends the series '2022' … '2025' of the 2026 edition, so its
category is the event's year, '2026', and the series stays columns in year order in both
documents, as the file asks (`kind: bar`); where the event's year does not continue the series,
the plan cannot tell the figure's year and `validate` says which label to write."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from pptx import Presentation
from pptx.enum.chart import XL_CHART_TYPE

from reportgen.cli import main
from reportgen.data import chart_order
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES, seen

FESTIVAL = ROOT / "tests" / "data" / "review_events" / "fyrskeppet-karlskrona-sv-se.yaml"
YEARS = ["2022", "2023", "2024", "2025", "2026"]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    result = build(FESTIVAL, Settings.simple(tmp_path_factory.mktemp("sv") / "out", TEMPLATES))
    assert result.warnings == []
    deck = next(f for f in result.files if f.name.endswith("-deck.pptx"))
    briefing = next(f for f in result.files if f.name.endswith("-briefing.docx"))
    return deck, briefing


def test_the_current_edition_is_the_event_s_year_on_the_deck(built: tuple[Path, Path]) -> None:
    deck, _ = built
    charts = [s.chart for slide in Presentation(str(deck)).slides for s in slide.shapes if s.has_chart]
    (trend,) = [c for c in charts if "2022" in [str(x) for x in c.plots[0].categories]]
    assert [str(c) for c in trend.plots[0].categories] == YEARS
    assert trend.chart_type == XL_CHART_TYPE.COLUMN_CLUSTERED  # the file's `kind: bar`, kept


def test_the_briefing_s_picture_names_the_years_in_order(built: tuple[Path, Path]) -> None:
    _, briefing = built
    xml = zipfile.ZipFile(briefing).read("word/document.xml").decode()
    (alt,) = [seen(a) for a in re.findall(r'descr="([^"]*)"', xml) if "2022" in a]
    places = [alt.find(f"{year}:") for year in YEARS]
    assert -1 not in places and places == sorted(places), alt
    assert "Besökare under tre dagar:" not in alt


def test_the_plan_says_the_categories_are_years() -> None:
    result = CliRunner().invoke(main, ["inspect", "--plan", str(FESTIVAL)])
    assert result.exit_code == 0, result.output
    trend = result.output[result.output.find("'publikutveckling' Besökare") :].splitlines()
    assert trend[0].endswith("bar chart, in briefing and deck"), trend[:2]
    assert trend[1].strip() == "why: kept in the data's order: the categories are years", trend[:2]


@pytest.mark.parametrize(
    ("labels", "year", "read"),
    [
        (["2022", "2023", "2024", "2025", "Besökare under tre dagar"], 2026, "2026"),
        (["2022年", "2023年", "2024年", "来場者数"], 2025, "2025年"),
        (["2021년", "2022년", "2023년", "관람객 수"], 2024, "2024년"),
        (["Besucher an 3 Tagen", "2025", "2024", "2023"], 2026, "2026"),  # falling, the key first
        (["2019", "2020", "2021", "Visitors"], 2026, "2026"),  # the years between: a gap slot
    ],
)
def test_a_key_figure_that_names_no_year_takes_the_event_s(labels: list[str], year: int, read: str) -> None:
    key = [not label[:1].isdigit() for label in labels]  # the one that names no year is the key figure
    cut = chart_order.as_their_kind(labels, key, year)
    assert read in cut and chart_order.ordering(cut).kept, cut
    assert chart_order.untold_year(labels, key, year) is None


@pytest.mark.parametrize(
    ("labels", "key", "year"),
    [
        (["2022", "2023", "2024", "Visitors"], [False] * 4, 2025),  # no key figure: no edition
        (["2022", "2023", "2024", "2025", "Visitors", "Exhibitors"], [False] * 4 + [True] * 2, 2026),
        (["2022", "Visitors", "2024", "2025"], [False, True, False, False], 2026),  # not at an end
        (["Hall 1", "Hall 2", "Hall 3", "Visitors"], [False] * 3 + [True], 2026),  # no years
        (["2022", "2023", "2024", "Visitors since 2019"], [False] * 3 + [True], 2026),  # its own year
    ],
)
def test_other_series_keep_their_labels(labels: list[str], key: list[bool], year: int) -> None:
    assert list(chart_order.as_their_kind(labels, key, year)) == labels


def test_validate_says_which_label_to_write_where_the_plan_cannot_tell(tmp_path: Path) -> None:
    text = FESTIVAL.read_text(encoding="utf-8").replace("  year: 2026\n", "  year: 2024\n", 1)
    event = tmp_path / "event.yaml"
    event.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(event)])
    said = " ".join(result.output.split())
    assert "sections.publik.figures.besokare" in said, said
    assert "label: Besökare under tre dagar 2026" in said, said
    assert chart_order.untold_year([*YEARS[:4], "Besökare"], [False] * 4 + [True], 2024) == (4, 2026)


def test_validate_is_silent_where_the_event_s_year_continues_the_series() -> None:
    result = CliRunner().invoke(main, ["validate", str(FESTIVAL)])
    assert "names no year" not in result.output, result.output
