"""Writing into the output folder without ever leaving a broken file or losing a good one.

A build writes every output into a hidden staging folder inside the output folder (so the final
move is a rename on one filesystem), checks them, then moves them all into place. The move runs
with SIGINT and SIGTERM held back, and keeps hard-link backups of the files it replaces, so a move
that fails half-way (a full disk, a permission) puts the earlier files back: outputs change all
together or not at all. A build that fails or is interrupted removes its staging folder. Builds
into the same folder take turns (a lock file), so two at once cannot interleave their files.
"""

from __future__ import annotations

import errno
import fcntl
import os
import secrets
import shutil
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import OutputError, display_path

_ADVICE = {
    errno.ENOSPC: "the disk is full; free some space",
    errno.EACCES: "permission denied; choose another --out folder or fix its permissions",
    errno.EPERM: "operation not permitted; choose another --out folder",
    errno.EROFS: "the file system is read-only; choose another --out folder",
    errno.EDQUOT: "the disk quota is exceeded; free some space",
    errno.ENOTDIR: "a part of the path is a file, not a folder",
    errno.ENAMETOOLONG: "the path is too long",
}
STAGING_PREFIX = ".reportgen-staging-"
LOCK_NAME = ".reportgen.lock"
LOCK_WAIT_SECONDS = 120.0


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


class Staging:
    """The outputs of one build, written under their final names in a hidden folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.area = folder / f"{STAGING_PREFIX}{secrets.token_hex(6)}"
        try:
            self.area.mkdir()
        except OSError as exc:
            raise os_error("write into", folder, exc) from None
        self._finals: list[Path] = []

    def path_for(self, final: Path) -> Path:
        """Where to write the output that will become `final`."""
        self._finals.append(final)
        return self.area / final.name

    def write_bytes(self, final: Path, data: bytes) -> Path:
        """Stage `data` for `final`; returns the staged path (readable until commit)."""
        staged = self.path_for(final)
        try:
            with open(staged, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
        except OSError as exc:
            raise os_error("write", final, exc) from None
        return staged

    def commit(self) -> list[Path]:
        """Move every staged file into place, all or none, with Ctrl-C and SIGTERM held back.

        A signal that arrives meanwhile (or arrived just before and is still pending in Python) is
        recorded and raised once the files are in place, so it cannot stop the moves half-way.
        """
        caught: list[int] = []
        held = (signal.SIGINT, signal.SIGTERM)
        in_main = threading.current_thread() is threading.main_thread()
        previous = (
            {s: signal.signal(s, lambda signum, frame: caught.append(signum)) for s in held}
            if in_main
            else {}
        )
        try:
            return self._move_all()
        finally:
            for signum, handler in previous.items():
                signal.signal(signum, handler)
            if caught:
                handler = previous[caught[0]]
                if callable(handler):
                    handler(caught[0], None)  # Python's Ctrl-C handler, or the CLI's SIGTERM one: raises
                elif handler == signal.SIG_DFL:
                    os.kill(os.getpid(), caught[0])

    def _move_all(self) -> list[Path]:
        backups: dict[Path, Path] = {}
        moved: list[Path] = []
        try:
            for final in self._finals:
                if final.exists():
                    backup = self.area / f".backup-{final.name}"
                    try:
                        os.link(final, backup)  # instant, and keeps the file's identity
                    except OSError:
                        shutil.copy2(final, backup)  # file systems without hard links
                    backups[final] = backup
            for final in self._finals:
                os.replace(self.area / final.name, final)
                moved.append(final)
        except BaseException as exc:
            for done in moved:  # put the earlier files back
                if done in backups:
                    os.replace(backups[done], done)
                else:
                    done.unlink(missing_ok=True)
            if isinstance(exc, OSError):
                raise os_error("move into place", final, exc) from None
            raise
        return moved

    def discard(self) -> None:
        shutil.rmtree(self.area, ignore_errors=True)


@contextmanager
def folder_lock(folder: Path, wait: float = LOCK_WAIT_SECONDS) -> Iterator[None]:
    """Hold the output folder's lock; wait for another build to finish, up to `wait` seconds."""
    path = folder / LOCK_NAME
    try:
        handle = open(path, "a+b")  # noqa: SIM115 - held for the whole block
    except OSError as exc:
        raise os_error("write into", folder, exc) from None
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise OutputError(
                        f"another reportgen build has been writing to {display_path(folder)} "
                        f"for over {wait:g} s",
                        hint="wait for it to finish, or use another --out",
                    ) from None
                time.sleep(0.1)
        yield
    finally:
        handle.close()


@contextmanager
def staging(folder: Path) -> Iterator[Staging]:
    """Stage outputs in `folder` under its lock; on any exception (Ctrl-C included) remove them."""
    with folder_lock(folder):
        stage = Staging(folder)
        try:
            yield stage
        finally:
            stage.discard()
