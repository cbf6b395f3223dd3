"""One family of errors for everything a user can get wrong.

Each error knows where it happened (a file and a place inside it) and, where we can tell, what to do.
The CLI prints them on one screen and exits with the error's own code; nothing else in the package
prints or exits. Exit codes are part of the interface and documented in the README.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from enum import IntEnum
from pathlib import Path


class ExitCode(IntEnum):
    """Every exit code `reportgen` uses: part of the interface, documented in the README (a test
    keeps the two in step)."""

    OK = 0
    BUG = 1  # internal error: a bug in reportgen, never a user's mistake
    USAGE = 2  # wrong command-line usage (Click)
    DATA = 3  # invalid event data or project file
    TEMPLATE = 4  # template error
    ENVIRONMENT = 5  # output or environment problem
    WARNINGS = 6  # --strict: the build succeeded but printed warnings
    INTERRUPTED = 130  # Ctrl-C
    TERMINATED = 143  # SIGTERM


#: What each code means, in the words of `--help` (the README's table says more).
EXIT_MEANINGS = {
    ExitCode.OK: "success",
    ExitCode.BUG: "internal error (a bug: please report it, with the output of --debug)",
    ExitCode.USAGE: "wrong command-line usage",
    ExitCode.DATA: "invalid event data or project file (YAML)",
    ExitCode.TEMPLATE: "template error",
    ExitCode.ENVIRONMENT: "output or environment problem (folder, disk, permissions)",
    ExitCode.WARNINGS: "build --strict: built, but with warnings",
    ExitCode.INTERRUPTED: "interrupted (Ctrl-C)",
    ExitCode.TERMINATED: "terminated (SIGTERM)",
}


#: What to do about an internal error: the last line of every one.
BUG_ADVICE = "This is a bug in reportgen. Run again with --debug and report the output."


def counted(count: int, noun: str, plural: str = "") -> str:
    """'1 chart', '2 charts', '0 charts', '1,284 files': a count and its noun, agreed (every
    message with a number says it so: never '1 charts'). `plural` for a noun whose plural is not
    noun + 's' ('1 entry', '2 entries'); the last word takes the 's' ('1 more problem')."""
    return f"{count:,} {noun if count == 1 else plural or noun + 's'}"


def internal_error(exc: BaseException, where: str = "") -> str:
    """The one message for a bug of ours (exit 1): never blamed on the user's files."""
    return f"internal error{where}: {type(exc).__name__}: {str(exc)[:300]}\n{BUG_ADVICE}"


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised like Ctrl-C so that a build cleans up its staging folder."""


def interrupt_code(exc: KeyboardInterrupt) -> ExitCode:
    return ExitCode.TERMINATED if isinstance(exc, Terminated) else ExitCode.INTERRUPTED


#: Interrupts received by this process (set by entry.run's signal handlers). A signal can land in
#: a library's callback (python-docx and python-pptx run Python code from inside lxml), where the
#: interrupt may come out as some other exception; the CLI checks this to still end as interrupted.
_received: list[KeyboardInterrupt] = []


def record_interrupt(exc: KeyboardInterrupt) -> KeyboardInterrupt:
    _received.append(exc)
    return exc


def received_interrupt() -> KeyboardInterrupt | None:
    """The first interrupt this process received, if any."""
    return _received[0] if _received else None


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one input, at one place.

    `where` is free text for templates ("slide 3, shape 'Title 1'") and empty for data files,
    where the place is `line:column` and the field path.
    """

    file: str
    message: str
    line: int | None = None
    column: int | None = None
    path: str = ""
    where: str = ""
    hint: str = ""

    def __str__(self) -> str:
        head = self.file
        if self.line is not None:
            head += f":{self.line}"
            if self.column is not None:
                head += f":{self.column}"
        parts = [head] if head else []
        if self.where:
            parts.append(self.where)
        if self.path:
            parts.append(self.path)
        text = ": ".join(parts) + f": {self.message}"
        if self.hint:
            text += f"\n    hint: {self.hint}"
        return text


