"""Parts deflated once a process (office/deflated.py): the zip is byte for byte writestr's."""

from __future__ import annotations

import io
import zipfile

import pytest

from reportgen.memo import Memo
from reportgen.office import deflated

from ..conftest import TEMPLATES

PARTS = [
    (name, zipfile.ZipFile(TEMPLATES / "briefing.docx").read(name))
    for name in zipfile.ZipFile(TEMPLATES / "briefing.docx").namelist()
]


def _zipped(writer: object) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for name, content in PARTS:
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 5, 6, 30, 0))
            info.compress_type = zipfile.ZIP_STORED if name.endswith(".jpeg") else zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            writer(package, info, content)  # type: ignore[operator]
    return out.getvalue()


def test_a_part_deflated_before_is_written_as_writestr_writes_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(deflated, "_DEFLATED", Memo(256))
    expected = _zipped(zipfile.ZipFile.writestr)
    assert _zipped(deflated.write) == expected  # deflated, and remembered
    remembered = len(deflated._DEFLATED)
    assert remembered >= 3  # the styles, stylesWithEffects, the document...
    assert _zipped(deflated.write) == expected  # written from memory
    assert len(deflated._DEFLATED) == remembered
    with zipfile.ZipFile(io.BytesIO(expected)) as package:
        assert package.testzip() is None


def test_without_the_hook_writestr_writes_every_part(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(deflated, "_DEFLATED", Memo(256))
    monkeypatch.setattr(deflated, "_WORKS", [False])
    assert _zipped(deflated.write) == _zipped(zipfile.ZipFile.writestr)
    assert len(deflated._DEFLATED) == 0


def test_the_hook_is_checked_against_writestr(monkeypatch: pytest.MonkeyPatch) -> None:
    assert deflated._check() is True
    monkeypatch.setattr(deflated, "_Replay", lambda known: deflated._Replay(known[:-1]))
    assert deflated._check() is False  # a writer that gave other bytes would not be used
