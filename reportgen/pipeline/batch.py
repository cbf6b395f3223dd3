"""Many events, every core: each event builds in a worker process of a pool, alone and whole.

An event's outcome is a plain value (its result, or its error as text with its exit code), so a
failure in one event never stops the others unless the caller asks (`fail_fast`), and nothing that
crosses a process boundary needs more than pickling a dataclass. Workers (pipeline/pool.py) are forked
from this process after the pipeline is imported, so they start with everything loaded; each keeps
its own template and compile caches for all the events it builds.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from reportgen.errors import ExitCode, ReportgenError, internal_error, received_interrupt
from reportgen.pipeline import pipeline
from reportgen.pipeline.drawing import Drawer
from reportgen.pipeline.pipeline import BuildResult
from reportgen.pipeline.pool import Pool
from reportgen.platform import cpu_count
from reportgen.project.settings import Settings

# How bad an exit code is, for "the worst one wins" (a warning is better than any failure).
_SEVERITY = {
    ExitCode.OK: 0,
    ExitCode.WARNINGS: 1,
    ExitCode.DATA: 2,
    ExitCode.TEMPLATE: 3,
    ExitCode.ENVIRONMENT: 4,
    ExitCode.USAGE: 5,
    ExitCode.BUG: 6,
}


def worst(codes: list[int]) -> int:
    return max(codes, key=lambda code: _SEVERITY.get(code, 7), default=ExitCode.OK)


@dataclass
class Outcome:
    event: Path
    result: BuildResult | None = None
    error: str = ""  # the one-screen message, rendered where it happened
    code: int = ExitCode.OK
    traceback: str = ""  # for --debug


def run_one(event: Path, settings: Settings, debug: bool = False, drawer: Drawer | None = None) -> Outcome:
    """Build one event; every failure becomes an Outcome (interrupts go on)."""
    try:
        return Outcome(event, pipeline.build(event, settings, drawer))
    except Exception as exc:
        interrupt = received_interrupt()
        if interrupt is not None:
            raise interrupt from exc
        trace = ""
        if debug:
            import traceback

            trace = "".join(traceback.format_exception(exc))
        if isinstance(exc, ReportgenError):
            return Outcome(event, error=exc.render(), code=exc.exit_code, traceback=trace)
        return Outcome(event, error=internal_error(exc), code=ExitCode.BUG, traceback=trace)


def default_jobs() -> int:
    return cpu_count()


def run_all(
    events: list[Path],
    settings: Settings,
    jobs: int,
    debug: bool = False,
    fail_fast: bool = False,
    started: Callable[[Path], None] = lambda event: None,
    drawer: Drawer | None = None,
) -> Iterator[Outcome]:
    """Outcomes as events finish: in this process for one job (with `drawer`, charts are drawn in
    its helper meanwhile), else in a pool of `jobs` processes."""
    jobs = max(1, min(jobs, len(events)))
    if jobs == 1:
        if drawer is not None:
            drawer.expect(len(events))  # the helper ends once the last event has asked its charts
        for event in events:
            started(event)
            outcome = run_one(event, settings, debug, drawer)
            yield outcome
            if fail_fast and outcome.code not in (ExitCode.OK,):
                return
        return
    if drawer is not None:
        drawer.close()  # the workers draw their own charts; none of them inherits the helper
    pipeline.renderers()  # imported before the workers are forked: they share them
    work = partial(run_one, settings=settings, debug=debug)
    with Pool(jobs, work, _failed, settings.out_dir) as pool:  # leaving it stops every worker
        yield from pool.outcomes(events, fail_fast, started)


def _failed(event: Path, message: str) -> Outcome:
    return Outcome(event, error=message, code=ExitCode.BUG)
