"""`reportgen build --scheduler`: events built on a real Dask cluster (a `dask scheduler` and
`dask worker` processes on 127.0.0.1, started as users start them: each worker under its nanny),
committed by the client, the same bytes as a local build, a worker killed mid-build, a bad event
among good ones, schedulers that cannot be reached, workers that hang or send what they should not."""

from __future__ import annotations

import contextlib
import importlib.util
import os
import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportgen.cli import main
from reportgen.cluster import cluster

from ..conftest import ROOT, TEMPLATES, WAIC, digests, docx_text

pytestmark = pytest.mark.slow
distributed = pytest.importorskip("distributed", reason="the cluster tests need reportgen-events[dask]")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Cluster:
    """A scheduler and workers, each `dask worker` under its nanny (Dask's default), each in its
    own process group so that stopping one stops the processes it started too."""

    def __init__(
        self, folder: Path, workers: int, env: dict[str, str] | None = None, worker_args: tuple[str, ...] = ()
    ) -> None:
        self.folder, self.env = folder, {**os.environ, **(env or {})}
        self.address = f"tcp://127.0.0.1:{_free_port()}"
        self.processes: list[subprocess.Popen[bytes]] = []
        port = self.address.rsplit(":", 1)[1]
        self._start("scheduler", "--host", "127.0.0.1", "--port", port, "--no-dashboard")
        flags = [*self._worker_flags(), *worker_args]
        self.workers = [self._start("worker", self.address, *flags) for _ in range(workers)]
        if not self.wait_for_workers(workers):
            self.stop()
            raise RuntimeError("the test cluster did not start")

    def wait_for_workers(self, count: int, seconds: float = 60) -> bool:
        from distributed import Client

        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            with (
                contextlib.suppress(OSError, TimeoutError),
                Client(self.address, timeout=5, set_as_default=False) as client,
            ):
                if len(client.scheduler_info()["workers"]) == count:
                    return True
            time.sleep(0.3)
        return False

    def worker_pids(self) -> dict[str, int]:
        """Each worker's own process (under its nanny), by address."""
        from distributed import Client

        with Client(self.address, timeout=10, set_as_default=False) as client:
            return client.run(os.getpid)

    @staticmethod
    def _worker_flags() -> list[str]:
        return ["--nthreads", "1", "--no-dashboard", "--death-timeout", "60"]

    def _start(self, role: str, *args: str) -> subprocess.Popen[bytes]:
        log = open(self.folder / f"{role}-{len(self.processes)}.log", "wb")  # noqa: SIM115
        process = subprocess.Popen(
            [sys.executable, "-m", "distributed.cli.dask_" + role, *args],
            cwd=self.folder,  # not the project: workers get everything they read from the client
            stdout=log,
            stderr=log,
            env=self.env,
            start_new_session=True,
        )
        log.close()
        self.processes.append(process)
        return process

    def kill(self, process: subprocess.Popen[bytes]) -> None:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()

    def stop(self) -> None:
        for process in self.processes:
            self.kill(process)


@contextlib.contextmanager
def running_cluster(
    folder: Path, workers: int = 2, env: dict[str, str] | None = None, worker_args: tuple[str, ...] = ()
) -> Iterator[Cluster]:
    folder.mkdir(parents=True, exist_ok=True)
    started = Cluster(folder, workers, env, worker_args)
    try:
        yield started
    finally:
        started.stop()  # even when the test failed


@pytest.fixture(scope="module")
def shared_cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    with running_cluster(tmp_path_factory.mktemp("cluster")) as started:
        yield started


def events(folder: Path, count: int) -> list[Path]:
    """Copies of the bundled event, each with its own slug and its numbers scaled (so its charts
    differ from every other's)."""
    folder.mkdir(parents=True, exist_ok=True)
    text = WAIC.read_text(encoding="utf-8")
    made = []
    for i in range(count):
        scaled = re.sub(
            r"(\n\s+value: )(\d+)\b", lambda m, i=i: f"{m.group(1)}{int(m.group(2)) * (i + 2)}", text
        )
        path = folder / f"event-{i:03d}.yaml"
        path.write_text(scaled.replace("slug: waic-2022", f"slug: event-{i:03d}"), encoding="utf-8")
        made.append(path)
    return made


def documents(folder: Path) -> dict[str, str]:
    """The hashes of the outputs (not the stamp, which names the folder it is in)."""
    return {name: digest for name, digest in digests(folder).items() if not name.startswith(".")}


