"""Every command in docs/scale.md, run as written against a real cluster on this machine.

The `sh` blocks are read from the document here, so the document and the test cannot drift. Only
the scheduler's host and port are replaced (127.0.0.1 and a free port), as the document says; a
line marked "not run by the tests" must say why, and is the only kind left out. The scheduler
and every kind of worker the document starts (by hand with `--nworkers auto`, as the Kubernetes
operator starts them, as dask-jobqueue's job script starts them: each under its nanny) build the
events, and each build writes the bytes a local build writes."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from ..conftest import ROOT
from .test_cluster import _free_port, documents, events

pytestmark = pytest.mark.slow
pytest.importorskip("distributed", reason="the cluster tests need reportgen-events[dask]")

DOC = ROOT / "docs" / "scale.md"
NOT_RUN = "# (not run by the tests: "
BIN = str(Path(sys.executable).parent)


def shell_lines() -> list[str]:
    """Each command line of the document's sh blocks."""
    blocks = re.findall(r"^```sh\n(.*?)^```", DOC.read_text(encoding="utf-8"), re.M | re.S)
    return [line for block in blocks for line in block.splitlines() if line.strip()]


def local(line: str, port: int) -> str:
    """The line with the scheduler's host and port replaced, nothing else."""
    for host in ("tcp://SCHEDULER:", "tcp://scheduler.example.org:", "tcp://localhost:"):
        line = line.replace(host, "tcp://127.0.0.1:")
    line = line.replace("--host 0.0.0.0", "--host 127.0.0.1")
    return re.sub(r"\b8786\b", str(port), line)


def test_every_command_is_run_or_says_why_not() -> None:
    lines = shell_lines()
    skipped = [line for line in lines if NOT_RUN in line]
    assert all(re.search(r"# \(not run by the tests: \w[^)]*\)$", line) for line in skipped)
    assert [line.split()[0] for line in skipped] == ["pip", "helm", "kubectl"]
    run = [line for line in lines if NOT_RUN not in line]
    assert len(run) == 8  # every other line is run below: count them again when the page changes
    assert all(_kind(line) for line in run)


def _kind(line: str) -> str:
    words = line.split()
    if words[:2] == ["dask", "scheduler"]:
        return "scheduler"
    if words[:2] == ["dask", "worker"] or words[:3] == ["python", "-m", "distributed.cli.dask_worker"]:
        return "worker"
    if "reportgen build" in line:
        return "build"
    return ""


class Shell:
    """Lines run by bash in a project folder, with this Python's commands first on the PATH."""

    def __init__(self, folder: Path, port: int) -> None:
        self.folder, self.port = folder, port
        self.env = {
            **os.environ,
            "PATH": BIN + os.pathsep + os.environ.get("PATH", ""),
            "SOURCE_DATE_EPOCH": "1700000000",
            "DASK_SCHEDULER_ADDRESS": f"tcp://127.0.0.1:{port}",  # as the Kubernetes operator sets
            "DASK_WORKER_NAME": "reportgen-worker-0",
        }
        self.background: list[subprocess.Popen[bytes]] = []

    def start(self, line: str) -> subprocess.Popen[bytes]:
        log = open(self.folder / f"process-{len(self.background)}.log", "wb")  # noqa: SIM115
        process = subprocess.Popen(
            ["bash", "-c", local(line, self.port)],
            cwd=self.folder, env=self.env, stdout=log, stderr=log, start_new_session=True,
        )  # fmt: skip
        log.close()
        self.background.append(process)
        return process

    def run(self, line: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["bash", "-c", local(line, self.port)],
            cwd=self.folder, env=self.env, capture_output=True, text=True, timeout=600,
        )  # fmt: skip

    def stop(self, process: subprocess.Popen[bytes]) -> None:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()

    def workers(self) -> int:
        from distributed import Client

        with (
            contextlib.suppress(OSError, TimeoutError),
            Client(f"tcp://127.0.0.1:{self.port}", timeout=5, set_as_default=False) as client,
        ):
            return len(client.scheduler_info()["workers"])
        return -1

    def wait_for(self, count: int) -> None:
        deadline = time.monotonic() + 120
        while self.workers() != count:
            assert time.monotonic() < deadline, (self.folder / "process-0.log").read_text(errors="replace")
            time.sleep(0.3)


@pytest.fixture
def shell(tmp_path: Path) -> Iterator[Shell]:
    project = tmp_path / "project"
    events(project / "data", 3)
    started = Shell(project, _free_port())
    try:
        yield started
    finally:
        for process in started.background:
            started.stop(process)


def _expected_workers(line: str) -> int:
    match = re.search(r"--nworkers (\w+)", line)
    if match is None:
        return 1
    if match.group(1) == "auto":
        from distributed.deploy.utils import nprocesses_nthreads

        return nprocesses_nthreads()[0]  # Dask's own choice for this machine
    return int(match.group(1))


def test_the_documented_cluster_builds_what_a_local_build_writes(shell: Shell, tmp_path: Path) -> None:
    lines = [line for line in shell_lines() if NOT_RUN not in line]
    scheduler = [line for line in lines if _kind(line) == "scheduler"]
    workers = [line for line in lines if _kind(line) == "worker"]
    builds = [line for line in lines if _kind(line) == "build"]
    assert len(scheduler) == 1 and len(workers) == 3 and len(builds) == 4
    shell.start(scheduler[0])
    shell.wait_for(0)
    local_build = shell.run(f"reportgen build data/*.yaml --out {tmp_path / 'local'}")
    assert local_build.returncode == 0, local_build.stderr
    expected = documents(tmp_path / "local")
    assert len([name for name in expected if name.endswith(".docx")]) == 3
    for worker in workers:  # each kind of worker the page starts, alone, builds every event
        process = shell.start(worker)
        shell.wait_for(_expected_workers(worker))
        for build in builds:
            output = shell.folder / "output"
            shutil.rmtree(output, ignore_errors=True)  # each build builds, none is up to date
            done = shell.run(build)
            assert done.returncode == 0, (worker, build, done.stderr)
            assert "3 built, 0 up to date, 0 failed" in done.stdout, (worker, build, done.stdout)
            assert documents(output) == expected, (worker, build)
        shell.stop(process)
        shell.wait_for(0)


def test_dask_jobqueue_writes_the_worker_line_the_page_shows() -> None:
    jobqueue = pytest.importorskip("dask_jobqueue", reason="dask-jobqueue is not installed")
    text = DOC.read_text(encoding="utf-8")
    arguments = re.search(r"SLURMCluster\((.*?)\)\n", text, re.S)
    assert arguments is not None
    options = eval(f"dict({arguments.group(1)})")  # the page's own arguments
    options["scheduler_options"] = {
        **options["scheduler_options"],
        "host": "127.0.0.1",
        "port": 0,
        "dashboard_address": ":0",
    }
    [line] = [line for line in shell_lines() if line.startswith("python -m distributed.cli.dask_worker")]
    with jobqueue.SLURMCluster(**options) as cluster:
        script = cluster.job_script()
        address = cluster.scheduler_address
    written = script.strip().splitlines()[-1]
    assert written == line.replace("python", sys.executable, 1).replace("tcp://SCHEDULER:8786", address)
