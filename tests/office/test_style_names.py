"""The page keeping reads paragraph styles' names from the styles part's XML, as python-docx names
them ('heading 1' is 'Heading 1'); a style without a type is a paragraph's."""

from __future__ import annotations

from docx import Document
from lxml import etree

from reportgen.office.ooxml import qn
from reportgen.office.word_pages import _style_names

from ..conftest import TEMPLATES


def test_the_names_are_python_docxs_for_every_paragraph_style() -> None:
    document = Document(str(TEMPLATES / "briefing.docx"))
    expected = {s.style_id: s.name or "" for s in document.styles if s.type == 1}  # PARAGRAPH
    assert "Heading 1" in expected.values()
    assert _style_names(document) == expected


def test_a_style_without_a_type_is_a_paragraphs_and_a_character_style_is_not() -> None:
    document = Document(str(TEMPLATES / "briefing.docx"))
    styles = document.styles.element
    untyped = etree.SubElement(styles, qn("w:style"), {qn("w:styleId"): "Untyped"})
    etree.SubElement(untyped, qn("w:name"), {qn("w:val"): "heading 2"})
    etree.SubElement(styles, qn("w:style"), {qn("w:type"): "character", qn("w:styleId"): "Marked"})
    names = _style_names(document)
    assert names["Untyped"] == "Heading 2"
    assert "Marked" not in names
