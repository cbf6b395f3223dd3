"""The resident build server: a served `reportgen build` writes the same files, says the same
things and exits with the same code as one that starts cold; Ctrl-C reaches the build; only the
user can reach the socket; a changed reportgen is refused; an idle server stops."""

from __future__ import annotations

import contextlib
import hashlib
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from reportgen import server

from .conftest import ROOT, TEMPLATES, WAIC

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(socket, "SO_PEERCRED"), reason="the build server needs Linux"),
]


def reportgen(env: dict[str, str], *args: str, **options) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reportgen", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        **options,
    )


@pytest.fixture
def env(tmp_path: Path) -> Iterator[dict[str, str]]:
    """An environment whose build server (if started) lives in a folder of this test's own."""
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    environment = {**os.environ, "XDG_RUNTIME_DIR": str(runtime), "SOURCE_DATE_EPOCH": "1700000000"}
    environment.pop("REPORTGEN_SERVER", None)
    yield environment
    reportgen(environment, "server", "stop")
    for pid in _started + _servers_in(runtime):  # whatever happened in the test, none outlives it
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)
    _started.clear()


def _servers_in(runtime: Path) -> list[int]:
    """Processes started with this runtime folder in their environment (servers and their copies)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and int(entry.name) != os.getpid():
            with contextlib.suppress(OSError):
                if f"XDG_RUNTIME_DIR={runtime}\0".encode() in (entry / "environ").read_bytes():
                    found.append(int(entry.name))
    return found


_started: list[int] = []


def status(env: dict[str, str]) -> str:
    return reportgen(env, "server", "status").stdout


def start(env: dict[str, str], *flags: str) -> int:
    done = reportgen(env, "server", "start", *flags)
    assert done.returncode == 0, done.stderr
    pid = int(done.stdout.split("(process ")[1].split(")")[0])
    _started.append(pid)
    return pid


def outputs(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file() and not p.name.startswith(".")
    }


def test_a_served_build_is_the_build_itself(env: dict[str, str], tmp_path: Path) -> None:
    start(env)
    args = ["build", str(WAIC), "--templates", str(TEMPLATES), "--force"]
    served = reportgen(env, *args, "--out", str(tmp_path / "served"))
    alone = reportgen({**env, "REPORTGEN_SERVER": "0"}, *args, "--out", str(tmp_path / "alone"))
    assert served.returncode == alone.returncode == 0, served.stderr
    assert outputs(tmp_path / "served") == outputs(tmp_path / "alone")
    assert len(outputs(tmp_path / "served")) == 7

    def lines(text: str) -> list[str]:  # the same lines, less the folder and the time taken
        return [
            line.split(" in ")[0].replace("served", "X").replace("alone", "X") for line in text.splitlines()
        ]

    assert lines(served.stdout) == lines(alone.stdout)
    assert "1 builds" in status(env)  # it was the server that built it


def test_errors_and_exit_codes_are_the_same(env: dict[str, str], tmp_path: Path) -> None:
    start(env)
    bad = tmp_path / "bad.yaml"
    bad.write_text(WAIC.read_text(encoding="utf-8").replace("value: 121", "value: lots", 1), "utf-8")
    args = ["build", str(bad), "--out", str(tmp_path / "out"), "--templates", str(TEMPLATES)]
    served = reportgen(env, *args)
    alone = reportgen({**env, "REPORTGEN_SERVER": "0"}, *args)
    assert served.returncode == alone.returncode == 3
    assert served.stderr == alone.stderr and "expected a number" in served.stderr
    strict = reportgen(env, "build", "--out", str(tmp_path / "x"), "--strict", "--nonsense")
    assert strict.returncode == 2 and "No such option" in strict.stderr


def test_ctrl_c_reaches_the_served_build(env: dict[str, str], tmp_path: Path) -> None:
    pid = start(env)
    events = []
    for i in range(8):
        event = tmp_path / f"event-{i}.yaml"
        event.write_text(WAIC.read_text(encoding="utf-8").replace("slug: waic-2022", f"slug: e-{i}"), "utf-8")
        events.append(str(event))
    out = tmp_path / "out"
    build = subprocess.Popen(
        [sys.executable, "-m", "reportgen", "build", *events, "--out", str(out), "--jobs", "1"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 120
    while not list(out.glob("*.docx")) and time.monotonic() < deadline:
        time.sleep(0.02)
    build.send_signal(signal.SIGINT)
    _, stderr = build.communicate(timeout=60)
    assert build.returncode == 130, stderr
    assert "interrupted: each output is either the earlier file or a complete new one" in stderr
    assert len(list(out.glob("*-briefing.docx"))) < 8
    assert not [p for p in out.iterdir() if p.name.startswith(".reportgen-staging")]
    time.sleep(0.3)
    children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    alive = [c for c in children if "State:\tZ" not in _status(c)]  # the server reaps the rest
    assert alive == [], "the served build went on after Ctrl-C"


def _status(pid: str) -> str:
    try:
        return Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return "State:\tZ (gone)"


def test_only_the_user_can_reach_it(
    env: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    start(env)
    folder = Path(env["XDG_RUNTIME_DIR"]) / "reportgen"
    assert folder.stat().st_mode & 0o777 == 0o700
    assert (folder / server.NAME).stat().st_mode & 0o077 == 0
    monkeypatch.setenv("XDG_RUNTIME_DIR", env["XDG_RUNTIME_DIR"])
    assert server.run_folder() == folder
    folder.chmod(0o755)  # a folder others may enter is never trusted
    try:
        assert server.run_folder() is None
        assert server.delegate(["build", "--help"]) is None
    finally:
        folder.chmod(0o700)


def test_a_changed_reportgen_is_refused_and_the_server_stops(
    env: dict[str, str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    start(env)
    monkeypatch.setenv("XDG_RUNTIME_DIR", env["XDG_RUNTIME_DIR"])
    monkeypatch.setattr(server, "identity", lambda: "another reportgen")
    assert server.delegate(["build", "--help"]) is None  # the caller builds on its own
    assert "reportgen changed since its build server started" in capsys.readouterr().err
    time.sleep(0.5)
    assert "no build server is running" in status(env)


def test_an_idle_server_stops(env: dict[str, str]) -> None:
    start(env, "--idle", "0.05")
    deadline = time.monotonic() + 30
    while "running (process" in status(env) and time.monotonic() < deadline:
        time.sleep(0.5)
    assert "no build server is running" in status(env)
    assert not (Path(env["XDG_RUNTIME_DIR"]) / "reportgen" / server.NAME).exists()


def test_a_server_whose_socket_is_gone_stops(env: dict[str, str]) -> None:
    """Its folder removed (a cleaned-up temporary folder), nobody can reach it: it stops."""
    import shutil

    pid = start(env)
    shutil.rmtree(Path(env["XDG_RUNTIME_DIR"]) / "reportgen")
    deadline = time.monotonic() + 10
    while (
        Path(f"/proc/{pid}").exists() and "State:\tZ" not in _status(str(pid)) and time.monotonic() < deadline
    ):
        time.sleep(0.2)
    assert not Path(f"/proc/{pid}").exists() or "State:\tZ" in _status(str(pid))
