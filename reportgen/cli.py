"""The command line: the only place that parses argv, prints and exits.

Each command is a thin shell over reportgen.pipeline. User errors print on one screen and exit
with their own code; a traceback appears only for bugs, or with --debug.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click
from rich.console import Console

from . import __version__
from .errors import ReportgenError, display_path

EXIT_CODES = """\b
Exit codes:
    0  success
    1  internal error (a bug: please report it, with the output of --debug)
    2  wrong command-line usage
    3  invalid event data (YAML)
    4  template error
    5  output or environment problem (folder, disk, permissions)
  130  interrupted (Ctrl-C)"""

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)


def _event_files(files: tuple[Path, ...]) -> tuple[list[Path], str]:
    """The files given, else every YAML in ./data, else the bundled example event."""
    if files:
        return list(files), ""
    local = sorted(Path("data").glob("*.yaml")) + sorted(Path("data").glob("*.yml"))
    if local:
        return local, ""
    from .resources import bundled_events

    return bundled_events(), "no event files given and no data/ folder here: using the bundled example event"


def _fail(exc: BaseException, debug: bool) -> int:
    if debug:
        import traceback

        traceback.print_exception(exc)
    if isinstance(exc, ReportgenError):
        err.print(f"error: {exc.render()}", markup=False)
        return exc.exit_code
    if isinstance(exc, KeyboardInterrupt):
        err.print("interrupted: no output was changed", markup=False)
        return 130
    err.print(
        f"internal error: {type(exc).__name__}: {exc}\n"
        "This is a bug in reportgen. Run again with --debug and report the output.",
        markup=False,
    )
    return 1


@click.group(context_settings={"help_option_names": ["-h", "--help"]}, epilog=EXIT_CODES)
@click.version_option(__version__, prog_name="reportgen")
def main() -> None:
    """Turn a YAML summary of an event into a Word briefing and a PowerPoint deck, with charts."""


@main.command(epilog="\b\nExample:\n  reportgen build data/waic2022.yaml --out output\n\n" + EXIT_CODES)
@click.argument("files", nargs=-1, type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "--out",
    "out_dir",
    type=click.Path(path_type=Path, file_okay=True),
    default=Path("output"),
    show_default=True,
    help="Folder the documents and charts are written to.",
)
@click.option(
    "--templates",
    "templates_dir",
    type=click.Path(path_type=Path),
    default=None,
    help="Folder with briefing.docx and/or deck.pptx; missing ones come from the defaults. "
    "[default: ./templates if present]",
)
@click.option("--no-cache", is_flag=True, help="Redraw every chart even if its data did not change.")
@click.option("--debug", is_flag=True, help="Show a traceback with errors.")
def build(
    files: tuple[Path, ...], out_dir: Path, templates_dir: Path | None, no_cache: bool, debug: bool
) -> None:
    """Build the briefing (DOCX), the deck (PPTX) and the charts of each event file.

    FILES are event YAML files; without them every YAML file in ./data is built.
    """
    from .pipeline import build as build_event

    paths, note = _event_files(files)
    if note:
        err.print(note, markup=False)
    code = 0
    for path in paths:
        try:
            result = build_event(path, out_dir, templates_dir, use_cache=not no_cache)
        except (ReportgenError, KeyboardInterrupt, Exception) as exc:
            code = code or _fail(exc, debug)
            if isinstance(exc, KeyboardInterrupt):
                break
            continue
        for warning in result.warnings:
            err.print(f"warning: {warning}", markup=False)
        for file in result.files:
            out.print(f"wrote {display_path(file)} ({file.stat().st_size:,} bytes)", markup=False)
        out.print(
            f"built {result.event} in {result.seconds:.2f} s "
            f"({result.charts_drawn} charts drawn, {result.charts_cached} from cache)",
            markup=False,
        )
    sys.exit(code)


@main.command(epilog="\b\nExample:\n  reportgen validate data/waic2022.yaml\n\n" + EXIT_CODES)
@click.argument("files", nargs=-1, type=click.Path(path_type=Path, dir_okay=False))
@click.option("--debug", is_flag=True, help="Show a traceback with errors.")
def validate(files: tuple[Path, ...], debug: bool) -> None:
    """Check event files without building anything; report every problem of every file."""
    from .pipeline import validate as validate_event

    paths, note = _event_files(files)
    if note:
        err.print(note, markup=False)
    code = 0
    for path in paths:
        try:
            summary = validate_event(path)
        except (ReportgenError, Exception) as exc:
            code = code or _fail(exc, debug)
            continue
        figures = sum(len(s.figures) for s in summary.sections.values())
        out.print(
            f"ok {display_path(path)}: {summary.event.short_name}, {len(summary.sections)} sections, "
            f"{figures} figures, {len(summary.charts)} charts",
            markup=False,
        )
    sys.exit(code)
