"""The command line: the only place that parses argv, prints and exits.

Each command is a thin shell over a library function. User errors print on one screen and exit
with their own code; a traceback appears only for bugs, or with --debug.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from reportgen import DISTRIBUTION, __version__
from reportgen.project.resources import DOC_TOPICS

if TYPE_CHECKING:
    from rich.console import Console

    from reportgen.project.settings import Settings
    from reportgen.session.session import Options
from reportgen.errors import (
    EXIT_MEANINGS,
    ExitCode,
    ReportgenError,
    counted,
    display_path,
    internal_error,
    received_interrupt,
)

EXIT_CODES = "\b\nExit codes:\n" + "\n".join(f"  {code:>3}  {words}" for code, words in EXIT_MEANINGS.items())


def _console(stderr: bool) -> Console:
    from rich.console import Console

    class _Console(Console):
        """Rich's console, except that a reader who went away (a closed pipe) is not a failure.

        Rich answers a broken pipe with SystemExit(1); a build that succeeded must still exit 0,
        so the stream is pointed at /dev/null and the console goes quiet instead.
        """

        def on_broken_pipe(self) -> None:
            self.quiet = True
            try:
                devnull = os.open(os.devnull, os.O_WRONLY)
                os.dup2(devnull, self.file.fileno())
                os.close(devnull)
            except (OSError, ValueError):
                pass

    # emoji=False: a file named ":fire:.yaml" is shown as it is named
    return _Console(stderr=stderr, highlight=False, soft_wrap=True, emoji=False)


class _Stream:
    """stdout or stderr, through a Rich console made on first use: importing Rich costs about
    14 ms, a seventh of a build that finds everything up to date and prints one line."""

    def __init__(self, stderr: bool) -> None:
        self.stderr = stderr
        self._made: Console | None = None

    @property
    def made(self) -> bool:
        return self._made is not None

    @property
    def console(self) -> Console:
        if self._made is None:
            self._made = _console(self.stderr)
        return self._made

    def __getattr__(self, name: str) -> Any:
        return getattr(self.console, name)


out = _Stream(stderr=False)
err = _Stream(stderr=True)
_closed: set[int] = set()


#: Characters no message may carry to a terminal: C0 and C1 controls (escape sequences that move the
#: cursor, retitle the window, rewrite the line) and the bidirectional overrides that reorder text.
#: Newlines and tabs are layout and stay. Messages quote files (event data, templates, the stamp and
#: cache of an output folder someone else can write), so every message is cleaned here, in `say`.
_UNPRINTABLE = dict.fromkeys(
    [
        *range(0x00, 0x09),
        *range(0x0B, 0x20),
        *range(0x7F, 0xA0),
        *range(0x202A, 0x202F),
        *range(0x2066, 0x206A),
    ]
)


def printable(text: str) -> str:
    """`text` without control characters (newlines and tabs kept)."""
    return text.translate(_UNPRINTABLE)


def say(console: _Stream, text: str) -> None:
    """Print a line; a closed, full or broken stream (`reportgen build | head -1`) only goes quiet.

    The build's outcome does not depend on whether anyone still reads its messages, so a stream
    that fails is muted for the rest of the run and never turns into a traceback. Control characters
    are removed first (`printable`): every message passes here, so none reaches a terminal raw.
    """
    if id(console) in _closed:
        return
    text = printable(text)
    try:
        if console.made:
            console.print(text, markup=False)  # above a progress bar, when one is shown
            console.file.flush()
        else:  # what Rich would print for plain text, without importing it
            stream = sys.stderr if console.stderr else sys.stdout
            if stream is not None:  # None: Python started with the stream closed
                stream.write(text + "\n")
                stream.flush()
    except (OSError, ValueError):
        _closed.add(id(console))


def _epilog(example: str) -> str:
    return f"\b\nExample:\n  {example}\n\n{EXIT_CODES}"


class _Counter(logging.Handler):
    """Prints each warning as 'warning: ...' on stderr and counts them (for --strict)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1
        say(err, f"warning: {record.getMessage()}")


log = logging.getLogger("reportgen")
log.propagate = False
warnings_seen = _Counter()
log.addHandler(warnings_seen)


def _announce(settings: Settings, verbose: bool) -> None:
    """The start of a command: count warnings from zero, print notes (and settings, if asked)."""
    warnings_seen.count = 0
    for note in settings.notes:
        say(err, note)
    if verbose:
        for line in settings.explain():
            say(err, f"setting: {line}")


