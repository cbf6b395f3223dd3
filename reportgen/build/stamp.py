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
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import reportgen
from reportgen.platform import O_NONBLOCK, open_file

if TYPE_CHECKING:
    from reportgen.build.settings import Flags, Settings

STAMP_NAME = ".reportgen-stamp.json"
CONFIG_NAME = "reportgen.yaml"
TEMPLATE_NAMES = ("briefing.docx", "deck.pptx")
STAGING_PREFIX = ".reportgen-staging-"
MAX_STAMP_BYTES = 4 * 1024 * 1024
_ENVIRONMENT = ("SOURCE_DATE_EPOCH", "REPORTGEN_SOFFICE")
_PACKAGE = Path(reportgen.__file__).parent


def invocation_key(params: dict[str, Any], cwd: Path) -> str:
    """What a build's result depends on besides files: its options, folder and environment."""
    payload = {
        "params": {k: str(v) for k, v in sorted(params.items())},
        "cwd": str(cwd),
        "env": {name: os.environ.get(name) for name in _ENVIRONMENT},
        "version": reportgen.__version__,
        "code": code_fingerprint(),
    }
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()


def code_fingerprint() -> str:
    """reportgen's own files (names, sizes, times): an edited or reinstalled reportgen rebuilds."""
    entries = []
    for path in sorted(_PACKAGE.rglob("*")):
        if path.suffix in {".py", ".docx", ".pptx", ".yaml"}:
            info = path.stat()
            entries.append(f"{path.relative_to(_PACKAGE)}:{info.st_size}:{info.st_mtime_ns}")
    return hashlib.sha256("\n".join(entries).encode()).hexdigest()


def file_hash(path: Path) -> str | None:
    """SHA-256 of a regular file; None for anything else (a FIFO is never opened to wait on it)."""
    try:
        fd = open_file(path, os.O_RDONLY | O_NONBLOCK, follow=True)
    except OSError:
        return None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        return None
    try:
        with os.fdopen(fd, "rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError:
        return None


def probe(kind: str, path: Path) -> Any:
    """One fact about a path, as recorded and as checked: its content, existence or listing."""
    if kind == "sha256":
        return file_hash(path)
    if kind == "exists":
        return os.path.lexists(path)
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


def _output_facts(path: Path) -> list[Any] | None:
    try:
        info = os.lstat(path)
    except OSError:
        return None
    return [info.st_size, info.st_mtime_ns, file_hash(path)]


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

    @property
    def everything(self) -> bool:
        return self.shared_ok and self.expected > 0 and len(self.fresh) == self.expected


NOTHING = Freshness(False, {}, 0)


def freshness(out_dir: Path, key: str) -> Freshness:
    """Compare the stamp in `out_dir` with the files as they are now (standard library only)."""
    try:
        if any(p.name.startswith(STAGING_PREFIX) for p in out_dir.iterdir()):
            return NOTHING  # an interrupted build: the next one recovers it
        fd = open_file(out_dir / STAMP_NAME, os.O_RDONLY)
        with os.fdopen(fd, "rb") as handle:
            raw = handle.read(MAX_STAMP_BYTES + 1)
        stamp = json.loads(raw) if len(raw) <= MAX_STAMP_BYTES else None
    except (OSError, ValueError):
        return NOTHING
    if not isinstance(stamp, dict) or stamp.get("key") != key:
        return NOTHING
    try:
        shared_ok = all(probe(kind, Path(path)) == value for kind, path, value in stamp["probes"])
        events: dict[str, dict[str, Any]] = stamp["events"]
        fresh = {
            event: entry
            for event, entry in events.items()
            if all(file_hash(Path(p)) == h for p, h in entry["inputs"].items())
            and all(_output_facts(Path(p)) == facts for p, facts in entry["outputs"].items())
        }
        expected = set(stamp["expected"])
    except (KeyError, TypeError, ValueError):
        return NOTHING
    fresh = {event: entry for event, entry in fresh.items() if event in expected}
    return Freshness(shared_ok, fresh if shared_ok else {}, len(expected))


def find_project_file(start: Path) -> Path | None:
    """`reportgen.yaml` in `start` or the nearest folder above it (links to nothing count: they
    are an error when loaded, never silently "no project")."""
    for folder in (start, *start.parents):
        candidate = folder / CONFIG_NAME
        if os.path.lexists(candidate):
            return candidate
    return None


_OUTPUT_LINE = re.compile(
    r"""^output:[ \t]*(?:"([^"\n]+)"|'([^'\n]+)'|([^#\s][^#\n]*?))[ \t]*(?:#.*)?$""", re.M
)


def likely_output(out_dir: Path | None, config_file: Path | None, cwd: Path) -> Path:
    """Where the stamp of this invocation would be, found without loading the project file.

    Only a place to look: the stamp found there must still match this invocation in every
    recorded detail, the project file's content included, before anything is skipped.
    """
    if out_dir is not None:
        return out_dir
    config = config_file or find_project_file(cwd)
    if config is None:
        return cwd / "output"
    try:
        text = config.read_text(encoding="utf-8", errors="replace")[:100_000]
    except OSError:
        return cwd / "output"
    match = _OUTPUT_LINE.search(text)
    value = next((g for g in match.groups() if g), None) if match else None
    return config.parent / (value.strip() if value else "output")


def record_choices(record: Record, flags: Flags, settings: Settings, cwd: Path) -> None:
    """The facts that decided what this build read: so a new reportgen.yaml above, a new file in
    data/ or a template added to the templates folder is noticed as a change."""
    project = settings.project
    if flags.config_file is None:
        for folder in (cwd, *cwd.parents):
            record.add_probe("exists", folder / CONFIG_NAME)
            if project is not None and folder == project.root:
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
