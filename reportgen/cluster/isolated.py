"""A Dask worker's builds, each in a process of its own started with `subprocess`.

Dask starts its workers under a nanny (the default of `dask worker`, `LocalCluster`,
dask-jobqueue and the dask-kubernetes operator), which makes the worker a *daemonic* process:
`multiprocessing` and `ProcessPoolExecutor` refuse to start children there. A worker's thread
must not build in the worker's own process either: the time limit on rendering applies only in
a process's main thread, matplotlib is not shared between threads, and a crash would cost the
worker. So each worker thread keeps a build process (this module's `main()` in a Python of its own),
started with `subprocess` (which a daemonic process may use), that builds one event at a time
in its main thread, exactly as a local `reportgen build` does, under the same limits.

The protocol is pickled frames, each with an 8-byte length, over the process's stdin and a copy
of its original stdout (stdout itself points at stderr, so nothing printed can garble it): a
(Job, Shared) pair in, a Rendered out. Both ends are this package, so pickle is safe here.
A build process that does not answer within the event's deadline is killed with everything it
started, and the event fails saying so; one that dies is replaced, and the caller raises so that
Dask retries the task.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import struct
import subprocess
import sys
import threading
from pathlib import Path
from typing import IO, Any

from reportgen.platform import group_options, kill_group

_LENGTH = struct.Struct(">Q")


class ChildDied(Exception):
    """The build process ended without answering (killed, crashed, out of memory)."""


class ChildTimedOut(Exception):
    """The build process did not answer within the deadline; it has been killed."""


def write_frame(stream: IO[bytes], value: object) -> None:
    data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_LENGTH.pack(len(data)) + data)
    stream.flush()


def read_frame(stream: IO[bytes]) -> Any:
    header = stream.read(_LENGTH.size)
    if len(header) < _LENGTH.size:
        raise EOFError
    (size,) = _LENGTH.unpack(header)
    data = stream.read(size)
    if len(data) < size:
        raise EOFError
    return pickle.loads(data)


class BuildProcess:
    """One build process, serving one worker thread at a time."""

    #: What the process runs: this module's main(), with the folder that holds this reportgen on
    #: its path when the interpreter would not find it by itself (tests put stand-ins here).
    command: tuple[str, ...] = (
        "-c",
        "import sys\n"
        "if sys.argv[1] not in sys.path: sys.path.insert(0, sys.argv[1])\n"
        "from reportgen.cluster.isolated import main\n"
        "sys.exit(main())",
    )

    def __init__(self) -> None:
        import reportgen

        root = str(Path(reportgen.__file__).resolve().parent.parent)
        self.process = subprocess.Popen(
            [sys.executable, *self.command, root],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            **group_options(),  # its own process group: killed whole, and no terminal's Ctrl-C
        )

    def build(self, job: object, shared: object, seconds: float) -> Any:
        """The process's answer to (job, shared) within `seconds`; ChildDied or ChildTimedOut."""
        answer: dict[str, Any] = {}

        def talk() -> None:
            assert self.process.stdin is not None and self.process.stdout is not None
            try:
                write_frame(self.process.stdin, (job, shared))
                answer["rendered"] = read_frame(self.process.stdout)
            except (OSError, EOFError, ValueError, pickle.UnpicklingError) as exc:
                answer["error"] = exc

        # a thread that talks, and a deadline on it: the same on every system (pipes cannot be
        # polled with a timeout on Windows)
        talker = threading.Thread(target=talk, name="reportgen-build-process", daemon=True)
        talker.start()
        talker.join(seconds)
        if talker.is_alive():
            self.kill()
            talker.join()
            raise ChildTimedOut
        if "rendered" not in answer:
            self.kill()
            raise ChildDied(f"the build process ended ({self._how()})")
        return answer["rendered"]

    def _how(self) -> str:
        code = self.process.poll()
        if code is None:
            return "no answer"
        if code < 0:
            with contextlib.suppress(ValueError):
                return f"killed by {signal.Signals(-code).name}"
        return f"exit status {code}"

    def alive(self) -> bool:
        return self.process.poll() is None

    def kill(self) -> None:
        """Stop the process and what it started (its LibreOffice helper has a group of its own and
        goes when its input closes)."""
        _kill_group(self.process)
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(timeout=30)
        for stream in (self.process.stdin, self.process.stdout):
            with contextlib.suppress(OSError):
                stream.close()  # type: ignore[union-attr]

    def close(self) -> None:
        """Let the process end on its own (end of input), or stop it."""
        with contextlib.suppress(OSError):
            self.process.stdin.close()  # type: ignore[union-attr]
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.kill()


def _kill_group(process: subprocess.Popen[bytes]) -> None:
    """The process and its group where there are groups (POSIX); the process alone elsewhere."""
    kill_group(process.pid)
    with contextlib.suppress(OSError):
        process.kill()


class Processes:
    """A worker's build processes: one per thread that builds, reused from event to event."""

    def __init__(self) -> None:
        self._idle: list[BuildProcess] = []
        self._lock = threading.Lock()

    def take(self) -> BuildProcess:
        with self._lock:
            while self._idle:
                process = self._idle.pop()
                if process.alive():
                    return process
        return BuildProcess()

    def give_back(self, process: BuildProcess) -> None:
        with self._lock:
            self._idle.append(process)

    def close(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, []
        for process in idle:
            process.close()


def main() -> int:
    """The build process: build each (job, shared) that arrives, until the input ends."""
    from reportgen.cluster.remote import Rendered, build_here
    from reportgen.errors import ExitCode, internal_error

    if hasattr(signal, "SIGINT"):
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # the worker's to handle; it closes our input
    answers = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # anything printed goes to the worker's log, never into the answers
    requests = sys.stdin.buffer
    while True:
        try:
            job, shared = read_frame(requests)
        except EOFError:
            return 0
        try:
            rendered = build_here(job, shared)
        except Exception as exc:  # run_one turns a build's failures into text; this is ours
            rendered = Rendered(
                job.event,
                error=internal_error(exc, " on a worker"),
                code=ExitCode.BUG,
            )
        try:
            write_frame(answers, rendered)
        except BrokenPipeError:
            return 0


if __name__ == "__main__":
    sys.exit(main())