def _strict(code: int, strict: bool) -> int:
    """--strict turns a successful build with warnings into exit 6."""
    if strict and code == ExitCode.OK and warnings_seen.count:
        say(err, f"--strict: {counted(warnings_seen.count, 'warning')}")
        return ExitCode.WARNINGS
    return code


def _fail(exc: BaseException, debug: bool) -> int:
    if debug:
        import traceback

        traceback.print_exception(exc)
    if isinstance(exc, ReportgenError):
        say(err, f"error: {exc.render()}")
        return exc.exit_code
    say(err, internal_error(exc))
    return ExitCode.BUG


def _require_cwd(debug: bool) -> None:
    """Exit 5, in words, when the current folder was removed after the shell went into it."""

    def check() -> None:
        try:
            os.getcwd()
        except FileNotFoundError:
            from reportgen.errors import OutputError

            raise OutputError(
                "the current folder no longer exists (it was removed or renamed after you went into it)",
                hint="cd into a folder that exists and run the command again",
            ) from None

    _, code = _guarded(check, debug)
    if code:
        sys.exit(code)


def _guarded(action: Callable[[], Any], debug: bool) -> tuple[Any, int]:
    """Run `action`; on failure print the error and return its exit code instead of a result."""
    try:
        return action(), 0
    except Exception as exc:  # the CLI reports every failure; interrupts go on to entry.run
        interrupt = received_interrupt()
        if interrupt is not None:  # the failure came of an interrupt caught inside a library
            raise interrupt from exc
        return None, _fail(exc, debug)


debug_option = click.option("--debug", is_flag=True, help="Show a traceback with errors.")
verbose_option = click.option(
    "--verbose",
    "-v",
    is_flag=True,
    help="Print each setting and where it came from (flag, project file, ...).",
)
config_option = click.option(
    "--config",
    "config_file",
    type=click.Path(path_type=Path),
    default=None,
    help="Project file. [default: reportgen.yaml in this folder or the nearest one above it]",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]}, epilog=EXIT_CODES)
@click.version_option(__version__, prog_name="reportgen")
def main() -> None:
    """Turn a YAML summary of an event into a Word briefing and a PowerPoint deck, with charts.

    The guides come with reportgen: `reportgen docs TOPIC` prints one (`reportgen docs` lists them).
    """


def _session_inputs(command: Callable[..., Any]) -> Callable[..., Any]:
    """The options `build` and `watch` share: what is built, from which templates, into where."""
    for option in reversed(
        (
            click.argument("files", nargs=-1, type=click.Path(path_type=Path)),
            click.option(
                "-o",
                "--out",
                "out_dir",
                type=click.Path(path_type=Path),
                default=None,
                help="Folder the documents and charts are written to. [default: the project's output, "
                "or output/ beside the project file]",
            ),
            click.option(
                "--templates",
                "templates_dir",
                type=click.Path(path_type=Path),
                default=None,
                help="Folder with briefing.docx and/or deck.pptx; missing ones come from the defaults. "
                "[default: the project's templates, or templates/ beside the project file if present]",
            ),
            click.option(
                "--no-cache", is_flag=True, help="Redraw every chart even if its data did not change."
            ),
            click.option(
                "--pdf", is_flag=True, help="Also write PDFs of both documents (needs LibreOffice)."
            ),
        )
    ):
        command = option(command)
    return command


