"""Limits for rendering templates that may come from other people.

The sandbox stops a template from reaching Python; these stop it from exhausting the machine, on
every system: a watchdog thread measures the elapsed time and this process's memory (psutil) while
a template renders and, past either limit, raises RenderTimeout or MemoryError in the rendering
thread. Where the kernel enforces an address-space limit (Linux), one is set as well, so even a
single huge allocation meets MemoryError rather than the OOM killer (reportgen/platform.py).
jinja_env adds caps on string repetition, exponents and the size of the rendered output.
"""

from __future__ import annotations

import ctypes
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from reportgen.platform import address_space_cap, memory_in_use

RENDER_SECONDS = 30.0
RENDER_MEMORY = 1024 * 1024 * 1024  # headroom above what the process uses when rendering starts
WATCH_SECONDS = 0.02  # how often the watchdog looks
AGAIN_SECONDS = 1.0  # how long a stopped render has to unwind before it is stopped again


class RenderTimeout(Exception):
    """Rendering took longer than the limit."""

    def __init__(self, *args: object) -> None:  # raised by class from the watchdog: no arguments
        super().__init__(*(args or ("rendering took too long (a loop in a template may be far too large)",)))


def _raise_in(thread: int, exc: type[BaseException] | None) -> None:
    """Raise `exc` in `thread` at its next Python instruction (None: withdraw one not yet raised)."""
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread), ctypes.py_object(exc) if exc else None)


class _Watchdog:
    """Stops the block in the thread that entered it once it runs too long or grows too large."""

    def __init__(self, seconds: float, memory: int) -> None:
        self.seconds, self.memory = seconds, memory
        self.target = threading.get_ident()
        self.done = threading.Event()
        self.lock = threading.Lock()
        self.fired: type[BaseException] | None = None
        self.thread = threading.Thread(target=self._watch, name="reportgen-render-limits", daemon=True)

    def __enter__(self) -> _Watchdog:
        self.base = memory_in_use()
        self.deadline = time.monotonic() + self.seconds
        self.thread.start()
        return self

    def _over(self) -> type[BaseException] | None:
        if time.monotonic() > self.deadline:
            return RenderTimeout
        used = memory_in_use() if self.base is not None else None
        if used is not None and self.base is not None and used - self.base > self.memory:
            return MemoryError
        return None

    def _watch(self) -> None:
        wait = WATCH_SECONDS
        while not self.done.wait(wait):
            over = self.fired or self._over()
            if over is not None:
                with self.lock:
                    if not self.done.is_set():
                        self.fired = over
                        _raise_in(self.target, over)
                wait = AGAIN_SECONDS  # raised again should a library swallow it, once its handlers ran

    def __exit__(self, *exc: object) -> None:
        with self.lock:
            self.done.set()
            fired = self.fired
        if fired is not None:
            _raise_in(self.target, None)  # not raised yet (the block had just finished): raise it here
            if exc[0] is None:
                raise fired


@contextmanager
def render_limits(seconds: float | None = None, memory: int | None = None) -> Iterator[None]:
    """Run the block under a time limit and with at most `memory` more bytes of memory."""
    seconds = RENDER_SECONDS if seconds is None else seconds
    memory = RENDER_MEMORY if memory is None else memory
    with address_space_cap(memory), _Watchdog(seconds, memory):
        yield
