"""The one Jinja environment both templates render in.

Templates travel between people, so they render in Jinja's immutable sandbox: no attribute starting
with an underscore, no mutation of the data, no file or network access (there is no loader). Output
is escaped for XML, so "B&B <x>" reaches a document as text rather than as broken markup, and any
name a template uses that the data lacks is an error rather than a silent blank.
"""

from __future__ import annotations

import re

from jinja2 import StrictUndefined
from jinja2.sandbox import ImmutableSandboxedEnvironment

from .formatting import Formatter


def make_environment(fmt: Formatter) -> ImmutableSandboxedEnvironment:
    env = ImmutableSandboxedEnvironment(
        autoescape=True, undefined=StrictUndefined, keep_trailing_newline=True
    )
    env.filters.update(fmt.filters())
    return env


def template_line(exc: BaseException) -> int | None:
    """The template line a Jinja runtime error happened on (Jinja rewrites tracebacks to show it)."""
    if getattr(exc, "lineno", None):
        return exc.lineno  # type: ignore[attr-defined]
    tb, line = exc.__traceback__, None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == "<template>":
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def error_message(exc: BaseException) -> str:
    """A Jinja or data error in words a template author understands."""
    message = getattr(exc, "message", None) or str(exc)
    message = re.sub(r"'reportgen\.[\w.]*?(\w+) object'", r"'\1'", message)  # no module paths for authors
    if type(exc).__name__ == "UndefinedError":
        message += " (the data has no such name)"
    if type(exc).__name__ == "SecurityError":
        message = f"not allowed in a template: {message}"
    return message


def focus_tags(tags: list[str], exc: BaseException) -> list[str]:
    """Of the tags near an error, those that mention the name the error is about (else all of them)."""
    named = re.findall(r"'([^']+)' is undefined|has no attribute '([^']+)'", str(exc))
    names = [n for pair in named for n in pair if n]
    chosen = [t for t in tags if any(re.search(rf"\b{re.escape(n)}\b", t) for n in names)]
    return chosen or tags


_WHOLE_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.S)
_TAG_EDGE = re.compile(r"\{\{|\{%|\{#|\}\}|%\}|#\}")


def broken_tag(paragraph: str) -> str | None:
    """The fragment of a tag that starts or ends outside this paragraph, or None when all are whole."""
    rest = _WHOLE_TAG.sub("", paragraph)
    edge = _TAG_EDGE.search(rest)
    if edge is None:
        return None
    start = max(0, edge.start() - 20) if edge.group() in {"}}", "%}", "#}"} else edge.start()
    return rest[start : start + 40].strip()
