"""Charts: data in words (derive.ChartData) -> PNG bytes + alt text.

Nothing here imports matplotlib at module level: importing it costs about half a second, which a
build whose charts are all cached should not pay. `render_png` imports it on first use.
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import io
import json
import os
import pickle
import re
import secrets
import shutil
import stat
import sys
import tempfile
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from reportgen import fingerprint
from reportgen.charts.column_height import COLUMN_KINDS, column_height_in
from reportgen.charts.donut_layout import donut_height_in
from reportgen.charts.hbar_height import hbar_height_in
from reportgen.charts.theme import Theme
from reportgen.data.chart_data import ChartData
from reportgen.inputs import Untrusted, read_untrusted
from reportgen.memo import Memo
from reportgen.platform import home, open_file, private_temp_folder


def _writable_folder(folder: Path) -> bool:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return folder.is_dir() and os.access(folder, os.W_OK)


def settle_matplotlib_home() -> None:
    """Give matplotlib a writable folder for its settings and font cache before it loads. Where
    its usual one cannot be written (no HOME, a read-only HOME: containers), matplotlib warns on
    stderr and makes a new temporary folder on every run; point it instead at a private folder
    of ours that lasts, so a build is quiet and its font list is not rebuilt every time."""
    if os.environ.get("MPLCONFIGDIR"):
        return
    user = home()
    if sys.platform.startswith(("linux", "freebsd")):  # matplotlib follows XDG there
        config = os.environ.get("XDG_CONFIG_HOME") or (str(user / ".config") if user else None)
        cache = os.environ.get("XDG_CACHE_HOME") or (str(user / ".cache") if user else None)
        folders = [Path(base) / "matplotlib" if base else None for base in (config, cache)]
    else:
        folders = [user / ".matplotlib" if user else None]
    if all(folder is not None and _writable_folder(folder) for folder in folders):
        return
    private = private_temp_folder("matplotlib")
    if private is None:
        private = Path(tempfile.mkdtemp(prefix="reportgen-matplotlib-"))
        atexit.register(shutil.rmtree, private, True)
    os.environ["MPLCONFIGDIR"] = str(private)


settle_matplotlib_home()  # here, not in draw.py: the package is imported before any of its modules

#: Bump when drawing code changes, so cached images are redrawn.
DRAWING_VERSION = "8"

Size = tuple[float, float]


def cache_key(data: ChartData, theme: Theme, size: Size | None = None) -> str:
    """The picture's key in the chart cache: a digest of what it is drawn from, and of the code
    that draws it. Worked out once a process for the same inputs (each build asks twice a chart,
    and a rebuild under `reportgen watch` asks for the same charts again)."""
    digest = hashlib.sha256(pickle.dumps((data, theme, size), protocol=5)).digest()
    inputs = (digest, fingerprint.reportgen_changed())
    known = _KEYS.get(inputs)
    if known is None:
        known = _cache_key(data, theme, size)
        _KEYS.remember(inputs, known)
    return known


#: Cache keys by a digest of their inputs' pickle (exact: it tells 1 from 1.0, which print apart)
#: and the code's fingerprint.
_KEYS: Memo[tuple[bytes, str], str] = Memo(256)


def _cache_key(data: ChartData, theme: Theme, size: Size | None) -> str:
    payload = json.dumps(
        {
            "data": asdict(data),
            "theme": asdict(theme),
            "size": size,
            "v": DRAWING_VERSION,
            "code": fingerprint.reportgen_changed(),  # our drawing code, matplotlib's version...
        },
        sort_keys=True,
        default=str,
    )
    return hashlib.sha256(payload.encode()).hexdigest()[:32]


@dataclass(frozen=True)
class RenderedChart:
    png: bytes
    missing_glyphs: str = ""  # characters none of the chart fonts could draw
    from_cache: bool = False
    cache_note: str = ""  # why a cache entry was not used (damaged), for a warning


def render_png(data: ChartData, theme: Theme, size: Size | None = None) -> RenderedChart:
    """Draw the chart (imports matplotlib on first call)."""
    from reportgen.charts.draw import draw

    png, missing = draw(data, theme, size)
    return RenderedChart(png, missing)


def chart_size(data: ChartData, theme: Theme, width_in: float, height_in: float | None) -> Size:
    """The size to draw at: the slot's, or its width and the height the chart's kind needs."""
    if height_in is None:
        # The shape rule is plain arithmetic; matplotlib is imported only to draw.
        if data.kind == "hbar":
            # as tall as its rows need: its bars' count and their names' lines (hbar_height.py)
            height_in = hbar_height_in(data, theme, width_in)
        elif data.kind == "donut":
            height_in = donut_height_in(data, theme, width_in)
        elif data.kind in COLUMN_KINDS:
            # as tall as its columns and their names need: three columns never a third of a page
            height_in = column_height_in(data, theme, width_in)
        else:
            height_in = min(max(width_in * 0.5, 2.2), width_in * 0.75)
    return (round(width_in, 3), round(height_in, 3))


MAX_ENTRY_BYTES = 32 * 1024 * 1024
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


class DamagedEntry(Exception):
    pass


def _read_entry(path: Path, limit: int) -> bytes | None:
    """A cache file's bytes, never through a link and never more than `limit`; None when absent."""
    try:
        return read_untrusted(path, limit)
    except Untrusted as exc:
        raise DamagedEntry(str(exc)) from None


