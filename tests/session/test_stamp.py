"""A rebuild with nothing changed writes nothing, says so, and decides it before heavy imports;
any change of input, template, project, folder contents or output is noticed."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportgen import fingerprint
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
        path.write_text(
            path.read_text(encoding="utf-8").replace("city: {en: Shanghai,", "city: {en: Pudong,"), "utf-8"
        )
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
        assert "1 of 2 events is up to date; building 1" in output  # only what changed is built
        assert "1 built, 1 up to date, 0 failed" in output


def test_up_to_date_is_decided_before_the_pipeline_is_imported(project: Path) -> None:
    # the in-process build keys its stamp as the fresh process below will: not with a fingerprint
    # another test in this worker kept (pytest-xdist runs tests in other orders and company)
    fingerprint.reportgen_changed.cache_clear()
    fingerprint.library_versions.cache_clear()
    assert build(project)[0] == 0
    code = (
        "import atexit, sys\n"
        "before = set(sys.modules)  # what the interpreter loaded at start (a shim's sitecustomize too)\n"
        "atexit.register(lambda: print('heavy:', sorted(m for m in ('pydantic', 'docx', 'pptx', 'matplotlib',"
        " 'reportgen.pipeline.pipeline', 'rich', 'multiprocessing') if m in set(sys.modules) - before)))\n"
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
    from reportgen.pipeline import batch
    from reportgen.session import stamp

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
    assert "1 of 2 events is up to date; building 1" in output


# -- the stamp is untrusted input: the output folder may be writable by others ---------------------

STAMP = ".reportgen-stamp.json"
IGNORED = "it is not a stamp reportgen wrote, so it was ignored and every event is built"


def _stamp(project: Path) -> dict:
    return json.loads((project / "output" / STAMP).read_bytes())


def _warnings(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith("warning:")]


def test_a_stamp_that_is_a_fifo_is_ignored_with_one_warning(project: Path) -> None:
    assert build(project)[0] == 0
    (project / "output" / STAMP).unlink()
    os.mkfifo(project / "output" / STAMP)  # opening it to read would wait for a writer for ever
    code, output = build(project)
    assert code == 0, output
    assert _warnings(output) == [
        f"warning: output/{STAMP} is a FIFO (named pipe), not a regular file; {IGNORED}"
    ]
    assert "2 built, 0 up to date, 0 failed" in output
    assert (project / "output" / STAMP).is_file()  # replaced by a real stamp


@pytest.mark.parametrize(
    ("damage", "why"),
    [
        (lambda s: "[" * 100_000 + "]" * 100_000, "is not JSON"),
        (lambda s: {**s, "events": []}, "has a damaged list of events"),
        (lambda s: {k: v for k, v in s.items() if k != "probes"}, "does not have a stamp's fields"),
        (lambda s: {**s, "probes": [["sha256", 7, None]]}, "has a damaged list of checks"),
        (lambda s: {**s, "probes": [["rm -rf", "/", None]]}, "has a damaged list of checks"),
        (lambda s: {**s, "expected": "everything"}, "has a damaged list of expected events"),
        (lambda s: {**s, "key": ["not", "a", "key"]}, "has no valid key"),
        (lambda s: [s], "does not have a stamp's fields"),
        (
            lambda s: {**s, "events": {e: {**v, "warnings": [1, 2]} for e, v in s["events"].items()}},
            "has a damaged list of events",
        ),
        (
            lambda s: {
                **s,
                "events": {e: {**v, "outputs": {"x": ["big", 0, None]}} for e, v in s["events"].items()},
            },
            "has a damaged list of events",
        ),
    ],
    ids=[
        "deep-nesting",
        "events-list",
        "missing-key",
        "wrong-type",
        "unknown-probe",
        "expected-text",
        "key-list",
        "not-a-mapping",
        "warnings-numbers",
        "output-facts-text",
    ],
)
def test_a_stamp_of_the_wrong_shape_is_ignored_with_one_warning(project: Path, damage, why: str) -> None:
    assert build(project)[0] == 0
    damaged = damage(_stamp(project))
    text = damaged if isinstance(damaged, str) else json.dumps(damaged)
    (project / "output" / STAMP).write_text(text, encoding="utf-8")
    code, output = build(project)
    assert code == 0, output
    assert "Traceback" not in output
    assert _warnings(output) == [f"warning: output/{STAMP} {why}; {IGNORED}"]
    assert "2 built, 0 up to date, 0 failed" in output


def test_a_stamp_never_has_a_huge_file_hashed(project: Path) -> None:
    """A stamp may name any file as an input: a sparse 2 TiB one is 'changed', never read."""
    assert build(project)[0] == 0
    huge = project / "huge.yaml"
    with open(huge, "wb") as handle:
        handle.truncate(2 << 40)
    stamp = _stamp(project)
    event = str(project / "data" / "waic.yaml")
    stamp["events"][event]["inputs"][str(huge)] = "0" * 64
    (project / "output" / STAMP).write_text(json.dumps(stamp), encoding="utf-8")
    code, output = build(project)
    assert code == 0 and "1 of 2 events is up to date; building 1" in output, output
    assert not _warnings(output)


def test_a_file_too_large_to_be_an_input_is_never_hashed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reportgen.session import stamp

    huge = tmp_path / "huge"
    with open(huge, "wb") as handle:
        handle.truncate(2 << 40)
    monkeypatch.setattr(os, "fdopen", lambda *a, **k: pytest.fail("the huge file was opened for reading"))
    assert stamp.file_hash(huge) is None


def test_warnings_a_stamp_replays_reach_the_terminal_without_control_characters(project: Path) -> None:
    assert build(project)[0] == 0
    stamp = _stamp(project)
    for entry in stamp["events"].values():
        entry["warnings"] = ["chart left out\x1b]0;owned\x07\x1b[2J\r\x9b1m\u202etxt.exe\tnext"]
    (project / "output" / STAMP).write_text(json.dumps(stamp), encoding="utf-8")
    code, output = build(project)
    assert code == 0 and "up to date: 2 events" in output, output
    assert _warnings(output) == ["warning: chart left out]0;owned[2J1mtxt.exe\tnext"] * 2


def test_adding_or_removing_an_event_builds_only_that_event(project: Path) -> None:
    assert build(project)[0] == 0
    text = WAIC.read_text(encoding="utf-8").replace("slug: waic-2022", "slug: third-2022")
    (project / "data" / "third.yaml").write_text(text, encoding="utf-8")
    code, output = build(project)
    assert code == 0, output
    assert "2 of 3 events are up to date; building 1" in output
    assert "1 built, 2 up to date, 0 failed" in output
    before = times(project / "output")
    (project / "data" / "other.yaml").unlink()
    code, output = build(project)
    assert code == 0, output
    assert "0 built, 2 up to date, 0 failed" in output
    assert times(project / "output") == before
    assert build(project)[1].startswith("up to date: 2 events")


#: Project files on which a line-by-line reading of `output:` (the regex the stamp used) and YAML
#: disagree, with the output folder YAML gives.
PROJECT_FILES = {
    "a quoted value with a hash": ('output: "out # x"\n', "out # x"),
    "a flow mapping": ("{templates: templates, output: elsewhere}\n", "elsewhere"),
    "a commented-out line": ("# output: wrong\noutput: right  # here\n", "right"),
    "the value on the next line": ("output:\n  elsewhere\n", "elsewhere"),
    "a quoted string that spans lines": ('company: "Acme\n  output: wrong"\n', "output"),
    "an escape": ('output: "out\\x41"\n', "outA"),
    "a block scalar": ("author: |\n  output: wrong\n", "output"),
    "a byte order mark": ("\ufeffoutput: bom\n", "bom"),
    "a quoted key": ('"output": quoted\n', "quoted"),
}


@pytest.mark.parametrize("text, folder", PROJECT_FILES.values(), ids=PROJECT_FILES.keys())
def test_the_stamp_is_looked_for_where_the_project_file_sends_the_output(
    tmp_path: Path, text: str, folder: str
) -> None:
    """The up-to-date check looks for the stamp in the folder the build writes to: the project
    file's `output:` as data/project.py reads it, not as a regex guesses it."""
    from reportgen.data.project import load_project
    from reportgen.project.where import likely_output

    config = tmp_path / "reportgen.yaml"
    config.write_text(text, encoding="utf-8")
    project = load_project(config)
    assert project is not None
    expected = project.output or tmp_path / "output"
    assert expected == tmp_path / folder
    assert likely_output(None, config, tmp_path) == expected
