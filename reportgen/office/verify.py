"""A last look at a rendered document before it is moved into place.

Reopens the file with the same library a reader's software stands for, and checks that it is a
complete package whose every part is well-formed XML, whose every relationship (pictures included)
points at a part that is there, that nothing in it reaches outside the package (the same check
templates pass), and that no template tag survived rendering in any XML part. Text the data itself
holds may look like a tag ("{{ x }}" in an event's name is printed literally), so tags that occur
in the data are not counted as left over.

`tags_outside_rendered_parts` runs before rendering: a tag in a part the engines do not render (a
chart's XML, comments, endnotes) is refused with the part's name instead of reaching readers raw.
"""

from __future__ import annotations

import dataclasses
import hashlib
import html
import io
import re
import zipfile
from pathlib import Path
from typing import Any

from lxml import etree

from reportgen.office.ooxml import SAFE_PARSER
from reportgen.office.package import PartResults, external_problem, read_template
from reportgen.office.sandbox import TAG

#: The parts each engine renders, by name; tags anywhere else are refused before rendering.
RENDERED_PARTS = {
    ".docx": re.compile(r"^(word/(document|header\d*|footer\d*|footnotes)\.xml|docProps/core\.xml)$"),
    ".pptx": re.compile(
        r"^(ppt/(slides/slide|notesSlides/notesSlide|slideLayouts/slideLayout|slideMasters/slideMaster"
        r"|notesMasters/notesMaster)\d+\.xml|docProps/core\.xml)$"
    ),
}


def _reopen(path: Path, kind: str) -> None:
    """Open the file as a reader's software would (python-docx or python-pptx), loading every story
    and slide, so a package the libraries cannot read is never delivered."""
    if kind == ".docx":
        from docx import Document

        doc = Document(str(path))
        for section in doc.sections:
            section.header.paragraphs, section.footer.paragraphs  # noqa: B018 - loads the parts
        return
    from pptx import Presentation

    for slide in Presentation(str(path)).slides:
        list(slide.shapes)
        if slide.has_notes_slide:
            slide.notes_slide.notes_text_frame  # noqa: B018 - loads the notes part


def _text_tags(data: bytes) -> frozenset[str]:
    """The tag texts in an XML part (markup stripped, so tags split over runs are found too)."""
    return frozenset(TAG.findall(html.unescape(re.sub(r"<[^>]+>", "", data.decode("utf-8", "replace")))))


def _part_tags(package: zipfile.ZipFile) -> dict[str, frozenset[str]]:
    """The tag texts in each XML part that has any."""
    found = {name: _text_tags(package.read(name)) for name in package.namelist() if name.endswith(".xml")}
    return {name: tags for name, tags in found.items() if tags}


#: Parts found well-formed, with their tag texts: each distinct part is parsed once a process.
_WELL_FORMED: PartResults[frozenset[str]] = PartResults()


def template_tags(template: Path) -> frozenset[str]:
    """Every tag text in a template package (worked out once per content in a process)."""
    data = read_template(template)
    digest = hashlib.sha256(data).digest()
    if digest not in _TEMPLATE_TAGS:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            _TEMPLATE_TAGS[digest] = frozenset(tag for tags in _part_tags(package).values() for tag in tags)
    return _TEMPLATE_TAGS[digest]


_TEMPLATE_TAGS: dict[bytes, frozenset[str]] = {}


class _ReadOnce(zipfile.ZipFile):
    """A package whose members are read (and their CRCs checked) once, however many checks look."""

    def __init__(self, file: Any) -> None:
        super().__init__(file)
        self._parts: dict[str, bytes] = {}

    def read(self, name: Any, pwd: Any = None) -> bytes:
        key = name.filename if isinstance(name, zipfile.ZipInfo) else name
        if key not in self._parts:
            self._parts[key] = super().read(name, pwd)
        return self._parts[key]