def reportgen(
    *args: str, env: dict[str, str] | None = None, cwd: Path = ROOT
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reportgen", "build", "--templates", str(TEMPLATES), *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=900,
        env={**os.environ, "SOURCE_DATE_EPOCH": "1700000000", **(env or {})},
    )


def build_until(files: list[str], out: Path, address: str, documents: int) -> subprocess.Popen[str]:
    """A cluster build of `files`, running, once it has written `documents` documents."""
    build = subprocess.Popen(
        [sys.executable, "-m", "reportgen", "build", "--templates", str(TEMPLATES), *files,
         "--out", str(out), "--scheduler", address],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "SOURCE_DATE_EPOCH": "1700000000"},
    )  # fmt: skip
    deadline = time.monotonic() + 300
    while len(list(out.glob("*.docx"))) < documents and time.monotonic() < deadline:
        time.sleep(0.05)
    return build


def test_fifty_events_on_the_cluster_are_the_bytes_a_local_build_writes(
    shared_cluster: Cluster, tmp_path: Path
) -> None:
    files = [str(e) for e in events(tmp_path / "events", 50)]
    remote = reportgen(*files, "--out", str(tmp_path / "remote"), "--scheduler", shared_cluster.address)
    assert remote.returncode == 0, remote.stderr
    local = reportgen(*files, "--out", str(tmp_path / "local"), "--jobs", "2")
    assert local.returncode == 0, local.stderr
    built = documents(tmp_path / "remote")
    assert len([n for n in built if n.endswith(".docx")]) == 50
    assert built == documents(tmp_path / "local")  # every document and picture, byte for byte
    assert "50 built, 0 up to date, 0 failed" in remote.stdout
    assert re.search(r"50/50 done, 0 failed", remote.stderr)
    # the client keeps what the workers drew, and a later build sends it back with the events
    # three pictures an event: its two charts of two values are printed as sentences, never drawn
    assert len(list((tmp_path / "remote" / ".reportgen-cache").glob("*.png"))) == 150
    again = reportgen(
        files[0], "--out", str(tmp_path / "remote"), "--scheduler", shared_cluster.address, "--force"
    )
    assert again.returncode == 0, again.stderr
    assert "(0 chart pictures drawn, 3 from cache)" in again.stdout


def test_a_bilingual_event_on_the_cluster_sends_back_both_editions(
    shared_cluster: Cluster, tmp_path: Path
) -> None:
    """The client accepts only the files a build of the event writes: both languages' (issue 20)."""
    event = events(tmp_path / "events", 1)[0]
    text = event.read_text(encoding="utf-8").replace("  locale: en_GB\n", "  languages: [en_GB, zh_CN]\n")
    event.write_text(text, encoding="utf-8")
    remote = reportgen(str(event), "--out", str(tmp_path / "remote"), "--scheduler", shared_cluster.address)
    assert remote.returncode == 0, remote.stderr
    local = reportgen(str(event), "--out", str(tmp_path / "local"))
    assert local.returncode == 0, local.stderr
    built = documents(tmp_path / "remote")
    assert built == documents(tmp_path / "local")
    assert sorted(n for n in built if not n.endswith(".png")) == [
        "event-000-briefing.en_GB.docx",
        "event-000-briefing.zh_CN.docx",
        "event-000-deck.en_GB.pptx",
        "event-000-deck.zh_CN.pptx",
    ]


def test_a_bad_event_fails_alone_with_the_local_message(shared_cluster: Cluster, tmp_path: Path) -> None:
    good = events(tmp_path / "events", 3)
    bad = tmp_path / "events" / "broken.yaml"
    bad.write_text(good[0].read_text(encoding="utf-8").replace("slug: event-000", "slug: [oops"), "utf-8")
    remote = reportgen(
        *map(str, [*good, bad]), "--out", str(tmp_path / "remote"), "--scheduler", shared_cluster.address
    )
    local = reportgen(str(bad), "--out", str(tmp_path / "local"))
    assert remote.returncode == local.returncode == 3
    message = next(line for line in local.stderr.splitlines() if line.startswith("error:"))
    assert "broken.yaml:" in message
    assert message in remote.stderr
    assert "3 built, 0 up to date, 1 failed" in remote.stdout
    assert len(list((tmp_path / "remote").glob("*.docx"))) == 3


