"""PDF copies of the documents, through LibreOffice (`reportgen build --pdf`).

LibreOffice is run headless in its own process group with a throwaway profile (so it cannot
collide with a LibreOffice the user has open), and killed whole when it overruns its time. It
works in a private folder of its own with a plain ASCII path, in a UTF-8 locale, with its
temporary files there too: LibreOffice 7.4 cannot load a file whose path has other characters
under a C/POSIX locale, which is what many containers run with (no HOME either). It
exits 0 even when it could not load a file, so the result is judged by the PDFs themselves: each
must exist, be a PDF, and have pages; the deck must have one page per slide (LibreOffice draws a
slide it cannot read as a blank page rather than failing).

The throwaway profile turns off updating links and running macros, so even a document that
slipped past the package checks could not make LibreOffice fetch anything. Its output goes to
files, not pipes, so a helper process that inherits them cannot keep us waiting: at the deadline
the whole process group is killed and we stop at once. No office process outlives a conversion.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from reportgen.commit.output import HeldSignals
from reportgen.errors import OutputError
from reportgen.office_pdf.cjk_breaks import profile_items
from reportgen.platform import end_group, group_options, kill_group, soffice_locations

PDF_SECONDS = 180.0
_PAGE = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")


def find_soffice() -> str:
    """LibreOffice's soffice: REPORTGEN_SOFFICE when set (and then only that), else on the PATH."""
    chosen = os.environ.get("REPORTGEN_SOFFICE")
    found = shutil.which(chosen) if chosen else (shutil.which("soffice") or shutil.which("libreoffice"))
    if not found and not chosen:  # not on the PATH: where installers put it (Program Files, /Applications)
        found = next((str(path) for path in soffice_locations() if path.is_file()), None)
    if not found:
        raise OutputError(
            f"--pdf needs LibreOffice, and {chosen or 'soffice'!r} was not found",
            hint="install LibreOffice (Debian: libreoffice-writer libreoffice-impress), set "
            "REPORTGEN_SOFFICE to its soffice program, or build without --pdf",
        )
    return found


#: Profile settings: macros never run, links are never updated, untrusted referers are blocked.
_SETTINGS = [
    ("/org.openoffice.Office.Common/Security/Scripting", "MacroSecurityLevel", "3"),
    ("/org.openoffice.Office.Common/Security/Scripting", "DisableMacrosExecution", "true"),
    ("/org.openoffice.Office.Common/Security/Scripting", "BlockUntrustedRefererLinks", "true"),
    ("/org.openoffice.Office.Writer/Content/Update", "Link", "2"),
    ("/org.openoffice.Office.Calc/Content/Update", "Link", "2"),
]


def profile_settings() -> str:
    """The profile's registrymodifications.xcu: _SETTINGS, and the CJK line ends that keep a tied
    number whole (office_pdf/cjk_breaks.py)."""
    props = [
        f'<item oor:path="{path}"><prop oor:name="{name}" oor:op="fuse"><value>{value}</value></prop></item>'
        for path, name, value in _SETTINGS
    ]
    items = "\n".join(props + profile_items())
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" '
        'xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
        f"{items}\n</oor:items>\n"
    )


def profile_url(folder: Path) -> str:
    """The profile folder as LibreOffice wants it: a file URL, so spaces, '%' and non-ASCII work."""
    return folder.resolve().as_uri()


def _kill_group(process: subprocess.Popen[bytes]) -> None:
    kill_group(process.pid)


#: The private folders of LibreOffice run by a process are named PRIVATE_PREFIX + its pid + "-".
PRIVATE_PREFIX = "reportgen-office-"


def private_folder() -> Path:
    """A new private (0700) temporary folder whose path is plain ASCII: LibreOffice 7.4 fails to
    load a correctly encoded file URL with other characters ("type detection failed") under a
    C/POSIX locale, as in many containers, so what it reads and writes lives in such a folder."""
    candidates = [tempfile.gettempdir(), "/tmp", "/var/tmp"]
    parent = next((c for c in candidates if c.isascii() and os.path.isdir(c) and os.access(c, os.W_OK)), None)
    prefix = f"{PRIVATE_PREFIX}{os.getpid()}-"
    return Path(tempfile.mkdtemp(prefix=prefix, dir=parent or candidates[0]))


def private_folders_of(pid: int) -> list[Path]:
    """The private folders a (killed) process with id `pid` left, for its parent to remove."""
    found: list[Path] = []
    for parent in dict.fromkeys([tempfile.gettempdir(), "/tmp", "/var/tmp"]):
        with contextlib.suppress(OSError):
            found += Path(parent).glob(f"{PRIVATE_PREFIX}{pid}-*")
    return found


def note_group(folder: Path, pid: int) -> None:
    """Record in a private folder the process group of the LibreOffice working there, so that the
    parent of a process killed outright can still stop it (`remove_private`)."""
    with contextlib.suppress(OSError):
        (folder / "group").write_text(str(pid), encoding="ascii")


def _kill_noted_group(folder: Path) -> None:
    try:
        group = int((folder / "group").read_text(encoding="ascii")[:20])
    except (OSError, ValueError):
        return
    if group > 1:
        kill_group(group)


