"""A deck template's members inflated once a process, for python-pptx to open it from.

python-pptx opens a package by inflating every member into a dict (`_ZipPkgReader._blobs`) and
parsing the parts from it; a rebuild under `reportgen watch` opens the same template each time,
inflating its 111 members again (about 3 ms). `opened(data)` hands python-pptx the template's
bytes with its members inflated already, by the SHA-256 of the bytes (the same members in the
same order as python-pptx's own reading, each a bytes object nobody changes), through one
replacement of `_PhysPkgReader.factory` that serves only such a stream and leaves any other
to python-pptx's own.
"""

from __future__ import annotations

import hashlib
import io
import zipfile
from typing import Any

from reportgen.memo import Memo

#: Templates are few (one a project; a batch or a watch repeats it): the memo holds their members.
_MEMBERS: Memo[bytes, dict[Any, bytes]] = Memo(4)


class _Inflated(io.BytesIO):
    """A package's bytes, and its members as python-pptx's reader inflates them."""

    def __init__(self, data: bytes, members: dict[Any, bytes]) -> None:
        super().__init__(data)
        self.members = members


def opened(data: bytes) -> io.BytesIO:
    """`data` (a checked template's bytes) as `pptx.Presentation()` takes a stream."""
    _install()
    from pptx.opc.packuri import PackURI

    key = hashlib.sha256(data).digest()
    members = _MEMBERS.get(key)
    if members is None:
        with zipfile.ZipFile(io.BytesIO(data)) as package:  # as _ZipPkgReader._blobs reads it
            members = {PackURI(f"/{name}"): package.read(name) for name in package.namelist()}
        _MEMBERS.remember(key, members)
    return _Inflated(data, members)


def _install() -> None:
    from pptx.opc import serialized

    if getattr(serialized._PhysPkgReader.factory, "reportgen", False):
        return
    original = serialized._PhysPkgReader.factory

    def factory(cls: type, pkg_file: Any) -> Any:
        if not isinstance(pkg_file, _Inflated):
            return original(pkg_file)
        reader = serialized._ZipPkgReader(pkg_file)
        reader.__dict__["_blobs"] = dict(pkg_file.members)  # what the lazy property would hold
        return reader

    factory.reportgen = True  # type: ignore[attr-defined]
    serialized._PhysPkgReader.factory = classmethod(factory)  # type: ignore[assignment,method-assign]
