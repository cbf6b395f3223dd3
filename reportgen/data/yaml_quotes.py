"""Where a YAML syntax error began: a quote opened and never closed on its line.

A quote left open runs on, past line ends, to the next quote mark of its kind, or to the end of
the file. YAML reports the place it stopped, which can be forty lines below the slip: review LL
left a `"` open on line 94 and read "138:1: found unexpected end of stream". The place to look is
where the quote opened.
"""

from __future__ import annotations

from dataclasses import dataclass

from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.tokens import ScalarToken


@dataclass(frozen=True)
class OpenQuote:
    """A quote mark at `line`:`column` (1-based) whose text ran past its line."""

    line: int
    column: int
    mark: str
    #: where the quoted text closed (1-based line), or None where the file ended first
    closed_at: int | None


def open_quote(text: str, exc: MarkedYAMLError) -> OpenQuote | None:
    """The quote opened before the error `exc` that ran past its line, where that is what stopped
    YAML: a quoted text the file ends inside, or one closing on the line YAML stopped at."""
    start = exc.context_mark
    if exc.context and "quoted scalar" in exc.context and start is not None:
        return OpenQuote(start.line + 1, start.column + 1, _mark_at(text, start.index), None)
    stop = exc.problem_mark
    if stop is None:
        return None
    last: ScalarToken | None = None
    try:
        for token in YAML(typ="safe", pure=True).scan(text):
            if token.start_mark.index >= stop.index:
                break
            if isinstance(token, ScalarToken) and token.style in ('"', "'"):
                last = token
    except YAMLError:
        pass
    if last is None or last.start_mark.line == last.end_mark.line or last.end_mark.line != stop.line:
        return None
    return OpenQuote(last.start_mark.line + 1, last.start_mark.column + 1, last.style, last.end_mark.line + 1)


def _mark_at(text: str, index: int) -> str:
    return text[index] if 0 <= index < len(text) and text[index] in "\"'" else '"'


def message(quote: OpenQuote) -> tuple[str, str]:
    """The error's words and hint for an open quote."""
    if quote.closed_at is None:
        what = f"the quote ({quote.mark}) opened here is never closed: the file ends inside it"
    else:
        what = f"the quote ({quote.mark}) opened here closes only on line {quote.closed_at}"
    other = "'" if quote.mark == '"' else '"'
    hint = (
        f"close the text with {quote.mark} at the end of its line; a text that holds {quote.mark} "
        f"itself goes inside {other} … {other}"
    )
    if quote.mark == "'":
        hint += ", or writes it twice ('')"
    return what, hint
