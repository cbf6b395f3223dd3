"""python-pptx's and python-docx's XPath queries are compiled once a process (office/xpaths.py)
and answer exactly as lxml's own `_Element.xpath` does."""

from __future__ import annotations

import pytest
from docx import Document
from docx.oxml import xmlchemy as docx_xmlchemy
from lxml import etree
from pptx import Presentation
from pptx.oxml import xmlchemy as pptx_xmlchemy

from reportgen.office import powerpoint, word  # noqa: F401 - importing a renderer installs it

from ..conftest import TEMPLATES

PPTX_QUERIES = ["./*[1]/p:nvPr/p:ph", "./p:txBody/a:p", ".//a:t", "./*[1]/p:cNvPr/@name"]
DOCX_QUERIES = ["./w:pPr/w:pStyle", ".//w:t", "./w:r", "count(.//w:r)"]


def test_the_libraries_queries_are_compiled_once_by_the_renderers() -> None:
    assert pptx_xmlchemy.BaseOxmlElement.xpath.__module__ == "reportgen.office.xpaths"
    assert docx_xmlchemy.BaseOxmlElement.xpath.__module__ == "reportgen.office.xpaths"


@pytest.mark.parametrize("query", PPTX_QUERIES)
def test_a_compiled_pptx_query_answers_as_lxml_does(query: str) -> None:
    prs = Presentation(str(TEMPLATES / "deck.pptx"))
    elements = [shape._element for slide in prs.slides for shape in slide.shapes]
    assert len(elements) > 10
    for element in elements:
        ours = element.xpath(query)
        theirs = etree._Element.xpath(element, query, namespaces=pptx_xmlchemy._nsmap)
        assert ours == theirs
    assert any(element.xpath(query) for element in elements)  # the query finds something


@pytest.mark.parametrize("query", DOCX_QUERIES)
def test_a_compiled_docx_query_answers_as_lxml_does(query: str) -> None:
    document = Document(str(TEMPLATES / "briefing.docx"))
    elements = list(document.element.body.iter())
    found = 0
    for element in elements:
        if not isinstance(element, docx_xmlchemy.BaseOxmlElement):
            continue
        ours = element.xpath(query)
        assert ours == etree._Element.xpath(element, query, namespaces=docx_xmlchemy.nsmap)
        found += bool(ours)
    assert found