def test_a_worker_killed_mid_build_costs_only_time(tmp_path: Path) -> None:
    files = [str(e) for e in events(tmp_path / "events", 16)]
    out = tmp_path / "out"
    with running_cluster(tmp_path / "cluster") as own:
        build = build_until(files, out, own.address, documents=1)
        own.kill(own.workers[0])  # mid-build: some events are done, others are on that worker
        stdout, stderr = build.communicate(timeout=600)
    assert build.returncode == 0, stderr
    built = re.findall(r"^built (.+?):", stdout, re.MULTILINE)
    assert len(built) == 16 and "16 built, 0 up to date, 0 failed" in stdout  # each event once
    for i in range(16):
        text = docx_text(out / f"event-{i:03d}-briefing.docx")  # whole: it opens, with its story
        assert "World Artificial Intelligence Conference 2022" in text
    assert not [p for p in out.iterdir() if p.name.startswith(".reportgen-staging")]


def test_the_only_worker_holding_the_templates_killed_costs_only_time(tmp_path: Path) -> None:
    """What every task needs (templates, settings) must outlive the workers that hold it. Dask's
    memory manager drops spare copies, and a worker that joins later has none, so it can be on one
    worker only: scattered, it went with that worker, and every event not yet built failed with
    "lost dependencies" (CI). Here the cluster's only worker dies and another takes its place."""
    files = [str(e) for e in events(tmp_path / "events", 8)]
    out = tmp_path / "out"
    with running_cluster(tmp_path / "cluster", workers=1) as own:
        build = build_until(files, out, own.address, documents=1)
        own.kill(own.workers[0])  # the templates' only holder: gone with the events it had
        own.workers.append(own._start("worker", own.address, *own._worker_flags()))  # its successor
        stdout, stderr = build.communicate(timeout=600)
    assert build.returncode == 0, stderr
    assert "8 built, 0 up to date, 0 failed" in stdout
    for i in range(8):
        text = docx_text(out / f"event-{i:03d}-briefing.docx")
        assert "World Artificial Intelligence Conference 2022" in text


def test_a_worker_without_libreoffice_is_a_clear_error(tmp_path: Path) -> None:
    [event] = events(tmp_path / "events", 1)
    with running_cluster(tmp_path / "cluster", 1, env={"REPORTGEN_SOFFICE": "/nowhere/soffice"}) as own:
        done = reportgen(str(event), "--pdf", "--out", str(tmp_path / "out"), "--scheduler", own.address)
    assert done.returncode == 5
    assert re.search(r"error: on worker tcp://127\.0\.0\.1:\d+: --pdf needs LibreOffice", done.stderr)
    assert not list((tmp_path / "out").glob("*.docx")) if (tmp_path / "out").exists() else True


def test_an_unreachable_scheduler_is_exit_5_naming_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cluster, "CONNECT_SECONDS", 2.0)
    address = f"tcp://127.0.0.1:{_free_port()}"
    result = CliRunner().invoke(main, ["build", str(WAIC), "--out", str(tmp_path), "--scheduler", address])
    assert result.exit_code == 5
    assert result.output.startswith(f"error: cannot reach the Dask scheduler at {address} (")
    assert "Traceback" not in result.output
    assert not list(tmp_path.glob("*.docx"))


def test_the_scheduler_can_come_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cluster, "CONNECT_SECONDS", 2.0)
    address = f"tcp://127.0.0.1:{_free_port()}"
    monkeypatch.setenv("REPORTGEN_SCHEDULER", address)
    result = CliRunner().invoke(main, ["build", str(WAIC), "--out", str(tmp_path)])
    assert result.exit_code == 5 and address in result.output


def test_without_distributed_scheduler_is_one_line_with_the_install_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "distributed" else real(name, *a)
    )
    result = CliRunner().invoke(
        main, ["build", str(WAIC), "--out", str(tmp_path), "--scheduler", "tcp://x:1"]
    )
    assert result.exit_code == 5
    assert result.output == (
        "error: --scheduler needs Dask's distributed, which is not installed: "
        'pip install "reportgen-events[dask]"\n'
    )


