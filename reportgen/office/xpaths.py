"""python-pptx's and python-docx's XPath queries, compiled once a process instead of at every call.

Both libraries answer many of their properties with `BaseOxmlElement.xpath(...)`, which passes the
expression to lxml's `_Element.xpath`: libxml2 compiles it again on every call. python-pptx asks
"is this shape a placeholder?" (`./*[1]/p:nvPr/p:ph`) for every shape it hands out, so a deck's
rendering and its document check compiled that one expression about 800 times a build: about a
tenth of a rebuild under `reportgen watch`. `install()` replaces that method with one that keeps
each expression's compiled `etree.XPath` (same namespaces, same results; lxml serialises a compiled
expression's evaluations with a lock of its own, so threads may share it) in a bounded memo.
"""

from __future__ import annotations

from typing import Any

from lxml import etree

from reportgen.memo import Memo

#: The libraries' expressions are constants of their code, a few dozen; a few are formatted with
#: an index (a chart's series, a table's cell): the memo bounds what such formatting could add.
_LIMIT = 512


def _compiling(namespaces: dict[str, str]) -> Any:
    compiled: Memo[str, etree.XPath] = Memo(_LIMIT)

    def xpath(self: etree._Element, xpath_str: str) -> Any:
        query = compiled.get(xpath_str)
        if query is None:
            query = etree.XPath(xpath_str, namespaces=namespaces)
            compiled.remember(xpath_str, query)
        return query(self)

    xpath.__doc__ = "`_Element.xpath(xpath_str)` with the library's namespaces, compiled once."
    return xpath


def install(library: str) -> None:
    """Compile the queries of `library` ("pptx" or "docx") once a process (idempotent)."""
    if library == "pptx":
        from pptx.oxml import xmlchemy as pptx_xmlchemy

        cls, namespaces = pptx_xmlchemy.BaseOxmlElement, pptx_xmlchemy._nsmap
    else:
        from docx.oxml import xmlchemy as docx_xmlchemy

        cls, namespaces = docx_xmlchemy.BaseOxmlElement, docx_xmlchemy.nsmap
    if cls not in _INSTALLED:
        cls.xpath = _compiling(namespaces)
        _INSTALLED.add(cls)


_INSTALLED: set[type] = set()
