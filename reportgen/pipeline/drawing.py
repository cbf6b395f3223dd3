"""Charts drawn beside the build: a helper process imports matplotlib and draws while this one
imports the pipeline, reads the data and renders the deck.

Importing matplotlib and drawing are about half of a cold build, and they need nothing the rest of
the build makes except the chart data. The helper is forked at the very start of `reportgen build`
(while this process holds no threads and little memory), warms matplotlib at once, and draws the
charts it is asked for; the build collects each picture when a document needs it. When anything
about the helper fails, the chart is simply drawn here instead: the helper only saves time.
"""

from __future__ import annotations

import contextlib
import gc
import os
import signal
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportgen.platform import (
    block_signals,
    cpu_count,
    fork_start,
    give_back_free_memory,
    load_average,
    restore_signals,
    unblock_signals,
)

if TYPE_CHECKING:
    import queue
    from multiprocessing.connection import Connection

Request = tuple[str, Any, Any, Any]  # key, ChartData, Theme, size
Reply = tuple[str, bytes, str] | tuple[str, None, str]  # key, png (None: failed), missing glyphs


def _serve(connection: Connection, sibling: Connection | None, inherited: list[int]) -> None:
    """The helper: warm matplotlib, then draw until the build closes the pipes. With `sibling`, it
    forks a second helper once matplotlib is loaded (sharing it, not importing it again) that
    serves the other pipe, so two charts are drawn at a time. When no core is idle beside the build
    and this one, a second process would only take a core from them (and cost its own start and
    memory): this one serves both."""
    gc.freeze()  # what the build had made: never scanned here, so its pages stay shared, uncopied
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the build's to handle; it closes us
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # and SIGTERM simply ends us
    unblock_signals(_BLOCKED)  # blocked by Drawer.start until now
    for fd in inherited:  # the build's own ends of the pipes: a helper must see them close
        with contextlib.suppress(OSError):
            os.close(fd)
    devnull = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):  # never hold the build's terminal or pipes open, never print
        os.dup2(devnull, fd)
    os.close(devnull)
    _without_3d()
    from reportgen.charts.draw import draw  # the import this process exists to do early

    gc.freeze()  # matplotlib's objects: never scanned by `_tidy`, and shared with a second helper
    if sibling is None:
        _draw_for(connection, draw)
    elif _idle_core():
        if os.fork() == 0:
            connection.close()
            _draw_for(sibling, draw)  # the second helper: ends when the build closes its pipe
        else:
            sibling.close()
            _draw_for(connection, draw)
    else:
        _draw_for_both(connection, sibling, draw)
    os._exit(0)


def _without_3d() -> None:
    """Keep matplotlib from importing its 3D toolkit here: `matplotlib.projections` imports
    `mpl_toolkits.mplot3d` only to offer a '3d' projection, and says so in a warning when it
    cannot. No chart kind is 3D, and this process draws nothing else: the toolkit's 5 modules cost
    the helper about 1.5 MiB and 20 ms of its import (the performance guide, round 17). Only in
    the helper: a build that draws its own charts leaves matplotlib as it is for any other code."""
    import sys
    import warnings

    sys.modules.setdefault("mpl_toolkits.mplot3d", None)  # type: ignore[arg-type]
    warnings.filterwarnings("ignore", "Unable to import Axes3D", UserWarning)


def _draw_for_both(first: Connection, second: Connection, draw: Any) -> None:
    """Serve both pipes from this process, drawing on this thread alone: matplotlib keeps its
    fonts per thread (`font_manager._get_font`), so a chart drawn on a second thread loaded every
    font again (about 12 MiB more for WAIC's five charts). Each pipe's answers go out from a
    thread of their own, so a full pipe the build is not reading yet never stops the other's."""
    import queue
    from multiprocessing.connection import wait

    outboxes: dict[Connection, queue.SimpleQueue[Reply | None]] = {}
    senders = []
    for connection in (first, second):
        outboxes[connection] = queue.SimpleQueue()
        sender = threading.Thread(target=_send_all, args=(connection, outboxes[connection]), daemon=True)
        sender.start()
        senders.append(sender)
    waiting = [first, second]
    while waiting:
        for connection in wait(waiting):
            try:
                asked = connection.recv()
            except (EOFError, OSError):
                asked = None
            if asked is None:  # closed, or all asked: its sender ends once its answers are sent
                waiting.remove(connection)
                outboxes[connection].put(None)
            else:
                outboxes[connection].put(_answer(asked, draw))
                _tidy()
    for sender in senders:
        sender.join()


