"""Checks on a template file before a library opens it: is it the Office package it claims to be?

Word and PowerPoint files are zip packages with a known main part. Saying so plainly beats the
KeyError or BadZipFile a library would raise on a PDF renamed to .pptx.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from .errors import TemplateProblem

_KINDS = {
    ".docx": ("a Word document", "word/document.xml", "Word Document (.docx)"),
    ".pptx": ("a PowerPoint file", "ppt/presentation.xml", "PowerPoint Presentation (.pptx)"),
}


def check_template_package(template: Path, name: str) -> None:
    what, main_part, save_as = _KINDS[template.suffix.lower()]
    if not template.is_file():
        raise TemplateProblem(f"{name}: no such template", hint="check --templates, or copy the default one")
    if not zipfile.is_zipfile(template):
        hint = f"save the template as '{save_as}'"
        raise TemplateProblem(f"{name}: not {what} ({template.suffix} is a zip package)", hint=hint)
    try:
        with zipfile.ZipFile(template) as package:
            names = set(package.namelist())
    except (zipfile.BadZipFile, OSError) as exc:
        raise TemplateProblem(f"{name}: the package cannot be read: {exc}") from None
    if main_part not in names:
        raise TemplateProblem(f"{name}: the package has no {main_part}; it is not {what}")
