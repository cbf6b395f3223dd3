"""The page estimate (office/word_fill.py) reads paragraph styles from the styles part's XML
(office/word_styles.py) and keeps what it looked up: every property of every paragraph style is
the one python-docx's style chain (`base_style`, the document's defaults) gives, and an edit to a
style is seen by a new reading."""

from __future__ import annotations

from typing import Any

from docx import Document
from lxml import etree

from reportgen.office.ooxml import qn
from reportgen.office.word_styles import Styles

from ..conftest import TEMPLATES

_PATHS = ("w:pPr/w:keepNext", "w:pPr/w:keepLines", "w:pPr/w:contextualSpacing", "w:rPr/w:sz", "w:rPr/w:b")


def _path(path: str) -> str:
    return "/".join(qn(step) for step in path.split("/"))


def _by_python_docx(document: Any, style_id: str | None, path: str) -> etree._Element | None:
    """The lookup as python-docx's style objects make it (the estimate's first way)."""
    by_id = {s.style_id: s for s in document.styles if s.type == 1}
    style = by_id.get(style_id) if style_id is not None else None
    if style is None:
        style = next((s for s in by_id.values() if s.name == "Normal"), None)
    seen = 0
    while style is not None and seen < 20:
        found = style.element.find(path)
        if found is not None:
            return found
        style, seen = style.base_style, seen + 1
    return document.styles.element.find(qn("w:docDefaults")).find(f".//{path}")


def _paragraph(style_id: str | None) -> etree._Element:
    paragraph = etree.Element(qn("w:p"))
    if style_id is not None:
        properties = etree.SubElement(paragraph, qn("w:pPr"))
        etree.SubElement(properties, qn("w:pStyle"), {qn("w:val"): style_id})
    return paragraph


def test_every_paragraph_styles_properties_are_python_docxs() -> None:
    document = Document(str(TEMPLATES / "briefing.docx"))
    styles = Styles(document)
    ids = [s.style_id for s in document.styles if s.type == 1]
    assert len(ids) > 20
    for style_id in [*ids, None, "NoSuchStyle"]:
        for path in map(_path, _PATHS):
            for _ in range(2):  # looked up, then kept
                assert styles.found(_paragraph(style_id), path) is _by_python_docx(document, style_id, path)


def test_a_new_reading_sees_an_edited_style() -> None:
    document = Document(str(TEMPLATES / "briefing.docx"))
    paragraph = _paragraph("Heading1")
    before = Styles(document).height(paragraph, 400.0)
    heading = document.styles.element.find(f"{qn('w:style')}[@{qn('w:styleId')}='Heading1']")
    properties = heading.find(qn("w:pPr"))
    spacing = properties.find(qn("w:spacing"))
    if spacing is None:
        spacing = etree.SubElement(properties, qn("w:spacing"))
    spacing.set(qn("w:before"), str(int(spacing.get(qn("w:before"), "0")) + 2000))
    assert Styles(document).height(paragraph, 400.0) == before + 100  # 2000 twips: 100 pt


def _text_paragraph(text: str) -> etree._Element:
    paragraph = _paragraph(None)
    run = etree.SubElement(paragraph, qn("w:r"))
    etree.SubElement(run, qn("w:t")).text = text
    return paragraph


def test_a_chinese_or_korean_line_is_taller_than_a_latin_one() -> None:
    """LibreOffice sets a line of Noto Sans CJK at about 1.45 its size, of DejaVu Sans (Arial's
    stand-in) at 1.16 (word_styles.LINE_HEIGHTS): a paragraph of one line of either, in the same
    style, is estimated at that line's height; a Latin line with a Chinese name is the taller."""
    document = Document(str(TEMPLATES / "briefing.docx"))
    styles = Styles(document)
    latin = styles.height(_text_paragraph("The summit closed."), 400.0)
    for text in ("峰会闭幕。", "박람회가 폐막했습니다.", "Zhang Wei (张为) spoke."):
        tall = styles.height(_text_paragraph(text), 400.0)
        spacing = latin - 10.5 * 1.17 * 264 / 240  # Normal: 10.5 pt, 1.1 lines, 5 pt after
        assert abs((tall - spacing) / (latin - spacing) - 1.45 / 1.17) < 0.02, (text, tall, latin)


def _body_paragraph(document: Any) -> etree._Element:
    """A body paragraph with text of its own (measured as it is set)."""
    return next(p for p in document.element.body.iter(qn("w:p")) if len("".join(p.itertext())) > 40)


def test_a_block_changed_since_it_was_measured_is_measured_anew() -> None:
    """The briefing's estimates share one reading while its pages are filled (`shared_styles`):
    a paragraph set tighter, or a chart redrawn, after its height was read is read again."""
    document = Document(str(TEMPLATES / "briefing.docx"))
    styles = Styles(document)
    paragraph = _body_paragraph(document)
    before = styles.height(paragraph, 450.0)
    spacing = paragraph.get_or_add_pPr().get_or_add_spacing()
    spacing.set(qn("w:before"), "2400")  # 120 pt more before it
    assert styles.height(paragraph, 450.0) == before + 120
    assert Styles(document).height(paragraph, 450.0) == before + 120


def test_the_shared_reading_is_one_documents_and_ends_with_its_block() -> None:
    from reportgen.office.word_styles import shared_styles, styles_of

    first, second = Document(str(TEMPLATES / "briefing.docx")), Document(str(TEMPLATES / "briefing.docx"))
    assert styles_of(first) is not styles_of(first)  # no block: a reading for each asking
    with shared_styles(first):
        shared = styles_of(first)
        assert styles_of(first) is shared
        assert styles_of(second) is not shared  # another document (another event) reads its own
        assert styles_of(second).root is second.styles.element
        with shared_styles(second):  # one inside another: the inner document's, never the other's
            assert styles_of(second) is styles_of(second) is not shared
            assert styles_of(first).root is first.styles.element
        assert styles_of(first) is shared
    assert styles_of(first) is not shared  # gone with the block
