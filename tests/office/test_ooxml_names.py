"""office/ooxml.py writes out the Office libraries' names instead of importing them, so that
reading a template's look (office/look.py) imports neither library: they must stay the same."""

from __future__ import annotations

import subprocess
import sys

from docx.oxml.ns import nsmap
from pptx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE

from reportgen.office import ooxml


def test_names_are_the_libraries() -> None:
    assert nsmap == ooxml._DOCX_NAMESPACES
    assert ooxml.HYPERLINK == RELATIONSHIP_TYPE.HYPERLINK
    assert ooxml.OFFICE_DOCUMENT == RELATIONSHIP_TYPE.OFFICE_DOCUMENT
    assert ooxml.MAIN_CONTENT_TYPES == {
        ".pptx": CONTENT_TYPE.PML_PRESENTATION_MAIN,
        ".docx": CONTENT_TYPE.WML_DOCUMENT_MAIN,
    }
    assert {
        CONTENT_TYPE.SML_SHEET_MAIN,
        CONTENT_TYPE.WML_DOCUMENT_MAIN,
        CONTENT_TYPE.PML_PRESENTATION_MAIN,
    } == ooxml.EMBEDDED_MAIN_TYPES


def test_reading_a_look_imports_no_office_library() -> None:
    code = (
        "import sys, reportgen.office.look\n"
        "print(sorted(m for m in ('pptx', 'docx', 'docxtpl') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
