"""Writing into the output folder without ever leaving a broken file or losing a good one.

A build writes every output into a hidden staging folder inside the output folder (so the final
move is a rename on one filesystem), checks them, then moves them all into place. The move runs
with SIGINT and SIGTERM held back, and keeps hard-link backups of the files it replaces, so a move
that fails half-way (a full disk, a permission) puts the earlier files back: outputs change all
together or not at all. A build that fails or is interrupted removes its staging folder. Builds
into the same folder take turns (a lock file, there only while a build holds it), so two at once
cannot interleave their files.

Nothing here follows a symbolic link planted in the output folder: the lock, the staging folder,
the cache and the outputs are refused (exit 5) when they are links, staged files are created with
O_EXCL | O_NOFOLLOW, and moves replace names, never what a link points at.

A build that is killed outright (SIGKILL, power loss) cannot clean up, so the commit keeps a
journal: once every new file is staged and synced, `journal.json` is written (and synced) into the
staging folder, and only then do the moves begin. The next build, under the lock, looks at
leftover staging folders: one with a journal is rolled forward (its remaining staged files moved
into place, so the new set is complete), one without is discarded (the earlier set never changed).
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import secrets
import shutil
import signal
import stat
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from reportgen.errors import OutputError, display_path
from reportgen.inputs import Untrusted, read_untrusted
from reportgen.names import STAGING_PREFIX
from reportgen.platform import (
    O_NONBLOCK,
    NotRegular,
    hard_link,
    lock,
    open_file,
    owned_by_me,
    private_mode_ok,
    sync_folder,
    try_lock,
)

_ADVICE = {
    errno.ENOSPC: "the disk is full; free some space",
    errno.EACCES: "permission denied; choose another --out folder or fix its permissions",
    errno.EPERM: "operation not permitted; choose another --out folder",
    errno.EROFS: "the file system is read-only; choose another --out folder",
    errno.EDQUOT: "the disk quota is exceeded; free some space",
    errno.ENOTDIR: "a part of the path is a file, not a folder",
    errno.ENAMETOOLONG: "the path is too long",
}
LOCK_NAME = ".reportgen.lock"
LOCK_WAIT_SECONDS = 120.0
JOURNAL = "journal.json"
IN_USE = ".in-use"


def refuse_link(path: Path, what: str) -> None:
    """Raise OutputError when `path` is a symbolic link (we never write or read through one)."""
    try:
        is_link = stat.S_ISLNK(os.lstat(path).st_mode)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise os_error("look at", path, exc) from None
    if is_link:
        raise OutputError(
            f"{display_path(path)} ({what}) is a symbolic link; reportgen never follows links in its "
            "output folder",
            hint="remove the link (and check who planted it), then build again",
        )


def _sync_folder(folder: Path) -> None:
    """Make renames in `folder` durable (a power loss must not undo a committed move)."""
    sync_folder(folder)


def os_error(action: str, path: Path, exc: OSError) -> OutputError:
    advice = _ADVICE.get(exc.errno or 0, exc.strerror or str(exc))
    return OutputError(f"cannot {action} {display_path(path)}: {advice}")


def prepare_folder(folder: Path) -> None:
    if folder.exists() and not folder.is_dir():
        raise OutputError(
            f"{display_path(folder)} is a file, not a folder",
            hint="give --out a folder (it is created if missing)",
        )
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise os_error("create the output folder", folder, exc) from None


def write_new(path: Path, data: bytes) -> None:
    """Create `path` (never an existing file or link) and write `data`. The commit syncs every
    staged file once, before its journal vouches for them."""
    fd = open_file(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)


class Staging:
    """The outputs of one build, written under their final names in a hidden folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.area = folder / f"{STAGING_PREFIX}{secrets.token_hex(8)}"
        try:
            self.area.mkdir(mode=0o700)  # fails on anything already there, a link included
        except OSError as exc:
            raise os_error("write into", folder, exc) from None
        self._finals: list[Path] = []
        self._removals: list[Path] = []  # earlier outputs this build no longer writes
        self.warnings: list[str] = []  # for the build's warnings: what was found wrong in the folder
        self.owner = os.getpid()  # a forked child must never remove its parent's folder
        # Held while this build lives: recover() leaves a staging folder alone while someone holds it.
        self._in_use = _hold(self.area / IN_USE)

    def path_for(self, final: Path) -> Path:
        """Where to write the output that will become `final`."""
        refuse_link(final, "an output")
        self._finals.append(final)
        return self.area / final.name

    def write_bytes(self, final: Path, data: bytes) -> Path:
        """Stage `data` for `final`; returns the staged path (readable until commit)."""
        staged = self.path_for(final)
        try:
            write_new(staged, data)
        except OSError as exc:
            raise os_error("write", final, exc) from None
        return staged

    def remove(self, final: Path) -> None:
        """Remove `final`, an output an earlier build wrote that this one does not, in the commit:
        with the moves, all or none (a killed commit's journal finishes it)."""
        refuse_link(final, "an output")
        self._removals.append(final)

    def commit(self) -> list[Path]:
        """Under the folder's lock, move every staged file into place: all or none."""
        with folder_lock(self.folder):
            return self._commit()

    def _commit(self) -> list[Path]:
        """Move every staged file into place, all or none, with Ctrl-C and SIGTERM held back."""
        held = HeldSignals()
        try:
            with held:
                return self._move_all()
        finally:
            held.release()

    def _move_all(self) -> list[Path]:
        backups: dict[Path, Path] = {}
        moved: list[Path] = []
        removed: list[Path] = []
        final = self.folder
        try:
            for staged in self.area.iterdir():
                if not staged.name.startswith("."):
                    _sync_file(staged)  # renderers wrote these; sync before the journal vouches for them
            removals = [f for f in dict.fromkeys(self._removals) if f not in self._finals]
            for final in [*self._finals, *removals]:
                refuse_link(final, "an output")
                if os.path.lexists(final):
                    backup = self.area / f".backup-{final.name}"
                    try:
                        hard_link(final, backup)  # instant, keeps the file's identity
                    except OSError:
                        shutil.copy2(final, backup, follow_symlinks=False)  # file systems without links
                    backups[final] = backup
            _write_journal(self.area, [f.name for f in self._finals], [f.name for f in removals])
            for final in self._finals:
                os.replace(self.area / final.name, final)
                moved.append(final)
            for final in removals:
                if os.path.lexists(final):
                    final.unlink()
                    removed.append(final)
            _sync_folder(self.folder)
        except BaseException as exc:
            for done in [*moved, *removed]:  # put the earlier files back
                if done in backups:
                    os.replace(backups[done], done)
                else:
                    done.unlink(missing_ok=True)
            (self.area / JOURNAL).unlink(missing_ok=True)  # nothing for the next build to roll forward
            if isinstance(exc, OSError):
                raise os_error("move into place", final, exc) from None
            raise
        return moved

    def discard(self) -> None:
        """Remove the staging folder, with Ctrl-C and SIGTERM held back: a signal that lands just
        after a commit (or a second one) must not stop the removal half-way."""
        held = HeldSignals()
        try:
            with held:
                self._in_use.close()  # first: Windows removes no folder with an open file in it
                _remove_tree(self.area)
        finally:
            held.release()


