"""Every facility that differs between Linux, macOS and Windows, each with its portable fallback.

The rest of reportgen calls these instead of POSIX-only names (`fcntl`, `resource`, `os.fork`,
`os.getuid`, `os.O_NOFOLLOW`, `signal.SIGKILL`, `os.killpg`, `prctl`...), so that importing any
module works everywhere and each fallback is written once. Each fallback is chosen by what the
running Python has, not by the system's name, so CI exercises them on Linux with the shims in
`tests/shims/` (which remove what Windows lacks, or make RLIMIT_AS do nothing as on macOS).
docs/platforms.md tables what differs. This module imports nothing of reportgen's.
"""

from __future__ import annotations

import contextlib
import errno
import os
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]
try:
    import msvcrt
except ImportError:  # everywhere but Windows
    msvcrt = None  # type: ignore[assignment]
try:
    import resource
except ImportError:  # Windows
    resource = None  # type: ignore[assignment]

WINDOWS = sys.platform == "win32"
MACOS = sys.platform == "darwin"

# -- opening files ------------------------------------------------------------------------------------

#: Each flag is 0 where the system lacks it; what it guarded is then checked another way below.
O_NOFOLLOW: int = getattr(os, "O_NOFOLLOW", 0)
O_NONBLOCK: int = getattr(os, "O_NONBLOCK", 0)
O_CLOEXEC: int = getattr(os, "O_CLOEXEC", 0) or getattr(os, "O_NOINHERIT", 0)  # Windows: O_NOINHERIT
O_NOCTTY: int = getattr(os, "O_NOCTTY", 0)
O_BINARY: int = getattr(os, "O_BINARY", 0)  # Windows: no newline translation
O_DIRECTORY: int = getattr(os, "O_DIRECTORY", 0)
_REPARSE_POINT = 0x400  # FILE_ATTRIBUTE_REPARSE_POINT: a Windows link or junction


class NotRegular(OSError):
    """The name is not a regular file (refused before opening, where opening could wait)."""

    def __init__(self, path: object, mode: int) -> None:
        super().__init__(errno.EINVAL, "not a regular file", str(path))
        self.mode = mode


def _is_link(info: os.stat_result) -> bool:
    return stat.S_ISLNK(info.st_mode) or bool(getattr(info, "st_file_attributes", 0) & _REPARSE_POINT)


def _same(a: os.stat_result, b: os.stat_result) -> bool:
    return (a.st_ino, a.st_dev) == (b.st_ino, b.st_dev)


def open_file(path: str | os.PathLike[str], flags: int, mode: int = 0o644, *, follow: bool = False) -> int:
    """os.open(path, flags) for binary I/O, never inherited, never waiting on a FIFO and, unless
    `follow`, never through a symbolic link (OSError ELOOP, as O_NOFOLLOW gives).

    Where O_NOFOLLOW or O_NONBLOCK is missing (Windows), the name is looked at first (lstat, or
    stat when following): a link, reparse point or special file is refused before it is opened,
    and once open, the file must be the one looked at (same st_ino and st_dev), so swapping the
    name in between is caught. O_EXCL creation never follows a link anywhere and needs no check.
    """
    flags |= O_CLOEXEC | O_BINARY | O_NOCTTY
    creating = flags & os.O_CREAT and flags & os.O_EXCL
    guard_link = not follow and not O_NOFOLLOW and not creating
    guard_special = not O_NONBLOCK and not creating
    before = None
    if guard_link or guard_special:
        try:
            before = os.lstat(path) if not follow else os.stat(path)
        except FileNotFoundError:
            if not flags & os.O_CREAT:
                raise
        if before is not None:
            if not follow and _is_link(before):
                raise OSError(errno.ELOOP, "a symbolic link", str(path))
            if guard_special and not stat.S_ISREG(before.st_mode):
                raise NotRegular(path, before.st_mode)
    fd = os.open(path, flags | (O_NOFOLLOW if not follow else 0) | O_NONBLOCK, mode)
    if before is not None and not _same(before, os.fstat(fd)):
        os.close(fd)
        raise OSError(errno.ELOOP, "the file was replaced while it was opened", str(path))
    return fd