@main.command(epilog=_epilog("reportgen build data/waic2022.yaml --out output"))
@_session_inputs
@click.option(
    "--pdf-timeout",
    type=click.FloatRange(1, 3600),
    default=180,
    show_default=True,
    help="Seconds LibreOffice may take to convert to PDF.",
)
@click.option(
    "--strict",
    is_flag=True,
    help="Exit with 6 when the build printed warnings (for CI); the documents are written all the same.",
)
@click.option(
    "--force",
    is_flag=True,
    help="Build even when nothing changed since the last build (see `reportgen docs performance`).",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(1, 256),
    default=None,
    help="Events built at once, each in its own process. [default: the number of cores]",
)
@click.option("--quiet", "-q", is_flag=True, help="Print errors only.")
@click.option("--fail-fast", is_flag=True, help="Stop at the first event that fails.")
@click.option(
    "--scheduler",
    envvar="REPORTGEN_SCHEDULER",
    default=None,
    metavar="ADDRESS",
    help="Build the events on the Dask cluster whose scheduler is at ADDRESS (tcp://HOST:8786; "
    f'needs pip install "{DISTRIBUTION}[dask]"; see `reportgen docs scale`). [env: REPORTGEN_SCHEDULER]',
)
@verbose_option
@config_option
@debug_option
def build(
    files: tuple[Path, ...],
    out_dir: Path | None,
    templates_dir: Path | None,
    no_cache: bool,
    pdf: bool,
    pdf_timeout: float,
    strict: bool,
    force: bool,
    jobs: int | None,
    quiet: bool,
    fail_fast: bool,
    scheduler: str | None,
    verbose: bool,
    config_file: Path | None,
    debug: bool,
) -> None:
    """Build the briefing (DOCX), the deck (PPTX) and the charts of each event file.

    FILES are event YAML files; without them every YAML file in the project's data/ is built.
    Events whose inputs did not change since the last build are not built again.
    """
    _require_cwd(debug)
    from reportgen.session import session

    options = session_options(click.get_current_context().params)
    ran, failed = _guarded(lambda: session.run(options, _Report(quiet, verbose, debug)), debug)
    sys.exit(failed or _strict(ran, strict))


class _Report:
    """What a build prints (session/session.py's Reporter): a progress bar on a terminal, else a line
    per event (the files it wrote, for a single event), nothing but errors with --quiet."""

    def __init__(self, quiet: bool, verbose: bool, debug: bool) -> None:
        self.quiet, self.verbose, self.debug = quiet, verbose, debug
        self.detailed = False
        self.bar: Any = None
        self.total = 0
        self.task: Any = None

    def error(self, exc: Exception) -> int:
        return _fail(exc, self.debug)

    def begin(self) -> None:
        warnings_seen.count = 0

    def up_to_date(self, events: int, folder: Path) -> None:
        if not self.quiet:
            say(
                out,
                f"up to date: {events} event{'s' if events != 1 else ''} in {display_path(folder)}, "
                "nothing written (--force builds anyway)",
            )

    def settled(self, settings: Settings) -> None:
        _announce(settings, self.verbose)

    def planned(self, events: int, todo: int) -> None:
        self.total, self.detailed = todo, events == 1
        if events > 1 and todo != events and not self.quiet:
            fresh = events - todo
            say(
                err,
                f"{fresh:,} of {counted(events, 'event')} {'is' if fresh == 1 else 'are'} up to date; "
                f"building {todo:,}",
            )

    def note(self, text: str) -> None:
        if not self.quiet:
            say(err, text)

    def summary(self, events: int, fresh: int, codes: list[int], failures: list[Any]) -> None:
        if events < 2:
            return
        if not self.quiet:
            built = sum(1 for c in codes if c == ExitCode.OK)
            say(out, f"{built} built, {fresh} up to date, {len(failures)} failed")
        for outcome in failures:
            shown, first = display_path(outcome.event), outcome.error.splitlines()[0]
            say(err, f"failed: {first}" if first.startswith(f"{shown}:") else f"failed: {shown}: {first}")

    def finished(self, settings: Settings, record: Any) -> None:
        pass

    def started(self, event: Path) -> None:
        if self.quiet or self.total < 2 or not out.is_terminal:
            return
        if self.bar is None:  # started once the workers exist: no thread is forked with them
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            self.bar = Progress(
                BarColumn(),
                MofNCompleteColumn(),
                TimeRemainingColumn(),
                TextColumn("{task.description}", markup=False),
                console=out.console,
                transient=True,
            )
            self.bar.start()
            self.task = self.bar.add_task("", total=self.total)
        self.bar.update(self.task, description=printable(display_path(event)))

    def progress(self, text: str) -> None:
        """How a cluster build stands (done, failed, busy workers): on the bar, or a line of its own."""
        if self.quiet:
            return
        if self.bar is not None:
            self.bar.update(self.task, description=printable(text))
        else:
            say(err, f"  {text}")

    def _advance(self) -> None:
        if self.bar is not None:
            self.bar.advance(self.task)

    def built(self, result: Any) -> None:
        self._advance()
        if self.quiet:
            return
        if self.detailed:
            for file in result.files:
                say(out, f"wrote {display_path(file)} ({counted(file.stat().st_size, 'byte')})")
            say(
                out,
                f"built {result.event} in {result.seconds:.2f} s "
                f"({counted(result.charts_drawn, 'chart picture')} drawn, "
                f"{result.charts_cached:,} from cache)",
            )
        else:
            folder = display_path(result.files[0].parent) if result.files else "?"
            say(
                out,
                f"built {result.event}: {counted(len(result.files), 'file')} in {folder} "
                f"({result.seconds:.2f} s)",
            )

    def failed(self, outcome: Any) -> None:
        self._advance()
        if outcome.traceback:
            say(err, outcome.traceback.rstrip())
        say(err, f"error: {outcome.error}")

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()
            self.bar = None


