"""Checks on an Office package before any library inflates or parses it.

Templates come from other people. A .docx or .pptx is a zip package, so before python-docx or
python-pptx touch one we make sure it is what it claims (a zip with the right main part) and that
it cannot hurt us: no entry names that climb out of the package (`../`), no duplicate entries (two
readers may disagree on which one counts), no zip bomb (sizes and compression ratios are read from
the directory before anything is inflated), and no DOCTYPE or entity declarations in its XML.
"""

from __future__ import annotations

import re
import zipfile
from collections import Counter
from pathlib import Path

from lxml import etree

from .errors import TemplateProblem

_KINDS = {
    ".docx": ("a Word document", "word/document.xml", "Word Document (.docx)"),
    ".pptx": ("a PowerPoint file", "ppt/presentation.xml", "PowerPoint Presentation (.pptx)"),
}
MAX_ENTRIES = 5_000
MAX_UNPACKED = 300 * 1024 * 1024  # all entries together, inflated
MAX_RATIO = 200  # inflated / compressed, for entries over 1 MiB
_DECLARATION = re.compile(rb"<!(DOCTYPE|ENTITY)", re.I)
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


def check_template_package(template: Path, name: str) -> None:
    what, main_part, save_as = _KINDS[template.suffix.lower()]
    if not template.is_file():
        raise TemplateProblem(f"{name}: no such template", hint="check --templates, or copy the default one")
    if not zipfile.is_zipfile(template):
        hint = f"save the template as '{save_as}'"
        raise TemplateProblem(f"{name}: not {what} ({template.suffix} is a zip package)", hint=hint)
    try:
        with zipfile.ZipFile(template) as package:
            problem = _entry_problem(package, main_part, what)
            if problem is None:
                problem = _xml_problem(package)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as exc:
        raise TemplateProblem(
            f"{name}: the package cannot be read ({exc}); it is damaged",
            hint=f"open it in the Office program and save it again as '{save_as}'",
        ) from None
    if problem:
        raise TemplateProblem(
            f"{name}: {problem}", hint=f"open it in the Office program and save it again as '{save_as}'"
        )


def _entry_problem(package: zipfile.ZipFile, main_part: str, what: str) -> str | None:
    infos = package.infolist()
    if len(infos) > MAX_ENTRIES:
        return f"the package has {len(infos):,} entries; an Office file has at most {MAX_ENTRIES:,}"
    names = [info.filename for info in infos]
    duplicate = next((n for n, count in Counter(names).items() if count > 1), None)
    if duplicate:
        return f"the package holds the entry {duplicate!r} twice"
    for entry in names:
        parts = entry.replace("\\", "/").split("/")
        if entry.startswith(("/", "\\")) or ".." in parts or re.match(r"^[A-Za-z]:", entry):
            return f"the package has an entry named {entry!r}, outside the package"
    total = sum(info.file_size for info in infos)
    if total > MAX_UNPACKED:
        return (
            f"the package unpacks to {total / 2**20:,.0f} MiB; the limit is {MAX_UNPACKED / 2**20:,.0f} MiB"
        )
    for info in infos:
        if info.file_size > 2**20 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            ratio = info.file_size // max(info.compress_size, 1)
            return f"the entry {info.filename!r} inflates {ratio:,} times its packed size (a zip bomb?)"
    if main_part not in names:
        return f"the package has no {main_part}; it is not {what}"
    return None


def _xml_problem(package: zipfile.ZipFile) -> str | None:
    """The first XML part that declares a DOCTYPE or entities, or is not well-formed."""
    for info in package.infolist():
        if info.filename.endswith((".xml", ".rels")):
            data = package.read(info)  # sizes were checked above, before anything was inflated
            if _DECLARATION.search(data[: 64 * 1024]):
                return f"the part {info.filename} declares a DOCTYPE or entities, which Office files never do"
            try:
                etree.fromstring(data, _PARSER)
            except etree.XMLSyntaxError as exc:
                return f"the part {info.filename} is not well-formed XML ({exc.msg}); the file is damaged"
    return None
