"""The one Jinja environment both templates render in.

Templates travel between people, so they render in Jinja's immutable sandbox: no attribute starting
with an underscore, no mutation of the data, no file or network access (there is no loader). Output
is escaped for XML, so "B&B <x>" reaches a document as text rather than as broken markup, and any
name a template uses that the data lacks is an error rather than a silent blank.
"""

from __future__ import annotations

import re
from typing import Any

from jinja2 import StrictUndefined, Template
from jinja2.exceptions import SecurityError
from jinja2.filters import do_center, do_indent, do_wordwrap
from jinja2.sandbox import ImmutableSandboxedEnvironment

from .formatting import Formatter

#: A template tag: {{ expression }}, {% statement %} or {# comment #}, in either template format.
TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.S)
MAX_ITEMS = 1_000_000  # characters of a string, items of a list, made by one operation
MAX_OUTPUT = 50 * 1024 * 1024  # characters one template (a shape, the document body) may render to
MAX_EXPONENT = 64


class CappedTemplate(Template):
    """Renders by streaming and stops when the output passes MAX_OUTPUT characters."""

    def render(self, *args: Any, **kwargs: Any) -> str:
        chunks, size = [], 0
        for chunk in self.generate(*args, **kwargs):
            size += len(chunk)
            if size > MAX_OUTPUT:
                raise SecurityError(f"the template renders to more than {MAX_OUTPUT // 2**20} MiB of text")
            chunks.append(chunk)
        return "".join(chunks)


class BoundedSandbox(ImmutableSandboxedEnvironment):
    """Jinja's immutable sandbox, plus bounds on what one operation may build."""

    template_class = CappedTemplate
    intercepted_binops = frozenset({"*", "**", "+"})

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "**" and isinstance(right, int | float) and abs(right) > MAX_EXPONENT:
            raise SecurityError(f"exponents above {MAX_EXPONENT} are not allowed in a template")
        if operator == "*":
            for sequence, count in ((left, right), (right, left)):
                if (
                    isinstance(sequence, str | list | tuple)
                    and isinstance(count, int)
                    and len(sequence) * count > MAX_ITEMS
                ):
                    raise SecurityError(f"repeating {len(sequence):,} items {count:,} times is too large")
        sized = isinstance(left, str | list | tuple) and isinstance(right, str | list | tuple)
        if operator == "+" and sized and len(left) + len(right) > MAX_ITEMS:
            raise SecurityError("joining these values makes more than a million items")
        return super().call_binop(context, operator, left, right)


def _bounded(filter_function: Any, argument: str) -> Any:
    """A filter whose width argument may not be absurd (center(10**9) would allocate a gigabyte)."""

    def bounded(value: Any, *args: Any, **kwargs: Any) -> Any:
        width = kwargs.get(argument, args[0] if args else 0)
        if isinstance(width, int) and abs(width) > MAX_ITEMS:
            raise SecurityError(f"{argument} {width:,} is too large")
        return filter_function(value, *args, **kwargs)

    return bounded


def make_environment(fmt: Formatter) -> ImmutableSandboxedEnvironment:
    env = BoundedSandbox(autoescape=True, undefined=StrictUndefined, keep_trailing_newline=True)
    env.filters.update(fmt.filters())
    env.filters["center"] = _bounded(do_center, "width")
    env.filters["indent"] = _bounded(do_indent, "width")
    env.filters["wordwrap"] = _bounded(do_wordwrap, "width")
    return env


_STATEMENT = re.compile(r"\{%-?\s*(\w+)")
_BLOCKS = {"for", "if", "with", "block", "macro", "call", "filter", "raw", "autoescape", "trans"}


def _unclosed_block_line(source: str) -> int | None:
    """The line of the innermost block tag that is never closed ('{% if %}' without '{% endif %}')."""
    open_lines: list[int] = []
    for number, line in enumerate(source.split("\n"), start=1):
        for word in _STATEMENT.findall(line):
            if word in _BLOCKS:
                open_lines.append(number)
            elif word.startswith("end") and word[3:] in _BLOCKS and open_lines:
                open_lines.pop()
    return open_lines[-1] if open_lines else None


def template_line(exc: BaseException, source: str | None = None) -> int | None:
    """The template line an error belongs to. Jinja reports an unclosed block at the end of the
    template; given the source, point at the block's opening tag instead. Runtime errors carry
    their line in the traceback (Jinja rewrites tracebacks to show it)."""
    if source and "Unexpected end of template" in str(exc):
        opener = _unclosed_block_line(source)
        if opener is not None:
            return opener
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


_TAG_EDGE = re.compile(r"\{\{|\{%|\{#|\}\}|%\}|#\}")


def broken_tag(paragraph: str) -> str | None:
    """The fragment of a tag that starts or ends outside this paragraph, or None when all are whole."""
    rest = TAG.sub("", paragraph)
    edge = _TAG_EDGE.search(rest)
    if edge is None:
        return None
    start = max(0, edge.start() - 20) if edge.group() in {"}}", "%}", "#}"} else edge.start()
    return rest[start : start + 40].strip()
