"""Compiled templates, kept: a template source is compiled once per process, and once per machine.

A deck renders the same few dozen shape sources again and again (every repeated slide, every
event of a batch), and compiling is most of Jinja's cost. Compiled code is kept in memory by
source, and on disk in the user's own cache folder (`$XDG_CACHE_HOME/reportgen`, else
`~/.cache/reportgen`), the way Jinja's bytecode cache does for file loaders. The disk cache holds
code that will run, so it is used only when the folder belongs to this user and nobody else may
write to it; never in the output folder, which other people may write to.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import secrets
import stat
from pathlib import Path
from types import CodeType

from reportgen import fingerprint
from reportgen.memo import Memo
from reportgen.platform import open_file, owned_by_me, private_mode_ok, user_cache

MEMORY_ENTRIES = 2048
_memory: Memo[str, CodeType] = Memo(MEMORY_ENTRIES)
# Version 2: filters, tests and finalize take the context (sandbox.never_folded), which changes
# the code Jinja generates for them, and no earlier entry may be loaded: those had a first
# build's formatted constants folded in.
# Besides, reportgen_changed covers our code, Python and Jinja (every library that shapes output).
_SALT = "reportgen-compiled-2"


def key_for(source: str, autoescape: bool) -> str:
    salt = f"{_SALT}|{fingerprint.reportgen_changed()}"
    return hashlib.sha256(f"{salt}|{autoescape}|{source}".encode()).hexdigest()


def cache_folder() -> Path | None:
    """The private disk cache, created if need be; None when it is not ours alone."""
    base = os.environ.get("XDG_CACHE_HOME") or str(user_cache())
    folder = Path(base) / "reportgen" / "compiled"
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        info = os.lstat(folder)
    except OSError:
        return None
    if not stat.S_ISDIR(info.st_mode) or not owned_by_me(info) or not private_mode_ok(info, 0o022):
        return None
    return folder


def load(key: str) -> CodeType | None:
    code = _memory.get(key)
    if code is not None:
        return code
    folder = cache_folder()
    if folder is None:
        return None
    try:
        fd = open_file(folder / f"{key}.bin", os.O_RDONLY)
    except OSError:
        return None
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or not owned_by_me(info) or info.st_size > 16 * 2**20:
            return None
        try:
            code = marshal.loads(handle.read())
        except (ValueError, EOFError, TypeError):
            return None
    if not isinstance(code, CodeType):
        return None
    remember(key, code)
    return code


def remember(key: str, code: CodeType) -> None:
    _memory.remember(key, code)


def store(key: str, code: CodeType) -> None:
    remember(key, code)
    folder = cache_folder()
    if folder is None:
        return
    temp = folder / f".{key}.{secrets.token_hex(6)}.tmp"
    try:
        fd = open_file(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(marshal.dumps(code))
        os.replace(temp, folder / f"{key}.bin")
    except OSError:
        pass
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temp)
