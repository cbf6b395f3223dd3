"""One long-lived LibreOffice per build process, serving every PDF that process makes.

Starting LibreOffice costs about 0.8 s; converting a document in a running one 0.2-0.4 s. With
`--pdf`, each process that builds events starts one office helper (office_pdf/lok.py: LibreOffice run
in-process through LibreOfficeKit, spoken to over its stdin and stdout, so no port is opened) as
soon as it starts its first build, so the office starts while the documents render, and keeps it
for every later event. A batch therefore has one office per worker, one per core.

The helper runs in its own process group with the same locked-down throwaway profile as a
one-off conversion. A conversion that crashes the helper or overruns --pdf-timeout gets the group
killed, a fresh office started, and the document retried once. Helpers die with the process that
started them (Linux's parent-death signal, and end of input), and are stopped when the build ends.
Where LibreOfficeKit is not found, conversions start a LibreOffice per event (office_pdf/pdf.py).
"""

from __future__ import annotations

import contextlib
import json
import multiprocessing.util
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from reportgen.commit.output import HeldSignals
from reportgen.errors import OutputError
from reportgen.office_pdf.lok import library
from reportgen.office_pdf.pdf import (
    check_pdfs,
    convert,
    find_soffice,
    note_group,
    office_environment,
    private_folder,
    profile_url,
    remove_private,
    write_profile,
)
from reportgen.platform import group_options, kill_group, read_within

#: The office of each process (by process id: a forked worker never uses its parent's).
_OFFICES: dict[int, Office | None] = {}


class OfficeDied(Exception):
    """The helper crashed, hung or did not start; it has been killed."""


class Office:
    """LibreOffice in a helper process of this one."""

    helper: tuple[str, ...] = (
        "-m",
        "reportgen.office_pdf.lok",
    )  # what the helper runs (tests put stand-ins here)

    def __init__(self, program: Path, seconds: float) -> None:
        self.program, self.seconds = program, seconds
        self._folder = private_folder()  # 0700, a plain ASCII path
        self.process: subprocess.Popen[bytes] | None = None
        self._buffer = b""
        self._ready = False
        self.starts = 0

    def start(self) -> None:
        """Start the helper; it loads LibreOffice while the caller goes on."""
        self.starts += 1
        profile = self._folder / f"profile-{self.starts}"
        write_profile(profile)
        held = HeldSignals()  # a signal while it starts would leave it running, unknown to us
        try:
            with open(self._folder / "office.log", "ab") as log, held:
                self.process = subprocess.Popen(
                    [sys.executable, *self.helper, str(self.program), profile_url(profile)],
                    stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE,
                    stderr=log,
                    **group_options(),  # its own process group: killed whole
                    # headless whatever DISPLAY says; UTF-8, a home and temporary files of its own
                    env={**office_environment(self._folder), "SAL_USE_VCLPLUGIN": "svp"},
                )
            note_group(self._folder, self.process.pid)
            self._buffer, self._ready = b"", False
        finally:
            held.release()  # the office is known now: whoever handles the signal stops it

    def _answer(self, what: str) -> dict[str, object]:
        """The helper's next answer, within the time limit; else it is killed and OfficeDied raised."""
        assert self.process is not None and self.process.stdout is not None
        deadline = time.monotonic() + self.seconds
        stdout = self.process.stdout.fileno()
        while b"\n" not in self._buffer:
            left = deadline - time.monotonic()
            chunk = read_within(stdout, left) if left > 0 else None
            if not chunk:
                self.kill()
                reason = "crashed" if chunk is not None else f"did not finish within {self.seconds:g} s"
                raise OfficeDied(f"LibreOffice {reason} {what}")
            self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\n", 1)
        try:
            answer = json.loads(line)
        except ValueError:
            answer = None
        if not isinstance(answer, dict):
            self.kill()
            raise OfficeDied(f"LibreOffice's helper gave a garbled answer {what}")
        return answer

    def convert(self, document: Path, pdf: Path) -> None:
        """Convert one document. OfficeDied when the office crashed or hung (it is killed);
        OutputError when LibreOffice refused the document."""
        if self.process is None or self.process.poll() is not None:
            self.start()
        if not self._ready:
            ready = self._answer("while starting")
            if not ready.get("ready"):
                self.kill()
                raise OfficeDied(f"LibreOffice did not start: {ready.get('error')}")
            self._ready = True
        assert self.process is not None and self.process.stdin is not None
        # The office reads and writes under plain ASCII names in its own folder (see
        # pdf.private_folder); the PDF is then moved to where it belongs.
        source = self._folder / f"document{document.suffix.lower()}"
        made = self._folder / "document.pdf"
        shutil.copyfile(document, source)
        # imported here, not above: it imports python-docx, and every session imports this module
        # (to stop offices) before a build has asked for its charts (pipeline.py says why that waits)
        from reportgen.office.east_asian_layout import office_language

        language = office_language(document)  # a Korean deck is set as Korean (no gap before '.')
        request = json.dumps({"document": str(source), "pdf": str(made), "language": language}) + "\n"
        try:
            try:
                self.process.stdin.write(request.encode())
                self.process.stdin.flush()
            except OSError:
                self.kill()
                raise OfficeDied(f"LibreOffice crashed converting {document.name}") from None
            answer = self._answer(f"converting {document.name}")
            if not answer.get("ok"):
                raise OutputError(
                    f"LibreOffice made no PDF of {document.name} ({answer.get('error')})",
                    hint="open the document in LibreOffice to see what it objects to",
                )
            shutil.move(made, pdf)
        except KeyboardInterrupt:
            self.kill()  # first: it may still be writing the files removed below
            raise
        finally:
            source.unlink(missing_ok=True)
            made.unlink(missing_ok=True)

    def kill(self) -> None:
        if self.process is not None:
            kill_group(self.process.pid)
            self.process.wait()
            for stream in (self.process.stdin, self.process.stdout):
                with contextlib.suppress(OSError):
                    stream.close()  # type: ignore[union-attr]
            self.process = None

    def close(self) -> None:
        self.kill()
        remove_private(self._folder)


