"""The one place that knows Office Open XML by name: namespaces, `qn`, paragraph text, the
hardened parser and relationship kinds.

python-pptx and python-docx cover most of what we need; what they lack (statement markers between
elements, alt text attributes, a parser that never resolves entities) is done here. Nothing else
in reportgen writes a namespace URI or a magic number. The names below are the libraries' own
(docx's namespace map, python-pptx's relationship and content types), written out rather than
imported: importing either name imports the whole library (about 30 MiB with lxml's parts), and a
build reads its templates' looks (office/look.py) before it renders, while the chart helper draws
(tests/office/test_ooxml_names.py holds them equal to the libraries').
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from lxml import etree

#: python-docx's namespace map (`docx.oxml.ns.nsmap`).
_DOCX_NAMESPACES = {
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "c": "http://schemas.openxmlformats.org/drawingml/2006/chart",
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
    "dc": "http://purl.org/dc/elements/1.1/",
    "dcmitype": "http://purl.org/dc/dcmitype/",
    "dcterms": "http://purl.org/dc/terms/",
    "dgm": "http://schemas.openxmlformats.org/drawingml/2006/diagram",
    "m": "http://schemas.openxmlformats.org/officeDocument/2006/math",
    "pic": "http://schemas.openxmlformats.org/drawingml/2006/picture",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "sl": "http://schemas.openxmlformats.org/schemaLibrary/2006/main",
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "w14": "http://schemas.microsoft.com/office/word/2010/wordml",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "xml": "http://www.w3.org/XML/1998/namespace",
    "xsi": "http://www.w3.org/2001/XMLSchema-instance",
}
_RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_MAIN = "application/vnd.openxmlformats-officedocument.{}.main+xml"

A_NS = _DOCX_NAMESPACES["a"]
R_NS = _DOCX_NAMESPACES["r"]
W_NS = _DOCX_NAMESPACES["w"]
P_NS = "http://schemas.openxmlformats.org/presentationml/2006/main"
#: SpreadsheetML (a chart's embedded workbook).
X_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
#: The relationships part's own namespace (`_rels/*.rels`).
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
#: Our own namespace for markers that stand in for something while a part is rendered (a Jinja
#: statement around paragraphs, a picture slot in Word); none survive rendering.
RG_NS = "urn:reportgen:template"
CONTENT_TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
THUMBNAIL_REL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail"
APP_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    "<Application>reportgen</Application>{company}</Properties>"
)

_PREFIXES = {**_DOCX_NAMESPACES, "p": P_NS, "rg": RG_NS, "pr": PKG_REL_NS, "x": X_NS, "ct": CONTENT_TYPES_NS}

HYPERLINK = f"{_RELATIONSHIPS}/hyperlink"
OFFICE_DOCUMENT = f"{_RELATIONSHIPS}/officeDocument"  # the package's main part
#: The main part's content type of each kind of document (python-pptx and python-docx open no other).
MAIN_CONTENT_TYPES = {
    ".pptx": _MAIN.format("presentationml.presentation"),
    ".docx": _MAIN.format("wordprocessingml.document"),
}
#: The main parts a package inside a package may have: a workbook (a chart's data), a document or
#: a presentation (an embedded object), never a macro-enabled one.
EMBEDDED_MAIN_TYPES = frozenset({_MAIN.format("spreadsheetml.sheet"), *MAIN_CONTENT_TYPES.values()})

#: Parses untrusted XML: no entities resolved, no DTD loaded, nothing fetched.
SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


def content_types(types_xml: bytes) -> Callable[[str], str | None]:
    """Look a part's content type up in a [Content_Types].xml: its Override, else its extension's
    Default. Part names and extensions compare without regard to case, as in OPC and the libraries."""
    types = etree.fromstring(types_xml, SAFE_PARSER)
    defaults = {
        el.get("Extension", "").lower(): el.get("ContentType", "") for el in types.iter(qn("ct:Default"))
    }
    overrides = {
        el.get("PartName", "").lstrip("/").lower(): el.get("ContentType", "")
        for el in types.iter(qn("ct:Override"))
    }

    def content_type(name: str) -> str | None:
        file = name.rsplit("/", 1)[-1]
        extension = file.rsplit(".", 1)[-1].lower() if "." in file else ""
        return overrides.get(name.lower()) or defaults.get(extension)

    return content_type


@functools.lru_cache(maxsize=1024)  # bounded, though every name is a constant of our code
def qn(name: str) -> str:
    """'a:t' -> '{http://...drawingml/2006/main}t' (also 'p:', 'w:', 'r:', 'rg:', 'pr:', 'x:', 'ct:').
    Kept once a process for each name: the names are our code's constants, a few hundred, and a
    rebuild asks for them about 7,000 times."""
    prefix, _, local = name.partition(":")
    return f"{{{_PREFIXES[prefix]}}}{local}"


def paragraph_text(paragraph: etree._Element) -> str:
    """The text of a Word (w:p) or DrawingML (a:p) paragraph, runs joined; Word's no-break
    hyphen element read as the hyphen it prints (office/name_hyphens.py)."""
    if paragraph.tag != qn("w:p"):
        return "".join(t.text or "" for t in paragraph.iter(qn("a:t")))
    hyphen = qn("w:noBreakHyphen")
    return "".join("-" if t.tag == hyphen else t.text or "" for t in paragraph.iter(qn("w:t"), hyphen))


def word_paragraphs(element: etree._Element) -> list[etree._Element]:
    """Every Word paragraph under `element`, tables and text boxes included, in document order."""
    return list(element.iter(qn("w:p")))


def statement_element(statement: str) -> etree._Element:
    """A stand-in element holding a Jinja statement such as '{% for x in xs %}'."""
    element = etree.Element(qn("rg:stmt"), nsmap={"rg": RG_NS})
    element.text = statement
    return element


def set_alt_text(c_nv_pr: etree._Element, name: str, description: str) -> None:
    """Name and describe a picture (the 'alt text' PowerPoint and Word show and read aloud)."""
    c_nv_pr.set("name", name)
    c_nv_pr.set("descr", description)


#: The children of w:pPr, in the order the schema requires (those before autoSpaceDE/DN and after).
P_PR_ORDER = (
    "pStyle",
    "keepNext",
    "keepLines",
    "pageBreakBefore",
    "framePr",
    "widowControl",
    "numPr",
    "suppressLineNumbers",
    "pBdr",
    "shd",
    "tabs",
    "suppressAutoHyphens",
    "kinsoku",
    "wordWrap",
    "overflowPunct",
    "topLinePunct",
    "autoSpaceDE",
    "autoSpaceDN",
    "bidi",
    "adjustRightInd",
    "snapToGrid",
    "spacing",
    "ind",
    "contextualSpacing",
    "mirrorIndents",
    "suppressOverlap",
    "jc",
    "textDirection",
    "textAlignment",
    "textboxTightWrap",
    "outlineLvl",
    "divId",
    "cnfStyle",
    "rPr",
    "sectPr",
    "pPrChange",
)


def paragraph_properties(paragraph: etree._Element) -> etree._Element:
    """A Word (w:p) or DrawingML (a:p) paragraph's properties (w:pPr, a:pPr: in the paragraph's own
    namespace), made its first child, where both schemas put them, when it has none."""
    tag = f"{{{etree.QName(paragraph).namespace}}}pPr"
    properties = paragraph.find(tag)
    if properties is None:
        properties = etree.Element(tag)
        paragraph.insert(0, properties)
    return properties


def insert_in_order(p_pr: etree._Element, element: etree._Element) -> None:
    """`element` among `p_pr`'s children where the schema puts it (Word refuses another order)."""
    rank = {qn(f"w:{name}"): i for i, name in enumerate(P_PR_ORDER)}
    mine = rank[element.tag]
    for i, child in enumerate(p_pr):
        if rank.get(child.tag, len(rank)) > mine:
            p_pr.insert(i, element)
            return
    p_pr.append(element)