def session_options(params: Mapping[str, Any]) -> Options:
    """The build session's options from a command's parsed parameters (`build`'s or `watch`'s):
    one function, so that `build`, `watch` and the early chart helper read them alike."""
    from reportgen.session.session import Options

    known = {field.name for field in dataclasses.fields(Options)}
    given = {name: value for name, value in params.items() if name in known}
    return Options(**given, use_cache=not params["no_cache"])


def parse_build(argv: Sequence[str]) -> Options | None:
    """`reportgen ARGV` as this CLI's own parser reads it, without running anything: the session's
    options when ARGV runs `build`, else None (another command, `--help`, `--version`, or a line
    click refuses, which the real run then reports). entry.py decides from it whether to fork the
    chart helper early, so that decision and the build can never read a command line differently."""
    try:
        group = main.make_context("reportgen", list(argv), resilient_parsing=True)
        opts, rest, _ = main.make_parser(group).parse_args(list(argv))
        if opts or rest[:1] != ["build"]:  # --help or --version before the command, or another command
            return None
        args = rest[1:]
        probe = build.make_context("build", list(args), parent=group, resilient_parsing=True)
        asked = build.make_parser(probe).parse_args(list(args))[0]
        helping = build.get_help_option(probe)
        if helping is not None and helping.name in asked:
            return None
        context = build.make_context("build", list(args), parent=group)
    except click.exceptions.ClickException:
        return None
    return session_options(context.params)


@main.command(epilog=_epilog("reportgen watch data/waic2022.yaml"))
@_session_inputs
@click.option(
    "--preview",
    is_flag=True,
    help="Show every page and slide as pictures on a local page that follows each save (needs "
    "LibreOffice and pdftoppm, from poppler-utils).",
)
@click.option(
    "--no-open", is_flag=True, help="With --preview: print the page's address, do not open a browser."
)
@verbose_option
@config_option
@debug_option
def watch(
    files: tuple[Path, ...],
    out_dir: Path | None,
    templates_dir: Path | None,
    no_cache: bool,
    pdf: bool,
    preview: bool,
    no_open: bool,
    verbose: bool,
    config_file: Path | None,
    debug: bool,
) -> None:
    """Build, then rebuild each time an event file, its logo, a template or the project file is saved.

    Only the events a change affects are built again, with one line per rebuild. A change that
    breaks an event prints the error and leaves its earlier documents as they were; watching goes
    on. Ctrl-C stops. With --preview, a page on this computer only (127.0.0.1, a secret address)
    shows every page of the briefing and every slide of the deck, and refreshes after each save.
    """
    _require_cwd(debug)
    from reportgen.session.watch import watch as watch_files

    options = session_options(click.get_current_context().params)
    shown = None
    if preview:
        from reportgen.session.preview import Preview

        shown, code = _guarded(lambda: Preview(180.0), debug)
        if shown is None:
            sys.exit(code)
    report = _watch_report(verbose, debug, open_browser=preview and not no_open)
    _, code = _guarded(lambda: watch_files(options, report, shown), debug)
    sys.exit(code)


