"""The fonts a chart can be drawn with: a cheap fingerprint of the installed set, and matplotlib's
font list kept up to date with it.

matplotlib lists the system's fonts once and keeps the list in its cache folder
(`fontlist-v*.json`); a font installed afterwards (`apt install fonts-noto-cjk`) is unknown to it,
so charts still show boxes and the warning names a font that is installed. Cached pictures had the
same blindness: their key said nothing of the fonts. Here:

- `font_set()` fingerprints the font folders matplotlib searches (every folder's name and time of
  change, not the files: installing, removing or replacing a font changes its folder), without
  importing matplotlib. The chart theme carries it, so it is part of every picture's cache key.
- `refresh_font_list()` (called before drawing, with matplotlib loaded anyway) rebuilds
  matplotlib's list when a font folder changed after the list was made.

fontconfig may be told of other folders (/etc/fonts/local.conf); fonts there are seen by
matplotlib when it builds its list, but a change there alone is not noticed here.
"""

from __future__ import annotations

import hashlib
import os
import sys
import time
from pathlib import Path

from reportgen.platform import home

#: A bound on the folders walked: a font tree has tens; a loop of links or a huge tree stops here.
MAX_FOLDERS = 4000
MAX_DEPTH = 8


def font_folders() -> list[Path]:
    """The folders matplotlib looks for fonts in on this system (its X11, macOS and Windows lists),
    worked out now (not at import), from HOME, XDG_DATA_HOME, WINDIR and LOCALAPPDATA."""
    found = os.environ.get("HOME") or home()
    # No home at all (a container's user id without a passwd entry): the folders under it are
    # left out; a path that cannot exist stands in, so the lists keep their shape.
    home_folder = Path(found) if found else Path(os.devnull) / "no-home"
    if sys.platform == "win32":
        windir = os.environ.get("WINDIR", "C:\\Windows")
        local = os.environ.get("LOCALAPPDATA", str(home_folder / "AppData" / "Local"))
        return [Path(windir) / "Fonts", Path(local) / "Microsoft" / "Windows" / "Fonts"]
    if sys.platform == "darwin":
        roots = [
            "/Library/Fonts/",
            "/Network/Library/Fonts/",
            "/System/Library/Fonts/",
            "/opt/local/share/fonts",
        ]
        return [Path(r) for r in roots] + [home_folder / "Library" / "Fonts"]
    data_home = Path(os.environ.get("XDG_DATA_HOME") or home_folder / ".local" / "share")
    roots = [
        "/usr/X11R6/lib/X11/fonts/TTF/",
        "/usr/X11/lib/X11/fonts",
        "/usr/share/fonts/",
        "/usr/local/share/fonts/",
    ]
    return [Path(r) for r in roots] + [data_home / "fonts", home_folder / ".fonts"]


def _folder_times() -> list[tuple[str, int]]:
    """(folder, time of its last change in ns) of every font folder and the folders under it."""
    found: list[tuple[str, int]] = []
    pending = [(str(root), 0) for root in font_folders()]
    while pending and len(found) < MAX_FOLDERS:
        folder, depth = pending.pop()
        try:
            found.append((folder, os.stat(folder).st_mtime_ns))
            with os.scandir(folder) as entries:
                children = [e.path for e in entries if e.is_dir()]
        except OSError:
            continue  # absent or unreadable: nothing there for matplotlib either
        if depth < MAX_DEPTH:
            pending += [(child, depth + 1) for child in children]
    return sorted(found)


def font_set() -> str:
    """A fingerprint of the installed fonts: it changes when a font is added, removed or replaced."""
    digest = hashlib.sha256(repr(_folder_times()).encode())
    return digest.hexdigest()[:16]


def newest_font_change() -> float:
    """When a font folder last changed (seconds since the epoch; 0 when there is none)."""
    return max((ns / 1e9 for _, ns in _folder_times()), default=0.0)


#: When the font list matplotlib holds in this process was made (None: not yet looked at).
_list_made: float | None = None


def refresh_font_list() -> bool:
    """Rebuild matplotlib's font list (in memory and in its cache file) if a font folder changed
    after the list was made; return whether it was rebuilt. Imports matplotlib."""
    global _list_made
    import matplotlib
    from matplotlib import font_manager

    if _list_made is None:
        cached = Path(matplotlib.get_cachedir()) / f"fontlist-v{font_manager.FontManager.__version__}.json"
        try:
            _list_made = cached.stat().st_mtime
        except OSError:
            _list_made = time.time()  # no file: the list was just made, by this process
    newest = newest_font_change()
    if newest <= _list_made:
        return False
    load = getattr(font_manager, "_load_fontmanager", None)
    fresh = load(try_read_cache=False) if load else font_manager.FontManager()
    manager = font_manager.fontManager
    # update in place: matplotlib's modules hold the manager under other names (backend_agg, text)
    manager.__dict__.update(fresh.__dict__)
    manager._findfont_cached.cache_clear()
    _list_made = max(time.time(), newest)
    return True
