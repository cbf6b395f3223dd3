"""Whose fault an exception is: the template's, or reportgen's.

A damaged or odd template makes the libraries that read and render it (python-docx, python-pptx,
docxtpl, Jinja, lxml, zipfile, Pillow) fail in many ways, and that is the template's fault (exit 4,
the template named). An exception raised in our own code is a bug (exit 1, "internal error"), even
when a library called back into us. So the answer is taken from where the exception was raised:
the innermost frame that is either ours or one of those libraries' (or code Jinja compiled from the
template) decides; frames of the standard library in between (`re`, `copy`, ...) do not.
"""

from __future__ import annotations

import sys
import traceback
from functools import cache
from pathlib import Path

import reportgen

#: The libraries that read or render a template: a failure inside them is the template's fault.
TEMPLATE_LIBRARIES = ("docx", "pptx", "docxtpl", "jinja2", "lxml", "zipfile", "zlib", "xml", "PIL")
_OURS = Path(reportgen.__file__).resolve().parent


@cache
def _library_places() -> tuple[str, ...]:
    """Where the template libraries' files are (a package's folder, or a module's file)."""
    places = []
    for name in TEMPLATE_LIBRARIES:
        module = sys.modules.get(name)
        where = getattr(module, "__file__", None)
        if where:
            path = Path(where).resolve()
            places.append(str(path.parent) if path.name == "__init__.py" else str(path))
    return tuple(places)


def _library_type(exc: BaseException) -> bool:
    root = type(exc).__module__.partition(".")[0]
    return root in TEMPLATE_LIBRARIES


def _inside(path: str, place: str) -> bool:
    return path == place or path.startswith((place + "/", place + "\\"))


def _whose(filename: str) -> str:
    """'ours', 'template' or '' (a frame that does not decide) for one frame's file."""
    if filename.startswith("<"):
        return "template" if filename in ("<template>", "<unknown>") else ""  # code Jinja compiled
    path = str(Path(filename).resolve())
    if _inside(path, str(_OURS)):
        return "ours"
    if any(_inside(path, place) for place in _library_places()):
        return "template"
    return ""


def template_fault(exc: BaseException) -> bool:
    """True when `exc` came of reading or rendering a template; False when it is a bug of ours.
    A template library's own exception (lxml's XMLSyntaxError, zipfile's BadZipFile, a Jinja
    error) is the template's even when our code made the call: it is what the template held."""
    if _library_type(exc):
        return True
    for frame, _ in reversed(list(traceback.walk_tb(exc.__traceback__))):
        whose = _whose(frame.f_code.co_filename)
        if whose:
            return whose == "template"
    return False
