"""The project file, init, inspect and schema."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from pptx import Presentation

from reportgen.cli import main

from .conftest import ROOT, TEMPLATES, WAIC

EXPO = ROOT / "data" / "examples" / "harbourside-expo-2025.yaml"


@pytest.fixture
def in_tmp(tmp_path: Path):
    before = Path.cwd()
    os.chdir(tmp_path)
    yield tmp_path
    os.chdir(before)


def invoke(*args: str):
    return CliRunner().invoke(main, list(args))


def test_init_makes_a_project_that_builds_as_it_is(in_tmp: Path) -> None:
    """people23 sets a short list as a list, its label then its names a line each (was one sentence)."""
    result = invoke("init", "my-expo")
    assert result.exit_code == 0, result.output
    for name in (
        "reportgen.yaml",
        "data/event.yaml",
        "data/event.schema.json",
        "templates/briefing.docx",
        "templates/deck.pptx",
        "output/.gitkeep",
    ):
        assert (in_tmp / "my-expo" / name).is_file(), name
    os.chdir(in_tmp / "my-expo")
    built = invoke("build")
    assert built.exit_code == 0, built.output
    assert "wrote output/sample-expo-deck.pptx" in built.output
    deck = Presentation("output/sample-expo-deck.pptx")
    # a section's name is its slide's title, or the kicker above a title that states its finding
    titles = [
        next((sh.text_frame.text for sh in s.shapes if sh.name == "Section name" and sh.text_frame.text), "")
        or (s.shapes.title.text if s.shapes.title is not None else "")
        for s in deck.slides
    ]
    # Deals only repeats its tile (its one figure is a key figure): no slide of its own, nor a bullet
    assert "Attendance" in titles and "Deals" not in titles
    # the halls' label kept (the title does not say it), its names a line each at a level under it
    paragraphs = deck.slides[titles.index("Attendance")].placeholders[1].text_frame.paragraphs
    assert [p.text for p in paragraphs[-4:]] == ["Halls:", "Hall A", "Hall B", "Hall C"]
    assert all(p.level > paragraphs[-4].level for p in paragraphs[-3:])
    glance = "\n".join(sh.text_frame.text for sh in deck.slides[1].shapes if sh.has_text_frame)
    assert "Intended deals" in glance and "EUR" in glance


def test_init_never_overwrites(in_tmp: Path) -> None:
    (in_tmp / "taken").mkdir()
    (in_tmp / "taken" / "notes.txt").write_text("mine")
    result = invoke("init", "taken")
    assert result.exit_code == 5
    assert "taken already exists and is not empty" in result.output
    assert (in_tmp / "taken" / "notes.txt").read_text() == "mine"


@pytest.mark.slow  # two builds
def test_project_charts_apply_where_the_event_has_the_figures(in_tmp: Path) -> None:
    (in_tmp / "reportgen.yaml").write_text(
        "output: built\n"
        "charts:\n"
        "  area:\n    title: Exhibition area\n    kind: bar\n    figures: [exhibition.area]\n"
        "  viewers:\n    title: Viewers\n    kind: bar\n    figures: [reach.online_viewers]\n",
        encoding="utf-8",
    )
    expo = invoke("build", str(EXPO), "--templates", str(TEMPLATES))
    assert expo.exit_code == 0, expo.output
    assert (
        "warning: Harbourside Expo 2025: left out chart 'viewers' uses unknown figure 'reach.online_viewers'"
        in expo.output
    )
    # the project's chart applies: of one value, it is printed as a sentence (no picture)
    assert "chart 'area' (kind: bar) is printed as a sentence" in expo.output
    assert not (in_tmp / "built" / "harbourside-expo-2025-chart-area.png").exists()
    assert not (in_tmp / "built" / "harbourside-expo-2025-chart-viewers.png").exists()
    waic = invoke("build", str(WAIC), "--templates", str(TEMPLATES))
    assert waic.exit_code == 0
    assert "chart 'viewers' (kind: bar) is printed as a sentence" in waic.output
    assert not (in_tmp / "built" / "waic-2022-chart-viewers.png").exists()
    assert "left out chart 'area'" in waic.output


def test_a_bad_project_file_is_a_data_error_with_its_place(in_tmp: Path) -> None:
    (in_tmp / "reportgen.yaml").write_text("output: out\nchart: {}\n", encoding="utf-8")
    result = invoke("build", str(WAIC))
    assert result.exit_code == 3
    assert (
        "reportgen.yaml:2:1: chart: unknown field 'chart'\n    hint: did you mean 'charts'?" in result.output
    )


def test_a_project_file_typo_is_answered_with_the_project_files_fields(in_tmp: Path) -> None:
    # the hints walk the model being read: they named the event file's fields here before
    (in_tmp / "reportgen.yaml").write_text("templats: t\nbogus: 1\n", encoding="utf-8")
    result = invoke("build", str(WAIC))
    assert result.exit_code == 3
    assert "reportgen.yaml:1:1: templats: unknown field 'templats'\n    hint: did you mean 'templates'?" in (
        result.output
    )
    assert (
        "reportgen.yaml:2:1: bogus: unknown field 'bogus'\n"
        "    hint: known fields here: author, chart_style, charts, company, languages, output, plan,"
        " templates"
    ) in result.output


def test_schema_is_json_schema_of_the_event_file() -> None:
    result = invoke("schema")
    schema = json.loads(result.output)
    assert schema["title"] == "reportgen event summary"
    assert set(schema["required"]) == {"event", "sources", "sections"}
    figure = schema["$defs"]["Figure"]["properties"]
    assert {"value", "qualifier", "unit", "currency", "as_of", "quote", "breakdown", "conversions"} <= set(
        figure
    )


def test_inspect_lists_tags_slots_loops_and_nothing_missing_for_waic() -> None:
    result = invoke("inspect", str(TEMPLATES / "deck.pptx"), "--data", str(WAIC))
    assert result.exit_code == 0, result.output
    assert "slide 1, shape 'Event name': {{ event.name }}" in result.output
    assert "slide 12, shape 'Chart slot': {{ chart(page.chart) }}" in result.output
    assert "slide 12, shape 'Slide directives': {%slides for s in deck_sections %}" in result.output
    assert "does not provide (0):\n  none\nerrors build would report with" in result.output
    assert "would report with data/waic2022.yaml (0):\n  none\nslides for" in result.output


def test_inspect_names_what_another_event_lacks(tmp_path: Path) -> None:
    template = tmp_path / "deck.pptx"
    shutil.copy(TEMPLATES / "deck.pptx", template)
    prs = Presentation(str(template))
    name = next(shape for shape in prs.slides[0].shapes if shape.name == "Event name")
    name.text_frame.text = "{{ sections.reach.title }} {{ figure('reach.online_viewers').text }}"
    prs.save(str(template))
    result = invoke("inspect", str(template), "--data", str(EXPO))
    assert result.exit_code == 4
    assert "  figure('reach.online_viewers')\n  sections.reach" in result.output


def test_inspect_briefing_lists_paragraphs() -> None:
    result = invoke("inspect", str(TEMPLATES / "briefing.docx"), "--data", str(WAIC))
    assert result.exit_code == 0, result.output
    assert "header1, paragraph 1: {{ event.short_name }}" in result.output
    assert "{{ chart(cid, 16.6) }}" in result.output


@pytest.mark.slow  # three builds
@pytest.mark.parametrize("tag", ["{%tc for x in [1] %}", "{%r if true %}", "{{ event. "])
def test_inspect_and_build_agree_on_statements_the_deck_engine_refuses(tmp_path: Path, tag: str) -> None:
    """Regression: inspect accepted {%tc %} and {%r %} in a deck, which build refuses."""
    folder = tmp_path / "templates"
    folder.mkdir()
    prs = Presentation(str(TEMPLATES / "deck.pptx"))
    next(shape for shape in prs.slides[0].shapes if shape.name == "Event name").text_frame.text = tag
    prs.save(str(folder / "deck.pptx"))
    built = invoke("build", str(WAIC), "--templates", str(folder), "--out", str(tmp_path / "out"))
    inspected = invoke("inspect", str(folder / "deck.pptx"), "--data", str(WAIC))
    assert built.exit_code == inspected.exit_code == 4, (built.output, inspected.output)
