"""A document's parts, as `office/parts.py` serializes them for zipping once, are exactly what the
library's own save() writes: the same members, in the same order, with the same bytes."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from reportgen.office.parts import document_parts

from ..conftest import TEMPLATES


def _deck() -> Any:
    from pptx import Presentation

    return Presentation(str(TEMPLATES / "deck.pptx"))


def _document() -> Any:
    from docx import Document

    return Document(str(TEMPLATES / "briefing.docx"))


def _docxtpl() -> Any:
    from docxtpl import DocxTemplate

    template = DocxTemplate(str(TEMPLATES / "briefing.docx"))
    template.init_docx()
    return template


@pytest.mark.parametrize("load", [_deck, _document, _docxtpl], ids=["python-pptx", "python-docx", "docxtpl"])
def test_the_parts_are_what_the_librarys_save_writes(load: Callable[[], Any]) -> None:
    document = load()
    buffer = io.BytesIO()
    document.save(buffer)
    with zipfile.ZipFile(buffer) as saved:
        expected = [(info.filename, saved.read(info)) for info in saved.infolist()]
    assert document_parts(load()) == expected


def test_a_picture_added_to_a_deck_is_among_the_parts(tmp_path: Path) -> None:
    from PIL import Image
    from pptx.util import Inches

    picture = tmp_path / "p.png"
    Image.new("RGB", (30, 20), "blue").save(picture)
    deck = _deck()
    deck.slides[0].shapes.add_picture(str(picture), Inches(1), Inches(1))
    names = dict(document_parts(deck))
    media = [name for name in names if name.startswith("ppt/media/") and name.endswith(".png")]
    assert any(names[name] == picture.read_bytes() for name in media)
