"""A Dask worker's build processes (cluster/isolated.py): started with subprocess, so a worker under
Dask's nanny (a daemonic process, which multiprocessing refuses to give children) can build; killed
at the event's deadline; replaced when they die."""

from __future__ import annotations

import multiprocessing
import os
from pathlib import Path

import pytest

from reportgen.cluster import isolated
from reportgen.cluster.isolated import BuildProcess, ChildDied, ChildTimedOut
from reportgen.cluster.remote import Rendered

from ..conftest import TEMPLATES, WAIC


def test_a_build_process_that_never_answers_is_killed_at_the_deadline(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(BuildProcess, "command", ("-c", "import time\nwhile True: time.sleep(1)"))
    process = BuildProcess()
    with pytest.raises(ChildTimedOut):
        process.build("job", "shared", 0.5)
    assert process.process.poll() is not None  # killed, not left running


def test_a_build_process_that_dies_is_reported_so_the_task_is_retried(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(BuildProcess, "command", ("-c", "import os\nos._exit(3)"))
    with pytest.raises(ChildDied, match=r"^the build process ended \(exit status 3\)$"):
        BuildProcess().build("job", "shared", 60)


def test_a_dead_build_process_is_not_handed_out_again(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(BuildProcess, "command", ("-c", "import sys\nsys.stdin.read()"))
    processes = isolated.Processes()
    first = processes.take()
    first.kill()
    processes.give_back(first)
    second = processes.take()
    assert second is not first and second.alive()
    processes.give_back(second)
    processes.close()
    assert not second.alive()


def _job_and_shared(out: Path) -> tuple[object, object]:
    from reportgen.cluster.cluster import _ChartIndex, _job, _shared
    from reportgen.project.settings import Settings

    settings = Settings.simple(out, TEMPLATES)
    return _job(WAIC, settings, _ChartIndex(None), False), _shared(settings)


def _build_in_a_daemon(out: str, answers: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    job, shared = _job_and_shared(Path(out))
    process = BuildProcess()
    rendered = process.build(job, shared, 300)
    process.close()
    answers.put((sorted(rendered.files), rendered.error))


@pytest.mark.slow
def test_a_daemonic_process_builds_through_its_build_process(tmp_path: Path) -> None:
    """As under Dask's nanny: the process that asks is daemonic, and multiprocessing would refuse
    it a child; the build process is started with subprocess, and builds."""
    context = multiprocessing.get_context("spawn")
    answers = context.Queue()
    daemon = context.Process(target=_build_in_a_daemon, args=(str(tmp_path), answers), daemon=True)
    daemon.start()
    names, error = answers.get(timeout=300)
    daemon.join(60)
    assert error == ""
    assert names == sorted(
        ["waic-2022-briefing.docx", "waic-2022-deck.pptx"]
        + [f"waic-2022-chart-{c}.png" for c in ("capital", "participants", "programme")]  # 2 are sentences
    )


@pytest.mark.slow
def test_a_build_process_builds_the_bytes_a_local_build_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reportgen.pipeline.pipeline import build
    from reportgen.project.settings import Settings

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    job, shared = _job_and_shared(tmp_path / "remote")
    process = BuildProcess()
    rendered = process.build(job, shared, 300)
    process.close()
    assert isinstance(rendered, Rendered) and rendered.error == ""
    local = build(WAIC, Settings.simple(tmp_path / "local", TEMPLATES))
    assert rendered.files == {path.name: path.read_bytes() for path in local.files}
    assert os.environ["SOURCE_DATE_EPOCH"] == "1700000000"
