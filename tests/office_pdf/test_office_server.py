"""--pdf through one long-lived LibreOffice per build process (LibreOfficeKit in a helper): every
document of a batch, a crashed or hung office killed, restarted and the document retried once, no
port opened, and no office left when the build ends."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reportgen.errors import OutputError
from reportgen.office_pdf import office_server
from reportgen.office_pdf.office_server import Office, office_for_this_process, office_program, to_pdfs

from ..conftest import ROOT, TEMPLATES, WAIC, live_processes

HELPER = "reportgen.office_pdf.lok"


def _offices() -> set[int]:
    """Live office helpers and LibreOffice processes."""
    return set(live_processes(HELPER)) | set(live_processes("soffice.bin"))


@pytest.fixture
def own_offices(monkeypatch: pytest.MonkeyPatch):
    """A fresh table of offices for the test; any it started are stopped after it."""
    monkeypatch.setattr(office_server, "_OFFICES", {})
    yield
    office_server.stop_offices()


@pytest.fixture(scope="module")
def deck(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from reportgen.pipeline.pipeline import build
    from reportgen.project.settings import Settings

    built = build(WAIC, Settings.simple(tmp_path_factory.mktemp("built"), TEMPLATES))
    return next(f for f in built.files if f.suffix == ".pptx")


@pytest.mark.slow
@pytest.mark.libreoffice
def test_a_batch_converts_through_long_lived_offices_and_leaves_none(soffice: str, tmp_path: Path) -> None:
    events = []
    for i in range(3):
        path = tmp_path / f"event-{i}.yaml"
        path.write_text(
            WAIC.read_text(encoding="utf-8").replace("slug: waic-2022", f"slug: event-{i}"), "utf-8"
        )
        events.append(str(path))
    flags = ["--pdf", "--jobs", "2", "--out", str(tmp_path / "out"), "--templates", str(TEMPLATES)]
    # the build's offices keep their profiles in its temporary folder: the offices another test
    # worker starts meanwhile (a --pdf build of its own) are not this build's
    private = tmp_path / "tmp"
    private.mkdir()
    done = subprocess.run(
        [sys.executable, "-m", "reportgen", "build", *events, *flags],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "TMPDIR": str(private)},
    )
    assert done.returncode == 0, done.stderr
    pdfs = sorted(p.name for p in (tmp_path / "out").glob("*.pdf"))
    assert len(pdfs) == 6 and all((tmp_path / "out" / p).read_bytes().startswith(b"%PDF") for p in pdfs)
    time.sleep(0.5)
    assert not live_processes(str(private)), "an office process outlived the build"


@pytest.mark.slow
@pytest.mark.libreoffice
def test_the_office_listens_on_no_socket(soffice: str, deck: Path, tmp_path: Path, own_offices) -> None:
    """No TCP port and no listening Unix socket: only the build holds the office's pipes."""
    office = office_for_this_process(120)
    assert office is not None and office.process is not None
    to_pdfs([deck], tmp_path, 120)  # the office is up and has worked
    sockets = set()
    for fd in Path(f"/proc/{office.process.pid}/fd").iterdir():
        target = os.readlink(fd)
        if target.startswith("socket:["):
            sockets.add(target[8:-1])
    listening = set()
    for table in ("tcp", "tcp6", "udp", "udp6"):
        for line in Path(f"/proc/net/{table}").read_text().splitlines()[1:]:
            fields = line.split()
            listening.add(fields[9])  # any inet socket at all counts
    for line in Path("/proc/net/unix").read_text().splitlines()[1:]:
        fields = line.split()
        if int(fields[3], 16) & 0x10000:  # __SO_ACCEPTCON: listening
            listening.add(fields[6])
    assert not sockets & listening


@pytest.mark.slow
@pytest.mark.libreoffice
def test_a_crashed_office_is_started_again(soffice: str, deck: Path, tmp_path: Path, own_offices) -> None:
    office = office_for_this_process(120)
    assert office is not None
    (tmp_path / "first").mkdir()
    to_pdfs([deck], tmp_path / "first", 120)
    first = office.process.pid
    os.killpg(first, signal.SIGKILL)  # the office dies between two documents
    (tmp_path / "second").mkdir()
    [pdf] = to_pdfs([deck], tmp_path / "second", 120)  # noticed, started again, converted
    assert pdf.read_bytes().startswith(b"%PDF") and office.starts == 2
    assert first not in _offices()