def remove_private(folder: Path, orphaned: bool = False) -> None:
    """Remove a private folder of LibreOffice's. Its processes have been killed, but one killed in
    the middle of a write can still add a file for a moment after `wait()` returns: try again,
    for up to about a second, until the folder is gone. `orphaned`: the process that started the
    office was killed outright, so the office noted there is killed first."""
    held = HeldSignals()  # a Ctrl-C or SIGTERM now must not stop the removal half-way
    try:
        with held:
            if orphaned:
                _kill_noted_group(folder)
            for _ in range(40):
                shutil.rmtree(folder, ignore_errors=True)
                if not os.path.lexists(folder):
                    break
                time.sleep(0.025)
    finally:
        held.release()


def office_environment(private: Path) -> dict[str, str]:
    """The environment LibreOffice runs in: the caller's, with its temporary files inside
    `private` (removed with it), a home folder there when the caller has none, and a UTF-8
    character set where the caller's locale has none (C or POSIX, or nothing set)."""
    env = dict(os.environ)
    temp = private / "tmp"
    temp.mkdir(exist_ok=True)
    env.update(TMPDIR=str(temp), TMP=str(temp), TEMP=str(temp))
    if not env.get("HOME"):
        (private / "home").mkdir(exist_ok=True)
        env["HOME"] = str(private / "home")
    current = (env.get("LC_ALL") or env.get("LC_CTYPE") or env.get("LANG") or "").lower()
    if "utf-8" not in current and "utf8" not in current:
        env["LC_ALL" if env.get("LC_ALL") else "LC_CTYPE"] = "C.UTF-8"
    return env


def write_profile(profile: Path) -> None:
    """A throwaway LibreOffice profile with the locked-down settings."""
    (profile / "user").mkdir(parents=True)
    (profile / "user" / "registrymodifications.xcu").write_text(profile_settings(), encoding="utf-8")


def convert(documents: list[Path], folder: Path, seconds: float = PDF_SECONDS) -> list[Path]:
    """Convert `documents` to PDFs in `folder` (same stems); raise OutputError unless every PDF is sound."""
    soffice = find_soffice()
    # LibreOffice works in a private folder with a plain ASCII path (see private_folder): its
    # profile, its temporary files, copies of the documents under plain names and its PDFs, which
    # are then moved into `folder`.
    work = private_folder()
    try:
        inputs = []
        for number, document in enumerate(documents):
            inputs.append(work / f"document-{number}{document.suffix.lower()}")
            shutil.copyfile(document, inputs[-1])
        (work / "pdf").mkdir()
        stderr = _run_soffice(soffice, work, inputs, seconds)
        for document, source in zip(documents, inputs, strict=True):
            made = work / "pdf" / f"{source.stem}.pdf"
            if made.is_file():
                shutil.move(made, folder / f"{document.stem}.pdf")
    finally:
        remove_private(work)
    return check_pdfs(documents, folder, stderr)


def _run_soffice(soffice: str, work: Path, inputs: list[Path], seconds: float) -> bytes:
    """Run soffice on `inputs` in `work` (PDFs into work/pdf); its stderr."""
    profile = work / "profile"
    write_profile(profile)
    command = [
        soffice,
        f"-env:UserInstallation={profile_url(profile)}",
        "--headless",
        "--norestore",
        "--nolockcheck",
        "--convert-to",
        "pdf",
        "--outdir",
        str(work / "pdf"),
        *map(str, inputs),
    ]
    env = office_environment(work)
    with open(work / "stderr", "w+b") as stderr_file:
        held = HeldSignals()  # a signal while it starts would leave it running, unknown to us
        try:
            with held:
                process = subprocess.Popen(
                    command,
                    stdin=subprocess.DEVNULL,
                    stdout=subprocess.DEVNULL,
                    stderr=stderr_file,
                    **group_options(),
                    env=env,
                )
        except OSError as exc:
            held.release()
            raise OutputError(f"cannot start LibreOffice ({soffice}): {exc.strerror}") from None
        try:
            held.release()  # it is ours now: a signal held meanwhile ends the build here
            note_group(work, process.pid)
            process.wait(timeout=seconds)
        except subprocess.TimeoutExpired:
            _kill_group(process)
            process.wait()
            raise OutputError(
                f"LibreOffice did not finish converting to PDF within {seconds:g} s",
                hint="run again with a larger --pdf-timeout, or check that LibreOffice "
                "starts (soffice --headless --version)",
            ) from None
        finally:
            # it and the helpers it left behind, on every path (Ctrl-C included), gone before the
            # caller removes the folder they wrote into (a loaded machine lets helpers linger)
            end_group(process)
        stderr_file.seek(0)
        return stderr_file.read(64 * 1024)


def check_pdfs(documents: list[Path], folder: Path, stderr: bytes = b"") -> list[Path]:
    """The PDFs of `documents` in `folder`, each one sound (LibreOffice exits 0 even when it failed)."""
    pdfs = []
    for document in documents:
        pdf = folder / f"{document.stem}.pdf"
        if not pdf.is_file():
            detail = stderr.decode(errors="replace").strip().splitlines()[-1:] or ["no message"]
            raise OutputError(
                f"LibreOffice made no PDF of {document.name} ({detail[0]})",
                hint="open the document in LibreOffice to see what it objects to",
            )
        pages = len(_PAGE.findall(pdf.read_bytes()))
        if not pdf.read_bytes().startswith(b"%PDF") or pages == 0:
            raise OutputError(f"LibreOffice's PDF of {document.name} has no pages")
        if document.suffix == ".pptx":
            from pptx import Presentation

            slides = len(Presentation(str(document)).slides)
            if pages != slides:
                raise OutputError(
                    f"LibreOffice's PDF of {document.name} has {pages} pages for {slides} slides"
                )
        pdfs.append(pdf)
    return pdfs