class ReportgenError(Exception):
    """Base of every error meant for the user rather than for a developer.

    Raise one of the subclasses: the base's own code is the environment's, so that no user-facing
    error can ever be mistaken for a bug (exit 1).
    """

    exit_code: ExitCode = ExitCode.ENVIRONMENT
    title = "error"

    def __init__(self, message: str = "", problems: list[Problem] | None = None, hint: str = "") -> None:
        self.problems: list[Problem] = list(problems or [])
        self.hint = hint
        super().__init__(message or (str(self.problems[0]) if self.problems else self.title))

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else self.title

    def render(self) -> str:
        """The whole error as the user should read it, on one screen: the problems, then the hint.

        Values and tags in messages come from users' files and may be huge (a megabyte-long name,
        a tag of a thousand lines), so each line is clipped to a readable slice and at most
        MAX_PROBLEMS problems are listed.
        """
        lines = [self.message] if not self.problems or len(self.problems) > 1 else []
        lines += [str(p) for p in self.problems[:MAX_PROBLEMS]]
        if len(self.problems) > MAX_PROBLEMS:
            lines.append(f"... and {counted(len(self.problems) - MAX_PROBLEMS, 'more problem')}")
        if self.hint:
            lines.append(f"hint: {self.hint}")
        return "\n".join(clip(line) for text in lines for line in text.split("\n"))


MAX_PROBLEMS = 12
MAX_LINE = 300


def clip(text: str, limit: int = MAX_LINE) -> str:
    """At most `limit` characters of one line, with the cut shown."""
    return text if len(text) <= limit else text[: limit - 25] + f"... ({len(text):,} characters)"


class DataError(ReportgenError):
    """The event YAML cannot be read or does not describe a valid event."""

    exit_code = ExitCode.DATA
    title = "invalid event data"


class TemplateProblem(ReportgenError):
    """A template cannot be read or rendered."""

    exit_code = ExitCode.TEMPLATE
    title = "template error"


class OutputError(ReportgenError):
    """The environment stopped us: the output folder, the disk, a missing program."""

    exit_code = ExitCode.ENVIRONMENT
    title = "cannot write output"


@dataclass
class ProblemList:
    """Collects problems so that one run reports all of them at once."""

    file: str
    items: list[Problem] = field(default_factory=list)

    def add(self, message: str, **where: object) -> None:
        self.items.append(Problem(file=self.file, message=message, **where))  # type: ignore[arg-type]

    def raise_if_any(self, cls: type[ReportgenError] = DataError) -> None:
        if self.items:
            count = len(self.items)
            raise cls(f"{self.file}: {counted(count, 'problem')} found", self.items)


NEXT_HINT = "\nhint: "  # several hints in one error's hint: each on its own line when rendered
_NEXT_HINT = NEXT_HINT


def combined(errors: Sequence[ReportgenError], what: str = "template errors") -> ReportgenError:
    """Several errors found in one run as one error that lists them all: each problem on its line
    (a message-only error as its message), each distinct hint once at the end. One error is
    returned as it is, so a single mistake reads as it always has."""
    if len(errors) == 1:
        return errors[0]
    problems: list[Problem] = []
    hints: list[str] = []
    for error in errors:
        found = error.problems or [Problem("", error.message, hint=error.hint)]
        problems += [replace(p, hint="") for p in found if replace(p, hint="") not in problems]
        for hint in (*(p.hint for p in found), *error.hint.split(_NEXT_HINT)):
            if hint and hint not in hints:
                hints.append(hint)
    merged = type(errors[0])(
        f"{len(problems)} {what} (nothing was written):", problems, hint=_NEXT_HINT.join(hints)
    )
    if len(problems) == 1:
        merged.args = (str(problems[0]),)
    return merged


def display_path(path: Path) -> str:
    """A path as the user typed it when it is under the current folder, else absolute."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except (ValueError, OSError):  # OSError: the current folder was removed
        return str(path)