def sync_folder(folder: Path) -> None:
    """Make renames in `folder` durable; a no-op where folders cannot be opened (Windows)."""
    if not O_DIRECTORY and WINDOWS:
        return
    try:
        fd = os.open(folder, os.O_RDONLY | O_DIRECTORY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


def hard_link(source: Path, target: Path) -> None:
    """A hard link to `source` itself, never to what it points at (OSError where there is none)."""
    if os.link in os.supports_follow_symlinks:
        os.link(source, target, follow_symlinks=False)
    elif _is_link(os.lstat(source)):
        raise OSError(errno.ELOOP, "a symbolic link", str(source))
    else:
        os.link(source, target)  # Windows: CreateHardLink links the file named


# -- locks --------------------------------------------------------------------------------------------


def try_lock(fd: int) -> bool:
    """Take an exclusive lock on the open file `fd` without waiting; False when someone holds it.
    The system releases it when the file is closed or the process ends, however it ends."""
    if fcntl is not None:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            return False
    if msvcrt is not None:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # byte 0; may lie beyond the end of the file
            return True
        except OSError:  # EACCES or EDEADLOCK: another handle holds it
            return False
    raise OSError(errno.ENOSYS, "this system offers no file locks")


def lock(fd: int) -> None:
    """Take an exclusive lock on the open file `fd`, waiting for it as long as it takes."""
    if fcntl is not None:
        fcntl.flock(fd, fcntl.LOCK_EX)
        return
    while not try_lock(fd):
        time.sleep(0.05)


# -- identity and ownership -----------------------------------------------------------------------------


def home() -> Path | None:
    """The user's home folder, or None when there is none (no HOME and no user database entry:
    a container run as an arbitrary user id). Path.home() raises there."""
    try:
        return Path.home()
    except (RuntimeError, KeyError, OSError):
        return None


def user_cache() -> Path:
    """Where the user's caches go: ~/.cache (LOCALAPPDATA on Windows), else a folder of this user's
    own in the temporary folder when there is no home."""
    local = os.environ.get("LOCALAPPDATA") if WINDOWS else None
    found = home()
    if local:
        return Path(local)
    if found is not None:
        return found / ".cache"
    import tempfile

    who = os.getuid() if hasattr(os, "getuid") else os.getpid()
    return Path(tempfile.gettempdir()) / f"reportgen-{who}-cache"


def user_id() -> int | None:
    """This user's id where files have owners and POSIX modes; None on Windows (nothing to compare:
    files under the user's profile are protected by its access control list)."""
    getuid = getattr(os, "getuid", None)
    return getuid() if callable(getuid) and os.name == "posix" else None


def owned_by_me(info: os.stat_result) -> bool:
    """Whether the file `info` describes belongs to this user. Windows has no user ids in stat:
    there, files under the user's profile are protected by its access control list, so True."""
    getuid = getattr(os, "getuid", None)
    return True if getuid is None else info.st_uid == getuid()


def private_mode_ok(info: os.stat_result, forbidden: int) -> bool:
    """Whether none of the `forbidden` permission bits is set (Windows has no such bits: True)."""
    return True if WINDOWS or not hasattr(os, "getuid") else not info.st_mode & forbidden


def cpu_count() -> int:
    """The cores this process may run on."""
    affinity = getattr(os, "sched_getaffinity", None)
    return len(affinity(0)) if affinity is not None else os.cpu_count() or 1


def load_average() -> float | None:
    """Processes ready to run over the last minute, on average; None where the system does not say
    (Windows has no load average)."""
    getloadavg = getattr(os, "getloadavg", None)
    try:
        return getloadavg()[0] if getloadavg is not None else None
    except OSError:
        return None


# -- processes and signals -------------------------------------------------------------------------------


def fork_start() -> str | None:
    """'fork' where forking is available and safe (Linux), else None: macOS's system libraries are
    not safe to use after fork, and Windows cannot fork."""
    return "fork" if hasattr(os, "fork") and hasattr(os, "register_at_fork") and not MACOS else None


def pool_start() -> str:
    """How a process pool starts its workers: forked where that is safe, else spawned."""
    return fork_start() or "spawn"


def ignore_broken_pipes() -> None:
    """A closed pipe becomes an error we handle, not death (Windows has no SIGPIPE to ignore)."""
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_IGN)


