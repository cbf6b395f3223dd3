"""`reportgen watch --preview`: every page of the briefing and every slide of the deck, as pictures,
on a page served to this user's browser, refreshed after each rebuild.

The documents are converted to PDF by one long-lived LibreOffice (office_pdf/office_server.py's
office of this process, kept for the whole watch and shared with `--pdf`'s conversions: one
office, not two), and the PDF's pages turned into PNG pictures by `pdftoppm`
(poppler). The page is served on 127.0.0.1, on a port the system picks, under a random token: a
request whose path does not start with the token is refused (403), so another user of the machine
who finds the port cannot read the documents. The page needs nothing from outside (its style and
script are inline) and hears of each rebuild through server-sent events.
"""

from __future__ import annotations

import html
import http.server
import re
import secrets
import shutil
import subprocess
import tempfile
import threading
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportgen.errors import OutputError
from reportgen.session.stamp import Record

if TYPE_CHECKING:
    from reportgen.office_pdf.office_server import Office

PIXELS_PER_INCH = 60  # a slide 800 pixels wide, an A4 page about 500: enough to read, quick to make
_SLIDE = re.compile(r"\bslide (\d+)\b")
_PAGE = re.compile(r"\bpage (\d+)\b")


@dataclass
class Picture:
    document: str  # the file's name
    number: int  # page or slide, from 1
    png: bytes
    warnings: list[str] = field(default_factory=list)


def require_pdftoppm() -> str:
    found = shutil.which("pdftoppm")
    if found is None:
        raise OutputError(
            "the preview needs pdftoppm (from poppler) to turn pages into pictures, and it is not installed",
            hint="install poppler (Debian, Ubuntu: apt install poppler-utils; macOS: brew install "
            "poppler; Windows: a poppler build on the PATH), or watch without --preview",
        )
    return found


