"""Zip entries deflated once a process for each content: a rebuild writes mostly the same parts.

A text-only edit changes a few parts of each document; the others (Word's styles, 0.8 MB with
stylesWithEffects, the deck's layouts, masters and themes, the slides and charts the edit did not
touch) are the same bytes as in the last build, and deflating them again was about 5 % of a
rebuild under `reportgen watch`. `write(zip, info, content)` is `zip.writestr(info, content)`,
except that the deflated bytes of a content already deflated by this process (same SHA-256) are
written as they were: zlib is deterministic for the same input, level and zlib, so the zip is
byte for byte the one writestr writes. It goes through `ZipFile.open(info, "w")`, which computes
the CRC and sizes and writes the headers as writestr does, and hands its writer the remembered
bytes in place of its compressor's output (the writer's `_compressor`, a private attribute of
the standard library's zipfile). A first write checks that this gives writestr's bytes, and the
process falls back to writestr for good if it does not (another Python's zipfile).
"""

from __future__ import annotations

import hashlib
import io
import zipfile
from typing import Any

from reportgen.memo import Memo

#: Contents shorter than this are deflated each time (their digest would cost about as much).
SMALLEST = 2048
#: About 4 KB to 60 KB of deflated bytes each: a few MB at most.
_DEFLATED: Memo[bytes, bytes] = Memo(256)
_WORKS: list[bool] = []  # whether the writer's hook gives writestr's bytes (checked once)


class _Recording:
    """A compressor that keeps what it gives."""

    def __init__(self, compressor: Any) -> None:
        self._compressor = compressor
        self.given: list[bytes] = []

    def compress(self, data: Any) -> bytes:
        self.given.append(self._compressor.compress(data))
        return self.given[-1]

    def flush(self) -> bytes:
        self.given.append(self._compressor.flush())
        return self.given[-1]


class _Replay:
    """A compressor that gives the remembered deflated bytes of the one content written."""

    def __init__(self, deflated: bytes) -> None:
        self._deflated: bytes | None = deflated

    def compress(self, data: Any) -> bytes:
        if self._deflated is None:
            raise RuntimeError("a remembered entry is written in one piece")
        deflated, self._deflated = self._deflated, None
        return deflated

    def flush(self) -> bytes:
        return b""


def write(package: zipfile.ZipFile, info: zipfile.ZipInfo, content: bytes) -> None:
    """`package.writestr(info, content)`, deflating each distinct content once a process."""
    if info.compress_type != zipfile.ZIP_DEFLATED or len(content) < SMALLEST or not _hook_works():
        package.writestr(info, content)
        return
    _write(package, info, content)


def _write(package: zipfile.ZipFile, info: zipfile.ZipInfo, content: bytes) -> None:
    key = hashlib.sha256(content).digest()
    known = _DEFLATED.get(key)
    recording = None
    info.file_size = len(content)  # as writestr sets it before opening the entry
    with package.open(info, "w") as entry:
        compressor: Any = getattr(entry, "_compressor", None)
        if known is not None:
            entry._compressor = _Replay(known)  # type: ignore[attr-defined]
        else:
            entry._compressor = recording = _Recording(compressor)  # type: ignore[attr-defined]
        entry.write(content)
    if recording is not None:
        _DEFLATED.remember(key, b"".join(recording.given))


def _hook_works() -> bool:
    """Whether writing through the hook gives writestr's bytes, missed and remembered (once)."""
    if not _WORKS:
        _WORKS.append(_check())
    return _WORKS[0]


def _check() -> bool:
    content = b"<sample>" + b"reportgen deflates a part once " * 200 + b"</sample>"
    outputs = []
    try:
        for how in ("writestr", "missed", "remembered"):
            out = io.BytesIO()
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
                info = zipfile.ZipInfo("part.xml", date_time=(2026, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                if how == "writestr":
                    package.writestr(info, content)
                else:
                    _write(package, info, content)
            outputs.append(out.getvalue())
    except Exception:  # another zipfile: writestr it is
        return False
    finally:
        _DEFLATED.clear()
    return outputs[0] == outputs[1] == outputs[2]