def signal_main_thread(number: int) -> None:
    """Send signal `number` to the main thread, where Python runs its handlers. Raised from another
    thread, a signal is that thread's: a main thread blocked in a call (a sleep, a read) carried on
    until the call returned, and a command went on after the interrupt (CI, once). Windows has no
    signals per thread: there `raise_signal`, whose handler Python runs on the main thread."""
    import threading

    kill = getattr(signal, "pthread_kill", None)
    main = threading.main_thread().ident
    if kill is not None and main is not None:
        kill(main, number)
    else:
        signal.raise_signal(number)


def block_signals(signals: set[int]) -> Any:
    """Block `signals` in this thread; returns what to pass to `restore_signals` (None where
    the system has no signal masks)."""
    mask = getattr(signal, "pthread_sigmask", None)
    return mask(signal.SIG_BLOCK, signals) if mask is not None else None


def unblock_signals(signals: set[int]) -> None:
    mask = getattr(signal, "pthread_sigmask", None)
    if mask is not None:
        mask(signal.SIG_UNBLOCK, signals)


def restore_signals(previous: Any) -> None:
    if previous is not None:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def group_options() -> dict[str, Any]:
    """Popen options that give the child a process group of its own, to be killed whole."""
    if hasattr(os, "killpg"):
        return {"start_new_session": True}
    import subprocess

    return {"creationflags": getattr(subprocess, "CREATE_NEW_PROCESS_GROUP", 0)}


def kill_group(pid: int) -> None:
    """Kill the process `pid` and every process it started (its group where there are groups,
    else the tree psutil finds), at once and for good."""
    if hasattr(os, "killpg"):
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(pid, signal.SIGKILL)
        return
    import psutil

    try:
        root = psutil.Process(pid)
        tree = [*root.children(recursive=True), root]
    except psutil.Error:
        return
    for process in tree:
        with contextlib.suppress(psutil.Error):
            process.kill()


def end_group(process: subprocess.Popen[bytes], seconds: float = 5.0) -> None:
    """Kill `process` and every process it started (`kill_group`), reap it, and return once none
    of them is left, or after `seconds`: a killed office's helper, no child of ours, can still be
    ending (and writing into its folder) after the process we started has been reaped."""
    deadline = time.monotonic() + seconds
    if hasattr(os, "killpg"):
        kill_group(process.pid)
        process.wait()
        while time.monotonic() < deadline:
            try:
                os.killpg(process.pid, 0)
            except (ProcessLookupError, PermissionError):
                return
            time.sleep(0.01)
        return
    import psutil

    try:  # the tree while its root is alive: once it is reaped, its children are no one's
        tree = psutil.Process(process.pid).children(recursive=True)
    except psutil.Error:
        tree = []
    kill_group(process.pid)
    process.wait()
    psutil.wait_procs(tree, timeout=max(0.0, deadline - time.monotonic()))


def die_with_parent() -> bool:
    """Linux: have the kernel kill this process when its parent ends. False elsewhere, where the
    caller must watch its parent itself (`watch_parent`)."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        import ctypes

        prctl = ctypes.CDLL(None).prctl
        return prctl(1, 9) == 0  # PR_SET_PDEATHSIG, SIGKILL
    except (OSError, AttributeError, TypeError):
        return False


def give_back_free_memory() -> None:
    """glibc: return the free pages of the C heap to the system now (`malloc_trim`). Freed memory
    otherwise stays with the process, counted in its size, until the top of its heap is free;
    elsewhere, nothing to do."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        ctypes.CDLL(None).malloc_trim(0)
    except (OSError, AttributeError, TypeError):
        pass


def watch_parent(parent: int, every: float = 0.5) -> None:
    """End this process (os._exit) as soon as process `parent` has ended: a daemon thread polls."""
    import threading

    import psutil

    try:
        watched = psutil.Process(parent)
    except psutil.Error:
        os._exit(1)

    def watch() -> None:
        while watched.is_running() and watched.status() != psutil.STATUS_ZOMBIE:
            threading.Event().wait(every)
        os._exit(1)

    threading.Thread(target=watch, name="reportgen-parent-watch", daemon=True).start()


