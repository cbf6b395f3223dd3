"""An event built where the output folder is not: on a Dask worker, with no shared file system.

The client sends what an event reads (its YAML, its logo, the chart pictures it used last time)
as bytes with each task, and what every event shares (the templates and the settings) once per
build. The worker writes them into a private temporary folder, runs the very pipeline a local
build runs (validation, rendering, checks, PDFs through this process's LibreOffice), and sends
back the files as bytes with their warnings, and the chart pictures it drew for the client's
cache. Nothing is written to the client's output folder here: the client checks the documents
again and commits them itself (cluster/cluster.py).

Messages name the client's files, not the temporary copies: every path of the temporary folder
in a message or warning is replaced by the path the client would have printed, so an event that
fails on a worker fails with the same words as it would locally.

On a worker, each event is built in a build process of the worker's (one per worker thread,
started with `subprocess`: cluster/isolated.py), as a local batch builds it: in a process's main
thread, so the limits on rendering apply, matplotlib is never shared between threads, and a crash
costs only that process. No `multiprocessing` child is started, so workers under Dask's nanny
(daemonic processes) build as workers without one do. A build that overruns the event's deadline
(`deadline()`: the build's own time limits plus a margin) is killed, and the event fails saying so.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import multiprocessing.util
import os
import re
import tempfile
import time
from dataclasses import dataclass, field, replace
from pathlib import Path

from reportgen.cluster.isolated import ChildDied, ChildTimedOut, Processes
from reportgen.errors import ExitCode
from reportgen.fingerprint import DOCUMENT_ENVIRONMENT
from reportgen.names import CACHE_FOLDER
from reportgen.office.limits import RENDER_SECONDS
from reportgen.project.settings import Settings

#: Chart cache files a worker may send back (anything else it returns is ignored).
CACHE_FILE = re.compile(r"^[0-9a-f]{32}\.(png|json)$")
#: Environment variables that change a build's output, passed from the client to the worker.
ENVIRONMENT = DOCUMENT_ENVIRONMENT  # what the client sends its workers
#: Time a sound build spends outside its limited steps (reading, checking, starting its process).
MARGIN_SECONDS = 60.0
#: The topic on which a worker says it has started a task (Dask's worker events).
STARTED = "reportgen-started"


def deadline(settings: Settings) -> float:
    """The longest a sound build of one event can take: each of its limited steps at its limit
    (rendering the deck, the briefing and the charts; with --pdf, LibreOffice's start and each
    document's conversion, each tried twice), plus a margin for the rest."""
    seconds = 3 * RENDER_SECONDS + MARGIN_SECONDS
    if settings.pdf:
        seconds += 2 * 2 * 2 * settings.pdf_seconds
    return seconds


@dataclass(frozen=True)
class Shared:
    """What every event of a build needs: sent to the cluster once, as the result of a task (given)."""

    settings: Settings  # the client's: its paths only name files in messages
    briefing: bytes
    deck: bytes
    shown: dict[str, str]  # the client's display names: "briefing", "deck", "out"
    code: str = ""  # the client's code_identity(): a worker running other code must not build


def given(shared: Shared) -> Shared:
    """The task whose result every event's task takes: the build's Shared, sent once. A result, not
    scattered data: Dask computes a result again on another worker when every worker that held it
    is gone, where scattered data is lost with its last holder. Its memory manager drops spare
    copies and a worker that joins later has none, so one worker's death failed every event not
    yet built with "lost dependencies" (CI)."""
    return shared


@dataclass(frozen=True)
class Job:
    """One event, with everything it reads."""

    event: Path  # the client's path
    shown: str  # as the client prints it
    source: bytes
    logo: tuple[str, bytes] | None = None  # name beside the event file, content
    charts: dict[str, bytes] = field(default_factory=dict)  # cache files it used last time
    environment: dict[str, str | None] = field(default_factory=dict)
    debug: bool = False
    seconds: float = 3 * RENDER_SECONDS + MARGIN_SECONDS  # deadline(): the build process is killed then


@dataclass
class Rendered:
    """What comes back: the files (by name, in commit order) or the error, as text."""

    event: Path
    summary: str = ""
    files: dict[str, bytes] = field(default_factory=dict)
    charts: dict[str, bytes] = field(default_factory=dict)  # cache files drawn for the client
    chart_keys: list[str] = field(default_factory=list)
    literal_tags: frozenset[str] = frozenset()
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # a chart's kind the plan changed
    logo: str | None = None  # the logo's name, when the build read it
    charts_drawn: int = 0
    charts_cached: int = 0
    seconds: float = 0.0
    error: str = ""
    code: int = ExitCode.OK
    traceback: str = ""
    worker: str = ""


def build_here(job: Job, shared: Shared) -> Rendered:
    """Build `job` in a temporary folder of this machine and return its files as bytes."""
    from reportgen.pipeline.batch import run_one

    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="reportgen-remote-") as folder:
        root = Path(folder)
        inbox, out = root / "in", root / "out"
        inbox.mkdir()
        (out / CACHE_FOLDER).mkdir(parents=True)
        event = inbox / job.event.name
        event.write_bytes(job.source)
        if job.logo is not None:
            (inbox / job.logo[0]).write_bytes(job.logo[1])
        for name, content in job.charts.items():
            if CACHE_FILE.match(name):
                (out / CACHE_FOLDER / name).write_bytes(content)
        client = shared.settings
        briefing = root / "briefing" / client.briefing_template.name
        deck = root / "deck" / client.deck_template.name
        for path, content in ((briefing, shared.briefing), (deck, shared.deck)):
            path.parent.mkdir()
            path.write_bytes(content)
        settings = replace(
            client, out_dir=out, briefing_template=briefing, deck_template=deck, events=(event,)
        )
        parent = str(Path(job.shown).parent)
        names = {
            event: job.shown,
            inbox / "": "" if parent == "." else f"{parent}/",  # a file beside the event's
            briefing: shared.shown["briefing"],
            deck: shared.shown["deck"],
            out: shared.shown["out"],
        }
        with _environment(job.environment):
            outcome = run_one(event, settings, job.debug)
        rendered = Rendered(job.event, seconds=time.perf_counter() - started)
        if outcome.result is None:
            rendered.error = _client_names(outcome.error, names)
            rendered.code, rendered.traceback = outcome.code, outcome.traceback
            return rendered
        result = outcome.result
        rendered.summary = result.event
        rendered.files = {path.name: path.read_bytes() for path in result.files}
        rendered.warnings = [_client_names(w, names) for w in result.warnings]
        rendered.notes = [_client_names(n, names) for n in result.notes]
        rendered.chart_keys, rendered.literal_tags = result.chart_keys, result.literal_tags
        rendered.charts_drawn, rendered.charts_cached = result.charts_drawn, result.charts_cached
        rendered.logo = job.logo[0] if job.logo is not None and result.inputs else None
        for path in (out / CACHE_FOLDER).iterdir():
            if CACHE_FILE.match(path.name) and path.name not in job.charts:
                rendered.charts[path.name] = path.read_bytes()
    return rendered


