"""One build session: what `reportgen build` (and each rebuild of `reportgen watch`) does.

`run(options, reporter)` owns the whole orchestration: the up-to-date check (decided before the
pipeline is imported), the settings, the shared-output check, the choice of local processes or a
Dask cluster, the chart helpers, the stamp, and stopping the offices and helpers it started. It
prints nothing: everything a person should see goes to the `Reporter`, which the CLI implements,
and warnings go through the `reportgen` logger. Failures of the session's own steps (a bad setting,
two events writing one file, an unreachable cluster) are handed to `Reporter.error`, which says them
and gives their exit code; interrupts go on to the caller.

Only the standard library and `session/stamp.py` are imported at module level: a build whose
outputs are up to date never imports the pipeline, and the chart helper is forked before it is.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from reportgen.errors import ExitCode, received_interrupt
from reportgen.session import stamp

if TYPE_CHECKING:
    from reportgen.pipeline.batch import Outcome
    from reportgen.pipeline.drawing import Drawer
    from reportgen.pipeline.pipeline import BuildResult
    from reportgen.project.settings import Flags, Settings

log = logging.getLogger("reportgen")
T = TypeVar("T")


@dataclass(frozen=True)
class Options:
    """What a build session was asked to do (the build command's options, parsed)."""

    files: tuple[Path, ...] = ()
    out_dir: Path | None = None
    templates_dir: Path | None = None
    config_file: Path | None = None
    use_cache: bool = True
    pdf: bool = False
    pdf_timeout: float = 180.0
    force: bool = False
    jobs: int | None = None
    fail_fast: bool = False
    scheduler: str | None = None
    debug: bool = False
    chart_helper: bool = True  # fork a chart helper for one event whose charts are not cached
    # keep this process's LibreOffice (--pdf) running after the session, for the next one: `watch`
    # sets it and stops the office itself when it ends (office_server.stop_offices)
    keep_offices: bool = False

    def flags(self) -> Flags:
        """The options that choose the settings, as `settings.settle` takes them: Flags are built
        from these options, never written out twice."""
        from reportgen.project.settings import Flags

        return Flags(
            self.files,
            self.out_dir,
            self.templates_dir,
            self.config_file,
            self.use_cache,
            self.pdf,
            self.pdf_timeout,
        )

    def invocation(self) -> dict[str, Any]:
        """The options that change what a build writes (the stamp's invocation key)."""
        return {
            "files": [str(f) for f in self.files],
            "out": self.out_dir,
            "templates": self.templates_dir,
            "no_cache": not self.use_cache,
            "pdf": self.pdf,
            "pdf_timeout": self.pdf_timeout,
            "config": self.config_file,
        }


class Reporter:
    """What a session tells the person who started it. The CLI prints; these defaults say nothing."""

    def error(self, exc: Exception) -> int:
        """A step of the session failed: say so, and give the exit code."""
        raise NotImplementedError

    def begin(self) -> None:
        """A session starts (warnings are counted from here)."""

    def up_to_date(self, events: int, folder: Path) -> None:
        """Every event is up to date: nothing is built."""

    def settled(self, settings: Settings) -> None:
        """The settings are known (their notes, and where each came from)."""

    def planned(self, events: int, todo: int) -> None:
        """`todo` of `events` events will be built; the rest are up to date."""

    def note(self, text: str) -> None:
        """A line about the session itself (the Dask dashboard's address)."""

    def started(self, event: Path) -> None:
        """An event's build started."""

    def progress(self, text: str) -> None:
        """How a cluster build stands."""

    def built(self, result: BuildResult) -> None:
        """An event was built and its files written."""

    def failed(self, outcome: Outcome) -> None:
        """An event failed (its outputs are the earlier ones)."""

    def close(self) -> None:
        """No more events: stop any progress display."""

    def summary(self, events: int, fresh: int, codes: list[int], failures: list[Outcome]) -> None:
        """The session's end, for a build of several events."""

    def finished(self, settings: Settings, record: stamp.Record) -> None:
        """What the session read and wrote, as recorded in the stamp (for `watch`)."""


class _Failed(Exception):
    """A step failed and the reporter said so: end the session with `code`."""

    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


def _step(action: Callable[[], T], reporter: Reporter) -> T:
    """`action()`; a failure is reported and ends the session (interrupts go on, as interrupts)."""
    try:
        return action()
    except Exception as exc:
        interrupt = received_interrupt()
        if interrupt is not None:  # the failure came of an interrupt caught inside a library
            raise interrupt from exc
        raise _Failed(reporter.error(exc)) from exc


def run(options: Options, reporter: Reporter) -> int:
    """Build the events `options` name that are not up to date; the worst exit code of the session."""
    helpers: list[Drawer] = []
    try:
        return _session(options, reporter, helpers)
    except _Failed as failed:
        return failed.code
    finally:
        while helpers:
            helpers.pop().close()


def _session(options: Options, reporter: Reporter, helpers: list[Drawer]) -> int:
    from reportgen.pipeline import drawing

    if drawing.EARLY is not None:  # forked by entry.py before the session was imported
        helpers.append(drawing.EARLY)
        drawing.EARLY = None
    reporter.begin()
    cwd = Path.cwd()
    key = stamp.invocation_key(options.invocation(), cwd)
    if not options.force and _all_fresh(options, key, cwd, reporter):
        return ExitCode.OK
    if options.scheduler:
        from reportgen.cluster.cluster import require_distributed

        _step(require_distributed, reporter)
    drawer = _chart_helper(options, cwd, helpers)
    flags, settings = _settle(options, reporter)
    events = list(dict.fromkeys(settings.events))
    record = stamp.Record(key, expected=[str(e) for e in events])
    stamp.record_choices(record, flags, settings, cwd)
    todo = _out_of_date(options, settings, events, record)
    reporter.planned(len(events), len(todo))
    codes, failures = _build(options, settings, todo, record, drawer, reporter)
    reporter.summary(len(events), len(events) - len(todo), codes, failures)
    reporter.finished(settings, record)
    from reportgen.pipeline.batch import worst

    return worst(codes)


def _all_fresh(options: Options, key: str, cwd: Path, reporter: Reporter) -> bool:
    """Whether the stamp proves every event up to date (then its warnings are said again)."""
    from reportgen.project.where import likely_output

    likely = likely_output(options.out_dir, options.config_file, cwd)
    fresh = stamp.freshness(likely, key)
    if not fresh.everything:
        return False
    for entry in fresh.fresh.values():
        for warning in entry["warnings"]:
            log.warning(warning)
    reporter.up_to_date(len(fresh.fresh), likely)
    return True


def _out_of_date(
    options: Options, settings: Settings, events: list[Path], record: stamp.Record
) -> list[Path]:
    """The events to build; those up to date go into `record` as they were, their warnings said again."""
    fresh = stamp.NOTHING if options.force else stamp.freshness(settings.out_dir, record.key)
    if fresh.problem:
        log.warning(fresh.problem)
    for event in events:
        entry = fresh.fresh.get(str(event))
        if entry is not None:
            record.events[str(event)] = entry
            for warning in entry["warnings"]:
                log.warning(warning)
    return [e for e in events if str(e) not in fresh.fresh]


def _chart_helper(options: Options, cwd: Path, helpers: list[Drawer]) -> Drawer | None:
    """A helper process that imports matplotlib and draws while this one imports the pipeline
    (`drawing.worth_a_helper` says when). Forked now, before any heavy import or thread."""
    if helpers:  # forked by entry.py, from the same options
        return helpers[0]
    if not wants_chart_helper(options, cwd):
        return None
    from reportgen.pipeline.drawing import Drawer

    drawer = Drawer()
    drawer.start()
    helpers.append(drawer)
    return drawer


def wants_chart_helper(options: Options, cwd: Path) -> bool:
    """Whether this session draws its charts with a helper process (`drawing.worth_a_helper`): not
    on a cluster (it draws there); entry.py asks the same before forking one early."""
    if options.scheduler or not options.chart_helper:
        return False
    from reportgen.pipeline.drawing import worth_a_helper

    return worth_a_helper(
        len(options.files), options.jobs == 1, options.out_dir, options.config_file, options.use_cache, cwd
    )


def _settle(options: Options, reporter: Reporter) -> tuple[Flags, Settings]:
    """The settings, and no two events writing one file."""
    from reportgen.pipeline.pipeline import refuse_shared_outputs
    from reportgen.project.settings import settle

    flags = options.flags()
    settings = _step(lambda: settle(flags), reporter)
    reporter.settled(settings)
    events = list(dict.fromkeys(settings.events))
    if len(events) > 1:
        _step(lambda: refuse_shared_outputs(events, settings.project, options.pdf), reporter)
    return flags, settings


def _build(
    options: Options,
    settings: Settings,
    todo: list[Path],
    record: stamp.Record,
    drawer: Drawer | None,
    reporter: Reporter,
) -> tuple[list[int], list[Outcome]]:
    """Build `todo` here or on the cluster, recording each event in the stamp as it finishes."""
    from reportgen.office_pdf.office_server import stop_offices

    codes: list[int] = []
    failures: list[Outcome] = []
    stamps = stamp.StampWriter(settings.out_dir, record)
    if not todo:  # nothing to build, yet not up to date as recorded (an event file was removed)
        stamps.event_added()
    client: Any = None
    runs: Any = iter(())
    try:
        if options.scheduler and todo:
            client = _step(lambda: _connect(options.scheduler or ""), reporter)
            runs = _on_cluster(options, settings, todo, client, reporter)
        else:
            runs = _here(options, settings, todo, drawer, reporter)
        for outcome in runs:
            codes.append(outcome.code)
            if outcome.result is None:
                failures.append(outcome)
                reporter.failed(outcome)
                continue
            result = outcome.result
            for warning in result.warnings:
                log.warning(warning)
            for note in result.notes:  # a chart's kind the plan changed: said, not warned of
                reporter.note(note)
            record.add_event(outcome.event, result.inputs, result.files, result.warnings, result.event)
            stamps.event_added()
            reporter.built(result)
    finally:
        if hasattr(runs, "close"):
            runs.close()  # interrupted: the batch's workers are stopped now, not when it is collected
        stamps.flush()  # an interrupted batch keeps what it finished
        reporter.close()
        if not options.keep_offices:
            stop_offices()
        if client is not None:
            client.close()
    return codes, failures


def _connect(address: str) -> Any:
    from reportgen.cluster.cluster import connect

    return connect(address)


def _here(
    options: Options, settings: Settings, todo: list[Path], drawer: Drawer | None, reporter: Reporter
) -> Iterator[Outcome]:
    from reportgen.pipeline.batch import default_jobs, run_all

    jobs = options.jobs or default_jobs()
    return run_all(todo, settings, jobs, options.debug, options.fail_fast, reporter.started, drawer)


def _on_cluster(
    options: Options, settings: Settings, todo: list[Path], client: Any, reporter: Reporter
) -> Iterator[Outcome]:
    from reportgen.cluster.cluster import dashboard, run_on_cluster, share

    link = dashboard(client)
    if link:
        reporter.note(f"Dask dashboard: {link}")
    shared = _step(lambda: share(client, settings), reporter)
    return run_on_cluster(
        todo, settings, client, shared, options.debug, options.fail_fast, reporter.started, reporter.progress
    )
