"""Many events in one command: every core, a bad event fails alone, the summary names it, and the
chart helpers draw the same pictures the build would."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from reportgen.charts import chart_size, render_png
from reportgen.charts.theme import DEFAULT_THEME
from reportgen.data.derive import derive
from reportgen.data.formatting import Formatter
from reportgen.data.load import load_event
from reportgen.errors import ExitCode
from reportgen.pipeline.batch import worst
from reportgen.pipeline.drawing import Drawer
from reportgen.platform import fork_start

from ..conftest import ROOT, TEMPLATES, WAIC

#: The drawing helpers are forked; where fork is missing or unsafe (Windows, macOS) there are none.
needs_fork = pytest.mark.skipif(fork_start() is None, reason="no drawing helpers without a safe fork")


def _events(folder: Path, count: int, bad: int | None = None) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    text = WAIC.read_text(encoding="utf-8")
    events = []
    for i in range(count):
        body = text.replace("slug: waic-2022", f"slug: event-{i}")
        if i == bad:
            body = body.replace("value: 25\n", "value: lots\n")
        path = folder / f"event-{i}.yaml"
        path.write_text(body, encoding="utf-8")
        events.append(path)
    return events


def _build(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reportgen", "build", *args, "--templates", str(TEMPLATES)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.mark.slow  # four builds in subprocesses
def test_a_bad_event_fails_alone_and_the_summary_names_it(tmp_path: Path) -> None:
    events = _events(tmp_path / "data", 4, bad=2)
    out = tmp_path / "out"
    done = _build(*map(str, events), "--out", str(out), "--jobs", "2")
    assert done.returncode == ExitCode.DATA, done.stderr
    assert "3 built, 0 up to date, 1 failed" in done.stdout
    assert f"failed: {events[2]}: error: " not in done.stderr  # the error once, with its place
    assert f"failed: {events[2]}: {events[2]}" not in done.stderr  # and its path once
    assert f"failed: {events[2]}:" in done.stderr
    assert f"{events[2]}:" in done.stderr and "expected a number, got 'lots'" in done.stderr
    assert sorted(p.name for p in out.glob("*.pptx")) == [
        "event-0-deck.pptx",
        "event-1-deck.pptx",
        "event-3-deck.pptx",
    ]
    # without a terminal: one line per event, not the files of each
    assert sum(line.startswith("built WAIC 2022: 5 files in") for line in done.stdout.splitlines()) == 3
    again = _build(*map(str, events), "--out", str(out), "--jobs", "2")
    assert "3 of 4 events are up to date; building 1" in again.stderr  # only the failed one again
    quiet = _build(*map(str, events), "--out", str(out), "--quiet", "--force", "--jobs", "2")
    assert quiet.stdout == "" and "expected a number" in quiet.stderr


@pytest.mark.slow
def test_fail_fast_stops_at_the_first_failure(tmp_path: Path) -> None:
    events = _events(tmp_path / "data", 4, bad=0)
    done = _build(*map(str, events), "--out", str(tmp_path / "out"), "--jobs", "1", "--fail-fast")
    assert done.returncode == ExitCode.DATA
    assert "0 built, 0 up to date, 1 failed" in done.stdout
    assert not list((tmp_path / "out").glob("*.pptx"))


def test_the_worst_exit_code_wins() -> None:
    assert worst([ExitCode.OK, ExitCode.WARNINGS]) == ExitCode.WARNINGS
    assert worst([ExitCode.WARNINGS, ExitCode.DATA, ExitCode.OK]) == ExitCode.DATA
    assert worst([ExitCode.DATA, ExitCode.ENVIRONMENT, ExitCode.TEMPLATE]) == ExitCode.ENVIRONMENT
    assert worst([ExitCode.BUG, ExitCode.ENVIRONMENT]) == ExitCode.BUG
    assert worst([]) == ExitCode.OK


def _killed_on_event_1(event: Path, settings: object, debug: bool = False, drawer: object = None) -> object:
    from reportgen.pipeline.batch import Outcome

    if event.name == "event-1.yaml":
        os.kill(os.getpid(), signal.SIGKILL)
    return Outcome(event)


def test_a_worker_that_dies_fails_its_event_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker killed mid-event (the kernel's out-of-memory killer, say) fails that event with a
    message; the other events are built by the workers left and a new one (it stopped the whole
    batch with BrokenProcessPool, a traceback and exit 1)."""
    from reportgen.pipeline import batch, pool
    from reportgen.pipeline.batch import run_all
    from reportgen.project.settings import Settings

    monkeypatch.setattr(batch, "run_one", _killed_on_event_1)
    joined: list[object] = []
    real_join = pool._join_all
    monkeypatch.setattr(pool, "_join_all", lambda ps, deadline: joined.extend(ps) or real_join(ps, deadline))
    events = [tmp_path / f"event-{i}.yaml" for i in range(4)]
    outcomes = sorted(run_all(events, Settings.simple(tmp_path, TEMPLATES), 2), key=lambda o: o.event)
    # the worker killed on event-1, and the others, which ended by themselves when their pipes
    # closed (not killed after a wait)
    codes = sorted(process.exitcode for process in joined)
    assert codes[0] == -signal.SIGKILL and codes[1:] and set(codes[1:]) == {0}
    assert [(o.event.name, o.code) for o in outcomes] == [
        ("event-0.yaml", ExitCode.OK),
        ("event-1.yaml", ExitCode.BUG),
        ("event-2.yaml", ExitCode.OK),
        ("event-3.yaml", ExitCode.OK),
    ]
    assert outcomes[1].error.splitlines()[0] == (
        f"internal error: the process building {events[1]} was killed by signal 9 before it finished"
    )


@needs_fork
def test_the_helpers_draw_what_the_build_would_and_leave_nothing_running() -> None:
    charts = derive(load_event(WAIC), Formatter("en_GB", {"CNY": "RMB"})).charts
    drawer = Drawer()
    drawer.start()
    process = drawer._process
    sizes = {}
    for chart_id, data in charts.items():
        sizes[chart_id] = chart_size(data, DEFAULT_THEME, 6.5, None)
        drawer.ask(chart_id, data, DEFAULT_THEME, sizes[chart_id])
    for chart_id, data in charts.items():
        png, missing = drawer.take(chart_id)
        assert png == render_png(data, DEFAULT_THEME, sizes[chart_id]).png and missing == ""
    assert drawer.take("never asked") is None
    drawer.close()
    assert not process.is_alive()


@needs_fork
def test_a_helper_that_dies_only_costs_time() -> None:
    charts = derive(load_event(WAIC), Formatter("en_GB", {"CNY": "RMB"})).charts
    data = next(iter(charts.values()))
    drawer = Drawer(helpers=1)
    drawer.start()
    os.kill(drawer._process.pid, 9)
    drawer._process.join()
    drawer.ask("x", data, DEFAULT_THEME, (6.5, 3.0))
    assert drawer.take("x") is None  # the build then draws it itself
    drawer.close()