def _client_names(text: str, names: dict[Path, str]) -> str:
    """`text` with every temporary path (absolute, or as this process would print it) replaced by
    the client's name for the same file; the longest first, so a file wins over its folder."""
    from reportgen.errors import display_path

    pairs = []
    for path, shown in names.items():
        folder = "/" if shown.endswith("/") or not shown else ""  # a folder maps with its slash
        pairs += [(str(path) + folder, shown), (display_path(path) + folder, shown)]
    for old, new in sorted(set(pairs), key=lambda pair: -len(pair[0])):
        text = text.replace(old, new)
    return text


@contextlib.contextmanager
def _environment(values: dict[str, str | None]):  # type: ignore[no-untyped-def]
    """The client's values of the variables that change output, for the length of one build."""
    saved = {name: os.environ.get(name) for name in ENVIRONMENT}
    try:
        for name in ENVIRONMENT:
            _set(name, values.get(name))
        yield
    finally:
        for name, value in saved.items():
            _set(name, value)


def _set(name: str, value: str | None) -> None:
    if value is None:
        os.environ.pop(name, None)
    else:
        os.environ[name] = value


#: This worker's build processes (by process id: a forked child never uses its parent's).
_PROCESSES: dict[int, Processes] = {}


def _processes() -> Processes:
    pid = os.getpid()
    if pid not in _PROCESSES:
        _PROCESSES[pid] = Processes()
        # a nanny's worker ends without atexit handlers; multiprocessing's finalizers run there
        # (and at any other process's exit), so the build processes go with the worker
        multiprocessing.util.Finalize(_PROCESSES[pid], _PROCESSES[pid].close, exitpriority=10)
    return _PROCESSES[pid]


@functools.cache
def code_identity() -> str:
    """reportgen's version and a digest of its files' contents: the same on every machine that
    has the same reportgen, whenever it was installed (so the same inputs give the same bytes)."""
    import reportgen

    package = Path(reportgen.__file__).parent
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*")):
        if path.suffix in {".py", ".docx", ".pptx", ".yaml", ".json"} and path.is_file():
            digest.update(f"{path.relative_to(package).as_posix()}\0".encode())
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return f"{reportgen.__version__}+{digest.hexdigest()[:12]}"


def build_on_worker(job: Job, shared: Shared) -> Rendered:
    """The Dask task: build `job` in one of this worker's build processes. A process that died is
    replaced and the error raised, so that Dask retries the task (elsewhere, if this worker is
    going down); one that overran the event's deadline is killed and the event fails."""
    from distributed import get_worker

    worker = get_worker()
    with contextlib.suppress(Exception):  # the client's clock for this task starts now
        worker.log_event(STARTED, {"key": str(worker.get_current_task())})
    if shared.code and shared.code != code_identity():
        return Rendered(
            job.event,
            error=f"on worker {worker.address}: it runs reportgen {code_identity()} and this "
            f"computer {shared.code}; install the same reportgen on every worker",
            code=ExitCode.ENVIRONMENT,
            worker=worker.address,
        )
    processes = _processes()
    process = processes.take()
    try:
        rendered: Rendered = process.build(job, shared, job.seconds)
    except ChildTimedOut:
        return Rendered(
            job.event,
            error=f"on worker {worker.address}: building {job.shown} took longer than "
            f"{job.seconds:g} s, so it was stopped",
            code=ExitCode.ENVIRONMENT,
            worker=worker.address,
        )
    except ChildDied as exc:
        raise ChildDied(f"on worker {worker.address}: {exc}") from None
    processes.give_back(process)
    rendered.worker = worker.address
    if rendered.code == ExitCode.ENVIRONMENT:
        rendered.error = f"on worker {worker.address}: {rendered.error}"
    return rendered
