"""A Linux Python without what Windows lacks, so CI runs reportgen as it would run on Windows.

Activated with PYTHONPATH=tests/shims/windows (subprocesses inherit it). In reportgen's own
modules, importing fcntl, resource, pwd, grp or termios fails and the POSIX-only names of os,
signal and socket are gone; prctl is gone from ctypes for everyone, and multiprocessing starts
processes with spawn. Other code (the standard library, pytest, psutil, the libraries) still
finds them: each decides by sys.platform, which stays 'linux' here, and on Windows takes its own
Windows path; only reportgen's code is under test. What stays: signal.SIGKILL (the standard
library's own Popen.kill needs it on Linux) and /proc (psutil reads it).

Windows has msvcrt.locking, byte-range locks that the system releases when the handle is closed
or the process ends. A stand-in `msvcrt` with that one function (implemented with flock, taken
before fcntl is hidden) lets the Windows lock path run here.
"""

from __future__ import annotations

import builtins
import ctypes
import fcntl as _fcntl
import multiprocessing
import os
import signal
import socket
import subprocess  # noqa: F401  # before the stand-in msvcrt: subprocess takes msvcrt to mean Windows
import sys
import types

_HIDDEN_MODULES = {"fcntl", "resource", "pwd", "grp", "termios"}
_import = builtins.__import__


def _from_reportgen(caller: str) -> bool:
    return caller == "reportgen" or caller.startswith("reportgen.")


def _windows_import(name: str, globals: dict | None = None, *args: object, **kwargs: object) -> object:
    """`import fcntl` (resource, pwd, grp, termios) fails in reportgen's modules, as on Windows."""
    if name.partition(".")[0] in _HIDDEN_MODULES and _from_reportgen((globals or {}).get("__name__", "")):
        raise ModuleNotFoundError(f"No module named {name!r}", name=name)
    return _import(name, globals, *args, **kwargs)


builtins.__import__ = _windows_import

_HIDDEN = {
    os: (
        "fork",
        "forkpty",
        "register_at_fork",
        "getuid",
        "geteuid",
        "getgid",
        "getegid",
        "getpgid",
        "getpgrp",
        "setsid",
        "setpgid",
        "killpg",
        "lockf",
        "sched_getaffinity",
        "O_NOFOLLOW",
        "O_NONBLOCK",
        "O_CLOEXEC",
        "O_NOCTTY",
        "O_DIRECTORY",
    ),
    signal: ("SIGALRM", "SIGPIPE", "SIGHUP", "SIGCHLD", "setitimer", "getitimer", "alarm", "pthread_sigmask"),
    socket: ("AF_UNIX", "SO_PEERCRED"),
}


def _hide(module: types.ModuleType, names: tuple[str, ...]) -> None:
    """Take `names` out of `module` for reportgen's code."""
    kept = {name: getattr(module, name) for name in names if hasattr(module, name)}
    for name in kept:
        delattr(module, name)

    def __getattr__(name: str) -> object:
        caller = sys._getframe(1).f_globals.get("__name__", "")
        if name in kept and not _from_reportgen(caller):
            return kept[name]
        raise AttributeError(f"module {module.__name__!r} has no attribute {name!r}")

    module.__getattr__ = __getattr__  # type: ignore[attr-defined]


for _module, _names in _HIDDEN.items():
    _hide(_module, _names)
os.supports_follow_symlinks.discard(os.link)  # Windows' os.link has no follow_symlinks

_cdll_getattr = ctypes.CDLL.__getattr__


def _no_prctl(self: ctypes.CDLL, name: str) -> object:
    if name == "prctl":
        raise AttributeError(name)
    return _cdll_getattr(self, name)


ctypes.CDLL.__getattr__ = _no_prctl  # type: ignore[method-assign]


def _locking(fd: int, mode: int, nbytes: int) -> None:
    if mode == LK_UNLCK:
        _fcntl.flock(fd, _fcntl.LOCK_UN)
        return
    try:
        _fcntl.flock(fd, _fcntl.LOCK_EX | (0 if mode == LK_LOCK else _fcntl.LOCK_NB))
    except BlockingIOError:
        raise PermissionError(13, "Permission denied") from None  # as Windows answers


LK_UNLCK, LK_LOCK, LK_NBLCK, LK_RLCK, LK_NBRLCK = 0, 1, 2, 3, 4
sys.modules["msvcrt"] = types.SimpleNamespace(  # type: ignore[assignment]
    locking=_locking,
    LK_UNLCK=LK_UNLCK,
    LK_LOCK=LK_LOCK,
    LK_NBLCK=LK_NBLCK,
    LK_RLCK=LK_RLCK,
    LK_NBRLCK=LK_NBRLCK,
)

multiprocessing.set_start_method("spawn", force=True)
