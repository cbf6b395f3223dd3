"""The office helper: LibreOffice loaded in this process through LibreOfficeKit, converting
documents to PDF on request. Run by office_pdf/office_server.py as `python -m reportgen.office_pdf.lok`.

Why LibreOfficeKit: it is LibreOffice's own C API for running the office inside a process, so
the helper needs no listening socket or port at all (UNO listeners and unoserver's XML-RPC front
are open to every local user), and no Python with LibreOffice's `uno` module. Requests come over
this process's stdin and answers go out on its stdout, pipes only its parent holds.

The protocol is one JSON object a line. The helper first says {"ready": true} (or false, with
an error), then answers each {"document": path, "pdf": path, "language": tag} with {"ok": true} or
{"ok": false, "error": text}. The language is the one LibreOffice takes as its own while it sets the
document (office/east_asian_layout.py: office_language; Impress spaces a Korean deck's punctuation
from its Hangul unless it is Korean). LibreOffice writes messages of its own to stdout, so the
answers go to a copy of the original stdout made before stdout is pointed at stderr (the parent's
log file).

Only the first members of the LibreOfficeKit structures are declared: they are append-only
(each starts with its size), so these have been the same since LibreOffice 5.
"""

from __future__ import annotations

import ctypes
import json
import os
import re
import sys
from pathlib import Path
from urllib.parse import urlparse
from urllib.request import url2pathname

from reportgen.office_pdf import chart_spacing
from reportgen.platform import LOK_FOLDERS, LOK_LIBRARIES, die_with_parent, watch_parent

_VOID = ctypes.c_void_p
_TEXT = ctypes.c_char_p


class _DocumentClass(ctypes.Structure):
    _fields_ = [
        ("size", ctypes.c_size_t),
        ("destroy", ctypes.CFUNCTYPE(None, _VOID)),
        ("save_as", ctypes.CFUNCTYPE(ctypes.c_int, _VOID, _TEXT, _TEXT, _TEXT)),
    ]


class _Document(ctypes.Structure):
    _fields_ = [("cls", ctypes.POINTER(_DocumentClass))]


class _OfficeClass(ctypes.Structure):
    _fields_ = [
        ("size", ctypes.c_size_t),
        ("destroy", ctypes.CFUNCTYPE(None, _VOID)),
        ("document_load", ctypes.CFUNCTYPE(ctypes.POINTER(_Document), _VOID, _TEXT)),
        ("get_error", ctypes.CFUNCTYPE(_VOID, _VOID)),
        ("document_load_with_options", ctypes.CFUNCTYPE(ctypes.POINTER(_Document), _VOID, _TEXT, _TEXT)),
        ("free_error", ctypes.CFUNCTYPE(None, _VOID)),
        ("register_callback", _VOID),  # LibreOffice 6.0 onwards, as are those after it
        ("get_filter_types", _VOID),
        ("set_optional_features", _VOID),
        ("set_document_password", _VOID),
        ("get_version_info", _VOID),
        ("run_macro", ctypes.CFUNCTYPE(ctypes.c_int, _VOID, _TEXT)),
    ]


class _Office(ctypes.Structure):
    _fields_ = [("cls", ctypes.POINTER(_OfficeClass))]


#: Where the office class's runMacro ends: a LibreOffice whose class is shorter has none.
_RUN_MACRO_END = _OfficeClass.run_macro.offset + ctypes.sizeof(_VOID)


def _folder(url: str) -> Path:
    """The folder a file URL ('file:///tmp/x/profile-1') names."""
    return Path(url2pathname(urlparse(url).path))


#: The language LibreOffice takes as its own where a request names none (LibreOfficeKit's own).
DEFAULT_LANGUAGE = "en-US"
_TAG = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*")

#: Where LibreOfficeKit lives in a LibreOffice install, by platform and build (merged or not).
LIBRARIES = LOK_LIBRARIES


