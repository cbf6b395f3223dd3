"""A deck template's members are inflated once a process (office/powerpoint/inflated.py): python-pptx
opens the same parts from them as from the file, an edited template is read anew, and any other
stream is python-pptx's own to read."""

from __future__ import annotations

import io
import zipfile

from lxml import etree
from pptx import Presentation
from pptx.opc import serialized
from pptx.util import lazyproperty

from reportgen.office.powerpoint import inflated

from ..conftest import TEMPLATES


def _parts(prs: object) -> list[tuple[str, bytes]]:
    package = prs.part.package  # type: ignore[attr-defined]
    return [
        (str(p.partname), etree.tostring(p._element) if hasattr(p, "_element") else p.blob)
        for p in package.iter_parts()
    ]


def test_the_library_reads_its_members_as_this_module_expects() -> None:
    # python-pptx's reader keeps the inflated members in a lazy property of this name
    assert isinstance(vars(serialized._ZipPkgReader)["_blobs"], lazyproperty)
    assert "factory" in vars(serialized._PhysPkgReader)


def test_the_same_parts_as_python_pptxs_own_reading() -> None:
    data = (TEMPLATES / "deck.pptx").read_bytes()
    own = _parts(Presentation(io.BytesIO(data)))
    assert len(own) > 50
    assert _parts(Presentation(inflated.opened(data))) == own
    assert _parts(Presentation(inflated.opened(data))) == own  # from the memo


def test_an_edited_template_is_read_anew() -> None:
    data = (TEMPLATES / "deck.pptx").read_bytes()
    Presentation(inflated.opened(data))
    edited = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(edited, "w") as dst:
        for info in src.infolist():
            content = src.read(info)
            if info.filename == "ppt/slides/slide1.xml":
                assert b"</a:t>" in content
                content = content.replace(b"</a:t>", b"EDITED</a:t>", 1)
            dst.writestr(info, content)
    prs = Presentation(inflated.opened(edited.getvalue()))
    assert "EDITED" in etree.tostring(prs.slides[0]._element, encoding="unicode")


def test_any_other_stream_is_read_by_python_pptx() -> None:
    inflated._install()
    data = (TEMPLATES / "deck.pptx").read_bytes()
    reader = serialized._PhysPkgReader.factory(io.BytesIO(data))
    assert type(reader) is serialized._ZipPkgReader
    assert "_blobs" not in vars(reader)  # it inflates the members itself when asked