def tags_outside_rendered_parts(data: bytes, suffix: str) -> str | None:
    """The first part of a template that holds tags although no engine renders it, in words."""
    rendered = RENDERED_PARTS[suffix.lower()]
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        for name, tags in sorted(_part_tags(package).items()):
            if not rendered.match(name):
                shown = ", ".join(sorted(t[:60] for t in tags)[:3])
                return (
                    f"the part {name} holds tags ({shown}), but tags are rendered only in "
                    "slides, notes, layouts and masters (PowerPoint) or the body, headers, footers "
                    "and footnotes (Word); move them there"
                )
    return None


def verify_output(path: Path, template: Path, literal_tags: frozenset[str] = frozenset()) -> list[str]:
    """Problems found in a rendered document; an empty list means it is fit to deliver.

    `literal_tags` are tag-like texts the data holds, which the document rightly prints as text.
    """
    problems: list[str] = []
    try:
        with _ReadOnce(path) as package:
            for info in package.infolist():  # reading checks each member's CRC, as testzip would
                package.read(info)
            names = set(package.namelist())
            outside = external_problem(package)
            if outside:
                problems.append(outside)
            known = template_tags(template) - literal_tags
            for name in sorted(names):
                if not name.endswith((".xml", ".rels")):
                    continue
                data = package.read(name)
                key = _WELL_FORMED.key(name, data)
                tags = _WELL_FORMED.get(key)
                if tags is None:
                    try:
                        etree.fromstring(data, SAFE_PARSER)
                    except etree.XMLSyntaxError as exc:
                        problems.append(f"the part {name} is not well-formed XML ({exc})")
                        continue
                    tags = _text_tags(data) if name.endswith(".xml") else frozenset()
                    _WELL_FORMED.remember(key, tags)
                left = sorted(tags & known)
                if left:
                    problems.append(f"tags were left unrendered in {name}: " + ", ".join(left[:5]))
            for name in names:
                if name.endswith(".rels"):
                    base = name.replace("_rels/", "").removesuffix(".rels")
                    folder = base.rsplit("/", 1)[0] if "/" in base else ""
                    for target in re.findall(
                        rb'Target="([^"]+)"(?![^>]*TargetMode="External")', package.read(name)
                    ):
                        resolved = _resolve(folder, target.decode())
                        if resolved is not None and resolved not in names:
                            problems.append(f"{name} points at a missing part {resolved}")
    except (zipfile.BadZipFile, KeyError, ValueError, etree.XMLSyntaxError) as exc:
        return [f"the file cannot be reopened: {exc}"]
    if problems:
        return problems  # named precisely; reopening would only fail on the same parts, vaguely
    try:
        _reopen(path, template.suffix)
    except Exception as exc:  # whatever the reader's library trips on, the file is not fit to send
        return [f"Word or PowerPoint could not reopen it ({type(exc).__name__}: {str(exc)[:120]})"]
    return problems


def _resolve(folder: str, target: str) -> str | None:
    if re.match(r"^[a-z]+:", target):
        return None
    parts = [] if target.startswith("/") else [p for p in folder.split("/") if p]
    for piece in target.lstrip("/").split("/"):
        if piece == "..":
            if parts:
                parts.pop()
        elif piece and piece != ".":
            parts.append(piece)
    return "/".join(parts)


def literal_tags(context: dict[str, Any]) -> frozenset[str]:
    """Tag-like texts in the data ("{{ x }}" in a name), which documents print literally."""
    found: set[str] = set()
    stack: list[Any] = list(context.values())
    while stack:
        value = stack.pop()
        if isinstance(value, str):
            if "{" in value:
                found.update(TAG.findall(value))
        elif isinstance(value, dict):
            stack += value.values()
        elif isinstance(value, list | tuple):
            stack += value
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            stack += [getattr(value, f.name) for f in dataclasses.fields(value) if not f.name.startswith("_")]
    return frozenset(found)
