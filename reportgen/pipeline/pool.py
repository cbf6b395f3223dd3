"""The worker processes of a batch (`--jobs N`), and stopping them within a bounded time.

Each worker is forked once and builds event after event, one at a time, over a pipe of its own:
the build process sends an event's path and receives its Outcome. Workers share no queue and no
lock, so a worker that is killed (or crashes) can never leave another one, or this process,
waiting on a lock it held; its event is reported as failed and a fresh worker takes the rest.

Signals are the build process's to handle. A Ctrl-C or a `timeout` reaches the whole process
group, workers included: workers ignore SIGINT, and end on their first SIGTERM (the group's, or
the one `stop` sends) by unwinding the event they were building (its staging folder removed, its
office stopped) and exiting without a word. `stop` gives them a short grace, then kills the
stragglers and finishes or discards what a killed worker left in the output folder.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import time
from collections.abc import Callable, Iterator
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

from reportgen.commit import output
from reportgen.errors import ExitCode, Terminated, display_path, record_interrupt
from reportgen.office_pdf.office_server import stop_offices
from reportgen.office_pdf.pdf import private_folders_of, remove_private
from reportgen.platform import block_signals, pool_start, restore_signals, unblock_signals

#: After an interrupt, how long workers get to clean up before they are killed (the whole command
#: must end within about two seconds of the signal).
GRACE_SECONDS = 1.2
#: After the last event, how long idle workers get to stop their offices and exit.
IDLE_EXIT_SECONDS = 20.0
_SIGNALS = (signal.SIGINT, signal.SIGTERM)


def _context() -> Any:
    """Fork where that is safe (workers start with the pipeline imported), else spawn."""
    return multiprocessing.get_context(pool_start())


def _block_signals() -> Any:
    """Hold SIGINT and SIGTERM back while a worker is started (a forked one starts with our
    handlers, which raise: a signal landing in the fork would send the child up our stack).
    Returns the old mask."""
    return block_signals(set(_SIGNALS))


def _restore_signals(previous: Any) -> None:
    restore_signals(previous)


def _unblock_signals() -> None:
    unblock_signals(set(_SIGNALS))


def _on_sigterm(signum: int, frame: object) -> None:
    """A worker's first SIGTERM unwinds its build; any later one is ignored, so that nothing
    interrupts the clean-up on the way out."""
    for number in _SIGNALS:
        signal.signal(number, signal.SIG_IGN)
    raise record_interrupt(Terminated())


def _worker_signals() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the build process's to handle
    signal.signal(signal.SIGTERM, _on_sigterm)
    _unblock_signals()  # blocked by the build process while it forked us


def _serve(connection: _Channel, work: Callable[[Path], Any], inherited: list[int]) -> None:
    """A worker: build each event it is sent, until its pipe closes or a SIGTERM ends it."""
    code = 0
    try:
        _worker_signals()
        for fd in inherited:
            with contextlib.suppress(OSError):
                os.close(fd)
        while True:
            try:
                event = connection.recv()
            except (EOFError, OSError):
                break
            connection.send(work(event))
    except KeyboardInterrupt:
        code = ExitCode.TERMINATED
    except BaseException:  # a worker never prints; its event is reported as failed
        code = ExitCode.BUG
    for number in _SIGNALS:
        signal.signal(number, signal.SIG_IGN)
    with contextlib.suppress(BaseException):
        stop_offices()
    with contextlib.suppress(BaseException):
        output.discard_leftovers()
    for folder in private_folders_of(os.getpid()):  # a conversion's, if the signal cut its removal
        with contextlib.suppress(BaseException):
            remove_private(folder)
    os._exit(code)  # no exit handlers: everything this worker made is stopped or removed above


class _Channel:
    """Both directions between the build process and a worker, made of two one-way pipes: a
    two-way Pipe() is a Unix socket pair, which Windows' Python (and our shim of it) lacks, while
    one-way pipes exist everywhere. Waiting on a channel waits on the end it reads."""

    def __init__(self, reader: Connection, writer: Connection) -> None:
        self.reader, self.writer = reader, writer

    def send(self, value: Any) -> None:
        self.writer.send(value)

    def recv(self) -> Any:
        return self.reader.recv()

    def fileno(self) -> int:
        return self.reader.fileno()

    def filenos(self) -> list[int]:
        return [self.reader.fileno(), self.writer.fileno()]

    def close(self) -> None:
        for end in (self.reader, self.writer):
            with contextlib.suppress(OSError):
                end.close()


def _channels(context: Any) -> tuple[_Channel, _Channel]:
    """Ours and the worker's end of a new two-way channel."""
    from_worker, to_us = context.Pipe(duplex=False)
    from_us, to_worker = context.Pipe(duplex=False)
    return _Channel(from_worker, to_worker), _Channel(from_us, to_us)


