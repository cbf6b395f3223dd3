"""The library internals reportgen relies on, each named, so that an upgrade that changes one fails
here with the internal's name and the place that uses it, not somewhere deep in a build.

pyproject.toml bounds docxtpl, python-docx and python-pptx from above for this reason: raise a bound
only when this file passes with the new version.
"""

from __future__ import annotations

import importlib
import inspect
import io
import zipfile
from typing import Any

import docx
import pptx
import pytest
from docxtpl import DocxTemplate
from pptx.chart.data import CategoryChartData
from pptx.enum.chart import XL_CHART_TYPE
from pptx.util import Inches

from reportgen.office.parts import document_parts

# (module, attribute path, the parameters reportgen passes, where reportgen uses it)
SIGNATURES = [
    ("docxtpl", "DocxTemplate.patch_xml", "self, src_xml", "office/word.py, office/inspect.py"),
    ("docxtpl", "DocxTemplate.fix_tables", "self, xml", "office/word.py"),
    ("docxtpl", "DocxTemplate.render_xml_part", "self, src_xml, part, context, jinja_env", "office/word.py"),
    ("docxtpl", "DocxTemplate.render_properties", "self, context, jinja_env", "office/word.py"),
    ("docxtpl", "DocxTemplate.pre_processing", "self", "office/parts.py"),
    ("docx.opc.pkgwriter", "_ContentTypesItem.from_parts", "parts", "office/parts.py"),
    ("docx.opc.part", "Part.before_marshal", "self", "office/parts.py"),
    ("pptx.opc.serialized", "_ContentTypesItem.xml_for", "parts", "office/parts.py"),
    ("pptx.opc.oxml", "serialize_part_xml", "part_elm", "office/parts.py"),
    ("pptx.opc.package", "OpcPackage.iter_parts", "self", "office/parts.py"),
    ("pptx.opc.package", "OpcPackage.next_partname", "self, tmpl", "office/powerpoint/native.py"),
    (
        "pptx.parts.chart",
        "ChartPart.load",
        "partname, content_type, package, blob",
        "office/powerpoint/native.py",
    ),
    (
        "pptx.shapes.shapetree",
        "SlideShapes._add_chart_graphicFrame",
        "self, rId, x, y, cx, cy",
        "office/powerpoint/native.py",
    ),
    ("pptx.shapes.shapetree", "SlideShapes._recalculate_extents", "self", "office/powerpoint/native.py"),
    ("pptx.shapes.shapetree", "SlideShapes._shape_factory", "self, shape_elm", "office/powerpoint/native.py"),
    ("pptx.oxml.xmlchemy", "BaseOxmlElement.xpath", "self, xpath_str", "office/xpaths.py"),
    ("docx.oxml.xmlchemy", "BaseOxmlElement.xpath", "self, xpath_str", "office/xpaths.py"),
]


def relied_on(module: str, path: str, parameters: str, where: str) -> str | None:
    """None when the internal is there with these parameters; else what changed, in words."""
    name = f"{module}.{path}({parameters})"
    try:
        found: Any = importlib.import_module(module)
        for part in path.split("."):
            found = getattr(found, part)
    except (ImportError, AttributeError) as exc:
        return f"reportgen relies on {name} (reportgen/{where}), which is gone: {exc}"
    have = ", ".join(inspect.signature(found).parameters)
    if have != parameters:
        return f"reportgen relies on {name} (reportgen/{where}); this version has ({have})"
    return None


@pytest.mark.parametrize(
    ("module", "path", "parameters", "where"), SIGNATURES, ids=[s[1] for s in SIGNATURES]
)
def test_internal_is_there_with_the_parameters_we_pass(
    module: str, path: str, parameters: str, where: str
) -> None:
    problem = relied_on(module, path, parameters, where)
    assert problem is None, problem


def test_a_changed_internal_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(DocxTemplate, "patch_xml", lambda self, src_xml, strict: src_xml)
    assert relied_on("docxtpl", "DocxTemplate.patch_xml", "self, src_xml", "office/word.py") == (
        "reportgen relies on docxtpl.DocxTemplate.patch_xml(self, src_xml) (reportgen/office/word.py); "
        "this version has (self, src_xml, strict)"
    )
    monkeypatch.delattr(DocxTemplate, "fix_tables")
    assert relied_on("docxtpl", "DocxTemplate.fix_tables", "self, xml", "office/word.py") == (
        "reportgen relies on docxtpl.DocxTemplate.fix_tables(self, xml) (reportgen/office/word.py), which is "
        "gone: type object 'DocxTemplate' has no attribute 'fix_tables'"
    )


def test_docxtpl_patch_xml_uses_no_instance_state_and_turns_paragraph_tags_into_jinja() -> None:
    """office/inspect.py calls patch_xml(None, xml) for a template's Jinja source."""
    xml = "<w:p><w:r><w:t>{%p if x %}</w:t></w:r></w:p><w:p><w:r><w:t>{{ y }}</w:t></w:r></w:p>"
    assert (
        DocxTemplate.patch_xml(None, xml)
        == '{% if x %}<w:p><w:r><w:t xml:space="preserve">{{ y }}</w:t></w:r></w:p>'
    )


def _saved(document: Any) -> list[tuple[str, bytes]]:
    buffer = io.BytesIO()
    document.save(buffer)
    archive = zipfile.ZipFile(buffer)
    return [(info.filename, archive.read(info)) for info in archive.infolist()]


def test_document_parts_is_what_python_docx_saves() -> None:
    """office/parts.py rebuilds save()'s parts from python-docx's package writer internals
    (docx.opc.pkgwriter._ContentTypesItem, Part.before_marshal, package.parts and rels)."""
    document = docx.Document()
    document.add_paragraph("Closing of WAIC 2022")
    document.sections[0].header.paragraphs[0].text = "header"
    assert document.sections[0].header._element.tag.endswith("}hdr")  # office/word.py walks it
    assert document_parts(document) == _saved(document), (
        "reportgen relies on python-docx's package writer internals (reportgen/office/parts.py)"
    )


def test_document_parts_is_what_python_pptx_saves_and_the_trees_we_edit_are_there() -> None:
    """office/parts.py rebuilds save()'s parts from python-pptx's (_ContentTypesItem.xml_for,
    serialize_part_xml, package._rels, part._rels); the renderer edits _spTree, _sldIdLst,
    _element and a chart's _chartSpace."""
    prs = pptx.Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[5])
    slide.shapes.title.text = "At a glance"
    slide.notes_slide.notes_text_frame.text = "source sentence"
    data = CategoryChartData()
    data.categories = ["a", "b"]
    data.add_series("s", (1, 2))
    frame = slide.shapes.add_chart(XL_CHART_TYPE.COLUMN_CLUSTERED, 0, 0, Inches(4), Inches(3), data)
    assert slide.shapes._spTree.tag.endswith("}spTree")
    assert slide.notes_slide.shapes._spTree.tag.endswith("}spTree")
    assert prs.slide_masters[0].shapes._spTree.tag.endswith("}spTree")
    assert [element.tag.rsplit("}", 1)[1] for element in prs.slides._sldIdLst] == ["sldId"]
    assert frame._element.nvGraphicFramePr.cNvPr.get("name")
    assert frame.chart._chartSpace.tag.endswith("}chartSpace")
    assert prs.part.package._rels.xml and prs.part._rels
    assert document_parts(prs) == _saved(prs), (
        "reportgen relies on python-pptx's package writer internals (reportgen/office/parts.py)"
    )