def pictures(pdf: Path, document: str, pdftoppm: str, folder: Path) -> list[Picture]:
    """One picture a page of `pdf`."""
    prefix = folder / "page"
    done = subprocess.run(
        [pdftoppm, "-png", "-r", str(PIXELS_PER_INCH), str(pdf), str(prefix)],
        capture_output=True,
        timeout=120,
    )
    if done.returncode != 0:
        raise OutputError(f"pdftoppm could not read the PDF of {document}: {done.stderr.decode()[:200]}")
    pages = sorted(folder.glob("page-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
    found = [Picture(document, int(p.stem.rsplit("-", 1)[1]), p.read_bytes()) for p in pages]
    for page in pages:
        page.unlink()
    return found


def place_warnings(shown: list[Picture], warnings: list[str]) -> list[str]:
    """Put each warning beside the slide or page it names; those that name none are returned."""
    loose = []
    for warning in warnings:
        named = _SLIDE.search(warning) or _PAGE.search(warning)
        suffix = ".pptx" if named and named.re is _SLIDE else ".docx"
        target = next(
            (p for p in shown if named and p.document.endswith(suffix) and p.number == int(named.group(1))),
            None,
        )
        if target is None:
            loose.append(warning)
        else:
            target.warnings.append(warning)
    return loose


class Preview:
    """The pictures of the last successful build of each event, and the server that shows them."""

    def __init__(self, seconds: float) -> None:
        from reportgen.office_pdf.office_server import office_program

        self.pdftoppm = require_pdftoppm()
        program = office_program()
        if program is None:
            raise OutputError(
                "the preview needs LibreOffice with LibreOfficeKit to render pages, and none was found",
                hint="install LibreOffice (or set REPORTGEN_SOFFICE), or watch without --preview",
            )
        self.seconds = seconds
        self.token = secrets.token_urlsafe(24)
        self.version = 0
        self.shown: list[Picture] = []
        self.notes: list[str] = []
        self.changed = threading.Condition()
        self._seen: dict[str, Any] = {}
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/{self.token}/"

    def start(self) -> None:
        self._office()  # it starts loading while the first build renders
        self.thread.start()

    def _office(self) -> Office:
        """This process's office (the one `watch --pdf`'s rounds use too), started on first use."""
        from reportgen.office_pdf.office_server import office_for_this_process

        office = office_for_this_process(self.seconds)
        assert office is not None  # __init__ found LibreOfficeKit
        return office

    def refresh(self, record: Record | None) -> None:
        """Render the documents the last session wrote, when they changed since the last time."""
        if record is None:
            return
        documents = [
            (Path(path), facts)
            for entry in record.events.values()
            for path, facts in entry["outputs"].items()
            if path.endswith((".docx", ".pptx"))
        ]
        if [(str(p), f) for p, f in documents] == list(self._seen.items()):
            return
        shown: list[Picture] = []
        notes: list[str] = []
        with tempfile.TemporaryDirectory(prefix="reportgen-preview-") as temp:
            for document, _ in documents:
                pdf = Path(temp) / f"{document.stem}.pdf"
                self._office().convert(document, pdf)
                shown.extend(pictures(pdf, document.name, self.pdftoppm, Path(temp)))
        for entry in record.events.values():
            notes.extend(place_warnings(shown, list(entry["warnings"])))
        with self.changed:
            self.shown, self.notes = shown, notes
            self.version += 1
            self._seen = {str(p): f for p, f in documents}
            self.changed.notify_all()

    def close(self) -> None:
        with self.changed:
            self.version = -1  # the event streams end
            self.changed.notify_all()
        if self.thread.is_alive():
            self.server.shutdown()
        self.server.server_close()
        from reportgen.office_pdf.office_server import stop_offices

        stop_offices()

    def page(self) -> bytes:
        with self.changed:
            shown, notes, version = list(self.shown), list(self.notes), self.version
        rows = []
        for index, picture in enumerate(shown):
            said = "".join(f"<li>{html.escape(w)}</li>" for w in picture.warnings)
            rows.append(
                f'<section><img src="picture/{version}/{index}.png" alt="{html.escape(picture.document)}'
                f' {picture.number}"><aside><h2>{html.escape(picture.document)} {picture.number}</h2>'
                f"<ul>{said}</ul></aside></section>"
            )
        loose = "".join(f"<li>{html.escape(n)}</li>" for n in notes)
        return _PAGE_HTML.format(version=version, notes=loose, rows="".join(rows)).encode()


_PAGE_HTML = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>reportgen preview</title><link rel="icon" href="data:,">
<style>body{{font:14px system-ui,sans-serif;margin:1em;background:#eee}}
section{{display:flex;gap:1em;margin:0 0 1em}}img{{background:#fff;box-shadow:0 1px 4px #888;max-width:70vw}}
aside h2{{font-size:1em;margin:0}}li{{color:#8a4b00}}</style></head>
<body data-version="{version}"><ul id="notes">{notes}</ul>{rows}
<script>
new EventSource("events").onmessage = function (e) {{
  if (e.data !== document.body.dataset.version) location.reload();
}};
</script></body></html>"""


def _moved_on(preview: Preview, sent: int | None) -> bool:
    return preview.version != sent


def _handler(preview: Preview) -> type[http.server.BaseHTTPRequestHandler]:
    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass  # only the CLI prints

        def do_GET(self) -> None:
            prefix = f"/{preview.token}/"
            if not secrets.compare_digest(self.path[: len(prefix)].encode(), prefix.encode()):
                self._send(403, "text/plain", b"forbidden\n")
                return
            rest = self.path[len(prefix) :]
            if rest == "":
                self._send(200, "text/html; charset=utf-8", preview.page())
            elif rest == "events":
                self._events()
            elif m := re.fullmatch(r"picture/-?\d+/(\d+)\.png", rest):
                with preview.changed:
                    shown = preview.shown
                index = int(m.group(1))
                if index < len(shown):
                    self._send(200, "image/png", shown[index].png)
                else:
                    self._send(404, "text/plain", b"no such picture\n")
            else:
                self._send(404, "text/plain", b"not found\n")

        def _send(self, status: int, kind: str, body: bytes) -> None:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            self.wfile.write(body)

        def _events(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            sent: int | None = None
            try:
                while True:
                    with preview.changed:
                        preview.changed.wait_for(partial(_moved_on, preview, sent), timeout=15)
                        version = preview.version
                    if version < 0:
                        return
                    self.wfile.write(f"data: {version}\n\n".encode() if version != sent else b": alive\n\n")
                    self.wfile.flush()
                    sent = version
            except OSError:
                return  # the browser went away

    return Handler