def test_a_local_build_never_imports_distributed(tmp_path: Path) -> None:
    script = (
        "import sys\nfrom reportgen.cli import main\n"
        f"try:\n    main.main(['build', {str(WAIC)!r}, '--out', {str(tmp_path)!r}, '--jobs', '1'],"
        " standalone_mode=False)\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('distributed', 'dask')))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert done.stdout.strip().splitlines()[-1] == "[]", done.stderr
    assert list(tmp_path.glob("*.docx"))


def test_ctrl_c_cancels_the_rest_and_leaves_each_event_earlier_or_new(tmp_path: Path) -> None:
    files = [str(e) for e in events(tmp_path / "events", 30)]
    out = tmp_path / "out"
    with running_cluster(tmp_path / "cluster") as own:
        build = build_until(files, out, own.address, documents=2)
        build.send_signal(signal.SIGINT)
        _, stderr = build.communicate(timeout=120)
        assert build.returncode == 130, stderr
        assert "interrupted" in stderr and "Traceback" not in stderr
        from distributed import Client

        with Client(own.address, timeout=10, set_as_default=False) as client:
            deadline = time.monotonic() + 30
            while any(client.processing().values()) and time.monotonic() < deadline:
                time.sleep(0.2)
            assert not any(client.processing().values()), "tasks went on after Ctrl-C"
    briefings = sorted(out.glob("*-briefing.docx"))
    assert 2 <= len(briefings) < 30
    for briefing in briefings:  # every event written is whole: both documents, and they open
        assert "World Artificial Intelligence Conference 2022" in docx_text(briefing)
        assert briefing.with_name(briefing.name.replace("-briefing.docx", "-deck.pptx")).is_file()
    assert not [p for p in out.iterdir() if p.name.startswith(".reportgen-staging")]


@pytest.mark.libreoffice
def test_pdfs_on_the_cluster_come_from_the_workers_offices(
    soffice: str, shared_cluster: Cluster, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    files = [str(e) for e in events(tmp_path / "events", 3)]
    done = reportgen(*files, "--pdf", "--out", str(tmp_path / "out"), "--scheduler", shared_cluster.address)
    assert done.returncode == 0, done.stderr
    for i in range(3):
        text = " ".join(
            p.extract_text() for p in PdfReader(str(tmp_path / "out" / f"event-{i:03d}-briefing.pdf")).pages
        )
        assert "World Artificial Intelligence Conference 2022" in text
        assert len(PdfReader(str(tmp_path / "out" / f"event-{i:03d}-deck.pdf")).pages) >= 5


def test_a_worker_running_other_code_refuses_to_build(shared_cluster: Cluster, tmp_path: Path) -> None:
    """Byte-identical results need the same reportgen everywhere: a worker with other code says so."""
    from dataclasses import replace

    from distributed import Client

    from reportgen.cluster.cluster import _job, _shared
    from reportgen.cluster.remote import build_on_worker
    from reportgen.project.settings import Settings

    settings = Settings.simple(tmp_path / "out", TEMPLATES)
    shared = replace(_shared(settings), code="0.0.1+000000000000")
    job = _job(WAIC, settings, cluster._ChartIndex(None), False)
    with Client(shared_cluster.address, timeout=10, set_as_default=False) as client:
        rendered = client.submit(build_on_worker, job, shared, pure=False).result(timeout=120)
    assert rendered.code == 5 and not rendered.files
    assert "install the same reportgen on every worker" in rendered.error
    assert rendered.error.startswith("on worker tcp://127.0.0.1:")


def test_a_scheduler_lost_mid_build_fails_the_rest_with_the_reason(tmp_path: Path) -> None:
    files = [str(e) for e in events(tmp_path / "events", 12)]
    out = tmp_path / "out"
    with running_cluster(tmp_path / "cluster") as own:
        build = build_until(files, out, own.address, documents=1)
        own.kill(own.processes[0])  # the scheduler
        stdout, stderr = build.communicate(timeout=300)
    assert build.returncode == 5, stderr
    failed = re.findall(r"^failed: .*$", stderr, re.M)
    built = len(re.findall(r"^built ", stdout, re.M))
    assert built + len(failed) == 12
    # each event not built says why: the scheduler is gone, or its task went with it
    assert any("lost the Dask scheduler at tcp://127.0.0.1:" in line for line in failed)
    assert all("lost the Dask scheduler" in line or "the cluster could not build" in line for line in failed)
    assert "ERROR" not in stderr and "Traceback" not in stderr  # Dask's own logs stay quiet
    for briefing in out.glob("*-briefing.docx"):
        assert "World Artificial Intelligence Conference 2022" in docx_text(briefing)
    assert not [p for p in out.iterdir() if p.name.startswith(".reportgen-staging")]


def test_a_cluster_without_workers_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cluster, "WORKER_WAIT_SECONDS", 2.0)
    with running_cluster(tmp_path / "cluster", workers=0) as own:
        result = CliRunner().invoke(
            main, ["build", str(WAIC), "--out", str(tmp_path / "out"), "--scheduler", own.address]
        )
    assert result.exit_code == 5
    assert f"error: the Dask scheduler at {own.address} has no workers" in result.output
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").glob("*.docx"))


def _events_named(folder: Path, names: list[str]) -> list[Path]:
    """Copies of the bundled event, each with its name as its file name and slug."""
    folder.mkdir(parents=True, exist_ok=True)
    text = WAIC.read_text(encoding="utf-8")
    made = []
    for name in names:
        path = folder / f"{name}.yaml"
        path.write_text(text.replace("slug: waic-2022", f"slug: {name}"), encoding="utf-8")
        made.append(path)
    return made


def test_a_worker_process_killed_under_its_nanny_costs_only_time(tmp_path: Path) -> None:
    """As a reviewer does it: kill one worker's process mid-batch; its nanny starts a new one, the
    tasks are retried, and every event is built whole, byte for byte as a local build."""
    files = [str(e) for e in events(tmp_path / "events", 16)]
    out = tmp_path / "out"
    with running_cluster(tmp_path / "cluster") as own:
        pids = own.worker_pids()
        build = build_until(files, out, own.address, documents=1)
        os.kill(sorted(pids.values())[0], signal.SIGKILL)  # the worker, not its nanny
        stdout, stderr = build.communicate(timeout=600)
        restarted = own.wait_for_workers(2)
    assert build.returncode == 0, stderr
    assert "16 built, 0 up to date, 0 failed" in stdout
    assert restarted  # the nanny started a new worker
    local = reportgen(*files, "--out", str(tmp_path / "local"), "--jobs", "2")
    assert local.returncode == 0, local.stderr
    assert documents(out) == documents(tmp_path / "local")
    assert not [p for p in out.iterdir() if p.name.startswith(".reportgen-staging")]


def test_a_local_cluster_of_processes_builds_every_event(tmp_path: Path) -> None:
    """distributed.LocalCluster with processes: its workers are daemonic, under nannies."""
    from distributed import LocalCluster

    files = [str(e) for e in events(tmp_path / "events", 4)]
    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0", host="127.0.0.1"
    ) as local_cluster:
        done = reportgen(
            *files, "--out", str(tmp_path / "out"), "--scheduler", local_cluster.scheduler_address
        )
    assert done.returncode == 0, done.stderr
    assert "4 built, 0 up to date, 0 failed" in done.stdout
    for i in range(4):
        assert "World Artificial Intelligence Conference 2022" in docx_text(
            tmp_path / "out" / f"event-{i:03d}-briefing.docx"
        )