def _check_png(png: bytes) -> None:
    """The bytes decode as a PNG picture of a sane size (Pillow comes with matplotlib)."""
    from PIL import Image, UnidentifiedImageError

    if not png.startswith(_PNG_SIGNATURE):
        raise DamagedEntry("is not a PNG picture")
    try:
        with Image.open(io.BytesIO(png)) as picture:
            if picture.format != "PNG" or not (0 < picture.width <= 20_000 and 0 < picture.height <= 20_000):
                raise DamagedEntry("is not a PNG picture of a chart's size")
            picture.verify()  # every chunk's CRC; the size is bounded above, so no bomb gets through
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        raise DamagedEntry("does not decode as a PNG picture") from None


def is_png_picture(png: bytes) -> bool:
    """The bytes decode as a PNG picture of a chart's size (the check the cache makes on read)."""
    try:
        _check_png(png)
    except DamagedEntry:
        return False
    return True


def _load_entry(cache: Path, key: str) -> RenderedChart | None:
    """A verified cache entry: its recorded hash matches the picture and the picture decodes."""
    meta_bytes = _read_entry(cache / f"{key}.json", 64 * 1024)
    png = _read_entry(cache / f"{key}.png", MAX_ENTRY_BYTES)
    if meta_bytes is None or png is None:
        return None
    recorded, missing = _record(meta_bytes)
    if recorded != hashlib.sha256(png).hexdigest():
        raise DamagedEntry("does not match its recorded hash")
    if missing:
        return None  # drawn with boxes for glyphs (by an older reportgen): drawn again
    _check_png(png)
    return RenderedChart(png, missing, from_cache=True)


_RECORD_KEYS = {"sha256", "missing_glyphs"}
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
MAX_MISSING_GLYPHS = 1000


def _record(meta: bytes) -> tuple[str, str]:
    """An entry's record, if it has exactly the shape `_store_entry` writes: (sha256, missing glyphs)."""
    try:
        record = json.loads(meta)
    except (ValueError, RecursionError):
        raise DamagedEntry("has a damaged record") from None
    if (
        not isinstance(record, dict)
        or set(record) != _RECORD_KEYS
        or not isinstance(record["sha256"], str)
        or not _HEX64.match(record["sha256"])
        or not isinstance(record["missing_glyphs"], str)
        or len(record["missing_glyphs"]) > MAX_MISSING_GLYPHS
    ):
        raise DamagedEntry("has a damaged record")
    return record["sha256"], record["missing_glyphs"]


