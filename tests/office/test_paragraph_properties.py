"""One helper gets or makes a paragraph's properties for Word (w:pPr) and DrawingML (a:pPr): in the
paragraph's own namespace, as its first child, and the one it has when it has one."""

from __future__ import annotations

from lxml import etree

from reportgen.office.ooxml import paragraph_properties, qn


def test_a_paragraph_without_properties_gets_them_first_in_its_own_namespace() -> None:
    for prefix in ("w", "a"):
        paragraph = etree.Element(qn(f"{prefix}:p"))
        etree.SubElement(paragraph, qn(f"{prefix}:r"))
        made = paragraph_properties(paragraph)
        assert made.tag == qn(f"{prefix}:pPr")
        assert paragraph[0] is made
        assert len(paragraph) == 2


def test_a_paragraph_with_properties_keeps_them() -> None:
    for prefix in ("w", "a"):
        paragraph = etree.Element(qn(f"{prefix}:p"))
        own = etree.SubElement(paragraph, qn(f"{prefix}:pPr"))
        own.set("marker", "1")
        etree.SubElement(paragraph, qn(f"{prefix}:r"))
        assert paragraph_properties(paragraph) is own
        assert len(paragraph.findall(qn(f"{prefix}:pPr"))) == 1
