"""The briefing's styles part resolves its theme colours once a process for each template and
theme: made again from memory, the styles are byte for byte what resolving them gives."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from docx import Document
from docx.opc.oxml import serialize_part_xml

from reportgen.memo import Memo
from reportgen.office import word_theme
from reportgen.office.look import briefing_look

from ..conftest import TEMPLATES


def test_remembered_theme_edits_give_the_styles_resolving_gives(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(word_theme, "_STYLES_EDITS", Memo(8))
    data = (TEMPLATES / "briefing.docx").read_bytes()
    look = briefing_look(Document(io.BytesIO(data)))
    assert look is not None
    for colours in (look, replace(look, palette=("#112233", *look.palette[1:]), text="#202020")):
        expected = Document(io.BytesIO(data))
        word_theme.follow_theme(expected, colours)
        made = []
        for _ in range(2):  # worked out, then made again from memory
            document = Document(io.BytesIO(data))
            word_theme.follow_theme(document, colours, b"the template's digest")
            made.append(serialize_part_xml(document.styles.element))
        assert made[0] == made[1] == serialize_part_xml(expected.styles.element)
    assert len(word_theme._STYLES_EDITS) == 2  # one entry for each theme
    assert b'w:color="112233"' in made[1] or b'w:fill="112233"' in made[1]