def _send_all(connection: Connection, outbox: queue.SimpleQueue[Reply | None]) -> None:
    """Send `outbox`'s answers on `connection` until a None (or the pipe fails)."""
    while (reply := outbox.get()) is not None:
        try:
            connection.send(reply)
        except (OSError, ValueError):
            return


def _draw_for(connection: Connection, draw: Any) -> None:
    """Draw what the build asks on `connection` until it closes it or says it asks no more."""
    while True:
        try:
            asked = connection.recv()
        except (EOFError, OSError):
            return
        if asked is None:  # all asked: the answers are sent (or waiting in the pipe); end now
            return
        try:
            connection.send(_answer(asked, draw))
        except (OSError, ValueError):  # the build has gone: nothing to answer
            return
        _tidy()


def _answer(asked: Request, draw: Any) -> Reply:
    """The picture asked for, or None with the error's first words when drawing it failed."""
    key, data, theme, size = asked
    try:
        png, missing = draw(data, theme, size)
    except Exception as exc:  # drawn again by the build, which reports any error itself
        return (key, None, str(exc)[:200])
    return (key, png, missing)


def _tidy() -> None:
    """After a chart: free its figure now and give the pages back. A figure is a web of reference
    cycles, which the raised collection threshold (`entry`) would keep for several charts, and
    glibc keeps freed heap pages unless asked: about 16 MiB of the helper's size for WAIC's five
    charts. A collection here scans only what was made since `gc.freeze` (1-2 ms)."""
    gc.collect()
    give_back_free_memory()


def _idle_core() -> bool:
    """Whether a core is free for a second helper: over the last minute, at most as many processes
    ready to run on average as the cores this process may use, less three (the build, which renders
    while charts are drawn, this helper and the second). The load average is of the minute before
    the build began, so it counts neither. On two cores a second helper shared the build's cores
    and raised the peak 10 MiB (the helpers 86 MiB, one 66), for pictures one helper had mostly
    drawn before the build took them (the performance guide, round 16). Unknown: assume there is."""
    load = load_average()
    return load is None or load <= cpu_count() - 3


_BLOCKED = {signal.SIGINT, signal.SIGTERM}


