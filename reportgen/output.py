"""Writing into the output folder without ever leaving a broken file or losing a good one.

Every output is written to a temporary file in the same folder, and all of them are moved into
place with os.replace (atomic on one filesystem) only once every one is complete. A build that
fails or is interrupted removes its temporary files and leaves earlier outputs byte-identical.
"""

from __future__ import annotations

import errno
import os
import secrets
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
}


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
    """Temporary files for the outputs of one build, committed together."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._staged: dict[Path, Path] = {}

    def path_for(self, final: Path) -> Path:
        """A temporary path beside `final`; write the output there."""
        temp = self.folder / f".{final.name}.{secrets.token_hex(4)}.tmp"
        self._staged[final] = temp
        return temp

    def write_bytes(self, final: Path, data: bytes) -> Path:
        """Stage `data` for `final`; returns the temporary path (readable until commit)."""
        temp = self.path_for(final)
        try:
            with open(temp, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
        except OSError as exc:
            raise os_error("write", final, exc) from None
        return temp

    def commit(self) -> list[Path]:
        done = []
        for final, temp in self._staged.items():
            try:
                os.replace(temp, final)
            except OSError as exc:
                raise os_error("move into place", final, exc) from None
            done.append(final)
        self._staged.clear()
        return done

    def discard(self) -> None:
        for temp in self._staged.values():
            temp.unlink(missing_ok=True)
        self._staged.clear()


@contextmanager
def staging(folder: Path) -> Iterator[Staging]:
    """Stage outputs in `folder`; on any exception (Ctrl-C included) remove what was staged."""
    stage = Staging(folder)
    try:
        yield stage
    except BaseException:
        stage.discard()
        raise
    stage.discard()  # anything staged but not committed
