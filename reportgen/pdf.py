"""PDF copies of the documents, through LibreOffice (`reportgen build --pdf`).

LibreOffice is run headless in its own process group with a throwaway profile (so it cannot
collide with a LibreOffice the user has open), and killed whole when it overruns its time. It
exits 0 even when it could not load a file, so the result is judged by the PDFs themselves: each
must exist, be a PDF, and have pages; the deck must have one page per slide (LibreOffice draws a
slide it cannot read as a blank page rather than failing).
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from .errors import OutputError

PDF_SECONDS = 180.0
_PAGE = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")


def find_soffice() -> str:
    """LibreOffice's soffice: REPORTGEN_SOFFICE when set (and then only that), else on the PATH."""
    chosen = os.environ.get("REPORTGEN_SOFFICE")
    found = shutil.which(chosen) if chosen else (shutil.which("soffice") or shutil.which("libreoffice"))
    if not found:
        raise OutputError(
            f"--pdf needs LibreOffice, and {chosen or 'soffice'!r} was not found",
            hint="install LibreOffice (Debian: libreoffice-writer libreoffice-impress), set "
            "REPORTGEN_SOFFICE to its soffice program, or build without --pdf",
        )
    return found


def convert(documents: list[Path], folder: Path, seconds: float = PDF_SECONDS) -> list[Path]:
    """Convert `documents` to PDFs in `folder` (same stems); raise OutputError unless every PDF is sound."""
    soffice = find_soffice()
    with tempfile.TemporaryDirectory(prefix="reportgen-lo-") as profile:
        command = [
            soffice,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--norestore",
            "--nolockcheck",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            *map(str, documents),
        ]
        try:
            process = subprocess.Popen(
                command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True
            )
        except OSError as exc:
            raise OutputError(f"cannot start LibreOffice ({soffice}): {exc.strerror}") from None
        try:
            _, stderr = process.communicate(timeout=seconds)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.communicate()
            raise OutputError(
                f"LibreOffice did not finish converting to PDF within {seconds:g} s",
                hint="run again with a larger --pdf-timeout, or check that LibreOffice "
                "starts (soffice --headless --version)",
            ) from None
        except BaseException:
            os.killpg(process.pid, signal.SIGKILL)
            raise
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