class HeldSignals:
    """Ctrl-C and SIGTERM recorded, not raised, inside the block; `release()` raises the first.

    A signal that arrives in the block (or arrived just before and is still pending in Python) is
    recorded, so it cannot stop the block half-way; `release()`, called where the caller can clean
    up after it, passes it to the handler that was there before (which raises, or ends the process).
    Outside the main thread, signals cannot arrive and nothing is held.
    """

    def __init__(self) -> None:
        self.caught: list[int] = []
        self._previous: dict[int, Any] = {}

    def hold(self) -> None:
        if threading.current_thread() is threading.main_thread():
            for signum in (signal.SIGINT, signal.SIGTERM):
                # an ignored signal stays ignored (a batch worker's Ctrl-C): held, it would come
                # first in `caught` and hide the SIGTERM that follows it
                if signum not in self._previous and signal.getsignal(signum) != signal.SIG_IGN:
                    self._previous[signum] = signal.signal(signum, self._record)

    def stop(self) -> None:
        """Put the earlier handlers back (what was held stays held until `release()`)."""
        for signum, handler in self._previous.items():
            signal.signal(signum, handler)

    def _record(self, signum: int, frame: object) -> None:
        self.caught.append(signum)

    def __enter__(self) -> HeldSignals:
        self.hold()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def release(self) -> None:
        """Pass on the first signal the block held back, if any."""
        if not self.caught:
            return
        signum, self.caught = self.caught[0], []
        handler = self._previous.get(signum)
        if callable(handler):
            handler(signum, None)  # Python's Ctrl-C handler, or the CLI's SIGTERM one: raises
        elif handler == signal.SIG_DFL:
            signal.raise_signal(signum)  # its default action (on Windows, os.kill would end us outright)


