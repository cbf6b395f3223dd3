"""Many events on a Dask cluster: `reportgen build --scheduler tcp://HOST:8786`.

The same build as a local batch, with Dask's scheduler in place of the local process pool. The
templates and settings go to the cluster once, as a task's result (remote.given); each event goes
as a task carrying the bytes it reads; workers build in memory and send the files back
(cluster/remote.py). This process, the client, checks every document again and commits each event
into the output folder with the same all-or-nothing rules as a local build, so no shared file
system is needed and an event is written exactly once, however many times Dask ran its task.
Chart pictures drawn on workers are kept in the client's cache, and the pictures an event used
last time go with its next task.

A worker that dies costs time only: Dask gives its tasks to other workers, and computes the
shared task again where no worker left holds it. Tasks are submitted a few per worker at a time,
so neither the client nor the workers hold more than a window of results however many events
there are. `distributed` is an optional extra, imported only here.
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import os
import re
import secrets
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportgen import DISTRIBUTION
from reportgen.charts import add_entry_files, entry_files
from reportgen.cluster.received import commit
from reportgen.cluster.remote import (
    ENVIRONMENT,
    STARTED,
    Job,
    Rendered,
    Shared,
    build_on_worker,
    code_identity,
    deadline,
    given,
)
from reportgen.data.load import MAX_FILE_BYTES
from reportgen.data.logo import load_logo
from reportgen.data.prepare import planned_outputs
from reportgen.errors import DataError, ExitCode, OutputError, ReportgenError, display_path
from reportgen.inputs import Untrusted, read_input, read_untrusted
from reportgen.names import CACHE_FOLDER
from reportgen.office.package import read_template
from reportgen.pipeline.batch import Outcome, run_one
from reportgen.pipeline.pipeline import event_logo
from reportgen.project.settings import Settings

CONNECT_SECONDS = 10.0
WORKER_WAIT_SECONDS = 60.0  # how long a build waits for a cluster with no worker
RETRIES = 2  # a task that raised (a worker's pool process died) runs again, elsewhere if need be
INSTALL = f'pip install "{DISTRIBUTION}[dask]"'
#: How long the client waits for a task beyond its worker's own deadline (remote.deadline()).
WAIT_MARGIN_SECONDS = 30.0
INDEX = "remote-index.json"  # in the chart cache: the pictures each event used last time
MAX_INDEX_BYTES = 16 * 1024 * 1024
_KEY = re.compile(r"^[0-9a-f]{32}$")  # a cache entry's name (charts.cache_key)


def require_distributed() -> None:
    """--scheduler without Dask installed: one line, with the command that installs it."""
    if importlib.util.find_spec("distributed") is None:
        raise OutputError(f"--scheduler needs Dask's distributed, which is not installed: {INSTALL}")


def connect(address: str) -> Any:
    """A client of the scheduler at `address`, or exit 5 naming it, within CONNECT_SECONDS."""
    require_distributed()

    import dask
    from distributed import Client

    _quiet_dask_logs()
    # Dask keeps the last messages it sent (1,000 by default, each task with the event's bytes) for
    # its developers: the client's memory would grow with the first thousand events
    dask.config.set({"distributed.admin.low-level-log-length": 16})
    hint = "check the address and that the scheduler runs (dask scheduler), or build without --scheduler"
    try:
        _probe(address)
        client = Client(address, timeout=CONNECT_SECONDS, set_as_default=False)
        _quiet_dask_logs()  # and the loggers of the modules the client imported
        return client
    except _NotAScheduler as exc:
        raise OutputError(f"{address} {exc}", hint=hint) from None
    except (OSError, TimeoutError, ValueError, TypeError) as exc:
        detail = str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
        raise OutputError(f"cannot reach the Dask scheduler at {address} ({detail})", hint=hint) from None


class _NotAScheduler(Exception):
    """The address answers, but not as a Dask scheduler."""


def _probe(address: str) -> None:
    """Ask `address` who it is, within CONNECT_SECONDS. Dask's own connect waits for the other
    side's handshake without a limit, so a port that accepts connections and never speaks Dask
    (a web server, a dashboard's port) would keep the build waiting for ever."""
    import asyncio
    import time

    from distributed.comm import connect as dask_connect
    from distributed.comm import parse_address, parse_host_port
    from distributed.security import Security

    scheme, location = parse_address(address)
    if scheme not in ("tcp", "tls"):
        return  # Dask's own connect judges other transports
    start = time.monotonic()
    host, port = parse_host_port(location)
    _open_socket(host, port)  # OSError: nothing answers there
    left = max(CONNECT_SECONDS - (time.monotonic() - start), 1.0)

    async def identity() -> Any:
        comm = await dask_connect(address, timeout=left, **Security().get_connection_args("client"))
        try:
            await comm.write({"op": "identity", "reply": True})
            return await comm.read()
        finally:
            comm.abort()

    try:
        reply = asyncio.run(asyncio.wait_for(identity(), left))
    except TimeoutError:
        raise _NotAScheduler(
            f"accepts connections but did not answer as a Dask scheduler within {CONNECT_SECONDS:g} s "
            "(is it the scheduler's port, 8786 by default, and not a web page's or the dashboard's?)"
        ) from None
    except Exception:  # whatever else answered (Dask's reader may even take garbage for a length)
        raise _NotAScheduler("accepts connections but does not speak Dask's protocol") from None
    kind = reply.get("type") if isinstance(reply, dict) else None
    if kind != "Scheduler":
        what = f"a Dask {kind.lower()}" if isinstance(kind, str) and kind.isalpha() else "something else"
        raise _NotAScheduler(f"is {what}, not a Dask scheduler")


def _open_socket(host: str, port: int) -> None:
    """A TCP connection to host:port opens (or OSError saying why not)."""
    import socket

    try:
        with socket.create_connection((host, port), timeout=CONNECT_SECONDS):
            return
    except TimeoutError:
        raise OSError(f"no answer within {CONNECT_SECONDS:g} s") from None
    except OSError as exc:
        raise OSError(exc.strerror or str(exc)) from None


def _quiet_dask_logs() -> None:
    """Dask's reconnect chatter, and tracebacks its event loop logs when Ctrl-C cuts a call short
    (tornado, asyncio), are not the user's business: reportgen reports what happened itself.
    distributed gives some of its loggers levels of their own, so each is set, not just the root."""
    import logging

    names = [n for n in logging.root.manager.loggerDict if n.split(".")[0] in ("distributed", "tornado")]
    for name in ["distributed", "tornado", "asyncio", *names]:
        logging.getLogger(name).setLevel(logging.CRITICAL)


def dashboard(client: Any) -> str | None:
    """The cluster's dashboard address, when it has one."""
    import urllib.request

    try:
        if "dashboard" not in client.scheduler_info().get("services", {}):
            return None
        link = str(client.dashboard_link)
        # a scheduler without bokeh lists the service but serves nothing there
        with urllib.request.urlopen(link, timeout=1) as answer:
            return link if answer.status == 200 else None
    except (OSError, KeyError, AttributeError, ValueError):
        return None


class _ChartIndex:
    """Which cached pictures each event used last time, so its next task can take them along."""

    def __init__(self, cache: Path | None) -> None:
        self.cache = cache
        self.keys: dict[str, list[str]] = {}
        if cache is not None:
            try:  # in the output folder, so untrusted: bounded, regular, never waited on or followed
                loaded = json.loads(read_untrusted(cache / INDEX, MAX_INDEX_BYTES) or b"{}")
                if isinstance(loaded, dict):
                    self.keys = {
                        str(k): [str(x) for x in v if isinstance(x, str) and _KEY.match(x)]
                        for k, v in loaded.items()
                        if isinstance(v, list)
                    }
            except (OSError, ValueError, RecursionError, Untrusted):
                pass

    def files(self, event: Path) -> dict[str, bytes]:
        if self.cache is None:
            return {}
        return entry_files(self.cache, self.keys.get(str(event.resolve()), []))

    def keep(self, event: Path, rendered: Rendered) -> None:
        if self.cache is None:
            return
        add_entry_files(self.cache, rendered.charts)
        self.keys[str(event.resolve())] = rendered.chart_keys

    def save(self) -> None:
        if self.cache is None or not self.cache.is_dir():
            return
        temp = self.cache / f".{INDEX}.{secrets.token_hex(8)}.tmp"
        try:
            temp.write_text(json.dumps(self.keys, sort_keys=True), encoding="utf-8")
            os.replace(temp, self.cache / INDEX)
        except OSError:
            temp.unlink(missing_ok=True)


def _shared(settings: Settings) -> Shared:
    return Shared(
        settings=settings,
        briefing=read_template(settings.briefing_template),
        deck=read_template(settings.deck_template),
        shown={
            "briefing": display_path(settings.briefing_template),
            "deck": display_path(settings.deck_template),
            "out": display_path(settings.out_dir),
        },
        code=code_identity(),
    )


def _job(event: Path, settings: Settings, index: _ChartIndex, debug: bool) -> Job | None:
    """The task for `event`, or None when its file cannot be read here (then it is built here, and
    fails here with the local build's own message)."""
    try:
        source = read_input(event, MAX_FILE_BYTES, DataError, "an event summary")
    except DataError:
        return None
    logo = None
    name = event_logo(event)  # None for an invalid event: the worker reports it in the build's words
    if name is not None:
        try:  # read as the local build reads it: inside the event's folder, never through a link
            logo = (name, load_logo(event, name).data)
        except DataError:
            return None  # built here, where it fails with the local build's own message
    return Job(
        event=event,
        shown=display_path(event),
        source=source,
        logo=logo,
        charts=index.files(event),
        environment={name: os.environ.get(name) for name in ENVIRONMENT},
        debug=debug,
        seconds=deadline(settings),
    )


@dataclass
class _Sent:
    """A task in flight, as the client knows it."""

    event: Path
    expected: set[str]  # the names this event's build writes
    logo: str | None  # the logo sent with it
    seconds: float  # the worker's deadline for it
    clock: float  # when it was sent, then when its worker last said it started it


def _outcome(sent: _Sent, future: Any, settings: Settings, index: _ChartIndex) -> tuple[Outcome, str]:
    """The outcome of one finished task (committed when it built), and the worker that ran it."""
    event = sent.event
    try:
        rendered: Rendered = future.result()
    except Exception as exc:  # the task itself failed on every try: a killed worker, a lost pool
        detail = str(exc).splitlines()[0][:200] if str(exc) else ""
        message = f"the cluster could not build {display_path(event)} ({type(exc).__name__}: {detail})"
        return Outcome(event, error=message, code=ExitCode.ENVIRONMENT), ""
    if not isinstance(rendered, Rendered):
        message = f"a worker sent something else than an event's build for {display_path(event)}"
        return Outcome(event, error=message, code=ExitCode.ENVIRONMENT), ""
    if rendered.error:
        return Outcome(
            event, error=rendered.error, code=rendered.code, traceback=rendered.traceback
        ), rendered.worker
    try:
        result = commit(rendered, settings, event, sent.expected, sent.logo)
    except ReportgenError as exc:
        return Outcome(event, error=exc.render(), code=exc.exit_code), rendered.worker
    index.keep(event, rendered)
    return Outcome(event, result), rendered.worker


def _overdue(sent: _Sent, worker: str) -> Outcome:
    waited = sent.seconds + WAIT_MARGIN_SECONDS
    where = f" on {worker}, which may be stuck" if worker else ""
    return Outcome(
        sent.event,
        error=f"the cluster did not finish building {display_path(sent.event)} within {waited:g} s "
        f"(the build's own time limits and a margin){where}; it was given up",
        code=ExitCode.ENVIRONMENT,
    )


def busy_workers(client: Any) -> list[str]:
    """The workers with tasks, for the progress line; none where the scheduler cannot say (a lost
    scheduler is found and reported by the build's own next call, not by a progress line)."""
    try:
        return sorted(worker for worker, keys in client.processing().items() if keys)
    except Exception:
        return []


def share(client: Any, settings: Settings) -> Any:
    """Wait for a worker, then send the templates and settings to the cluster, once for the build."""
    if not client.scheduler_info().get("workers"):
        try:
            client.wait_for_workers(1, timeout=WORKER_WAIT_SECONDS)
        except (TimeoutError, OSError):
            raise OutputError(
                f"the Dask scheduler at {scheduler_address(client)} has no workers",
                hint="start some (dask worker ADDRESS), or build without --scheduler",
            ) from None
    import warnings

    with warnings.catch_warnings():  # big templates: a task sent once, not a graph to slim down
        warnings.filterwarnings("ignore", message="Sending large graph", category=UserWarning)
        key = f"reportgen-shared-{secrets.token_hex(6)}"
        return client.submit(given, _shared(settings), key=key, pure=False)


def run_on_cluster(
    events: list[Path],
    settings: Settings,
    client: Any,
    shared: Any,
    debug: bool = False,
    fail_fast: bool = False,
    started: Callable[[Path], None] = lambda event: None,
    progress: Callable[[str], None] = lambda text: None,
) -> Iterator[Outcome]:
    """Outcomes as events finish on the cluster behind `client`, each committed here. Losing the
    scheduler fails the events not yet built, each with the reason."""
    unfinished = list(events)
    address = scheduler_address(client)  # read now: a client that lost its scheduler has none
    try:
        yield from _run(unfinished, settings, client, shared, debug, fail_fast, started, progress)
    except _NoWorkers:
        reason = f"the Dask cluster at {address} has had no worker for {WORKER_WAIT_SECONDS:g} s"
        for event in unfinished:
            yield Outcome(event, error=reason, code=ExitCode.ENVIRONMENT)
    except Exception as exc:
        if not lost_scheduler(client, exc):
            raise
        reason = f"lost the Dask scheduler at {address} ({type(exc).__name__}: {exc})"
        for event in unfinished:
            yield Outcome(event, error=reason[:300], code=ExitCode.ENVIRONMENT)


def lost_scheduler(client: Any, exc: Exception) -> bool:
    """Whether `exc` is the client's connection to its scheduler ending. distributed says so in more
    than one way: OSError or TimeoutError from a call, and RuntimeError("ConnectionPool is closed")
    from a call made while the client closes (exit 1 with a traceback in CI). Any error once the
    client has stopped running is the lost scheduler; an error from a running client is ours."""
    if isinstance(exc, (OSError, TimeoutError)):
        return True
    return getattr(client, "status", "running") not in ("running", "newly-created")


def scheduler_address(client: Any) -> str:
    """The scheduler's address as the client knows it; its `scheduler` is None once the connection
    closed (reading it then raised AttributeError, exit 1 with a traceback, where a lost scheduler
    is exit 5 with the reason)."""
    scheduler = getattr(client, "scheduler", None)
    return str(getattr(scheduler, "address", None) or "the scheduler's address")


class _NoWorkers(Exception):
    """Every worker has been gone for WORKER_WAIT_SECONDS."""


def _run(
    unfinished: list[Path],
    settings: Settings,
    client: Any,
    shared: Any,
    debug: bool,
    fail_fast: bool,
    started: Callable[[Path], None],
    progress: Callable[[str], None],
) -> Iterator[Outcome]:
    import time

    from distributed import as_completed

    index = _ChartIndex(settings.out_dir / CACHE_FOLDER if settings.use_cache else None)
    events = list(unfinished)  # `unfinished` loses each event as it finishes
    build_id = secrets.token_hex(6)
    queue, pending = list(events), dict[Any, _Sent]()
    starts: dict[str, float] = {}  # task key: when its worker last said it started it

    def on_start(event: Any) -> None:  # on the client's event loop thread
        message = event[1] if isinstance(event, tuple) and len(event) == 2 else None
        key = message.get("key") if isinstance(message, dict) else None
        if isinstance(key, str) and key.startswith(f"reportgen-{build_id}-"):
            starts[key] = time.monotonic()

    client.subscribe_topic(STARTED, on_start)
    arrived = as_completed(loop=client.loop)
    done = failed = 0
    lonely_since: float | None = None

    def finish(event: Path, outcome: Outcome, worker: str) -> Outcome:
        nonlocal done, failed
        unfinished.remove(event)
        done += 1
        failed += outcome.code != ExitCode.OK
        busy = busy_workers(client)
        progress(
            f"{done}/{len(events)} done, {failed} failed"
            + (f", last on {worker}" if worker else "")
            + f"; busy: {', '.join(busy) if busy else 'none'}"
        )
        if fail_fast and outcome.code != ExitCode.OK:
            queue.clear()
        return outcome

    try:
        while queue or pending:
            window = 2 * max(1, sum(client.nthreads().values()))
            while queue and len(pending) < window:
                event = queue.pop(0)
                job = _job(event, settings, index, debug)
                started(event)
                if job is None:
                    outcome = run_one(event, settings, debug)  # it fails here, in its own words
                    yield finish(event, outcome, "")
                    continue
                future = client.submit(
                    build_on_worker,
                    job,
                    shared,
                    key=f"reportgen-{build_id}-{done + failed + len(pending)}-{event.stem}"[:200],
                    pure=False,
                    retries=RETRIES,
                )
                expected = planned_outputs(event, settings.project, settings.pdf)
                logo = job.logo[0] if job.logo is not None else None
                pending[future] = _Sent(event, expected, logo, job.seconds, time.monotonic())
                arrived.add(future)
            if not pending:
                continue
            finished = [f for f in arrived.next_batch(block=False) if f in pending]
            if not finished:
                time.sleep(0.02)
                if client.scheduler_info().get("workers"):
                    lonely_since = None
                elif lonely_since is None:
                    lonely_since = time.monotonic()
                elif time.monotonic() - lonely_since > WORKER_WAIT_SECONDS:
                    raise _NoWorkers
                for future in _overdue_futures(pending, starts):
                    sent = pending.pop(future)
                    worker = _worker_of(client, future.key)
                    future.cancel()
                    yield finish(sent.event, _overdue(sent, worker), worker)
                continue
            for future in finished:
                sent = pending.pop(future)
                outcome, worker = _outcome(sent, future, settings, index)
                future.release()
                yield finish(sent.event, outcome, worker)
    finally:
        for future in pending:
            future.cancel()
        with contextlib.suppress(Exception):
            client.unsubscribe_topic(STARTED)
        index.save()


def _overdue_futures(pending: dict[Any, _Sent], starts: dict[str, float]) -> list[Any]:
    """Tasks whose clock (when sent, or when their worker last said it started them) is older than
    their worker's own deadline and the client's margin: their worker is stuck or gone silent."""
    import time

    now = time.monotonic()
    return [
        future
        for future, sent in pending.items()
        if now - max(sent.clock, starts.get(future.key, 0.0)) > sent.seconds + WAIT_MARGIN_SECONDS
    ]


def _worker_of(client: Any, key: str) -> str:
    try:
        return next((w for w, keys in client.processing().items() if key in keys), "")
    except Exception:  # only for the message, as busy_workers
        return ""