_HANG = """
import time

import reportgen.cluster.remote as remote


def build_on_worker(job, shared):  # a task that never returns
    while True:
        time.sleep(1)


remote.build_on_worker = build_on_worker
"""


def test_a_task_that_never_returns_fails_its_event_after_the_deadline(tmp_path: Path) -> None:
    """A worker whose task hangs (a preloaded module makes it so): the client gives up on the event
    at the deadline, in words, instead of waiting for ever. The deadline is shortened here."""
    (tmp_path / "hang.py").write_text(_HANG, encoding="utf-8")
    [event] = events(tmp_path / "events", 1)
    out = tmp_path / "out"
    script = (
        "import sys\nfrom reportgen.cluster import cluster\n"
        "cluster.deadline = lambda settings: 2.0\ncluster.WAIT_MARGIN_SECONDS = 1.0\n"
        "from reportgen.cli import main\n"
        "main.main(sys.argv[1:], standalone_mode=True)\n"
    )
    with running_cluster(
        tmp_path / "cluster", 1, worker_args=("--preload", str(tmp_path / "hang.py"))
    ) as own:
        done = subprocess.run(
            [sys.executable, "-c", script, "build", "--templates", str(TEMPLATES), str(event),
             "--out", str(out), "--scheduler", own.address],
            cwd=ROOT, capture_output=True, text=True, timeout=300,
        )  # fmt: skip
    assert done.returncode == 5, done.stderr
    assert re.search(
        r"^error: the cluster did not finish building \S*event-000\.yaml within 3 s \(the build's own "
        r"time limits and a margin\) on tcp://127\.0\.0\.1:\d+, which may be stuck; it was given up$",
        done.stderr,
        re.M,
    ), done.stderr
    assert not out.exists() or not list(out.glob("*.docx"))