def _watch_report(verbose: bool, debug: bool, open_browser: bool) -> Any:
    """The watch command's reporter: the first build is reported as `build` does; after that, one
    line per rebuild (and errors in full)."""
    from reportgen.session.watch import WatchReporter

    class _WatchReport(_Report, WatchReporter):
        finished = WatchReporter.finished  # keeps what the session read: the files to watch

        def __init__(self) -> None:
            super().__init__(quiet=False, verbose=verbose, debug=debug)
            self.first = True
            self.shown: list[Path] = []
            self.names: list[str] = []

        def up_to_date(self, events: int, folder: Path) -> None:
            if self.first:
                super().up_to_date(events, folder)

        def planned(self, events: int, todo: int) -> None:
            if self.first:
                super().planned(events, todo)
            else:
                self.total, self.detailed = 0, False

        def built(self, result: Any) -> None:
            if self.first:
                super().built(result)
            else:
                self.names.append(result.event)

        def summary(self, events: int, fresh: int, codes: list[int], failures: list[Any]) -> None:
            if self.first:
                super().summary(events, fresh, codes, failures)

        def watching(self, folders: list[Path]) -> None:
            self.first = False
            cwd = Path.cwd()
            mine = [f for f in folders if f not in cwd.parents]  # those above: for a reportgen.yaml
            # the project's own folders first, then the others (the package's templates), wherever
            # the project and the package happen to sit on the disk
            mine.sort(key=lambda f: (not f.is_relative_to(cwd), display_path(f)))
            if mine != self.shown:
                self.shown = mine
                shown = ", ".join(display_path(f) for f in mine)
                say(err, f"watching {shown} for changes (Ctrl-C stops)")

        def previewing(self, url: str) -> None:
            say(err, f"preview: {url}")
            if open_browser:
                import webbrowser

                webbrowser.open(url)

        def rebuilt(self, seconds: float) -> None:
            if self.names:
                say(out, f"rebuilt {', '.join(self.names)} in {seconds:.2f} s from save to written")
            self.names = []

    return _WatchReport()


@main.command(epilog=_epilog("reportgen validate data/waic2022.yaml"))
@click.argument("files", nargs=-1, type=click.Path(path_type=Path))
@verbose_option
@config_option
@debug_option
@click.option(
    "--strict", is_flag=True, help="Exit with 6 when it printed warnings (a missing translation...)."
)
def validate(
    files: tuple[Path, ...], verbose: bool, config_file: Path | None, debug: bool, strict: bool
) -> None:
    """Check event files (and the project file) without building anything; report every problem."""
    _require_cwd(debug)
    from reportgen.data.author_text import author_text_warnings
    from reportgen.data.content_checks import content_warnings
    from reportgen.data.load import located
    from reportgen.data.prepare import language_warnings, prepare, translation_warnings
    from reportgen.data.prepare import validate as validate_event
    from reportgen.data.sentences import unit_warnings
    from reportgen.data.wording import wording_warnings
    from reportgen.project.settings import Flags, settle

    settings, code = _guarded(lambda: settle(Flags(files, config_file=config_file)), debug)
    if settings is None:
        sys.exit(code)
    _announce(settings, verbose)
    for path in settings.events:
        summary, failed = _guarded(lambda path=path: validate_event(path, settings.project), debug)
        code = code or failed
        if summary is None:
            continue
        prepared, unprepared = _guarded(lambda path=path: prepare(path, settings.project), debug)
        code = code or unprepared
        worded = wording_warnings(prepared) if prepared is not None else []
        told = (
            *author_text_warnings(summary),
            *unit_warnings(summary),
            *content_warnings(summary, settings.project),
        )
        for warning in (*told, *worded):
            log.warning(located(path, warning))
        for warning in translation_warnings(summary, settings.project):
            log.warning(warning)
        for warning in language_warnings(summary, settings.project):
            log.warning(warning)  # as `build` says it, so `validate --strict` fails where it does
        figures = sum(len(s.figures) for s in summary.sections.values())
        say(
            out,
            f"ok {display_path(path)}: {summary.event.short_name}, "
            f"{counted(len(summary.sections), 'section')}, {counted(figures, 'figure')}, "
            f"{counted(len(summary.charts), 'chart')}",
        )
    sys.exit(_strict(code, strict))


@main.command(epilog=_epilog("reportgen init my-expo && cd my-expo && reportgen build"))
@click.argument("folder", type=click.Path(path_type=Path, file_okay=False))
@debug_option
def init(folder: Path, debug: bool) -> None:
    """Start a new event project in FOLDER: project file, YAML skeleton, templates, output/.

    The new project builds as it is; then fill in data/event.yaml and restyle the templates.
    """
    _require_cwd(debug)
    from reportgen.project.scaffold import create_project

    written, code = _guarded(lambda: create_project(folder), debug)
    if written is not None:
        for path in written:
            say(out, f"created {display_path(path)}")
        say(out, f"next: cd {display_path(folder)} && reportgen build")
    sys.exit(code)


