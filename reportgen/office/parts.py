"""The parts of a rendered document as its library's save() would write them, not yet zipped.

python-docx and python-pptx save by deflating every part into a zip; `properties.finish_package`
then rewrote that zip (our app.xml, no thumbnail, dated entries), so every part was compressed
twice and inflated once in between: about a tenth of a text-only build. Here each library's own
serializers give the parts' bytes, the content-types part and the relationship parts, in the
order its save() writes them, and the package is zipped once. A test compares these parts with
what each library's save() writes, so a library that changes how it saves is noticed.
"""

from __future__ import annotations

from typing import Any

Parts = list[tuple[str, bytes]]


def document_parts(document: Any) -> Parts:
    """(zip member name, bytes) of every part of a python-pptx Presentation, a python-docx
    Document or a docxtpl template, in the order of the library's save()."""
    if hasattr(document, "docx") and hasattr(document, "pre_processing"):
        document.pre_processing()  # what docxtpl's save() does before python-docx's
        document = document.docx
    package = document.part.package
    from pptx.opc.package import OpcPackage as PptxPackage

    if isinstance(package, PptxPackage):
        return _pptx_parts(package)
    return _docx_parts(package)


def _pptx_parts(package: Any) -> Parts:
    from pptx.opc.oxml import serialize_part_xml
    from pptx.opc.serialized import _ContentTypesItem

    parts = tuple(package.iter_parts())
    found = [
        ("[Content_Types].xml", serialize_part_xml(_ContentTypesItem.xml_for(parts))),
        ("_rels/.rels", package._rels.xml),
    ]
    for part in parts:
        found.append((part.partname.membername, part.blob))
        if part._rels:
            found.append((part.partname.rels_uri.membername, part.rels.xml))
    return found


def _docx_parts(package: Any) -> Parts:
    from docx.opc.pkgwriter import _ContentTypesItem

    for part in package.parts:
        part.before_marshal()
    parts = list(package.parts)
    found = [
        ("[Content_Types].xml", _ContentTypesItem.from_parts(parts).blob),
        ("_rels/.rels", package.rels.xml),
    ]
    for part in parts:
        found.append((part.partname.membername, part.blob))
        if len(part.rels):
            found.append((part.partname.rels_uri.membername, part.rels.xml))
    return found