def office_program() -> Path | None:
    """LibreOffice's program folder when it has LibreOfficeKit (REPORTGEN_SOFFICE is honoured)."""
    program = Path(os.path.realpath(find_soffice())).parent
    return program if library(program) is not None else None


def office_for_this_process(seconds: float) -> Office | None:
    """This process's office, started on first use; None where there is no LibreOfficeKit."""
    pid = os.getpid()
    if pid not in _OFFICES:
        program = office_program()
        office = Office(program, seconds) if program is not None else None
        _OFFICES[pid] = office  # known before it starts: an interrupt meanwhile still stops it
        if office is not None:
            # Stopped by the build's clean-up (stop_offices), and else at this process's exit.
            multiprocessing.util.Finalize(office, office.close, exitpriority=10)
            office.start()
    office = _OFFICES[pid]
    if office is not None:
        office.seconds = seconds
    return office


def to_pdfs(documents: list[Path], folder: Path, seconds: float) -> list[Path]:
    """PDFs of `documents` in `folder`: through this process's office, each document retried once
    in a fresh office when the first one crashed or hung; else with a LibreOffice of their own."""
    office = office_for_this_process(seconds)
    if office is None:
        return convert(documents, folder, seconds)
    try:
        for document in documents:
            pdf = folder / f"{document.stem}.pdf"
            try:
                office.convert(document, pdf)
            except OfficeDied:
                try:
                    office.convert(document, pdf)  # a fresh office: the document's second chance
                except OfficeDied as exc:
                    raise OutputError(
                        f"{exc} (a second time)",
                        hint="run again with a larger --pdf-timeout, or open the document in LibreOffice",
                    ) from None
    except KeyboardInterrupt:
        office.kill()  # it may be writing into `folder`, which the build is about to remove
        raise
    return check_pdfs(documents, folder)


def stop_offices() -> None:
    """Stop the office this process started (workers' offices end with the workers)."""
    office = _OFFICES.pop(os.getpid(), None)
    if office is not None:
        office.close()
