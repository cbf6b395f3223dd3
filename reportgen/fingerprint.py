"""Has reportgen changed? One answer, for everything that keeps work between builds.

The stamp (is the output up to date?), the chart cache (is this picture still what we would
draw?) and the compiled-template cache (is this code still what Jinja would generate?) all ask it.
reportgen changes when its own files change, and also when a library that shapes its output is
upgraded: a new matplotlib draws other pixels, a new python-docx writes other XML. So the answer
covers both, read with the standard library only and cheaply (the up-to-date check runs before
anything heavy is imported): our files by name, size and time, the libraries by the versions in
their installed `.dist-info` folders' names.
"""

from __future__ import annotations

import hashlib
import os
import sys
from functools import cache
from pathlib import Path

import reportgen

#: The environment variables that change what a build writes: a cluster's workers get the client's.
DOCUMENT_ENVIRONMENT = ("SOURCE_DATE_EPOCH",)
#: ... and those that name a program on this machine (the PDFs' LibreOffice): a worker keeps its own.
MACHINE_ENVIRONMENT = ("REPORTGEN_SOFFICE",)
#: Every environment variable that changes the output: the stamp records them all.
OUTPUT_ENVIRONMENT = DOCUMENT_ENVIRONMENT + MACHINE_ENVIRONMENT
#: The distributions whose versions shape the output: documents, charts, the template code.
OUTPUT_LIBRARIES = (
    "babel",
    "docxtpl",
    "jinja2",
    "lxml",
    "matplotlib",
    "pillow",
    "python-docx",
    "python-pptx",
)
_PACKAGE = Path(reportgen.__file__).parent


def output_environment() -> dict[str, str | None]:
    return {name: os.environ.get(name) for name in OUTPUT_ENVIRONMENT}


def _normal(name: str) -> str:
    return name.lower().replace("-", "_").replace(".", "_")


@cache
def library_versions() -> str:
    """'babel 2.19.0|docxtpl 0.20.2|...': each OUTPUT_LIBRARIES's installed version ('-' if none),
    from the first `NAME-VERSION.dist-info` folder on sys.path, as the importer would find it."""
    wanted = {_normal(name) for name in OUTPUT_LIBRARIES}
    found: dict[str, str] = {}
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for name in names:
            if name.endswith(".dist-info"):
                dist, _, version = name[: -len(".dist-info")].partition("-")
                key = _normal(dist)
                if key in wanted:
                    found.setdefault(key, version)
    return "|".join(f"{key} {found.get(key, '-')}" for key in sorted(wanted))


def code_files() -> str:
    """reportgen's own files (names, sizes, times): an edited or reinstalled reportgen differs.
    Every file of the package counts, its catalogues (.mo) and data as much as its code, less
    Python's compiled caches, which follow the code."""
    entries = []
    for path in sorted(_PACKAGE.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
            info = path.stat()
            entries.append(f"{path.relative_to(_PACKAGE)}:{info.st_size}:{info.st_mtime_ns}")
    return hashlib.sha256("\n".join(entries).encode()).hexdigest()


@cache
def reportgen_changed() -> str:
    """The one fingerprint of the code that makes the output: reportgen's version and files, the
    Python it runs on and the libraries that shape what it writes."""
    parts = (reportgen.__version__, code_files(), sys.version, library_versions())
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()