_TAMPER = """
import reportgen.cluster.remote as remote

# Dask imports a preload module twice in a worker under a nanny: wrap the real task only once
_real = remote.__dict__.setdefault("_real_build_on_worker", remote.build_on_worker)


def build_on_worker(job, shared):  # a worker that adds to, or changes, what an event's build wrote
    rendered = _real(job, shared)
    name = job.event.stem
    files = rendered.files
    if name == "extra":
        files["notes.pdf"] = b"%PDF-1.4\\n1 0 obj << /Type /Page >> endobj\\n%%EOF\\n"
    elif name == "other":
        files["someone-briefing.docx"] = files["other-briefing.docx"]
    elif name == "picture":
        files["picture-chart-media.png"] = b"\\x89PNG\\r\\n\\x1a\\n" + b"not a picture" * 10
    elif name == "swapped":
        files["swapped-briefing.docx"] = files["swapped-deck.pptx"]
    elif name == "missing":
        del files["missing-deck.pptx"]
    return rendered


remote.build_on_worker = build_on_worker
"""


def test_a_worker_that_sends_other_files_than_the_build_writes_is_refused(tmp_path: Path) -> None:
    """A worker (a preloaded module) adds notes.pdf, another event's briefing, a picture that is
    none, a deck named as a briefing, or leaves a document out: that event fails, saying what, and
    nothing it sent is written; the user's files stay; an honest event beside them is built."""
    (tmp_path / "tamper.py").write_text(_TAMPER, encoding="utf-8")
    names = ["honest", "extra", "other", "picture", "swapped", "missing"]
    files = _events_named(tmp_path / "events", names)
    out = tmp_path / "out"
    out.mkdir()
    (out / "notes.pdf").write_bytes(b"the user's own notes")
    (out / "someone-briefing.docx").write_bytes(b"another event's briefing")
    with running_cluster(
        tmp_path / "cluster", 1, worker_args=("--preload", str(tmp_path / "tamper.py"))
    ) as own:
        done = reportgen(*map(str, files), "--out", str(out), "--scheduler", own.address)
    assert done.returncode == 5, done.stderr
    worker = r"a worker \(tcp://127\.0\.0\.1:\d+\)"
    for expected in (
        rf"{worker} sent notes\.pdf, which this event's build does not write",
        rf"{worker} sent someone-briefing\.docx, which this event's build does not write",
        rf"{worker} sent picture-chart-media\.png, which is not a PNG picture",
        rf"{worker} did not send missing-deck\.pptx, which this event's build writes",
    ):
        assert re.search(rf"^error: {expected}$", done.stderr, re.M), (expected, done.stderr)
    assert re.search(
        rf"^error: {worker} sent swapped-briefing\.docx, which does not pass the checks a build makes: "
        r"the main part ppt/presentation\.xml is not a \.docx document \(application/vnd\.openxmlformats-"
        r"officedocument\.presentationml\.presentation\.main\+xml\)$",
        done.stderr,
        re.M,
    ), done.stderr
    assert "1 built, 0 up to date, 5 failed" in done.stdout
    assert (out / "notes.pdf").read_bytes() == b"the user's own notes"
    assert (out / "someone-briefing.docx").read_bytes() == b"another event's briefing"
    assert sorted(p.name for p in out.glob("*.docx")) == ["honest-briefing.docx", "someone-briefing.docx"]
    assert "World Artificial Intelligence Conference 2022" in docx_text(out / "honest-briefing.docx")
    assert (
        not list(out.glob("extra-*")) and not list(out.glob("picture-*")) and not list(out.glob("missing-*"))
    )


def _connect_in_words(address: str) -> subprocess.CompletedProcess[str]:
    """`reportgen build --scheduler ADDRESS` in a process of its own (so a hang fails the test),
    with a connect timeout of 3 s."""
    script = (
        "import sys\nfrom reportgen.cluster import cluster\ncluster.CONNECT_SECONDS = 3.0\n"
        "from reportgen.cli import main\nmain.main(sys.argv[1:], standalone_mode=True)\n"
    )
    return subprocess.run(
        [sys.executable, "-c", script, "build", str(WAIC), "--out", "out", "--scheduler", address],
        capture_output=True, text=True, timeout=120, cwd=ROOT,
    )  # fmt: skip


