"""The one place that names Office Open XML elements directly.

python-pptx and python-docx cover most of what we need; what they lack (statement markers between
elements, alt text attributes, moving a shape in the z-order) is done here or with these names.
"""

from __future__ import annotations

from lxml import etree

A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
P_NS = "http://schemas.openxmlformats.org/presentationml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#: Our own namespace for Jinja statements that stand in for a whole paragraph or table row while a
#: shape is serialized for rendering; none survive rendering.
RG_NS = "urn:reportgen:template"

_PREFIXES = {"a": A_NS, "p": P_NS, "rg": RG_NS}


def qn(name: str) -> str:
    """'a:t' -> '{http://...drawingml/2006/main}t'."""
    prefix, _, local = name.partition(":")
    return f"{{{_PREFIXES[prefix]}}}{local}"


def statement_element(statement: str) -> etree._Element:
    """A stand-in element holding a Jinja statement such as '{% for x in xs %}'."""
    element = etree.Element(qn("rg:stmt"), nsmap={"rg": RG_NS})
    element.text = statement
    return element


def set_alt_text(c_nv_pr: etree._Element, name: str, description: str) -> None:
    """Name and describe a picture (the 'alt text' PowerPoint and Word show and read aloud)."""
    c_nv_pr.set("name", name)
    c_nv_pr.set("descr", description)
