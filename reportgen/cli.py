"""The command line: the only place that parses argv, prints and exits.

Each command is a thin shell over a library function. User errors print on one screen and exit
with their own code; a traceback appears only for bugs, or with --debug.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click
from rich.console import Console

from reportgen import __version__
from reportgen.errors import EXIT_MEANINGS, ExitCode, ReportgenError, display_path

EXIT_CODES = "\b\nExit codes:\n" + "\n".join(f"  {code:>3}  {words}" for code, words in EXIT_MEANINGS.items())


class _Console(Console):
    """Rich's console, except that a reader who went away (a closed pipe) is not a failure.

    Rich answers a broken pipe with SystemExit(1); a build that succeeded must still exit 0, so
    the stream is pointed at /dev/null and the console goes quiet instead.
    """

    def on_broken_pipe(self) -> None:
        self.quiet = True
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, self.file.fileno())
            os.close(devnull)
        except (OSError, ValueError):
            pass


out = _Console(highlight=False, soft_wrap=True)
err = _Console(stderr=True, highlight=False, soft_wrap=True)
_closed: set[int] = set()


def say(console: Console, text: str) -> None:
    """Print a line; a closed, full or broken stream (`reportgen build | head -1`) only goes quiet.

    The build's outcome does not depend on whether anyone still reads its messages, so a stream
    that fails is muted for the rest of the run and never turns into a traceback.
    """
    if id(console) in _closed:
        return
    try:
        console.print(text, markup=False)
        console.file.flush()
    except (OSError, ValueError):
        _closed.add(id(console))


def _epilog(example: str) -> str:
    return f"\b\nExample:\n  {example}\n\n{EXIT_CODES}"


def _event_files(files: tuple[Path, ...]) -> tuple[list[Path], str]:
    """The files given, else every YAML in ./data, else the bundled example event."""
    if files:
        return list(files), ""
    local = sorted(Path("data").glob("*.yaml")) + sorted(Path("data").glob("*.yml"))
    if local:
        return local, ""
    from reportgen.build.resources import bundled_events

    return bundled_events(), "no event files given and no data/ folder here: using the bundled example event"


def _fail(exc: BaseException, debug: bool) -> int:
    if debug:
        import traceback

        traceback.print_exception(exc)
    if isinstance(exc, ReportgenError):
        say(err, f"error: {exc.render()}")
        return exc.exit_code
    say(
        err,
        f"internal error: {type(exc).__name__}: {str(exc)[:300]}\n"
        "This is a bug in reportgen. Run again with --debug and report the output.",
    )
    return ExitCode.BUG


def _guarded(action: Callable[[], Any], debug: bool) -> tuple[Any, int]:
    """Run `action`; on failure print the error and return its exit code instead of a result."""
    try:
        return action(), 0
    except Exception as exc:  # the CLI reports every failure; interrupts go on to entry.run
        return None, _fail(exc, debug)


debug_option = click.option("--debug", is_flag=True, help="Show a traceback with errors.")
config_option = click.option(
    "--config",
    "config_file",
    type=click.Path(path_type=Path),
    default=None,
    help="Project file. [default: ./reportgen.yaml if present]",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]}, epilog=EXIT_CODES)
@click.version_option(__version__, prog_name="reportgen")
def main() -> None:
    """Turn a YAML summary of an event into a Word briefing and a PowerPoint deck, with charts."""


@main.command(epilog=_epilog("reportgen build data/waic2022.yaml --out output"))
@click.argument("files", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--out",
    "out_dir",
    type=click.Path(path_type=Path),
    default=None,
    help="Folder the documents and charts are written to. [default: the project's output, or output]",
)
@click.option(
    "--templates",
    "templates_dir",
    type=click.Path(path_type=Path),
    default=None,
    help="Folder with briefing.docx and/or deck.pptx; missing ones come from the defaults. "
    "[default: the project's templates, or ./templates if present]",
)
@click.option("--no-cache", is_flag=True, help="Redraw every chart even if its data did not change.")
@click.option("--pdf", is_flag=True, help="Also write PDFs of both documents (needs LibreOffice).")
@click.option(
    "--pdf-timeout",
    type=click.FloatRange(1, 3600),
    default=180,
    show_default=True,
    help="Seconds LibreOffice may take to convert to PDF.",
)
@config_option
@debug_option
def build(
    files: tuple[Path, ...],
    out_dir: Path | None,
    templates_dir: Path | None,
    no_cache: bool,
    pdf: bool,
    pdf_timeout: float,
    config_file: Path | None,
    debug: bool,
) -> None:
    """Build the briefing (DOCX), the deck (PPTX) and the charts of each event file.

    FILES are event YAML files; without them every YAML file in ./data is built.
    """
    from reportgen.build.pipeline import build as build_event
    from reportgen.data.project import load_project

    project, code = _guarded(lambda: load_project(config_file), debug)
    if code:
        sys.exit(code)
    out_dir = out_dir or (project.output if project and project.output else Path("output"))
    templates_dir = templates_dir or (project.templates if project else None)
    paths, note = _event_files(files)
    if note:
        say(err, note)
    if len(paths) > 1:
        from reportgen.build.pipeline import refuse_shared_outputs

        _, code = _guarded(lambda: refuse_shared_outputs(paths, project, pdf), debug)
        if code:
            sys.exit(code)
    for path in paths:
        result, failed = _guarded(
            lambda path=path: build_event(
                path,
                out_dir,
                templates_dir,
                use_cache=not no_cache,
                project=project,
                pdf=pdf,
                pdf_seconds=pdf_timeout,
            ),
            debug,
        )
        code = code or failed
        if result is None:
            continue
        for warning in result.warnings:
            say(err, f"warning: {warning}")
        for file in result.files:
            say(out, f"wrote {display_path(file)} ({file.stat().st_size:,} bytes)")
        say(
            out,
            f"built {result.event} in {result.seconds:.2f} s "
            f"({result.charts_drawn} charts drawn, {result.charts_cached} from cache)",
        )
    sys.exit(code)


@main.command(epilog=_epilog("reportgen validate data/waic2022.yaml"))
@click.argument("files", nargs=-1, type=click.Path(path_type=Path))
@config_option
@debug_option
def validate(files: tuple[Path, ...], config_file: Path | None, debug: bool) -> None:
    """Check event files (and the project file) without building anything; report every problem."""
    from reportgen.data.prepare import validate as validate_event
    from reportgen.data.project import load_project

    project, code = _guarded(lambda: load_project(config_file), debug)
    paths, note = _event_files(files)
    if note:
        say(err, note)
    for path in paths:
        summary, failed = _guarded(lambda path=path: validate_event(path, project), debug)
        code = code or failed
        if summary is None:
            continue
        figures = sum(len(s.figures) for s in summary.sections.values())
        say(
            out,
            f"ok {display_path(path)}: {summary.event.short_name}, {len(summary.sections)} sections, "
            f"{figures} figures, {len(summary.charts)} charts",
        )
    sys.exit(code)


@main.command(epilog=_epilog("reportgen init my-expo && cd my-expo && reportgen build"))
@click.argument("folder", type=click.Path(path_type=Path, file_okay=False))
@debug_option
def init(folder: Path, debug: bool) -> None:
    """Start a new event project in FOLDER: project file, YAML skeleton, templates, output/.

    The new project builds as it is; then fill in data/event.yaml and restyle the templates.
    """
    from reportgen.build.scaffold import create_project

    written, code = _guarded(lambda: create_project(folder), debug)
    if written is not None:
        for path in written:
            say(out, f"created {display_path(path)}")
        say(out, f"next: cd {display_path(folder)} && reportgen build")
    sys.exit(code)


@main.command(epilog=_epilog("reportgen inspect templates/deck.pptx --data data/waic2022.yaml"))
@click.argument("template", type=click.Path(path_type=Path))
@click.option(
    "--data",
    "data_file",
    type=click.Path(path_type=Path),
    default=None,
    help="Event file to check the template's names against. [default: the first in ./data, "
    "or the bundled event]",
)
@config_option
@debug_option
def inspect(template: Path, data_file: Path | None, config_file: Path | None, debug: bool) -> None:
    """List a template's tags, picture slots and repeated slides, and names the data does not provide."""
    from reportgen.data.project import load_project
    from reportgen.office.inspect import inspect_template

    def run() -> Any:
        event = data_file or _event_files(())[0][0]
        return inspect_template(template, event, load_project(config_file))

    report, code = _guarded(run, debug)
    if report is not None:
        say(out, report.render())
        code = 0 if not report.missing else 4
    sys.exit(code)


@main.command(epilog=_epilog("reportgen schema > event.schema.json"))
@click.option("--project", is_flag=True, help="The schema of reportgen.yaml instead of an event file.")
def schema(project: bool) -> None:
    """Print the JSON Schema of event files (for editors: autocomplete and checks as you type)."""
    from reportgen.data.schema import schema_json

    click.echo(schema_json(project=project), nl=False)