@main.command(
    epilog="\b\nExamples:\n  reportgen inspect templates/deck.pptx --data data/waic2022.yaml\n"
    "  reportgen inspect --plan data/waic2022.yaml\n"
    "  reportgen inspect --plan --json data/waic2022.yaml > plan.json\n\n" + EXIT_CODES
)
@click.argument("template", required=False, type=click.Path(path_type=Path))
@click.option(
    "--data",
    "data_file",
    type=click.Path(path_type=Path),
    default=None,
    help="Event file to check the template's names against. [default: the first in the project's "
    "data/, or the bundled event]",
)
@click.option(
    "--plan",
    is_flag=True,
    help="Print the editorial plan of an event instead (the argument, or --data, is the event file): "
    "which slide or part of the briefing prints each figure, which sections share a slide, and why "
    "each chart has its form.",
)
@click.option("--json", "as_json", is_flag=True, help="With --plan: print the plan as JSON, for programs.")
@config_option
@debug_option
def inspect(
    template: Path | None,
    data_file: Path | None,
    plan: bool,
    as_json: bool,
    config_file: Path | None,
    debug: bool,
) -> None:
    """List a template's tags, picture slots and repeated slides, and names the data does not provide.

    With --plan, show an event's editorial plan instead: what each slide and the briefing print.
    """
    _require_cwd(debug)
    if as_json and not plan:
        raise click.UsageError("--json goes with --plan (the template report is text only)")
    if plan:
        _inspect_plan(template or data_file, config_file, as_json, debug)
    if template is None:
        raise click.UsageError("name a template (or use --plan with an event file)")
    from reportgen.office.inspect import inspect_template
    from reportgen.project.settings import Flags, settle

    def run() -> Any:
        settings = settle(Flags((data_file,) if data_file else (), config_file=config_file))
        return inspect_template(template, settings.events[0], settings.project)

    report, code = _guarded(run, debug)
    if report is not None:
        say(out, report.render())
        code = 0 if report.ok else 4
    sys.exit(code)


def _inspect_plan(event: Path | None, config_file: Path | None, as_json: bool, debug: bool) -> None:
    """Print the plan of `event` (default: the project's first event) and exit."""
    import json

    from reportgen.data.plan_view import plan_data, plan_text
    from reportgen.data.prepare import prepare
    from reportgen.project.settings import Flags, settle

    def run() -> dict[str, Any]:
        settings = settle(Flags((event,) if event else (), config_file=config_file))
        prepared = prepare(settings.events[0], settings.project)
        return plan_data(prepared.summary, prepared.derived)

    found, code = _guarded(run, debug)
    if found is not None:
        text = json.dumps(found, ensure_ascii=False, indent=2) + "\n" if as_json else plan_text(found)
        say(out, text.rstrip("\n"))
    sys.exit(code)


@main.command(epilog=_epilog("reportgen schema > event.schema.json"))
@click.option("--project", is_flag=True, help="The schema of reportgen.yaml instead of an event file.")
def schema(project: bool) -> None:
    """Print the JSON Schema of event files (for editors: autocomplete and checks as you type)."""
    from reportgen.data.schema import schema_json

    click.echo(schema_json(project=project), nl=False)


@main.command(epilog=_epilog("reportgen docs templates | less"))
@click.argument("topic", required=False, type=click.Choice(DOC_TOPICS), metavar="[TOPIC]")
@debug_option
def docs(topic: str | None, debug: bool) -> None:
    """Print a guide (markdown) that comes with reportgen; with no TOPIC, list them and where they are.

    \b
    architecture  the subpackages, who may import whom, where to add things
    data          the event YAML format by example
    performance   what a build costs and how it is measured
    platforms     what differs on Windows, macOS and Linux
    scale         building on a Dask cluster (--scheduler)
    templates     writing templates: every tag, name and filter, picture slots, errors
    """
    from reportgen.errors import OutputError
    from reportgen.inputs import read_input
    from reportgen.project.resources import bundled, guide

    if topic is None:
        _, code = _guarded(lambda: say(out, f"guides in {display_path(bundled('docs'))}:"), debug)
        if code:
            sys.exit(code)
        for name in DOC_TOPICS:
            say(out, f"  reportgen docs {name}")
        return
    text, code = _guarded(lambda: read_input(guide(topic), 2**20, OutputError, "a guide").decode(), debug)
    if code:
        sys.exit(code)
    click.echo(text, nl=False)