@contextlib.contextmanager
def _server(kind: str) -> Iterator[str]:
    """A tiny server on 127.0.0.1 that is not a Dask scheduler: a web server, or one that accepts
    connections and never says anything."""
    import http.server
    import threading

    if kind == "http":
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), http.server.SimpleHTTPRequestHandler)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            yield f"tcp://127.0.0.1:{server.server_address[1]}"
        finally:
            server.shutdown()
            server.server_close()
        return
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        yield f"tcp://127.0.0.1:{listener.getsockname()[1]}"


@pytest.mark.parametrize("kind", ["http", "silent"])
def test_an_address_that_answers_but_is_not_a_scheduler_fails_within_the_timeout(
    kind: str, tmp_path: Path
) -> None:
    with _server(kind) as address:
        done = _connect_in_words(address)
    assert done.returncode == 5, done.stderr
    assert done.stderr.splitlines()[0] == (
        f"error: {address} accepts connections but did not answer as a Dask scheduler within 3 s "
        "(is it the scheduler's port, 8786 by default, and not a web page's or the dashboard's?)"
    )
    assert "Traceback" not in done.stderr


def test_a_workers_address_is_not_taken_for_the_schedulers(shared_cluster: Cluster) -> None:
    worker = sorted(shared_cluster.worker_pids())[0]
    done = _connect_in_words(worker)
    assert done.returncode == 5, done.stderr
    assert done.stderr.splitlines()[0] == f"error: {worker} is a Dask worker, not a Dask scheduler"


def test_a_client_whose_scheduler_is_gone_still_fails_the_rest_with_the_reason(monkeypatch) -> None:
    """Losing the scheduler mid-build closes the client's connection, and `client.scheduler` becomes
    None: reading its address for the message raised AttributeError (exit 1, a traceback) in CI."""
    from types import SimpleNamespace

    from reportgen.cluster import cluster as on_cluster

    client = SimpleNamespace(scheduler=SimpleNamespace(address="tcp://127.0.0.1:8786"))

    def lost(unfinished, *args, **kwargs):
        client.scheduler = None  # as distributed leaves it once its connection pool closes
        raise ConnectionError("ConnectionPool closing.")
        yield  # a generator, as _run is

    monkeypatch.setattr(on_cluster, "_run", lost)
    events = [Path("a.yaml"), Path("b.yaml")]
    outcomes = list(on_cluster.run_on_cluster(events, None, client, None))  # type: ignore[arg-type]
    assert [o.code for o in outcomes] == [5, 5]
    assert outcomes[0].error == (
        "lost the Dask scheduler at tcp://127.0.0.1:8786 (ConnectionError: ConnectionPool closing.)"
    )


def test_any_error_from_a_client_that_stopped_running_is_the_lost_scheduler(monkeypatch) -> None:
    """A call made while the client closes raised RuntimeError("ConnectionPool is closed") from
    the progress line's `client.processing()`: exit 1 with a traceback in CI, where a lost
    scheduler is exit 5 with the reason. An error from a running client stays ours, and raises."""
    from types import SimpleNamespace

    from reportgen.cluster import cluster as on_cluster

    def closed_pool(*args, **kwargs):
        raise RuntimeError("ConnectionPool is closed")

    client = SimpleNamespace(
        scheduler=SimpleNamespace(address="tcp://127.0.0.1:8786"), status="closed", processing=closed_pool
    )
    assert on_cluster.busy_workers(client) == []
    assert on_cluster._worker_of(client, "reportgen-x") == ""

    def lost(unfinished, *args, **kwargs):
        closed_pool()
        yield

    monkeypatch.setattr(on_cluster, "_run", lost)
    events = [Path("a.yaml"), Path("b.yaml")]
    outcomes = list(on_cluster.run_on_cluster(events, None, client, None))  # type: ignore[arg-type]
    assert [o.code for o in outcomes] == [5, 5]
    assert outcomes[1].error == (
        "lost the Dask scheduler at tcp://127.0.0.1:8786 (RuntimeError: ConnectionPool is closed)"
    )
    client.status = "running"
    with pytest.raises(RuntimeError, match="ConnectionPool is closed"):
        list(on_cluster.run_on_cluster(events, None, client, None))  # type: ignore[arg-type]