class _Worker:
    """A worker process, started and added to `others` (before a signal held back meanwhile can
    interrupt us: every worker started is in the list that `Pool.stop` stops)."""

    def __init__(self, work: Callable[[Path], Any], others: list[_Worker]) -> None:
        context = _context()
        self.connection, child = _channels(context)
        # A forked worker inherits this process's ends of every worker's pipe, its own included:
        # it closes them, or its pipe would never close when this process closes its end.
        ours = [fd for w in [*others, self] for fd in w.connection.filenos()]
        inherited = ours if context.get_start_method() == "fork" else []
        self.process = context.Process(target=_serve, args=(child, work, inherited), daemon=True)
        self.event: Path | None = None
        previous = _block_signals()
        try:
            self.process.start()
            others.append(self)
        finally:
            child.close()
            _restore_signals(previous)


def crash_message(event: Path, process: Any) -> str:
    code = process.exitcode
    how = f"was killed by signal {-code}" if isinstance(code, int) and code < 0 else f"exited ({code})"
    return (
        f"internal error: the process building {display_path(event)} {how} before it finished\n"
        "This is a bug in reportgen, or the machine ran out of memory. Run again with --jobs 1."
    )


class Pool:
    """`jobs` worker processes, each running `work(event)` for event after event; `failed(event,
    message)` stands for an event whose worker died. Use as a context manager: it stops them."""

    def __init__(
        self, jobs: int, work: Callable[[Path], Any], failed: Callable[[Path, str], Any], out_dir: Path
    ) -> None:
        self.jobs, self.work, self.failed, self.out_dir = jobs, work, failed, out_dir
        self.workers: list[_Worker] = []

    def __enter__(self) -> Pool:
        return self

    def __exit__(self, kind: object, exc: object, trace: object) -> None:
        held = output.HeldSignals()  # a second Ctrl-C must not stop the stopping half-way
        try:
            with held:
                self.stop(interrupted=kind is not None)
        finally:
            held.release()

    def outcomes(self, events: list[Path], fail_fast: bool, started: Callable[[Path], None]) -> Iterator[Any]:
        queue = list(events)
        while queue or any(w.event is not None for w in self.workers):
            while queue and len(self.workers) < self.jobs:
                _Worker(self.work, self.workers)
            for worker in self.workers:
                if queue and worker.event is None:
                    worker.event = queue.pop(0)
                    with contextlib.suppress(OSError):  # a worker that died is noticed below
                        worker.connection.send(worker.event)
                    started(worker.event)
            busy = [w for w in self.workers if w.event is not None]
            ready = wait([w.connection for w in busy] + [w.process.sentinel for w in busy])
            for worker in busy:
                if worker.connection not in ready and worker.process.sentinel not in ready:
                    continue
                event, worker.event = worker.event, None
                assert event is not None
                try:
                    outcome = worker.connection.recv()
                except (EOFError, OSError):  # it died mid-event: the event fails, a new worker goes on
                    self.workers.remove(worker)
                    worker.connection.close()
                    _join_all([worker.process], time.monotonic() + GRACE_SECONDS)
                    if worker.process.is_alive():
                        worker.process.kill()
                        worker.process.join()
                    outcome = self.failed(event, crash_message(event, worker.process))
                yield outcome
                if fail_fast and outcome.code != ExitCode.OK:
                    queue.clear()

    def stop(self, interrupted: bool) -> None:
        """Every worker gone within a bounded time: idle ones end when their pipe closes; after an
        interrupt, SIGTERM ends them at once; any still there after the grace is killed, and
        what it left in the output folder is finished or discarded."""
        workers, self.workers = self.workers, []
        for worker in workers:
            with contextlib.suppress(OSError):
                worker.connection.close()
            if interrupted:
                with contextlib.suppress(OSError, ValueError):
                    worker.process.terminate()
        grace = GRACE_SECONDS if interrupted else IDLE_EXIT_SECONDS
        _join_all([w.process for w in workers], time.monotonic() + grace)
        killed = [w.process for w in workers if w.process.is_alive()]
        for process in killed:
            with contextlib.suppress(OSError, ValueError):
                process.kill()
        _join_all(killed, time.monotonic() + 5.0)
        if killed:
            _clean_after([p.pid for p in killed if p.pid], self.out_dir)


def _join_all(processes: list[Any], deadline: float) -> None:
    pending = [p for p in processes if p.is_alive()]
    while pending and time.monotonic() < deadline:
        wait([p.sentinel for p in pending], timeout=max(0.0, deadline - time.monotonic()))
        pending = [p for p in pending if p.is_alive()]  # is_alive() reaps the ones that ended
    for process in processes:
        if not process.is_alive():
            process.join(timeout=0)


def _clean_after(pids: list[int], out_dir: Path) -> None:
    """What killed workers could not remove: their staging folders (a journaled commit is finished,
    any other discarded, as the next build would) and their offices' private folders."""
    with contextlib.suppress(Exception), output.folder_lock(out_dir, wait=0):
        output.recover(out_dir)
    for pid in pids:
        for folder in private_folders_of(pid):
            remove_private(folder, orphaned=True)