@pytest.mark.slow
@pytest.mark.libreoffice
def test_a_hung_office_is_killed_and_the_document_retried(
    soffice: str, deck: Path, tmp_path: Path, own_offices
) -> None:
    office = office_for_this_process(20)
    assert office is not None
    (tmp_path / "first").mkdir()
    to_pdfs([deck], tmp_path / "first", 20)
    hung = office.process.pid
    os.kill(hung, signal.SIGSTOP)  # the office stops answering
    (tmp_path / "second").mkdir()
    started = time.monotonic()
    [pdf] = to_pdfs([deck], tmp_path / "second", 8)
    assert 8 <= time.monotonic() - started < 60
    assert pdf.read_bytes().startswith(b"%PDF") and office.starts == 2
    assert hung not in _offices(), "the hung office was left running"


def _fake_helper(tmp_path: Path, body: str) -> tuple[str, ...]:
    script = tmp_path / "helper.py"
    script.write_text(f"import sys, time\nprint('{{\"ready\": true}}', flush=True)\n{body}\n")
    return (str(script),)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("time.sleep(300)", "LibreOffice did not finish within 2 s converting deck.pptx (a second time)"),
        ("sys.exit(1)", "LibreOffice crashed converting deck.pptx (a second time)"),
        ("sys.stdin.readline(); print('oops', flush=True)", "garbled answer converting deck.pptx"),
        (
            'sys.stdin.readline(); print(\'{"ok": false, "error": "general error"}\', flush=True)',
            "LibreOffice made no PDF of deck.pptx (general error)",
        ),
    ],
    ids=["hangs-twice", "crashes-twice", "garbled", "refuses"],
)
def test_an_office_that_fails_twice_is_a_clear_error(
    body: str, message: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, own_offices
) -> None:
    monkeypatch.setattr(office_server, "office_program", lambda: tmp_path)
    monkeypatch.setattr(Office, "helper", _fake_helper(tmp_path, body))
    document = tmp_path / "deck.pptx"
    document.write_bytes(b"PK")
    with pytest.raises(OutputError) as raised:
        to_pdfs([document], tmp_path, 2)
    assert message in raised.value.render()
    time.sleep(0.2)
    assert not [p for p in live_processes(str(tmp_path / "helper.py")) if p != os.getpid()]


def test_without_libreofficekit_each_event_starts_its_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, own_offices
) -> None:
    fake = tmp_path / "soffice"
    fake.write_text("#!/bin/sh\n")
    fake.chmod(0o755)
    monkeypatch.setenv("REPORTGEN_SOFFICE", str(fake))
    assert office_program() is None
    assert office_for_this_process(10) is None


def test_an_interrupted_conversion_stops_the_office_before_its_folder_is_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, own_offices
) -> None:
    """Ctrl-C while the office writes a PDF: the office must be gone before its partial file is
    removed, or it lands again where nobody removes it; nothing reaches the staging folder."""
    folder = tmp_path / "staging"
    folder.mkdir()
    body = (
        "import json, pathlib\n"
        "request = json.loads(sys.stdin.readline())\n"
        "while True:\n"
        "    pathlib.Path(request['pdf']).write_bytes(b'%PDF partial')\n"
        "    time.sleep(0.01)"
    )
    monkeypatch.setattr(office_server, "office_program", lambda: tmp_path)
    monkeypatch.setattr(Office, "helper", _fake_helper(tmp_path, body))
    document = tmp_path / "deck.pptx"
    document.write_bytes(b"PK")

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGALRM, interrupt)
    signal.setitimer(signal.ITIMER_REAL, 1.0)
    try:
        with pytest.raises(KeyboardInterrupt):
            to_pdfs([document], folder, 30)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    written = office_server._OFFICES[os.getpid()]._folder / "document.pdf"  # where the office writes
    assert not written.exists()  # the partial PDF was removed with the office stopped
    time.sleep(0.2)
    assert not written.exists(), "the office went on writing after the interrupt"
    assert list(folder.iterdir()) == [], "a partial PDF reached the staging folder"
    assert not [p for p in live_processes(str(tmp_path / "helper.py")) if p != os.getpid()]
