"""A last look at a rendered document before it is moved into place.

Reopens the file with the same library a reader's software stands for, and checks that it is a
complete package whose every part is well-formed XML, whose every relationship (pictures included)
points at a part that is there, and that no template tag survived rendering (a tag
PowerPoint split in an odd place, or one inside a part we do not render, would otherwise reach the
reader as raw `{{ ... }}`).
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Any

from lxml import etree

from .jinja_env import TAG
from .ooxml import W_NS

_SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


_W = f"{{{W_NS}}}"


def _texts(path: Path, kind: str) -> list[str]:
    """Every paragraph of text a reader would see, by reopening the file as Word/PowerPoint would."""
    if kind == ".docx":
        from docx import Document

        doc = Document(str(path))
        parts = [doc.element.body] + [h._element for s in doc.sections for h in (s.header, s.footer)]
        return [
            "".join(t.text or "" for t in p.iter(_W + "t")) for part in parts for p in part.iter(_W + "p")
        ]
    from pptx import Presentation

    texts: list[str] = []
    for slide in Presentation(str(path)).slides:
        for shape in slide.shapes:
            texts += _shape_texts(shape)
        if slide.has_notes_slide:
            texts.append(slide.notes_slide.notes_text_frame.text)
    return texts


def _shape_texts(shape: Any) -> list[str]:
    texts = []
    if shape.has_text_frame:
        texts.append(shape.text_frame.text)
    if getattr(shape, "has_table", False) and shape.has_table:
        texts += [cell.text for row in shape.table.rows for cell in row.cells]
    if shape.shape_type is not None and shape.shape_type == 6:  # group
        for child in shape.shapes:
            texts += _shape_texts(child)
    return texts


def template_tags(template: Path) -> set[str]:
    """Every tag text in a template package (from its XML, tags split over runs included roughly)."""
    tags: set[str] = set()
    with zipfile.ZipFile(template) as package:
        for name in package.namelist():
            if name.endswith(".xml"):
                text = re.sub(r"<[^>]+>", "", package.read(name).decode("utf-8", "replace"))
                tags.update(TAG.findall(text))
    return tags


def verify_output(path: Path, template: Path) -> list[str]:
    """Problems found in a rendered document; an empty list means it is fit to deliver."""
    problems: list[str] = []
    try:
        with zipfile.ZipFile(path) as package:
            bad = package.testzip()
            if bad:
                problems.append(f"the part {bad} is damaged")
            names = set(package.namelist())
            for name in sorted(names):
                if name.endswith((".xml", ".rels")):
                    try:
                        etree.fromstring(package.read(name), _SAFE_PARSER)
                    except etree.XMLSyntaxError as exc:
                        problems.append(f"the part {name} is not well-formed XML ({exc})")
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
        texts = _texts(path, template.suffix)
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        return [f"the file cannot be reopened: {exc}"]
    known = template_tags(template)
    left = sorted({tag for text in texts for tag in TAG.findall(text) if tag in known})
    if left:
        problems.append("tags were left unrendered: " + ", ".join(left[:5]))
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
