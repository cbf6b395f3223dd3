"""Up to date or not, decided before anything heavy is imported.

After a build, `.reportgen-stamp.json` in the output folder records what it depended on: the
invocation (arguments, folder, the environment that changes output, reportgen's version and code),
every file it read (event files, logos, project file, templates) by SHA-256, every place whose mere
existence changed what was chosen (a `reportgen.yaml` in a folder above, the files in `data/`, a
templates folder), and every file it wrote (size, time and SHA-256). The next build reads the
stamp with the standard library only: when nothing differs it writes nothing and says so, in a
few milliseconds instead of a second; when only some events changed, only those are rebuilt.

The stamp lives in the output folder, which other people may write to, so it is only ever a reason
to skip work whose inputs and outputs it can prove unchanged: every recorded file is hashed again.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import secrets
import stat
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportgen import fingerprint
from reportgen.errors import display_path
from reportgen.inputs import Untrusted, read_untrusted
from reportgen.names import CONFIG_NAME, STAGING_PREFIX, STAMP_NAME, TEMPLATE_NAMES
from reportgen.platform import O_NONBLOCK, open_file
from reportgen.project.trust import distrust

if TYPE_CHECKING:
    from reportgen.project.settings import Flags, Settings

MAX_STAMP_BYTES = 4 * 1024 * 1024


def invocation_key(params: dict[str, Any], cwd: Path) -> str:
    """What a build's result depends on besides files: its options, folder and environment."""
    payload = {
        "params": {k: str(v) for k, v in sorted(params.items())},
        "cwd": str(cwd),
        "env": fingerprint.output_environment(),
        "code": fingerprint.reportgen_changed(),
    }
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()


#: The largest file a stamp may have us hash: inputs are at most a template's 100 MiB, outputs are
#: far smaller (documents are capped at 50 MiB). A stamp is in a folder others may write, so it
#: could name any file (a sparse 2 TiB one); anything larger is simply "changed".
MAX_HASHED_BYTES = 128 * 1024 * 1024
#: What one up-to-date check may hash in all; a stamp that asks for more is not believed.
MAX_HASHED_TOTAL = 4 * 1024 * 1024 * 1024


class _Budget:
    def __init__(self, total: int) -> None:
        self.left = total

    def spend(self, size: int) -> None:
        self.left -= size
        if self.left < 0:
            raise _Bad(f"asks to hash more than {MAX_HASHED_TOTAL:,} bytes")


def file_hash(path: Path, budget: _Budget | None = None) -> str | None:
    """SHA-256 of a regular file of at most MAX_HASHED_BYTES; None for anything else (a FIFO is
    never waited on, a huge file never read)."""
    try:
        fd = open_file(path, os.O_RDONLY | O_NONBLOCK, follow=True)
    except OSError:
        return None
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_HASHED_BYTES:
        os.close(fd)
        return None
    if budget is not None:
        try:
            budget.spend(info.st_size)
        except _Bad:
            os.close(fd)
            raise
    digest = hashlib.sha256()
    try:
        with os.fdopen(fd, "rb") as handle:
            left = MAX_HASHED_BYTES + 1  # a file that grows while we read is not read on and on
            while left > 0 and (chunk := handle.read(min(1 << 20, left))):
                digest.update(chunk)
                left -= len(chunk)
    except OSError:
        return None
    return digest.hexdigest() if left > 0 else None


def probe(kind: str, path: Path, budget: _Budget | None = None) -> Any:
    """One fact about a path, as recorded and as checked: its content, existence or listing."""
    if kind == "sha256":
        return file_hash(path, budget)
    if kind == "exists":
        return os.path.lexists(path)
    if kind == "trusted":
        return distrust(path) is None
    if kind == "isdir":
        return path.is_dir()
    if kind == "yaml-files":
        return sorted(p.name for p in path.glob("*.y*ml")) if path.is_dir() else []
    raise ValueError(kind)


@dataclass
class Record:
    """What one build depended on and produced, to be written as the stamp."""

    key: str
    probes: list[tuple[str, str, Any]] = field(default_factory=list)  # shared by every event
    events: dict[str, dict[str, Any]] = field(default_factory=dict)  # the events built, and how
    expected: list[str] = field(default_factory=list)  # every event of the build, failed ones too

    def add_probe(self, kind: str, path: Path) -> None:
        self.probes.append((kind, str(path), probe(kind, path)))

    def add_event(
        self, event: Path, inputs: list[Path], outputs: list[Path], warnings: list[str], summary: str
    ) -> None:
        self.events[str(event)] = {
            "inputs": {str(p): file_hash(p) for p in dict.fromkeys([event, *inputs])},
            "outputs": {str(p): _output_facts(p) for p in outputs},
            "warnings": warnings,
            "summary": summary,
        }


