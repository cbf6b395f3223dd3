"""`reportgen inspect --plan`: the editorial plan in words and as JSON, and what it says is what
the build makes (issue 19: "a user can see the plan")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from pptx import Presentation

from reportgen.cli import main
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from .conftest import INVISIBLE, ROOT, TEMPLATES, WAIC, seen

MARATHON = ROOT / "tests" / "events" / "city-marathon.yaml"


def _plan(event: Path) -> dict:
    result = CliRunner().invoke(main, ["inspect", "--plan", "--json", str(event)])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


@pytest.mark.parametrize("event", [WAIC, MARATHON, ROOT / "tests" / "events" / "twelve-figures.yaml"])
def test_the_plans_slides_are_the_built_decks(event: Path, tmp_path: Path) -> None:
    plan = _plan(event)
    result = build(event, Settings.simple(tmp_path / "out", TEMPLATES))
    deck = Presentation(str(next(f for f in result.files if f.suffix == ".pptx")))
    slides = plan["deck"]["slides"]
    assert len(slides) == len(deck.slides)
    for slide, built in zip(slides, deck.slides, strict=True):
        if slide["kind"] == "section":
            title = built.shapes.title.text_frame.text  # or the kicker, where the title is its finding
            kicker = [s.text_frame.text for s in built.shapes if s.name == "Section name"]
            # or its chart's title, where that says it and the kicker gave way (review GG)
            charts = [
                s.chart.chart_title.text_frame.text
                for s in built.shapes
                if getattr(s, "has_chart", False) and s.has_chart and s.chart.has_title
            ]
            named = kicker == [slide["title"]] or (not kicker and slide["title"] in charts)
            assert title.startswith(slide["title"]) or named, (slide, title)
            assert bool(slide.get("chart")) == any(getattr(s, "has_chart", False) for s in built.shapes)


def test_the_plan_in_words_says_where_each_figure_and_section_goes() -> None:
    result = CliRunner().invoke(main, ["inspect", "--plan", str(MARATHON)])
    assert result.exit_code == 0, result.output
    text = result.output
    assert "Deck (4 slides)" in text
    assert (
        "  slide 2: at a glance, 4 tiles: Starters, Finishers, Raised for charity, "
        "Spectators along the course" in text
    )
    assert "  slide 3: Finishers by race: chart 'races'" in text
    assert "  'Winners' is folded into slide 4 (Other highlights)" in text
    assert "  no Sources slide: the one source is in the last slide's footer" in text
    # a figure as it reads after its label: with its unit ('(nearly 38)' lost the '%', review N)
    assert (
        "  Starters (41,250 runners): deck: tile (slide 2); briefing: first page, the band of four numbers"
        in text
    )
    assert "  'races' Finishers by race: horizontal bar chart, in briefing and deck" in text
    assert "    why: sorted by value, largest first: the categories have no order of their own" in text


def test_a_share_is_shown_with_its_percent_sign() -> None:
    event = ROOT / "tests" / "events" / "agri-fair.yaml"
    result = CliRunner().invoke(main, ["inspect", "--plan", str(event)])
    assert "  Share of visitors from the county (61%): deck: tile (slide 2)" in result.output


def test_a_two_value_chart_is_said_to_be_a_sentence() -> None:
    charts = {c["chart"]: c for c in _plan(WAIC)["charts"]}
    assert charts["projects"]["kind"] == "sentence"
    assert charts["projects"]["why"] == [
        "fewer than 3 values: no chart in either document; a sentence in its place (its caption "
        "where the caption names a number, else the sentence of its values)"
    ]
    assert charts["capital"]["kind"] == "hbar"


def test_json_goes_with_plan_and_a_missing_event_is_a_data_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["inspect", "--json", "deck.pptx"])
    assert result.exit_code == 2
    assert "--json goes with --plan (the template report is text only)" in result.output
    result = CliRunner().invoke(main, ["inspect", "--plan", str(tmp_path / "none.yaml")])
    assert result.exit_code == 3
    assert "no such file" in result.output
    assert "Traceback" not in result.output


def test_inspect_help_shows_the_plan_example() -> None:
    text = CliRunner().invoke(main, ["inspect", "--help"]).output
    assert "reportgen inspect --plan data/waic2022.yaml" in text


REVIEWS = ROOT / "tests" / "data" / "review_events"


@pytest.mark.parametrize("event", sorted(REVIEWS.glob("*.yaml")), ids=lambda p: p.stem)
def test_a_figure_the_plan_keeps_to_the_notes_is_on_no_slide(event: Path, tmp_path: Path) -> None:
    """The plan's 'notes only' is what the deck prints: a figure its slide's title states
    ('来場者のうち12.5%が…', '車いすの部には24人が出場': setouchi said 'notes only' for both) is
    placed on that slide's title."""
    plan = _plan(event)
    result = build(event, Settings.simple(tmp_path / "out", TEMPLATES))
    deck = Presentation(str(next(f for f in result.files if f.suffix == ".pptx")))
    printed = (
        seen("\n".join(s.text_frame.text for slide in deck.slides for s in slide.shapes if s.has_text_frame))
        .translate(INVISIBLE)
        .replace("\u202f", " ")
    )
    for figure in plan["figures"]:
        text = figure["text"]
        if not figure["deck"] and sum(c.isdigit() for c in text) >= 2 and any(c.isalpha() for c in text):
            assert text not in printed, figure


def test_a_key_figure_off_the_first_page_is_told_why_as_the_plan_decided(tmp_path: Path) -> None:
    """Review NN: the Turkish plan said '… the band and the key-figures table are full' over a
    key-figures table it listed as none: the figure was the table's one row, which the plan does
    not print, and too wide a number for a fourth in the band. Its line is given a clause of its
    own here, so that it says more than the band would (the file's own says nothing more: review
    PP), and its section prints it."""
    turkish = ROOT / "tests" / "data" / "review_events" / "oyun-gelistiricileri-istanbul-tr-tr.yaml"
    event = tmp_path / turkish.name
    event.write_text(
        turkish.read_text(encoding="utf-8").replace(
            "toplam değeri {value} oldu.",
            "toplam değeri {value} oldu; bunların yarısı Körfez ülkelerinden geldi.",
        ),
        encoding="utf-8",
    )
    plan = _plan(event)
    assert plan["briefing"]["key_figures_table"] == [], plan["briefing"]
    why = {f["label"]: f["why"] for f in plan["figures"]}
    assert why["Açıklanan yatırım ve yayın anlaşmaları"] == [
        "not on the first page: a key-figures table of this one row would read as a leftover, and "
        "the band has no room for a fourth number this wide; its section prints it"
    ]
    assert not [w for ws in why.values() for w in ws if "are full" in w], why


def test_a_chart_of_two_values_is_said_to_be_its_sections_sentence() -> None:
    """Review UU2: the zh book fair's two-value chart, printed as a sentence on slide 3 and in the
    briefing, was 'a sentence, in neither document' in the plan's words."""
    event = ROOT / "tests" / "data" / "review_events" / "nairobi-innovation-week-en-ke.yaml"
    result = CliRunner().invoke(main, ["inspect", "--plan", str(event)])
    assert result.exit_code == 0, result.output
    line = next(line for line in result.output.splitlines() if line.startswith("  'money' "))
    assert line.endswith(": a sentence, in its section's text"), line