def _sync_file(path: Path) -> None:
    fd = open_file(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_journal(area: Path, names: list[str], removed: list[str] | None = None) -> None:
    """Vouch that every staged file is complete: from here on, the next build rolls forward (and
    removes the earlier outputs named `removed`)."""
    temp = area / f".{JOURNAL}.tmp"
    record: dict[str, Any] = {"state": "committing", "files": names}
    record |= {"removed": removed} if removed else {}
    write_new(temp, json.dumps(record).encode())
    _sync_file(temp)
    os.rename(temp, area / JOURNAL)
    _sync_folder(area)


def _remove_tree(path: Path) -> None:
    """Remove a staging folder without following any link in it (or a link in its place)."""
    try:
        if not stat.S_ISDIR(os.lstat(path).st_mode):  # a link (never followed), or a planted file
            path.unlink()
            return
    except FileNotFoundError:
        return
    except OSError:
        pass
    shutil.rmtree(path, ignore_errors=True)  # rmtree itself never follows links inside the tree


def recover(folder: Path, warnings: list[str] | None = None) -> list[str]:
    """Finish or discard what killed builds left in `folder` (call under the lock); return notes.
    A journal that is not one reportgen wrote is added to `warnings`, and its build discarded."""
    notes: list[str] = []
    warnings = [] if warnings is None else warnings
    try:
        leftovers = sorted(p for p in folder.iterdir() if p.name.startswith(STAGING_PREFIX))
    except OSError:
        return notes
    for area in leftovers:
        refuse_link(area, "a staging folder")
        if _in_use(area / IN_USE):
            continue  # a build running now (another event of this batch, or another process)
        names, removed = _journal(area / JOURNAL, warnings) if _ours(area, warnings) else ([], [])
        if names:
            finished = 0
            for name in names:
                staged = area / name
                if _regular(staged):
                    refuse_link(folder / name, "an output")
                    os.replace(staged, folder / name)
                    finished += 1
            for name in removed:
                if _regular(folder / name):
                    (folder / name).unlink()
            _sync_folder(folder)
            if finished:
                notes.append(f"finished the commit of an interrupted build ({finished} files)")
        _remove_tree(area)
    return notes


#: The names a build writes into the output folder (what a journal may name): no folders, no
#: hidden files, only the kinds of file reportgen makes.
OUTPUT_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,200}\.(docx|pptx|png|pdf)$")
MAX_JOURNAL_BYTES = 1 << 20
_DISCARDED = "the interrupted build it belongs to was discarded (earlier outputs kept)"


def _journal(path: Path, warnings: list[str]) -> tuple[list[str], list[str]]:
    """The files a killed build's journal vouches for, and the earlier outputs it removes; ([], [])
    when there is none. The journal lies in a
    folder others may write, so it is read bounded, without blocking or following a link, and
    only names of outputs are taken; one that is not what `_write_journal` writes is a warning,
    and its staging folder is discarded (the earlier outputs stay as they are)."""
    try:
        raw = read_untrusted(path, MAX_JOURNAL_BYTES)
        record = json.loads(raw) if raw is not None else None
    except (Untrusted, ValueError, RecursionError) as exc:
        reason = str(exc) if isinstance(exc, Untrusted) else "is not JSON"
        warnings.append(f"ignored {display_path(path)}: it {reason}; {_DISCARDED}")
        return [], []
    if record is None:
        return [], []
    files = record.get("files") if isinstance(record, dict) else None
    removed = record.get("removed", []) if isinstance(record, dict) else None
    if (
        not isinstance(record, dict)
        or set(record) - {"removed"} != {"state", "files"}
        or record["state"] != "committing"
        or not isinstance(files, list)
        or not isinstance(removed, list)
        or not all(isinstance(name, str) and OUTPUT_NAME.match(name) for name in (*files, *removed))
    ):
        warnings.append(f"ignored {display_path(path)}: it is not a journal reportgen wrote; {_DISCARDED}")
        return [], []
    return list(dict.fromkeys(files)), list(dict.fromkeys(removed))


def _ours(area: Path, warnings: list[str]) -> bool:
    """Whether a leftover staging folder is one a build of ours made: a folder of this user (as
    `Staging` makes it, 0700). Anyone who can write the output folder could leave one with a
    journal; what it holds is never rolled forward into the outputs."""
    try:
        info = os.lstat(area)
    except OSError:
        return False
    if stat.S_ISDIR(info.st_mode) and owned_by_me(info) and private_mode_ok(info, 0o022):
        return True
    warnings.append(
        f"ignored {display_path(area)}: it is not a staging folder this user's build made; {_DISCARDED}"
    )
    return False