def _output_facts(path: Path, recorded: Any = None, budget: _Budget | None = None) -> list[Any] | None:
    """An output's size, time and SHA-256; when checking against `recorded`, a file whose size
    or time differ is not hashed at all."""
    try:
        info = os.lstat(path)
    except OSError:
        return None
    facts: list[Any] = [info.st_size, info.st_mtime_ns, None]
    if recorded is not None and recorded[:2] != facts[:2]:
        return facts
    facts[2] = file_hash(path, budget) if stat.S_ISREG(info.st_mode) else None
    return facts


def write_stamp(out_dir: Path, record: Record) -> None:
    """Replace the stamp (temporary file, renamed); a stamp that cannot be written only costs time."""
    temp = out_dir / f".{STAMP_NAME}.{secrets.token_hex(8)}.tmp"
    data = {"key": record.key, "probes": record.probes, "events": record.events, "expected": record.expected}
    try:
        fd = open_file(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        with os.fdopen(fd, "wb") as handle:
            handle.write(json.dumps(data).encode())  # one write: json.dump writes piece by piece
        os.replace(temp, out_dir / STAMP_NAME)
    except OSError:
        pass
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temp)


class StampWriter:
    """Writes the stamp as events finish: at most once a `every` seconds, and at `flush()`.

    The whole stamp is written each time, so writing it after every event of a large batch costs
    time that grows with the square of the events (a 1,000-event stamp is about a megabyte). An
    event finished since the last write and lost to a killed build is only built again next time.
    """

    def __init__(self, out_dir: Path, record: Record, every: float = 1.0) -> None:
        self.out_dir, self.record, self.every = out_dir, record, every
        self._written = time.monotonic()
        self._pending = False

    def event_added(self) -> None:
        self._pending = True
        if time.monotonic() - self._written >= self.every:
            self.flush()

    def flush(self) -> None:
        if self._pending:
            write_stamp(self.out_dir, self.record)
            self._written, self._pending = time.monotonic(), False


@dataclass
class Freshness:
    """Which events of the last build are still up to date, with what that build said of them."""

    shared_ok: bool
    fresh: dict[str, dict[str, Any]]  # event path -> its recorded entry
    expected: int  # events of the last build, those that failed included
    listing_ok: bool = True  # the folders of events hold the same event files as then
    problem: str = ""  # why the stamp found was not believed (for one warning), else ""

    @property
    def everything(self) -> bool:
        return self.shared_ok and self.listing_ok and self.expected > 0 and len(self.fresh) == self.expected


NOTHING = Freshness(False, {}, 0)


class _Bad(Exception):
    """The stamp is not one reportgen wrote (why, in words)."""


_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_PROBE_KINDS = {
    "sha256": lambda v: v is None or (isinstance(v, str) and _HEX64.match(v) is not None),
    "exists": lambda v: isinstance(v, bool),
    "trusted": lambda v: isinstance(v, bool),
    "isdir": lambda v: isinstance(v, bool),
    "yaml-files": lambda v: isinstance(v, list) and all(isinstance(n, str) for n in v),
}
_ENTRY_KEYS = {"inputs", "outputs", "warnings", "summary"}
_MAX_TEXT = 20_000


def _text(value: Any) -> bool:
    return isinstance(value, str) and 0 < len(value) <= _MAX_TEXT


def _facts(value: Any) -> bool:
    return value is None or (
        isinstance(value, list)
        and len(value) == 3
        and all(isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in value[:2])
        and (value[2] is None or (isinstance(value[2], str) and _HEX64.match(value[2]) is not None))
    )


def _entry_ok(entry: Any) -> bool:
    return (
        isinstance(entry, dict)
        and set(entry) == _ENTRY_KEYS
        and isinstance(entry["inputs"], dict)
        and all(_text(p) and _PROBE_KINDS["sha256"](h) for p, h in entry["inputs"].items())
        and isinstance(entry["outputs"], dict)
        and all(_text(p) and _facts(f) for p, f in entry["outputs"].items())
        and isinstance(entry["warnings"], list)
        and all(isinstance(w, str) and len(w) <= _MAX_TEXT for w in entry["warnings"])
        and isinstance(entry["summary"], str)
        and len(entry["summary"]) <= _MAX_TEXT
    )