def _store_entry(cache: Path, key: str, chart: RenderedChart) -> None:
    """Write an entry: unpredictable temporary names, created exclusively, renamed into place."""
    meta = json.dumps(
        {"sha256": hashlib.sha256(chart.png).hexdigest(), "missing_glyphs": chart.missing_glyphs}
    )
    for name, content in ((f"{key}.png", chart.png), (f"{key}.json", meta.encode())):
        temp = cache / f".{name}.{secrets.token_hex(8)}.tmp"
        try:
            fd = open_file(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            with os.fdopen(fd, "wb") as handle:
                handle.write(content)
            os.replace(temp, cache / name)  # replaces a planted link by name, never writes through it
        finally:
            with contextlib.suppress(OSError):
                os.unlink(temp)


def entry_files(cache: Path, keys: list[str]) -> dict[str, bytes]:
    """The files of the cache entries `keys` that are there (to send to a build on another
    machine); entries that cannot be read are left out, and are simply drawn again there."""
    files: dict[str, bytes] = {}
    for key in keys:
        try:
            png = _read_entry(cache / f"{key}.png", MAX_ENTRY_BYTES)
            meta = _read_entry(cache / f"{key}.json", 64 * 1024)
        except DamagedEntry:
            continue
        if png is not None and meta is not None:
            files[f"{key}.png"], files[f"{key}.json"] = png, meta
    return files


def add_entry_files(cache: Path, files: dict[str, bytes]) -> None:
    """Keep entries drawn on another machine: only well-named pairs whose record matches the
    picture, written as our own are (a cache we cannot write only costs time)."""
    for name, png in files.items():
        key, _, suffix = name.partition(".")
        meta = files.get(f"{key}.json")
        if suffix != "png" or len(key) != 32 or key.strip("0123456789abcdef") or meta is None:
            continue
        try:
            recorded, missing = _record(meta)
            if recorded != hashlib.sha256(png).hexdigest():
                continue
            chart = RenderedChart(png, missing)
            if chart.missing_glyphs:
                continue  # boxes for glyphs: drawn again here, where the fonts may be there
            cache.mkdir(mode=0o755, exist_ok=True)
            if not stat.S_ISLNK(os.lstat(cache).st_mode):
                _store_entry(cache, key, chart)
        except (DamagedEntry, OSError):
            continue


def _drop_entry(cache: Path, key: str) -> None:
    for suffix in (".png", ".json"):
        with contextlib.suppress(OSError):
            os.unlink(cache / f"{key}{suffix}")


def cached_chart(
    data: ChartData,
    theme: Theme,
    cache: Path | None,
    size: Size | None = None,
    drawn_elsewhere: Callable[[str], tuple[bytes, str] | None] | None = None,
) -> RenderedChart:
    """The chart from the cache when its inputs are unchanged and the entry checks out, else drawn.

    A damaged entry (wrong hash, not a PNG, a link, a folder) is dropped and redrawn with a note for
    a warning; it is never blamed on a template. A cache we cannot write only costs time.
    """
    note = ""
    if cache is not None:
        key = cache_key(data, theme, size)
        try:
            found = _load_entry(cache, key)
        except DamagedEntry as exc:
            note = f"the cached picture {exc}; it was dropped and the chart redrawn"
            _drop_entry(cache, key)
            found = None
        if found is not None:
            return found
    elsewhere = drawn_elsewhere(cache_key(data, theme, size)) if drawn_elsewhere else None
    chart = RenderedChart(*elsewhere) if elsewhere else render_png(data, theme, size)
    if cache is not None and not chart.missing_glyphs:  # boxes for glyphs are never kept as good
        with contextlib.suppress(OSError):
            cache.mkdir(mode=0o755, exist_ok=True)
            if not stat.S_ISLNK(os.lstat(cache).st_mode):
                _store_entry(cache, key, chart)
    return RenderedChart(chart.png, chart.missing_glyphs, cache_note=note)
