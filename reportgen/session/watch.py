"""`reportgen watch`: build, then build again whenever something a build read is saved.

Each round is one build session (session/session.py), in this process, so the templates compiled,
the fonts listed and the libraries imported by the first build serve every later one; the stamp
decides which events a change affects, exactly as for `reportgen build`, so an edit to one event
file or its logo rebuilds that event only, and an edit to a template or the project file rebuilds
them all. What is watched is what the last session recorded it read: every event file and the
files it read (its logo), the project file and the places that decided it, the templates and the
data folder. Saves are gathered for a moment (`STEP_MS` of quiet, at most `DEBOUNCE_MS`) before a
rebuild starts, so an editor's write-then-rename or a save of several files is one rebuild.

The watching is `watchfiles` (inotify, FSEvents, ReadDirectoryChangesW), not a polling loop of
ours. Nothing here prints: the `WatchReporter` (the CLI) says what happens.
"""

from __future__ import annotations

import contextlib
import gc
import os
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from reportgen.errors import received_interrupt
from reportgen.names import CONFIG_NAME, TEMPLATE_NAMES
from reportgen.project.settings import Settings
from reportgen.session import session
from reportgen.session.stamp import Record

if TYPE_CHECKING:
    from reportgen.session.preview import Preview

DEBOUNCE_MS = 1600  # a burst of saves is one rebuild, at most this long after its first save
# ... and starts once the files have been quiet this long (watchfiles looks every STEP_MS, so a
# rebuild starts 1-2 steps after a save). An editor's save (write, or write-then-rename) is done
# in well under this; watchfiles' default, 50 ms, was half of the time from save to written.
STEP_MS = 10
IDLE_MS = 500  # the watcher's first quiet moment says it is running (and later ones are ignored)
_EVENT_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class Targets:
    """What, when it changes, changes the build the build: files, and folders whose YAML files are events."""

    files: frozenset[Path] = frozenset()
    event_folders: frozenset[Path] = frozenset()

    def folders(self) -> list[Path]:
        """The folders to watch (not recursively): those holding a target, those that exist."""
        wanted = {p.parent for p in self.files} | set(self.event_folders)
        return sorted(f for f in wanted if f.is_dir())

    def filter(self, change: object, path: str) -> bool:
        """For watchfiles: whether a change to `path` concerns the build."""
        return self.affected(Path(path))

    def affected(self, path: Path) -> bool:
        return path in self.files or (path.parent in self.event_folders and path.suffix in _EVENT_SUFFIXES)


def recorded_targets(record: Record) -> Targets:
    """Everything the session recorded it read or looked for."""
    files = {Path(p) for p in record.expected}
    for entry in record.events.values():
        files.update(Path(p) for p in entry["inputs"])
    folders = set()
    for kind, path, _ in record.probes:
        files.add(Path(path))
        if kind == "yaml-files":
            folders.add(Path(path))
    return Targets(frozenset(_absolute(files)), frozenset(_absolute(folders)))


def fallback_targets(options: session.Options, cwd: Path) -> Targets:
    """Before any session settled (a broken project file, say): the files named, the project file,
    and the conventional folders, so that fixing the mistake starts the build."""
    files = set(options.files)
    files.update(folder / CONFIG_NAME for folder in (cwd, *cwd.parents))
    for name in ("data", "templates"):
        files.add(cwd / name)
    if options.config_file is not None:
        files.add(options.config_file)
    if options.templates_dir is not None:
        files.update(options.templates_dir / name for name in TEMPLATE_NAMES)
    return Targets(frozenset(_absolute(files)), frozenset(_absolute([cwd / "data"])))


def _absolute(paths: Iterable[Path]) -> list[Path]:
    return [Path(os.path.abspath(p)) for p in paths]


class WatchReporter(session.Reporter):
    """A session's reporter, told also what is watched and when a rebuild is done. It keeps what
    the last session recorded it read (a subclass that overrides `finished` calls this one)."""

    record: Record | None = None

    def finished(self, settings: Settings, record: Record) -> None:
        self.record = record

    def watching(self, folders: list[Path]) -> None:
        """Watching these folders from now on."""

    def rebuilt(self, seconds: float) -> None:
        """A rebuild ended, `seconds` after the save that started it."""

    def previewing(self, url: str) -> None:
        """The preview is served at `url`."""