def _shape(stamp: Any) -> dict[str, Any]:
    """The stamp, if it has exactly the shape `write_stamp` writes (an allow-list, key by key)."""
    if not isinstance(stamp, dict) or set(stamp) != {"key", "probes", "events", "expected"}:
        raise _Bad("does not have a stamp's fields")
    if not isinstance(stamp["key"], str) or not _HEX64.match(stamp["key"]):
        raise _Bad("has no valid key")
    probes, events, expected = stamp["probes"], stamp["events"], stamp["expected"]
    if not isinstance(probes, list) or not all(
        isinstance(p, list)
        and len(p) == 3
        and p[0] in _PROBE_KINDS
        and _text(p[1])
        and _PROBE_KINDS[p[0]](p[2])
        for p in probes
    ):
        raise _Bad("has a damaged list of checks")
    if not isinstance(events, dict) or not all(_text(e) and _entry_ok(v) for e, v in events.items()):
        raise _Bad("has a damaged list of events")
    if not isinstance(expected, list) or not all(_text(e) for e in expected):
        raise _Bad("has a damaged list of expected events")
    return stamp


def freshness(out_dir: Path, key: str) -> Freshness:
    """Compare the stamp in `out_dir` with the files as they are now (standard library only).

    The stamp is untrusted input (the output folder may be writable by others): it is read only
    if it is a regular file of at most MAX_STAMP_BYTES, without blocking or following a link; it
    must have exactly the shape this module writes; and the files it names are hashed only up to
    MAX_HASHED_BYTES each and MAX_HASHED_TOTAL in all. A stamp that fails any of this is ignored
    (every event is built) and `problem` says why, for one warning.
    """
    path = out_dir / STAMP_NAME
    try:
        if any(p.name.startswith(STAGING_PREFIX) for p in out_dir.iterdir()):
            return NOTHING  # an interrupted build: the next one recovers it
        raw = read_untrusted(path, MAX_STAMP_BYTES)
    except OSError:
        return NOTHING
    except Untrusted as exc:
        return _ignored(path, str(exc))
    if raw is None:
        return NOTHING
    try:
        stamp = _shape(json.loads(raw))
    except (ValueError, RecursionError):
        return _ignored(path, "is not JSON")
    except _Bad as exc:
        return _ignored(path, str(exc))
    if stamp["key"] != key:
        return NOTHING
    budget = _Budget(MAX_HASHED_TOTAL)
    try:
        facts = [(kind, probe(kind, Path(where), budget) == value) for kind, where, value in stamp["probes"]]
        # which event files there are is not shared: an event added or removed rebuilds only itself
        shared_ok = all(same for kind, same in facts if kind != "yaml-files")
        listing_ok = all(same for kind, same in facts if kind == "yaml-files")
        events: dict[str, dict[str, Any]] = stamp["events"]
        expected = set(stamp["expected"])
        fresh = {
            event: entry
            for event, entry in events.items()
            if event in expected
            and all(file_hash(Path(p), budget) == h for p, h in entry["inputs"].items())
            and all(_output_facts(Path(p), f, budget) == f for p, f in entry["outputs"].items())
        }
    except _Bad as exc:
        return _ignored(path, str(exc))
    except OSError:
        return NOTHING
    return Freshness(shared_ok, fresh if shared_ok else {}, len(expected), listing_ok)


def _ignored(path: Path, why: str) -> Freshness:
    ignored = "it is not a stamp reportgen wrote, so it was ignored and every event is built"
    return replace(NOTHING, problem=f"{display_path(path)} {why}; {ignored}")


def record_choices(record: Record, flags: Flags, settings: Settings, cwd: Path) -> None:
    """The facts that decided what this build read: so a new reportgen.yaml above, a new file in
    data/ or a template added to the templates folder is noticed as a change."""
    project = settings.project
    if flags.config_file is None:
        for folder in (cwd, *cwd.parents):
            record.add_probe("exists", folder / CONFIG_NAME)
            if project is not None and folder == project.root:
                record.add_probe("trusted", folder / CONFIG_NAME)  # a file made writable to others
                break
    if project is not None:
        record.add_probe("sha256", flags.config_file or project.root / CONFIG_NAME)
    root = project.root if project is not None else cwd
    if not flags.files:
        record.add_probe("yaml-files", root / "data")
    if flags.templates_dir is None and (project is None or project.templates is None):
        record.add_probe("isdir", root / "templates")
    folders = {settings.briefing_template.parent, settings.deck_template.parent}
    for folder in sorted(folders):
        for name in TEMPLATE_NAMES:
            record.add_probe("exists", folder / name)
    for template in (settings.briefing_template, settings.deck_template):
        record.add_probe("sha256", template)
