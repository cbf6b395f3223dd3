"""Settings are settled once: flags, then the project file (found here or above), then the
project's folders, then the bundled defaults; `--verbose` says where each came from."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportgen.cli import main
from reportgen.platform import user_id
from reportgen.project.settings import Flags, settle

from ..conftest import TEMPLATES


@pytest.fixture
def project(tmp_path: Path):
    before = Path.cwd()
    os.chdir(tmp_path)
    assert CliRunner().invoke(main, ["init", "proj"]).exit_code == 0
    (tmp_path / "proj" / "reportgen.yaml").write_text(
        "templates: templates\noutput: built\ncharts: {}\n", encoding="utf-8"
    )
    yield tmp_path / "proj"
    os.chdir(before)


def test_run_from_inside_data_builds_the_project(project: Path) -> None:
    """Regression: from data/, build used the bundled example, wrote data/output/, ignored the project."""
    os.chdir(project / "data")
    result = CliRunner().invoke(main, ["build"])
    assert result.exit_code == 0, result.output
    assert (project / "built" / "sample-expo-deck.pptx").is_file()
    assert not (project / "data" / "output").exists()
    assert "bundled example" not in result.output


def test_flags_win_over_the_project_file(project: Path, tmp_path: Path) -> None:
    settings = settle(Flags(out_dir=tmp_path / "elsewhere", templates_dir=TEMPLATES), cwd=project / "data")
    assert settings.out_dir == tmp_path / "elsewhere"
    assert settings.deck_template == TEMPLATES / "deck.pptx"
    assert settings.events == (project / "data" / "event.yaml",)
    assert settings.project is not None and settings.project.root == project


def test_the_project_file_wins_over_conventions(project: Path) -> None:
    settings = settle(Flags(), cwd=project)
    assert settings.out_dir == project / "built"
    assert settings.briefing_template == project / "templates" / "briefing.docx"


def test_without_a_project_the_current_folder_and_the_defaults(tmp_path: Path) -> None:
    settings = settle(Flags(), cwd=tmp_path)
    assert settings.project is None
    assert settings.out_dir == tmp_path / "output"
    assert settings.deck_template.parent.name == "templates" and settings.deck_template.is_file()
    assert [p.name for p in settings.events] == ["waic2022.yaml"]
    assert settings.notes == (
        "no event files given and no data/ folder here: using the bundled example event",
    )


def test_verbose_names_each_source(project: Path) -> None:
    os.chdir(project / "data")
    result = CliRunner().invoke(main, ["validate", "--verbose"])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.output.splitlines() if line.startswith("setting: ")]
    why = (
        "(found; it and its folder are yours (or root's) and no one else can write them)"
        if user_id() is not None
        else "(found; this system has no file owners to check)"  # Windows, and its shim
    )
    assert any("project file = " in line and why in line for line in lines), lines
    assert any(
        line.startswith("setting: output folder = ") and "reportgen.yaml: output" in line for line in lines
    )
    assert any("deck.pptx = " in line and "reportgen.yaml: templates" in line for line in lines), lines


def test_strict_fails_a_build_with_warnings(project: Path) -> None:
    (project / "reportgen.yaml").write_text(
        "output: built\ncharts:\n  nowhere:\n    title: Missing\n    kind: bar\n    figures: [no.such]\n",
        encoding="utf-8",
    )
    os.chdir(project)
    relaxed = CliRunner().invoke(main, ["build"])
    assert relaxed.exit_code == 0, relaxed.output
    assert "warning: Sample Expo" in relaxed.output and "left out chart 'nowhere'" in relaxed.output
    strict = CliRunner().invoke(main, ["build", "--strict"])
    assert strict.exit_code == 6, strict.output
    assert "--strict: 1 warning" in strict.output