def library(program: Path) -> Path | None:
    """The library that holds LibreOfficeKit in `program` (LibreOffice's program folder)."""
    for name in LIBRARIES:
        for folder in (program / sub for sub in LOK_FOLDERS):
            if (folder / name).is_file():
                return folder / name
    return None


class Kit:
    """LibreOffice in this process."""

    def __init__(self, program: Path, profile_url: str) -> None:
        found = library(program)
        if found is None:
            raise OSError(f"no LibreOfficeKit library in {program}")
        lib = ctypes.CDLL(str(found), mode=ctypes.RTLD_GLOBAL)
        hook = lib.libreofficekit_hook_2
        hook.restype = ctypes.POINTER(_Office)
        hook.argtypes = [_TEXT, _TEXT]
        self._office = hook(str(program).encode(), profile_url.encode())
        if not self._office:
            raise OSError("LibreOffice did not start")
        self._cls = self._office.contents.cls.contents
        self._this = ctypes.cast(self._office, _VOID)
        # a deck's charts set without LibreOffice's gap between CJK and digits (chart_spacing.py):
        # where this LibreOffice can run a macro, and the profile it started on took it
        self._unspaced_charts = self._cls.size >= _RUN_MACRO_END and chart_spacing.install(
            _folder(profile_url)
        )

    def to_pdf(self, document: Path, pdf: Path, language: str = DEFAULT_LANGUAGE) -> str:
        """Convert, set as LibreOffice set it were `language` its own (a BCP 47 tag, given for every
        document: LibreOfficeKit keeps the last one); '' when done, else LibreOffice's reason."""
        if not _TAG.fullmatch(language):
            return f"not a language tag: {language!r}"
        url, options = document.resolve().as_uri().encode(), f"Language={language}".encode()
        loaded = self._cls.document_load_with_options(self._this, url, options)
        if not loaded:
            error = self._cls.get_error(self._this)
            text = ctypes.string_at(error).decode(errors="replace") if error else ""
            return text or "LibreOffice could not load it"
        this = ctypes.cast(loaded, _VOID)
        cls = loaded.contents.cls.contents
        if self._unspaced_charts and document.suffix.lower() == ".pptx":
            # a macro that fails leaves the charts as LibreOffice spaces them: the PDF is still made
            self._cls.run_macro(self._this, chart_spacing.MACRO_URL.encode())
        try:
            done = cls.save_as(this, pdf.resolve().as_uri().encode(), b"pdf", b"")
        finally:
            cls.destroy(this)
        return "" if done else "LibreOffice could not save it as PDF"


def _die_with_parent(parent: int) -> None:
    """End when the process that started us ends, however it ends: the kernel sees to it on Linux,
    a thread that watches the parent elsewhere."""
    if not die_with_parent():
        watch_parent(parent)


def main(argv: list[str]) -> int:
    parent = os.getppid()
    _die_with_parent(parent)
    if os.getppid() != parent:
        return 1
    answers = os.fdopen(os.dup(1), "w", encoding="utf-8", buffering=1)
    os.dup2(2, 1)  # LibreOffice's own messages go to the log, never into the answers

    def answer(**fields: object) -> None:
        answers.write(json.dumps(fields) + "\n")

    try:
        kit = Kit(Path(argv[0]), argv[1])
    except OSError as exc:
        answer(ready=False, error=str(exc))
        return 1
    answer(ready=True)
    for line in sys.stdin:
        try:
            request = json.loads(line)
            language = str(request.get("language") or DEFAULT_LANGUAGE)
            error = kit.to_pdf(Path(request["document"]), Path(request["pdf"]), language)
        except (ValueError, KeyError, TypeError, OSError) as exc:
            error = f"bad request: {exc}"
        answer(ok=not error, error=error)
    return 0


if __name__ == "__main__":
    code = main(sys.argv[1:])
    sys.stdout.flush()
    os._exit(code)  # LibreOffice's own teardown is slow and has nothing left to save
