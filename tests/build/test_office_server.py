"""--pdf through one long-lived LibreOffice (unoserver): every document of a batch, a crashed office
restarted and the document retried, and no office left when the build ends."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reportgen.build.office_server import OfficeServer, uno_python
from reportgen.build.pdf import find_soffice

from ..conftest import ROOT, TEMPLATES, WAIC

pytestmark = [pytest.mark.slow, pytest.mark.libreoffice]


@pytest.fixture(scope="module")
def python_with_uno() -> str:
    python = uno_python()
    if python is None:
        pytest.skip("no Python with LibreOffice's uno module here (Debian: python3-uno); CI installs it")
    return python


def _offices() -> list[str]:
    done = subprocess.run(["pgrep", "-f", "soffice.bin|unoserver.server"], capture_output=True, text=True)
    return [pid for pid in done.stdout.split() if _alive(int(pid))]


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/status") as status:
            return "State:\tZ" not in status.read()
    except OSError:
        return False


def test_a_batch_converts_through_one_office_and_leaves_none(
    python_with_uno: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REPORTGEN_PDF_SERVER", "1")
    before = set(_offices())
    events = []
    for i in range(3):
        path = tmp_path / f"event-{i}.yaml"
        path.write_text(
            WAIC.read_text(encoding="utf-8").replace("slug: waic-2022", f"slug: event-{i}"), "utf-8"
        )
        events.append(str(path))
    flags = ["--pdf", "--jobs", "2", "--out", str(tmp_path / "out"), "--templates", str(TEMPLATES)]
    done = subprocess.run(
        [sys.executable, "-m", "reportgen", "build", *events, *flags],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    pdfs = sorted(p.name for p in (tmp_path / "out").glob("*.pdf"))
    assert len(pdfs) == 6 and all((tmp_path / "out" / p).read_bytes().startswith(b"%PDF") for p in pdfs)
    time.sleep(0.5)
    assert set(_offices()) <= before, "an office process outlived the build"


def test_a_crashed_office_is_started_again(python_with_uno: str, tmp_path: Path) -> None:
    from reportgen.build.pipeline import build
    from reportgen.build.settings import Settings

    built = build(WAIC, Settings.simple(tmp_path / "out", TEMPLATES))
    deck = next(f for f in built.files if f.suffix == ".pptx")
    server = OfficeServer(python_with_uno, find_soffice(), 120)
    try:
        server.start()
        assert server.convert(deck, tmp_path / "first.pdf")
        os.killpg(server.process.pid, signal.SIGKILL)  # the office dies between two documents
        server.process.wait()
        assert server.convert(deck, tmp_path / "second.pdf")  # noticed, started again, converted
        assert (tmp_path / "second.pdf").read_bytes().startswith(b"%PDF")
    finally:
        server.close()
    assert server.process is None


def test_the_office_server_is_off_unless_asked_for(monkeypatch: pytest.MonkeyPatch) -> None:
    """Its ports are open to every local user while it runs: never started by default."""
    from reportgen.build.office_server import start_servers

    monkeypatch.delenv("REPORTGEN_PDF_SERVER", raising=False)
    assert start_servers(1, 10) == []
