"""One long-lived LibreOffice for a whole build: unoserver, started once, serving every PDF.

Opt-in (REPORTGEN_PDF_SERVER=1): unoserver's ports are open to every local user while it runs.

Starting LibreOffice costs about 1.2 s; converting a document in a running one about 0.3 s. With
`--pdf`, the build starts unoserver (a well-kept XML-RPC front to LibreOffice, run by the Python
that has LibreOffice's `uno` module: Debian's python3-uno) in its own process group, with the same
locked-down throwaway profile as a one-off conversion, and sends it every document of every event.
A conversion that fails or overruns gets the office killed with its whole group, started again,
and the document retried once. The office is stopped when the build ends, however it ends. Where
no Python with `uno` is found, conversions fall back to one LibreOffice per event (build/pdf.py).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import xmlrpc.client
from pathlib import Path

from reportgen.build.pdf import _profile_settings, find_soffice
from reportgen.errors import OutputError

#: Servers of this process (several when a batch runs in several processes: one each).
SERVERS: list[OfficeServer] = []


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def uno_python() -> str | None:
    """A Python that can import LibreOffice's `uno`: REPORTGEN_UNO_PYTHON, else python3 if it can."""
    candidates = [
        os.environ.get("REPORTGEN_UNO_PYTHON") or "",
        "/usr/bin/python3",
        shutil.which("python3") or "",
    ]
    for python in dict.fromkeys(c for c in candidates if c):
        try:
            done = subprocess.run([python, "-c", "import uno"], capture_output=True, timeout=20)
        except (OSError, subprocess.TimeoutExpired):
            continue
        if done.returncode == 0:
            return python
    return None


class _Transport(xmlrpc.client.Transport):
    def __init__(self, seconds: float) -> None:
        super().__init__()
        self.seconds = seconds

    def make_connection(self, host: object) -> object:
        connection = super().make_connection(host)
        connection.timeout = self.seconds  # type: ignore[attr-defined]
        return connection


class OfficeServer:
    def __init__(self, python: str, soffice: str, seconds: float) -> None:
        self.python, self.soffice, self.seconds = python, soffice, seconds
        self.owner = os.getpid()  # only the process that started the office restarts or stops it
        self.process: subprocess.Popen[bytes] | None = None
        self.port = 0
        self._folder = tempfile.mkdtemp(prefix="reportgen-office-")

    def start(self) -> None:
        import unoserver

        profile = Path(self._folder) / f"profile-{time.monotonic_ns()}"
        (profile / "user").mkdir(parents=True)
        (profile / "user" / "registrymodifications.xcu").write_text(_profile_settings(), encoding="utf-8")
        self.port, uno_port = _free_port(), _free_port()
        env = {**os.environ, "PYTHONPATH": str(Path(unoserver.__file__).parent.parent)}
        log = open(Path(self._folder) / "server.log", "ab")  # noqa: SIM115 - closed with the process
        self.process = subprocess.Popen(
            [
                self.python,
                "-m",
                "unoserver.server",
                "--interface",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--uno-port",
                str(uno_port),
                "--user-installation",
                str(profile),
                "--executable",
                self.soffice,
            ],
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=log,
            env=env,
            start_new_session=True,  # its own process group: killed whole, helpers included
        )
        log.close()
        deadline = time.monotonic() + self.seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                break
            with contextlib.suppress(OSError, xmlrpc.client.Error):
                self._proxy(5).info()
                return
            time.sleep(0.2)
        self.stop()
        raise OutputError("LibreOffice (unoserver) did not start")

    def _proxy(self, seconds: float) -> xmlrpc.client.ServerProxy:
        return xmlrpc.client.ServerProxy(
            f"http://127.0.0.1:{self.port}", transport=_Transport(seconds), allow_none=True
        )

    def convert(self, document: Path, pdf: Path) -> bool:
        """Convert one document; False when the office failed or hung (it is then killed whole and,
        in the process that owns it, started again): the caller retries once another way."""
        try:
            if self.process is None or self.process.poll() is not None:
                if os.getpid() != self.owner:
                    return False
                self.start()
            self._proxy(self.seconds).convert(str(document), None, str(pdf), "pdf")
            return pdf.is_file()
        except (OSError, xmlrpc.client.Error, OutputError, TypeError, ValueError):
            if os.getpid() == self.owner:
                self.stop()
            else:
                self.kill()
            return False

    def kill(self) -> None:
        """From a batch worker: kill the hung office; its owner notices and starts another."""
        if self.process is not None:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(self.process.pid, signal.SIGKILL)

    def stop(self) -> None:
        if self.process is not None and os.getpid() == self.owner:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()
            self.process = None

    def close(self) -> None:
        if os.getpid() == self.owner:
            self.stop()
            shutil.rmtree(self._folder, ignore_errors=True)


def convert_with_server(
    server: OfficeServer, documents: list[Path], folder: Path, seconds: float
) -> list[Path]:
    """Each document through the long-lived office; one that fails is retried once by a LibreOffice
    of its own (build/pdf.py), then judged like any PDF."""
    from reportgen.build.pdf import check_pdfs, convert

    failed = [d for d in documents if not server.convert(d, folder / f"{d.stem}.pdf")]
    if failed:
        convert(failed, folder, seconds)
    return check_pdfs(documents, folder)


def wanted() -> bool:
    """Whether the user asked for the long-lived office (REPORTGEN_PDF_SERVER=1).

    unoserver listens on two TCP ports of 127.0.0.1 (its XML-RPC front and LibreOffice's UNO
    bridge) with no authentication: for as long as the build runs, any local user could convert
    files the builder can read, or drive LibreOffice through UNO. That is fine in a container or on
    a single-user machine and not on a shared one, so it is off unless asked for.
    """
    return os.environ.get("REPORTGEN_PDF_SERVER", "") == "1"


def start_servers(count: int, seconds: float) -> list[OfficeServer]:
    """`count` offices for this build (none unless wanted, when no Python with `uno` is found, or
    when starting fails: conversions then start a LibreOffice per event)."""
    if not wanted():
        return []
    python = uno_python()
    if python is None:
        return []
    soffice = find_soffice()
    servers = []
    try:
        for _ in range(count):
            server = OfficeServer(python, soffice, seconds)
            servers.append(server)
            server.start()
    except OutputError:
        for server in servers:
            server.close()
        return []
    SERVERS[:] = servers
    return servers


def stop_servers() -> None:
    for server in SERVERS:
        server.close()
    SERVERS.clear()


def server_for_this_process() -> OfficeServer | None:
    """The office this process converts with: workers of a batch share them out by process id."""
    return SERVERS[os.getpid() % len(SERVERS)] if SERVERS else None
