"""Overriding the editorial plan: a section's `deck:` in the event file (auto, own-slide, fold,
omit) and `plan: {fold: false}` in the project file change the deck a build makes; the briefing
keeps every section whatever they say (issue 19: "override any decision in the YAML or the
project file")."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from docx import Document
from pptx import Presentation

from reportgen.cli import main
from reportgen.data.project import load_project
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

EVENTS = ROOT / "tests" / "events"


def _event(tmp_path: Path, name: str, section: str, deck: str) -> Path:
    """The corpus event `name` with `deck: <deck>` under its section `section`."""
    lines = (EVENTS / f"{name}.yaml").read_text(encoding="utf-8").splitlines()
    at = lines.index(f"  {section}:")
    lines.insert(at + 1, f"    deck: {deck}")
    path = tmp_path / f"{name}.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _built(event: Path, tmp_path: Path, project=None) -> tuple[list[str], str, list[str]]:
    """The deck's slide names (the section's name above a title that states its finding, else the
    title), all its slide text, and the briefing's headings."""
    result = build(event, Settings.simple(tmp_path / "out", TEMPLATES, project=project))
    files = {f.suffix: f for f in result.files}
    slides = Presentation(str(files[".pptx"])).slides
    # a slide whose title states its finding names its section in the kicker above it
    # (or its chart's title, where that says the section's name and the kicker gave way to it)
    titles = [
        next((sh.text_frame.text for sh in s.shapes if sh.name == "Section name" and sh.text_frame.text), "")
        or next(
            (
                sh.chart.chart_title.text_frame.text
                for sh in s.shapes
                if getattr(sh, "has_chart", False) and sh.has_chart and sh.chart.has_title
            ),
            "",
        )
        or s.shapes.title.text_frame.text
        for s in slides
    ]
    text = "\n".join(sh.text_frame.text for s in slides for sh in s.shapes if sh.has_text_frame)
    headings = [
        p.text for p in Document(str(files[".docx"])).paragraphs if p.style.name.startswith("Heading")
    ]
    return titles, text, headings


def test_own_slide_keeps_a_section_the_plan_would_fold(tmp_path: Path) -> None:
    titles, _, _ = _built(EVENTS / "city-marathon.yaml", tmp_path / "a")
    assert "The race" not in titles  # folded into Other highlights by default
    titles, text, _ = _built(_event(tmp_path, "city-marathon", "race", "own-slide"), tmp_path / "b")
    assert "The race" in titles
    assert "Starters: 41,250 runners" in text  # its own slide keeps its bullets


def test_omit_leaves_a_section_out_of_the_deck_only(tmp_path: Path) -> None:
    event = _event(tmp_path, "peace-summit", "declaration", "omit")
    titles, text, headings = _built(event, tmp_path / "out")
    assert "The Lucerne Declaration" not in titles
    assert "Share river-flow data daily" not in text
    assert "The Lucerne Declaration" in headings  # never dropped from the briefing
    shown = CliRunner().invoke(main, ["inspect", "--plan", str(event)]).output
    assert "  'The Lucerne Declaration' is left out of the deck (deck: omit)\n" in shown


def test_fold_folds_a_section_the_plan_gives_a_slide(tmp_path: Path) -> None:
    titles, _, _ = _built(EVENTS / "peace-summit.yaml", tmp_path / "a")
    assert "The Lucerne Declaration" in titles
    event = _event(tmp_path, "peace-summit", "declaration", "fold")
    # its commitments as short names, one line after their label: as clauses they are one a bullet
    # (a list of clauses), more than the other highlights' one slide holds with the speakers
    shorter = event.read_text(encoding="utf-8")
    for clause, name in (
        ("Share river-flow data daily through a common platform", "Daily data"),
        ("Notify neighbours before any new dam is filled", "Dam notices"),
        ("Hold a joint drought exercise every two years", "Drought drills"),
    ):
        shorter = shorter.replace(clause, name)
    event.write_text(shorter, encoding="utf-8")
    titles, text, _ = _built(event, tmp_path / "b")
    assert "The Lucerne Declaration" not in titles
    assert titles[-2:] == ["Other highlights", "Delegations by region"]  # in the file's order
    # its summary, a sentence of its own, under the section's name ('The Lucerne Declaration: …'
    # ran them together)
    assert "\nThe Lucerne Declaration\nThe basin states agreed" in text
    assert "The Lucerne Declaration: " not in text


def test_the_project_file_can_turn_folding_off(tmp_path: Path) -> None:
    (tmp_path / "reportgen.yaml").write_text("plan:\n  fold: false\n", encoding="utf-8")
    project = load_project(tmp_path / "reportgen.yaml")
    titles, _, _ = _built(EVENTS / "city-marathon.yaml", tmp_path / "out", project)
    assert "Other highlights" not in titles
    assert "The race" in titles and "Winners" in titles


@pytest.mark.parametrize(
    ("where", "text", "message"),
    [
        (
            "event",
            "    deck: sometimes",
            "sections.race.deck: expected 'auto', 'own-slide', 'fold' or 'omit', got 'sometimes'",
        ),
        (
            "project",
            "plan:\n  fold: never\n",
            "reportgen.yaml:2:9: plan.fold: expected true or false, got 'never'",
        ),
        (
            "project",
            "plan:\n  folding: false\n",
            "plan.folding: unknown field 'folding'\n    hint: did you mean 'fold'?",
        ),
    ],
)
def test_a_bad_override_is_a_data_error_naming_its_place(
    tmp_path: Path, where: str, text: str, message: str
) -> None:
    if where == "event":
        event = _event(tmp_path, "city-marathon", "race", text.split(": ")[1])
        args = ["validate", str(event)]
    else:
        (tmp_path / "reportgen.yaml").write_text(text, encoding="utf-8")
        args = ["validate", "--config", str(tmp_path / "reportgen.yaml"), str(EVENTS / "city-marathon.yaml")]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 3, result.output
    assert message in result.output
    assert "Traceback" not in result.output
