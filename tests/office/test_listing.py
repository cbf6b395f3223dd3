"""Tabs, line feeds, bells and form feeds in rendered text become Word's own (docxtpl's
`resolve_listing`); the briefing hands docxtpl only the paragraphs that hold one, and what it
writes is what docxtpl writes for the whole part."""

from __future__ import annotations

from docxtpl import DocxTemplate

from reportgen.office.word import _StrictTemplate

_RUN = '<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{}</w:t></w:r>'
_PARAGRAPH = '<w:p w:rsidR="1"><w:pPr><w:pStyle w:val="Body"/></w:pPr>{}</w:p>'
_BOXED = (
    "<w:p><w:r><w:drawing><w:txbxContent>"
    + _PARAGRAPH.format(_RUN.format("in a box\nsecond line"))
    + "</w:txbxContent>"
    "</w:drawing></w:r>" + _RUN.format("after\tthe box") + "</w:p>"
)


def _part(*paragraphs: str) -> str:
    return "<w:document><w:body>" + "".join(paragraphs) + "<w:sectPr/></w:body></w:document>"


def _docxtpls(xml: str) -> str:
    return DocxTemplate.resolve_listing(object.__new__(DocxTemplate), xml)


def _ours(xml: str) -> str:
    return _StrictTemplate.resolve_listing(object.__new__(_StrictTemplate), xml)


def test_a_part_without_listing_characters_is_left_as_it_is() -> None:
    xml = _part(_PARAGRAPH.format(_RUN.format("Visitors: 52,000")), "<w:p/>", "<w:p></w:p>")
    assert _ours(xml) == _docxtpls(xml) == xml


def test_every_listing_character_is_resolved_as_docxtpl_resolves_it() -> None:
    texts = ["plain", "a\tb", "line\nbreak", "new\aparagraph", "page\fbreak", "all\t\n\a\f"]
    xml = _part(*(_PARAGRAPH.format(_RUN.format(text) + _RUN.format("x")) for text in texts), _BOXED)
    resolved = _ours(xml)
    assert resolved == _docxtpls(xml)
    assert "<w:tab/>" in resolved and "<w:br/>" in resolved and '<w:br w:type="page"/>' in resolved
