"""The early chart helper is forked for the command users type: `reportgen build`, with no file,
in a project whose data/ folder holds one event (the README's command, in this repository)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reportgen.pipeline import drawing

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def forked(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[drawing.Drawer]:
    """The helpers `early_helper` starts (recorded, not forked)."""
    started: list[drawing.Drawer] = []
    monkeypatch.setattr(drawing.Drawer, "start", lambda self: started.append(self))
    monkeypatch.setattr(drawing, "EARLY", None)
    monkeypatch.delenv("REPORTGEN_SCHEDULER", raising=False)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "data").mkdir()
    shutil.copy(ROOT / "data" / "waic2022.yaml", tmp_path / "data")
    return started


def test_build_with_no_file_forks_the_helper_for_the_one_event_in_data(forked: list[drawing.Drawer]) -> None:
    drawing.early_helper([])
    assert len(forked) == 1 and drawing.EARLY is forked[0]


def test_build_with_no_file_forks_the_helper_for_the_bundled_event(
    forked: list[drawing.Drawer], tmp_path: Path
) -> None:
    shutil.rmtree(tmp_path / "data")
    drawing.early_helper(["--out", "elsewhere"])
    assert len(forked) == 1


def test_build_with_no_file_and_several_events_in_data_forks_no_helper(
    forked: list[drawing.Drawer], tmp_path: Path
) -> None:
    shutil.copy(tmp_path / "data" / "waic2022.yaml", tmp_path / "data" / "second.yml")
    (tmp_path / "data" / ".hidden.yaml").write_text("not an event", encoding="utf-8")
    drawing.early_helper([])
    assert forked == []
    drawing.early_helper(["--jobs", "1"])  # one process builds them all: the helper serves it
    assert len(forked) == 1


def test_a_hidden_yaml_file_is_not_counted_as_an_event(forked: list[drawing.Drawer], tmp_path: Path) -> None:
    (tmp_path / "data" / ".waic2022.yaml.swp.yaml").write_text("an editor's", encoding="utf-8")
    drawing.early_helper([])
    assert len(forked) == 1


def test_a_chart_cache_in_the_project_output_means_no_helper(
    forked: list[drawing.Drawer], tmp_path: Path
) -> None:
    cache = tmp_path / "output" / ".reportgen-cache"
    cache.mkdir(parents=True)
    (cache / "chart.png").write_bytes(b"")
    drawing.early_helper([])
    assert forked == []
    drawing.early_helper(["--no-cache"])
    assert len(forked) == 1
