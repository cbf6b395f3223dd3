"""Which project file a command uses, and whether a project file it found may be trusted.

`reportgen.yaml` is looked for in the current folder and every folder above it, as git looks for
`.git`. A folder above may be shared (a sticky /tmp-like folder, a group's folder): another user
could put a project file there that sends this user's briefing and deck into their own folder. So,
as git does since CVE-2022-24765 (`safe.directory`), a project file that was *found* (not named
with --config) is used only when it, any link on the way to it, and its folder belong to this user
or to root, and no one else can write them (a sticky folder, such as /tmp, counts as unwritable by
others: they cannot replace a file in it). Otherwise the command stops (exit 3), saying how to
trust it: `--config FILE`, or `REPORTGEN_TRUSTED_PROJECTS` (folders or files, separated by
`os.pathsep`; `*` trusts every one).

Windows has no user ids and no POSIX modes: there a found project file is trusted, as on a
single-user machine (`_owner_checks` is the one place that decides; it moves to the platform
module later).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from reportgen.errors import NEXT_HINT, DataError, display_path
from reportgen.names import CONFIG_NAME
from reportgen.platform import user_id

TRUST_VARIABLE = "REPORTGEN_TRUSTED_PROJECTS"


def find_project_file(start: Path) -> Path | None:
    """`reportgen.yaml` in `start` or the nearest folder above it (links to nothing count: they
    are an error when loaded, never silently "no project"). Whether it may be used: `distrust`."""
    for folder in (start, *start.parents):
        candidate = folder / CONFIG_NAME
        if os.path.lexists(candidate):
            return candidate
    return None


def _owner_checks() -> int | None:
    """This user's id where files have owners and POSIX modes (None on Windows: nothing to check)."""
    return user_id()


def _problem(info: os.stat_result, me: int, what: str, folder: bool) -> str | None:
    if info.st_uid not in (me, 0):
        return f"{what} belongs to another user (uid {info.st_uid})"
    if info.st_mode & 0o022 and not (folder and info.st_mode & stat.S_ISVTX):
        return f"{what} can be written by {'others' if info.st_mode & 0o002 else 'its group'}"
    return None


def _trusted_by_variable(path: Path) -> bool:
    listed = [item for item in os.environ.get(TRUST_VARIABLE, "").split(os.pathsep) if item.strip()]
    if "*" in listed:
        return True
    places = {path.absolute(), path.parent.absolute()}
    resolved = {path.resolve(), path.parent.resolve()}
    return any(Path(item).absolute() in places or Path(item).resolve() in resolved for item in listed)


def distrust(path: Path) -> str | None:
    """Why the found project file at `path` must not be used, in words; None when it may be."""
    me = _owner_checks()
    if me is None or _trusted_by_variable(path):
        return None
    checks = [(os.lstat, path, "the file", False), (os.stat, path.parent, "its folder", True)]
    if os.path.islink(path):
        checks.append((os.stat, path, "the file it links to", False))
    for look, place, what, folder in checks:
        try:
            info = look(place)
        except OSError:
            continue  # a link to nothing: loading it says so
        problem = _problem(info, me, what, folder)
        if problem:
            return problem
    return None


def why_trusted(path: Path) -> str:
    """For --verbose: why a found project file was used."""
    if _owner_checks() is None:
        return "found; this system has no file owners to check"
    if _trusted_by_variable(path):
        return f"found; trusted by {TRUST_VARIABLE}"
    return "found; it and its folder are yours (or root's) and no one else can write them"


def refuse_untrusted(path: Path) -> None:
    """Stop with exit 3 when the found project file at `path` may not be trusted."""
    problem = distrust(path)
    if problem is None:
        return
    shown = display_path(path)
    raise DataError(
        f"{shown}: not using this project file, found in this folder or one above it: {problem}, "
        "so someone else could have put it there to choose where your documents go",
        # two lines, each within a rendered line's limit (errors.MAX_LINE) however long the path:
        # one line of both was clipped where the path was long, the variable's name cut off
        hint=f"if it is yours to use, give --config {shown}{NEXT_HINT}or trust it with "
        f"{TRUST_VARIABLE}={display_path(path.parent)} (folders or files, separated by '{os.pathsep}')",
    )