def private_temp_folder(name: str) -> Path | None:
    """A folder of this user's alone in the temporary folder, made 0700 and kept between runs
    (tmp/reportgen-UID/NAME); None when someone else made it, it is a link or open to others."""
    import tempfile

    who = f"-{os.getuid()}" if hasattr(os, "getuid") else ""  # Windows: the temp folder is per user
    base = Path(tempfile.gettempdir()) / f"reportgen{who}"
    for folder in (base, base / name):
        try:
            folder.mkdir(mode=0o700, exist_ok=True)
            info = os.lstat(folder)
        except OSError:
            return None
        if not stat.S_ISDIR(info.st_mode) or not owned_by_me(info) or not private_mode_ok(info, 0o077):
            return None
    return base / name


def read_within(fd: int, seconds: float) -> bytes | None:
    """Up to 64 KiB from the pipe `fd` (b"" at its end), or None when nothing came within `seconds`.
    A thread reads, because Windows cannot select() on pipes; the caller kills the writer on
    None, which ends the read."""
    import threading

    got: list[bytes] = []

    def read() -> None:
        try:
            got.append(os.read(fd, 65536))
        except OSError:
            got.append(b"")

    reader = threading.Thread(target=read, name="reportgen-pipe-read", daemon=True)
    reader.start()
    reader.join(max(seconds, 0))
    return got[0] if got else None


# -- memory --------------------------------------------------------------------------------------------


def memory_in_use() -> int | None:
    """This process's resident memory in bytes, or None. Linux: /proc/self/statm, which costs no
    import; elsewhere (macOS and Windows have no /proc, Windows no `resource`) psutil."""
    if resource is not None:
        try:
            with open("/proc/self/statm", "rb") as statm:
                return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, ValueError, IndexError, AttributeError):
            pass
    import psutil  # a dependency: without it the memory cap would silently be off on macOS and Windows

    try:
        return int(psutil.Process().memory_info().rss)
    except psutil.Error:  # the process unreadable (a locked-down container): RLIMIT_AS still holds
        return None


def _address_space() -> int | None:
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError, AttributeError):
        return None


@contextlib.contextmanager
def address_space_cap(headroom: int) -> Iterator[None]:
    """Where the kernel enforces RLIMIT_AS (Linux), allow at most `headroom` more bytes of address
    space in the block, so a runaway allocation meets MemoryError. Elsewhere (macOS accepts the
    limit and ignores it; Windows has none) nothing happens: `render_limits`' watchdog measures."""
    used = _address_space() if resource is not None else None
    if used is None or resource is None:
        yield
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    cap = used + headroom if hard == resource.RLIM_INFINITY else min(used + headroom, hard)
    limited = soft == resource.RLIM_INFINITY or cap < soft
    if limited:
        resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    try:
        yield
    finally:
        if limited:
            resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


# -- LibreOffice --------------------------------------------------------------------------------------


def soffice_locations() -> list[Path]:
    """Where LibreOffice installs its soffice program when it is not on the PATH."""
    if WINDOWS:
        roots = {os.environ.get(name) for name in ("ProgramFiles", "ProgramW6432", "ProgramFiles(x86)")}
        roots |= {r"C:\Program Files", r"C:\Program Files (x86)"}
        return [
            Path(root) / "LibreOffice" / "program" / "soffice.exe" for root in sorted(r for r in roots if r)
        ]
    if MACOS:
        apps = [Path("/Applications"), *[h / "Applications" for h in [home()] if h is not None]]
        return [app / "LibreOffice.app" / "Contents" / "MacOS" / "soffice" for app in apps]
    return [Path("/usr/lib/libreoffice/program/soffice"), Path("/opt/libreoffice/program/soffice")]


#: The library that holds LibreOfficeKit, by system and build (merged or not), and the folders
#: beside the program where each system's install keeps it.
LOK_LIBRARIES = {
    "win32": ("mergedlo.dll", "sofficeapp.dll"),
    "darwin": ("libmergedlo.dylib", "libsofficeapp.dylib"),
}.get(sys.platform, ("libmergedlo.so", "libsofficeapp.so"))
LOK_FOLDERS = ("", "../Frameworks")  # macOS: Contents/MacOS/soffice, Contents/Frameworks/*.dylib