class Drawer:
    def __init__(self, helpers: int = 2) -> None:
        self.helpers = helpers
        self._connections: list[Connection] = []
        self._process: Any = None
        self._asked: dict[str, Connection] = {}
        self._ready: dict[str, tuple[bytes, str]] = {}
        self._turn = 0
        self._finished = False  # told the helper that nothing more is asked
        self._events_left: int | None = None  # None: nobody said how many events it serves

    def expect(self, events: int) -> None:
        """The helper serves `events` events: once the last has asked for its charts, it ends."""
        self._events_left = events

    def event_asked(self) -> None:
        """An event has asked for all its charts. After the last, the helper is told so: it sends
        what is left to draw and ends, giving its memory (matplotlib's, about 80 MiB) back while
        the build renders, checks and commits; its answers wait in the pipes until taken."""
        if self._events_left is None:
            return
        self._events_left -= 1
        if self._events_left > 0:
            return
        for connection in self._connections:
            try:
                connection.send(None)
            except (OSError, ValueError):
                self.close()
                return
        self._finished = True

    def start(self) -> None:
        """Fork the helper now (call before any thread starts or heavy module is imported)."""
        import multiprocessing  # here, not above: a build with every chart cached never needs it

        if fork_start() is None:
            return  # no fork (Windows), or not a safe one (macOS): the build draws its own charts
        try:
            context = multiprocessing.get_context(fork_start())
            first, first_child = context.Pipe()
            second, second_child = context.Pipe() if self.helpers > 1 else (None, None)
            ours = [c.fileno() for c in (first, second) if c is not None]
            self._process = context.Process(
                target=_serve, args=(first_child, second_child, ours), daemon=True
            )
            # The child starts with the build's signal handlers, which raise: a SIGTERM from
            # close() landing before the helper sets its own would raise inside the fork and
            # send the child back up the build's stack, to go on as a second build. Blocked
            # until the helper has its own handlers, the signal just ends it.
            previous = block_signals(_BLOCKED)
            try:
                self._process.start()
            finally:
                restore_signals(previous)
            first_child.close()
            self._connections = [first]
            if second is not None and second_child is not None:
                second_child.close()
                self._connections.append(second)
        except (OSError, ValueError):
            self._connections = []

    def ask(self, key: str, data: Any, theme: Any, size: Any) -> None:
        """Queue a chart with the helpers, in turn (the first asked are drawn first)."""
        if not self._connections or self._finished or key in self._asked:
            return
        connection = self._connections[self._turn % len(self._connections)]
        self._turn += 1
        try:
            connection.send((key, data, theme, size))
            self._asked[key] = connection
        except (OSError, ValueError):
            self.close()

    def take(self, key: str) -> tuple[bytes, str] | None:
        """The picture asked for under `key` (waiting for it), or None: draw it yourself."""
        while key in self._asked and key not in self._ready:
            connection = self._asked[key]
            try:
                if not connection.poll():  # about to wait for the helper: meanwhile, as `_tidy`
                    give_back_free_memory()  # the pages freed since (a rendered deck's: ~6 MiB)
                got, png, missing = connection.recv()
            except (EOFError, OSError):
                self.close()
                break
            if png is None:
                self._asked.pop(got, None)
            else:
                self._ready[got] = (png, missing)
        self._asked.pop(key, None)
        return self._ready.pop(key, None)

    def close(self) -> None:
        for connection in self._connections:  # the second helper ends when its pipe closes
            with contextlib.suppress(OSError):
                connection.close()
        self._connections = []
        process, self._process = self._process, None
        if process is not None and process.pid is not None and process._parent_pid == os.getpid():
            with contextlib.suppress(OSError, ValueError, AttributeError):
                process.terminate()  # it may still be importing; nothing it does is needed now
                process.join(timeout=5)
                if process.is_alive():
                    process.kill()
                    process.join()
        self._asked.clear()


#: The helper forked by `start_early`, for the build command to take over.
EARLY: Drawer | None = None


def start_early() -> None:
    """Fork the helper before the session and the pipeline load (entry.py decides when, from the
    command line as the CLI parses it)."""
    global EARLY
    import atexit

    EARLY = Drawer()
    EARLY.start()
    atexit.register(EARLY.close)  # if the build command never takes it over


def worth_a_helper(
    files: int, one_job: bool, out: Path | None, config: Path | None, use_cache: bool, cwd: Path
) -> bool:
    """Whether a build draws its charts in this process, with a helper: it builds one event (or
    runs one job), and its chart cache is probably empty. With no event files named, the events
    are those of the project's data/ folder, else the bundled one (`settings.settle`), counted here
    without loading the project file; a wrong guess costs a helper or the time it would save."""
    from reportgen.names import CACHE_FOLDER
    from reportgen.project.where import likely_output

    if files == 0:
        files = _likely_events(config, cwd)
    if files != 1 and not one_job:
        return False
    cache = likely_output(out, config, cwd) / CACHE_FOLDER
    return not (use_cache and cache.is_dir() and any(cache.glob("*.png")))


def _likely_events(config: Path | None, cwd: Path) -> int:
    """How many events `reportgen build` with no files would build (the bundled one when the
    project's data/ folder has no YAML file)."""
    from reportgen.project.trust import distrust, find_project_file

    found = config or find_project_file(cwd)
    root = cwd if found is None or (config is None and distrust(found)) else found.parent
    data = root / "data"
    try:
        return max(1, sum(1 for p in data.iterdir() if p.suffix in (".yaml", ".yml") and p.name[0] != "."))
    except OSError:
        return 1