def _regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return False


def _hold(path: Path) -> Any:
    """Create `path` and hold an exclusive lock on it until the returned file is closed."""
    fd = open_file(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
    handle = os.fdopen(fd, "r+b")
    lock(fd)
    return handle


def _in_use(path: Path) -> bool:
    """Whether a live build holds the lock at `path` (a killed build's lock is released)."""
    try:
        fd = open_file(path, os.O_RDONLY | O_NONBLOCK)
    except OSError:
        return False
    try:
        return not try_lock(fd)
    finally:
        os.close(fd)


@contextmanager
def folder_lock(folder: Path, wait: float = LOCK_WAIT_SECONDS) -> Iterator[None]:
    """Hold the output folder's lock; wait for another build to finish, up to `wait` seconds.

    The lock file exists only while a build holds it: the holder removes it before letting go. That
    is race-free because a build that gets the lock checks that the file it locked is still the one
    in the folder (a build that waited on a file removed meanwhile tries again with the new one),
    so two builds never hold the lock at once, and no lock file is left behind.
    """
    path = folder / LOCK_NAME
    deadline = time.monotonic() + wait
    while True:
        handle = _open_lock(path, folder)
        try:
            if _take(handle, folder, wait, deadline) and _still_there(path, handle):
                break
        except BaseException:
            handle.close()
            raise
        handle.close()  # the file was removed by the build that held it: lock the new one
    try:
        yield
    finally:
        with contextlib.suppress(OSError):  # still held: no one else can have the lock now
            if _still_there(path, handle):
                os.unlink(path)
        handle.close()


def _open_lock(path: Path, folder: Path) -> Any:
    refuse_link(path, "the build lock")
    try:
        fd = open_file(path, os.O_RDWR | os.O_CREAT, 0o644)
    except NotRegular:
        raise OutputError(f"{display_path(path)} (the build lock) is not a regular file; remove it") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            refuse_link(path, "the build lock")
        raise os_error("write into", folder, exc) from None
    handle = os.fdopen(fd, "r+b")
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        handle.close()
        raise OutputError(f"{display_path(path)} (the build lock) is not a regular file; remove it")
    return handle


def _take(handle: Any, folder: Path, wait: float, deadline: float) -> bool:
    while True:
        if try_lock(handle.fileno()):
            return True
        if time.monotonic() > deadline:
            raise OutputError(
                f"another reportgen build has been writing to {display_path(folder)} for over {wait:g} s",
                hint="wait for it to finish, or use another --out",
            )
        time.sleep(0.1)


def _still_there(path: Path, handle: Any) -> bool:
    """Whether `path` is still the file `handle` has open (not removed, not replaced)."""
    try:
        named = os.lstat(path)
    except FileNotFoundError:
        return False
    mine = os.fstat(handle.fileno())
    return (named.st_dev, named.st_ino) == (mine.st_dev, mine.st_ino)


@contextmanager
def staging(folder: Path) -> Iterator[Staging]:
    """Stage outputs in `folder`; on any exception (Ctrl-C included) remove them.

    The folder's lock is held only to finish what killed builds left and, in `Staging.commit`, to
    move files into place, so builds of several events into one folder render side by side.
    """
    held = HeldSignals()
    try:
        with folder_lock(folder):  # waiting for the lock, or recovering, is interrupted as usual
            warnings: list[str] = []
            recover(folder, warnings)
            held.hold()  # from here until the `try` below, a signal must not leave a folder behind
            stage = Staging(folder)  # in use (its own lock held) before the folder lock is let go
            stage.warnings = warnings
            _LIVE[stage.area] = stage
    except BaseException:
        held.stop()
        held.release()  # an interrupt outranks the error it came with
        raise
    held.stop()
    try:
        held.release()
        yield stage
    finally:
        stage.discard()
        _LIVE.pop(stage.area, None)


#: Staging folders of this process not yet removed: the build's exit removes any left (one whose
#: context manager never got to its `finally`, such as a generator interrupted between its
#: `yield` and the `with` block, or a build process that ends with os._exit).
_LIVE: dict[Path, Staging] = {}


def discard_leftovers() -> None:
    """Remove every staging folder this process made and still has (call as the build ends)."""
    while _LIVE:
        _, stage = _LIVE.popitem()
        if stage.owner == os.getpid():
            stage.discard()
