"""A rebuild with nothing changed writes nothing, says so, and decides it before heavy imports;
any change of input, template, project, folder contents or output is noticed."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportgen.cli import main

from ..conftest import TEMPLATES, WAIC


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project folder: data/ with two events, templates/, output/."""
    (tmp_path / "data").mkdir()
    shutil.copy(WAIC, tmp_path / "data" / "waic.yaml")
    text = WAIC.read_text(encoding="utf-8").replace("slug: waic-2022", "slug: other-2022")
    (tmp_path / "data" / "other.yaml").write_text(text, encoding="utf-8")
    shutil.copytree(TEMPLATES, tmp_path / "templates")
    return tmp_path


def build(folder: Path, *args: str) -> tuple[int, str]:
    cwd = os.getcwd()
    os.chdir(folder)
    try:
        result = CliRunner().invoke(main, ["build", "--jobs", "1", *args])
    finally:
        os.chdir(cwd)
    return result.exit_code, result.output


def times(folder: Path) -> dict[str, int]:
    return {p.name: p.stat().st_mtime_ns for p in folder.iterdir() if not p.name.startswith(".")}


def test_nothing_changed_writes_nothing_and_says_so(project: Path) -> None:
    assert build(project)[0] == 0
    before = times(project / "output")
    code, output = build(project)
    assert code == 0
    assert output.strip() == "up to date: 2 events in output, nothing written (--force builds anyway)"
    assert times(project / "output") == before
    code, output = build(project, "--force")
    assert code == 0 and "2 built, 0 up to date, 0 failed" in output
    assert times(project / "output") != before


@pytest.mark.parametrize(
    "change",
    ["event", "template", "output-edited", "output-removed", "new-event", "project-file", "environment"],
)
def test_a_change_is_noticed(project: Path, change: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert build(project)[0] == 0
    if change == "event":
        path = project / "data" / "waic.yaml"
        path.write_text(path.read_text(encoding="utf-8").replace("city: Shanghai", "city: Pudong"), "utf-8")
    elif change == "template":
        (project / "templates" / "deck.pptx").write_bytes((TEMPLATES / "deck.pptx").read_bytes() + b"")
        os.utime(project / "templates" / "deck.pptx")  # same bytes: must not count as a change
        assert build(project)[1].startswith("up to date")
        shutil.copy(TEMPLATES / "briefing.docx", project / "templates" / "deck.docx")  # unrelated file
        (project / "templates" / "briefing.docx").unlink()  # now the bundled briefing is used
    elif change == "output-edited":
        (project / "output" / "waic-2022-deck.pptx").write_bytes(b"edited by hand")
    elif change == "output-removed":
        (project / "output" / "other-2022-briefing.docx").unlink()
    elif change == "new-event":
        text = WAIC.read_text(encoding="utf-8").replace("slug: waic-2022", "slug: third-2022")
        (project / "data" / "third.yaml").write_text(text, encoding="utf-8")
    elif change == "project-file":
        (project / "reportgen.yaml").write_text("output: output\n", encoding="utf-8")
    elif change == "environment":
        monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    code, output = build(project)
    assert code == 0 and not output.startswith("up to date"), output
    if change in ("event", "output-edited", "output-removed"):
        assert "1 of 2 events are up to date; building 1" in output  # only what changed is built
        assert "1 built, 1 up to date, 0 failed" in output


def test_up_to_date_is_decided_before_the_pipeline_is_imported(project: Path) -> None:
    assert build(project)[0] == 0
    code = (
        "import atexit, sys\n"
        "atexit.register(lambda: print('heavy:', sorted(m for m in ('pydantic', 'docx', 'pptx', 'matplotlib',"
        " 'reportgen.build.pipeline', 'rich', 'multiprocessing') if m in sys.modules)))\n"
        "from reportgen.entry import run\n"
        "sys.argv = ['reportgen', 'build', '--jobs', '1']\n"
        "run()\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=project, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "up to date: 2 events" in done.stdout
    assert "heavy: []" in done.stdout


def test_warnings_are_replayed_and_strict_still_fails(project: Path) -> None:
    (project / "reportgen.yaml").write_text(
        "charts:\n  nowhere:\n    title: Needs a figure the events lack\n    kind: bar\n"
        "    figures: [nosuch.figure, nosuch.other]\n",
        encoding="utf-8",
    )
    code, output = build(project, "--strict")
    assert code == 6 and "left out" in output
    code, output = build(project, "--strict")
    assert code == 6 and "left out" in output and "up to date" in output


def test_an_interrupted_batch_keeps_what_it_finished_though_the_stamp_is_written_seldom(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The stamp is written at most once a second while events finish, so a batch of many events
    does not rewrite an ever larger file after each one; what finished before an interrupt is
    still recorded, and is not built again."""
    from reportgen.build import batch, stamp

    monkeypatch.setattr(stamp.StampWriter.__init__, "__defaults__", (3600.0,))  # never due by time
    real = batch.run_one
    built: list[str] = []

    def interrupted_second(event: Path, *args: object, **kwargs: object) -> object:
        built.append(event.name)
        if len(built) == 2:
            raise KeyboardInterrupt
        return real(event, *args, **kwargs)

    monkeypatch.setattr(batch, "run_one", interrupted_second)
    code, _ = build(project)
    assert code != 0 and len(built) == 2
    first = built[0]
    built.clear()
    monkeypatch.setattr(
        batch, "run_one", lambda event, *a, **k: built.append(event.name) or real(event, *a, **k)
    )
    code, output = build(project)
    assert code == 0, output
    assert built == [n for n in ("other.yaml", "waic.yaml") if n != first]  # the finished one is up to date
    assert "1 of 2 events are up to date; building 1" in output
