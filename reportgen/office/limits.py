"""Limits for rendering templates that may come from other people.

The sandbox stops a template from reaching Python; these stop it from exhausting the machine:
a wall-clock limit (a timer signal, so only in the main thread), an address-space limit raised
back afterwards (so a runaway template meets MemoryError rather than the kernel's OOM killer),
and, in jinja_env, caps on string repetition, exponents and the size of the rendered output.
"""

from __future__ import annotations

import resource
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

RENDER_SECONDS = 30.0
RENDER_MEMORY = 1024 * 1024 * 1024  # headroom above what the process uses when rendering starts


class RenderTimeout(Exception):
    """Rendering took longer than the limit."""


def _virtual_memory() -> int | None:
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[0]) * resource.getpagesize()
    except (OSError, ValueError, IndexError):
        return None


def _on_alarm(signum: int, frame: object) -> None:
    raise RenderTimeout("rendering took too long (a loop in a template may be far too large)")


@contextmanager
def render_limits(seconds: float | None = None, memory: int | None = None) -> Iterator[None]:
    """Run the block under a time limit and with at most `memory` more bytes of address space."""
    seconds = RENDER_SECONDS if seconds is None else seconds
    memory = RENDER_MEMORY if memory is None else memory
    timed = threading.current_thread() is threading.main_thread()
    if timed:
        previous_handler = signal.signal(signal.SIGALRM, _on_alarm)
        signal.setitimer(signal.ITIMER_REAL, seconds)
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    used = _virtual_memory()
    limited = used is not None
    if limited:
        cap = used + memory
        if hard != resource.RLIM_INFINITY:
            cap = min(cap, hard)
        if soft == resource.RLIM_INFINITY or cap < soft:
            resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
        else:
            limited = False
    try:
        yield
    finally:
        if limited:
            resource.setrlimit(resource.RLIMIT_AS, (soft, hard))
        if timed:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous_handler)
