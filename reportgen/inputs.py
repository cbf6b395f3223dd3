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

from reportgen.errors import ReportgenError, display_path
from reportgen.platform import O_NONBLOCK, NotRegular, open_file

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
    kind = file_kind(os.fstat(fd).st_mode)
    if kind is not None:
        os.close(fd)
        raise error(f"{name}: is {kind}, not {what}; give a regular file", hint=hint)
    with os.fdopen(fd, "rb") as handle:
        try:
            data = handle.read(limit + 1)
        except OSError as exc:
            raise error(f"{name}: cannot read the file: {exc.strerror}", hint=hint) from None
    if len(data) > limit:
        raise error(f"{name}: the file is over {limit:,} bytes; {what} is at most {limit:,} bytes", hint=hint)
    return data
