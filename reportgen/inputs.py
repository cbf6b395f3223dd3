"""Reading the files a user names: regular files only, and never more than a limit.

Event files, project files and templates may come from anywhere, so a name may turn out to be a
FIFO (reading would block forever), a device (`/dev/zero` never ends), a socket, a folder or a link
to nothing. Each is refused at once, before any byte is read, and a regular file is read up to
its limit plus one byte, so a file that is too large is never read whole.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from reportgen.errors import DataError, ReportgenError, display_path
from reportgen.platform import O_CLOEXEC, O_DIRECTORY, O_NOCTTY, O_NOFOLLOW, O_NONBLOCK, NotRegular, open_file

_KINDS = [
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
]


def file_kind(mode: int) -> str | None:
    """What a non-regular file is, in words; None for a regular file."""
    return next((words for test, words in _KINDS if test(mode)), None if stat.S_ISREG(mode) else "not a file")


class _NotRegularFile(Exception):
    """The opened file is not a regular file: `kind` says what it is, in words."""

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind


class _TooLarge(Exception):
    """The file holds more than the limit."""


def _read_bounded(fd: int, limit: int) -> bytes:
    """The bytes of the open file `fd`, which is closed here: a regular file (else _NotRegularFile),
    of at most `limit` bytes (else _TooLarge: never more than `limit` + 1 bytes are read). An
    error of the read itself is an OSError. The one bounded read of every reader below."""
    try:
        kind = file_kind(os.fstat(fd).st_mode)
    except OSError:
        os.close(fd)
        raise
    if kind is not None:
        os.close(fd)
        raise _NotRegularFile(kind)
    with os.fdopen(fd, "rb") as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise _TooLarge
    return data


def read_input(path: Path, limit: int, error: type[ReportgenError], what: str, hint: str = "") -> bytes:
    """The bytes of the regular file `path` (links followed: the user named it), at most `limit`."""
    name = display_path(path)
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused just below.
        fd = open_file(path, os.O_RDONLY | O_NONBLOCK, follow=True)
    except FileNotFoundError:
        dangling = os.path.islink(path)
        detail = "a link to a file that does not exist" if dangling else "no such file"
        raise error(f"{name}: {detail}", hint=hint or f"check the path of {what}") from None
    except NotRegular as exc:  # where opening a FIFO could wait, it is refused unopened
        raise error(f"{name}: is {file_kind(exc.mode)}, not {what}; give a regular file", hint=hint) from None
    except OSError as exc:
        if exc.errno == errno.EISDIR:
            raise error(f"{name}: is a folder, not {what}", hint=hint) from None
        raise error(f"{name}: cannot read the file: {exc.strerror}", hint=hint) from None
    try:
        return _read_bounded(fd, limit)
    except _NotRegularFile as exc:
        raise error(f"{name}: is {exc.kind}, not {what}; give a regular file", hint=hint) from None
    except _TooLarge:
        message = f"{name}: the file is over {limit:,} bytes; {what} is at most {limit:,} bytes"
        raise error(message, hint=hint) from None
    except OSError as exc:
        raise error(f"{name}: cannot read the file: {exc.strerror}", hint=hint) from None


# -- files an event names: inside its own folder, never through a link ------------------------------

# The flags each system has (0 where it has none): platform.py names them.
_NOFOLLOW, _DIRECTORY, _NONBLOCK, _CLOEXEC, _NOCTTY = O_NOFOLLOW, O_DIRECTORY, O_NONBLOCK, O_CLOEXEC, O_NOCTTY


class Outside(Exception):
    """Why a name is not a plain file inside the folder it must be in (the words for a message)."""


def _parts(name: str) -> list[str]:
    """The folders and file of a relative name; anything that could leave the folder is refused."""
    if not name or name.startswith(("/", "\\")) or ":" in name:
        raise Outside("is not a name inside the event file's folder (an absolute path or a drive)")
    parts = name.replace("\\", "/").split("/")
    if any(part in {"", ".", ".."} for part in parts):
        raise Outside("is not a name inside the event file's folder ('..', '.' or an empty folder name)")
    return parts


def _open_beside(folder: Path, parts: list[str]) -> int:
    """A descriptor of folder/parts..., opened one name at a time without following any link.

    POSIX: each name is opened relative to the folder before it with O_NOFOLLOW, so a link swapped
    in while we walk is refused too. Elsewhere (Windows: no dir_fd, no O_NOFOLLOW) each name is
    looked at with lstat first, then the file is opened; a race there is the price of the platform.
    """
    if os.open in os.supports_dir_fd and _NOFOLLOW and _DIRECTORY:
        fd = os.open(folder, os.O_RDONLY | _DIRECTORY | _CLOEXEC)
        try:
            for index, part in enumerate(parts):
                last = index == len(parts) - 1
                flags = os.O_RDONLY | _NOFOLLOW | _CLOEXEC | (_NONBLOCK | _NOCTTY if last else _DIRECTORY)
                try:
                    following = os.open(part, flags, dir_fd=fd)
                except OSError as exc:
                    _explain(exc, os.lstat(part, dir_fd=fd) if exc.errno != errno.ENOENT else None)
                    raise
                os.close(fd)
                fd = following
            return fd
        except BaseException:
            os.close(fd)
            raise
    path = folder
    for part in parts:
        path = path / part
        _explain(None, os.lstat(path))
    return open_file(path, os.O_RDONLY)


def _explain(exc: OSError | None, info: os.stat_result | None) -> None:
    if info is not None and stat.S_ISLNK(info.st_mode):
        raise Outside(
            "is a symbolic link (or reached through one); an event reads only files in its own "
            "folder, never through a link"
        )
    if exc is not None and exc.errno == errno.ENOTDIR:
        raise Outside("is not a file in a folder of the event file's folder")


def read_beside(event_file: Path, name: str, field: str, limit: int, what: str, hint: str) -> bytes:
    """The bytes of `name`, a file the event file at `event_file` names in `field`: a regular file
    inside the event file's own folder (or a folder in it), reached without following any link,
    at most `limit` bytes. Anything else is a DataError naming the field and the file."""
    path = Path(display_path(event_file.parent)) / name  # as named: never the target of a link
    where = f"{display_path(event_file)}: {field}"
    try:
        fd = _open_beside(event_file.parent, _parts(name))
    except Outside as exc:
        raise DataError(f"{where}: {path} {exc}", hint=hint) from None
    except FileNotFoundError:
        raise DataError(f"{where}: {path}: no such file", hint=hint) from None
    except NotRegular as exc:  # where opening could wait (Windows: no O_NONBLOCK), refused unopened
        kind = file_kind(exc.mode) or "not a regular file"
        raise DataError(f"{where}: {path} is {kind}, not {what}; give a regular file", hint=hint) from None
    except OSError as exc:
        raise DataError(f"{where}: {path}: cannot read the file: {exc.strerror}", hint=hint) from None
    try:
        return _read_bounded(fd, limit)
    except _NotRegularFile as exc:
        message = f"{where}: {path} is {exc.kind}, not {what}; give a regular file"
        raise DataError(message, hint=hint) from None
    except _TooLarge:
        message = f"{where}: {path} is over {limit:,} bytes; {what} is at most {limit:,} bytes"
        raise DataError(message, hint=hint) from None
    except OSError as exc:
        raise DataError(f"{where}: {path}: cannot read the file: {exc.strerror}", hint=hint) from None


# -- files in a folder others can write (the output folder): bounded, regular, never followed -------


class Untrusted(Exception):
    """A file in the output folder that is there but cannot be used (why, in words)."""


def read_untrusted(path: Path, limit: int, follow: bool = False) -> bytes | None:
    """The bytes of `path`, a file anyone who can write its folder may have put there: None when it
    is absent; Untrusted when it is a link, not a regular file, unreadable or over `limit` bytes.
    Never blocks (a FIFO is not waited on) and never reads more than `limit` + 1 bytes."""
    try:
        fd = open_file(path, os.O_RDONLY, follow=follow)  # never a link, never waits on a FIFO
    except FileNotFoundError:
        return None
    except NotRegular as exc:
        kind = file_kind(exc.mode)
        raise Untrusted(f"is {kind}, not a regular file" if kind else "is not a regular file") from None
    except OSError as exc:
        if not follow and (exc.errno == errno.ELOOP or os.path.islink(path)):
            raise Untrusted("is a symbolic link") from None
        raise Untrusted(f"cannot be read ({exc.strerror})") from None
    try:
        return _read_bounded(fd, limit)
    except _NotRegularFile as exc:
        raise Untrusted(f"is {exc.kind}, not a regular file") from None
    except _TooLarge:
        raise Untrusted(f"is over {limit:,} bytes") from None
    except OSError as exc:
        raise Untrusted(f"cannot be read ({exc.strerror})") from None
