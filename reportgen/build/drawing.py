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
import multiprocessing
import os
import signal
from multiprocessing.connection import Connection
from typing import Any

Request = tuple[str, Any, Any, Any]  # key, ChartData, Theme, size
Reply = tuple[str, bytes, str] | tuple[str, None, str]  # key, png (None: failed), missing glyphs


def _serve(connection: Connection) -> None:
    """The helper: warm matplotlib, then draw until the build closes the pipe."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the build's to handle; it closes us
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # and SIGTERM simply ends us
    from reportgen.charts.draw import draw  # the import this process exists to do early

    while True:
        try:
            key, data, theme, size = connection.recv()
        except (EOFError, OSError):
            break
        try:
            png, missing = draw(data, theme, size)
            connection.send((key, png, missing))
        except Exception as exc:  # drawn again by the build, which reports any error itself
            connection.send((key, None, str(exc)[:200]))
    os._exit(0)


class Drawer:
    def __init__(self) -> None:
        self._connection: Connection | None = None
        self._process: Any = None
        self._asked: set[str] = set()
        self._ready: dict[str, tuple[bytes, str]] = {}

    def start(self) -> None:
        """Fork the helper now (call before any thread starts or heavy module is imported)."""
        try:
            context = multiprocessing.get_context("fork")
            parent, child = context.Pipe()
            self._process = context.Process(target=_serve, args=(child,), daemon=True)
            self._process.start()
            child.close()
            self._connection = parent
        except (OSError, ValueError):
            self._connection = None

    def ask(self, key: str, data: Any, theme: Any, size: Any) -> None:
        if self._connection is None or key in self._asked:
            return
        try:
            self._connection.send((key, data, theme, size))
            self._asked.add(key)
        except (OSError, ValueError):
            self.close()

    def take(self, key: str) -> tuple[bytes, str] | None:
        """The picture asked for under `key` (waiting for it), or None: draw it yourself."""
        while key in self._asked and key not in self._ready and self._connection is not None:
            try:
                got, png, missing = self._connection.recv()
            except (EOFError, OSError):
                self.close()
                break
            if png is None:
                self._asked.discard(got)
            else:
                self._ready[got] = (png, missing)
        return self._ready.pop(key, None)

    def close(self) -> None:
        if self._connection is not None:
            with contextlib.suppress(OSError):
                self._connection.close()
            self._connection = None
        if self._process is not None:
            self._process.terminate()  # it may still be importing; nothing it does is needed now
            self._process.join(timeout=5)
            if self._process.is_alive():
                self._process.kill()
                self._process.join()
            self._process = None
        self._asked.clear()


#: The helper forked by `early_helper`, for the build command to take over.
EARLY: Drawer | None = None
_VALUED = {"--out", "--templates", "--pdf-timeout", "--jobs", "-j", "--config"}


def early_helper(args: list[str]) -> None:
    """Fork the helper from `reportgen build ARGS` as typed, before click or the pipeline loads,
    when the build is of one event (or --jobs 1) and its chart cache is empty. A misread argument
    only means no helper (or one not used): the build itself parses the arguments properly."""
    global EARLY
    from pathlib import Path

    from reportgen.build.stamp import likely_output

    values: dict[str, str] = {}
    files: list[str] = []
    flags: set[str] = set()
    tokens = iter(args)
    for token in tokens:
        name, equals, value = token.partition("=")
        if name in _VALUED:
            values[name] = value if equals else next(tokens, "")
        elif token.startswith("-"):
            flags.add(token)
        else:
            files.append(token)
    jobs = values.get("--jobs", values.get("-j", ""))
    if "--help" in flags or (len(files) != 1 and jobs != "1"):
        return
    out = Path(values["--out"]) if values.get("--out") else None
    config = Path(values["--config"]) if values.get("--config") else None
    cache = likely_output(out, config, Path.cwd()) / ".reportgen-cache"
    if "--no-cache" not in flags and cache.is_dir() and any(cache.glob("*.png")):
        return
    import atexit

    EARLY = Drawer()
    EARLY.start()
    atexit.register(EARLY.close)