def watch(options: session.Options, reporter: WatchReporter, preview: Preview | None = None) -> None:
    """Build once, then after each save; until interrupted (KeyboardInterrupt, as received). With
    `preview`, its pictures follow each build."""
    options = _for_watching(options)
    try:
        if preview is not None:
            preview.start()
            reporter.previewing(preview.url)
        started = _round(options, reporter, preview, None)
        _set_aside_what_stays()
        while True:
            started = _until_targets_change(options, reporter, preview, started)
    except KeyboardInterrupt as exc:  # watchfiles raises a bare one for the signal we received
        raise (received_interrupt() or exc) from None
    finally:
        gc.unfreeze()
        if preview is not None:
            preview.close()
        _stop_offices()


def _set_aside_what_stays() -> None:
    """After the first round: its garbage freed, and what is left, which every later round reuses
    (the libraries imported, the templates compiled, the memos), kept out of the collector's scans
    (`gc.freeze`). A full collection then scans only what the rounds since made: one every 10-20
    rebuilds took 70-90 ms of CPU over the whole heap, about 5 ms a rebuild on average, and takes
    about 20 ms now. Done once (about 0.1 s, before watching starts), not after every round, which
    would spend the collection every round; undone when watching ends."""
    gc.collect()
    gc.freeze()


def _round(
    options: session.Options, reporter: WatchReporter, preview: Preview | None, saved: float | None
) -> float:
    """One session (and the preview's pictures); when it started."""
    started = time.time()
    session.run(options, reporter)
    if saved is not None:
        reporter.rebuilt(max(0.0, time.time() - saved))
    if preview is not None:
        _show(preview, reporter)
    return started


def _until_targets_change(
    options: session.Options, reporter: WatchReporter, preview: Preview | None, started: float
) -> float:
    """Watch what the last session read, rebuilding after each save, until that set changes (a
    logo named, an event added); when the last session started."""
    import watchfiles

    targets = _targets(reporter, options)
    folders = targets.folders()
    changes = watchfiles.watch(
        *folders,
        watch_filter=targets.filter,
        debounce=DEBOUNCE_MS,
        step=STEP_MS,
        rust_timeout=IDLE_MS,
        yield_on_timeout=True,  # an empty batch: the watcher is running
        recursive=False,
        raise_interrupt=True,
    )
    live = False
    with contextlib.closing(changes):  # leaving the loop stops the watcher
        for batch in changes:
            paths = [Path(path) for _, path in batch]
            if not batch:
                if live:
                    continue
                live = True  # watching now: catch up with saves made while it started
                reporter.watching(folders)
                paths = [path for path in targets.files if _saved_since(path, started)]
                if not paths:
                    continue
            started = _round(options, reporter, preview, _saved_at(paths))
            if _targets(reporter, options) != targets:
                break
    return started


def _show(preview: Preview, reporter: WatchReporter) -> None:
    """Render the documents just written for the preview; a failure is said, and watching goes on."""
    try:
        preview.refresh(reporter.record)
    except Exception as exc:
        interrupt = received_interrupt()
        if interrupt is not None:
            raise interrupt from exc
        reporter.error(exc)


def _targets(reporter: WatchReporter, options: session.Options) -> Targets:
    if reporter.record is not None:
        return recorded_targets(reporter.record)
    return fallback_targets(options, Path.cwd())


def _for_watching(options: session.Options) -> session.Options:
    """Every round in this process (its caches stay warm) and no chart helper: the watcher's
    thread runs, and this process no longer forks. With --pdf, the LibreOffice the first round
    starts serves every later one (starting one costs about 0.8 s): `watch` stops it when it ends."""
    from dataclasses import replace

    return replace(options, jobs=1, chart_helper=False, force=False, fail_fast=False, keep_offices=True)


def _stop_offices() -> None:
    """Stop the LibreOffice the rounds kept (if a round started one: importing it otherwise
    costs nothing, as the session has imported the pipeline)."""
    from reportgen.office_pdf.office_server import stop_offices

    stop_offices()


def _saved_since(path: Path, moment: float) -> bool:
    try:
        return path.stat().st_mtime >= moment - 0.01  # a coarse clock may round a save down
    except OSError:
        return False


def _saved_at(paths: Iterable[Path]) -> float:
    """When the newest of the changed files was saved (now, for files since removed)."""
    now = time.time()
    times = []
    for path in paths:
        try:
            times.append(path.stat().st_mtime)
        except OSError:
            times.append(now)
    return min(now, max(times, default=now))
