"""A last look at a rendered document before it is moved into place.

Reads the file back (every member's CRC checked) and checks that it is a complete package: every
part well-formed XML with a content type, the main part named and of its kind, the slide list,
masters, headers and footers pointing at relationships that exist, every relationship (pictures
included) pointing at a part that is there, nothing reaching outside the package (the same check
templates pass), and no template tag left in any XML part. These are what Word, PowerPoint and
the Python libraries need to open it; each distinct part is parsed once a process. Text the data itself
holds may look like a tag ("{{ x }}" in an event's name is printed literally), so tags that occur
in the data are not counted as left over.

`tags_outside_rendered_parts` runs before rendering: a tag in a part the engines do not render (a
chart's XML, comments, endnotes) is refused with the part's name instead of reaching readers raw.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import html
import io
import re
import zipfile
from pathlib import Path
from typing import Any

from lxml import etree

from reportgen.memo import Memo
from reportgen.office.ooxml import (
    MAIN_CONTENT_TYPES,
    OFFICE_DOCUMENT,
    P_NS,
    PKG_REL_NS,
    R_NS,
    SAFE_PARSER,
    W_NS,
    content_types,
)
from reportgen.office.package import PartResults, ReadOnce, external_problem, read_template
from reportgen.office.sandbox import TAG

#: The parts each engine renders, by name; tags anywhere else are refused before rendering.
RENDERED_PARTS = {
    ".docx": re.compile(r"^(word/(document|header\d*|footer\d*|footnotes)\.xml|docProps/core\.xml)$"),
    ".pptx": re.compile(
        r"^(ppt/(slides/slide|notesSlides/notesSlide|slideLayouts/slideLayout|slideMasters/slideMaster"
        r"|notesMasters/notesMaster)\d+\.xml|docProps/core\.xml)$"
    ),
}


#: Elements of the main part that a reader follows as soon as it opens the file (the slide list,
#: masters, a section's headers and footers): their relationship ids must resolve.
_OPENED_AT_ONCE = {
    f"{{{P_NS}}}{name}" for name in ("sldId", "sldMasterId", "notesMasterId", "handoutMasterId")
} | {f"{{{W_NS}}}{name}" for name in ("headerReference", "footerReference")}


def _structure_problems(parts: dict[str, bytes], kind: str) -> list[str]:
    """What Word or PowerPoint (and python-docx or python-pptx) need before they show a page,
    checked on the parts in memory: every part has a content type, the package names its main
    part, which has the right type, and the main part's slide list, masters, headers and footers
    point at relationships that exist. (Every relationship's target and every part's XML are
    checked by `verify_output` itself.)"""
    if "[Content_Types].xml" not in parts:
        return ["the package has no [Content_Types].xml, so no part has a type"]
    content_type = content_types(parts["[Content_Types].xml"])
    problems = [
        f"the part {name} has no content type in [Content_Types].xml"
        for name in sorted(parts)
        if name != "[Content_Types].xml" and not name.endswith("/") and content_type(name) is None
    ]
    package_rels = _relationships(parts.get("_rels/.rels", b""))
    main = next((target.lstrip("/") for _, kind_, target in package_rels if kind_ == OFFICE_DOCUMENT), None)
    if main is None or main not in parts:
        return [*problems, "the package names no main document part"]
    if content_type(main) != MAIN_CONTENT_TYPES[kind]:
        problems.append(f"the main part {main} is not a {kind} document ({content_type(main)})")
    folder, file = main.rsplit("/", 1) if "/" in main else ("", main)
    ids = {rid for rid, _, _ in _relationships(parts.get(f"{folder}/_rels/{file}.rels".lstrip("/"), b""))}
    for element in etree.fromstring(parts[main], SAFE_PARSER).iter(*_OPENED_AT_ONCE):
        rid = element.get(f"{{{R_NS}}}id")
        if rid not in ids:
            name = etree.QName(element).localname
            problems.append(f"{main}: a {name} points at the relationship {rid!r}, which is not there")
    return problems


def _relationships(data: bytes) -> list[tuple[str, str, str]]:
    """(Id, Type, Target) of each relationship in a .rels part."""
    if not data:
        return []
    root = etree.fromstring(data, SAFE_PARSER)
    return [
        (rel.get("Id", ""), rel.get("Type", ""), rel.get("Target", ""))
        for rel in root.iter(f"{{{PKG_REL_NS}}}Relationship")
    ]


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
    found = _TEMPLATE_TAGS.get(digest)
    if found is None:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            found = frozenset(tag for tags in _part_tags(package).values() for tag in tags)
        _TEMPLATE_TAGS.remember(digest, found)
    return found


_TEMPLATE_TAGS: Memo[bytes, frozenset[str]] = Memo(256)


def tags_outside_rendered_parts(data: bytes, suffix: str) -> str | None:
    """The first part of a template that holds tags although no engine renders it, in words
    (worked out once per template content and kind in a process: a watch or a batch renders one
    template many times, and this unzips and scans every part of it)."""
    key = (hashlib.sha256(data).digest(), suffix.lower())
    if key in _OUTSIDE:
        return _OUTSIDE.get(key) or None
    found = _tags_outside(data, key[1])
    _OUTSIDE.remember(key, found or "")
    return found


#: What `tags_outside_rendered_parts` found, by the template's SHA-256 and kind ("" for nothing).
_OUTSIDE: Memo[tuple[bytes, str], str] = Memo(256)


def _tags_outside(data: bytes, suffix: str) -> str | None:
    rendered = RENDERED_PARTS[suffix]
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
        with ReadOnce(path) as package:
            # every part, read once: reading checks each member's CRC, as testzip would, and the
            # checks below (external_problem too, through ReadOnce) use these bytes
            parts = {info.filename: package.read(info) for info in package.infolist()}
            names = set(parts)
            outside = external_problem(package)
            if outside:
                problems.append(outside)
            known = template_tags(template) - literal_tags
            for name in sorted(names):
                if not name.endswith((".xml", ".rels")):
                    continue
                data = parts[name]
                key = (name, package.digest(name))  # = _WELL_FORMED.key(name, data), hashed once
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
                    for target in re.findall(rb'Target="([^"]+)"(?![^>]*TargetMode="External")', parts[name]):
                        resolved = _resolve(folder, target.decode())
                        if resolved is not None and resolved not in names:
                            problems.append(f"{name} points at a missing part {resolved}")
    except (zipfile.BadZipFile, KeyError, ValueError, etree.XMLSyntaxError) as exc:
        return [f"the file cannot be reopened: {exc}"]
    if problems:
        return problems
    try:
        return _structure_problems(parts, template.suffix.lower())
    except (KeyError, etree.XMLSyntaxError) as exc:
        return [f"the package's structure cannot be read ({type(exc).__name__}: {str(exc)[:120]})"]


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
    """Tag-like texts in the data ("{{ x }}" in a name), which documents print literally. Each
    container is read once: the views share their figures and sections many times over (a
    rebuild walked about 7,000 values for 180 objects)."""
    found: set[str] = set()
    stack: list[Any] = list(context.values())
    seen: set[int] = set()  # ids of the containers read (all alive in `context` meanwhile)
    while stack:
        value = stack.pop()
        kind = type(value)
        if kind is str or isinstance(value, str):
            if "{" in value:
                found.update(TAG.findall(value))
            continue
        if kind in _SCALARS or id(value) in seen:
            continue
        seen.add(id(value))
        if isinstance(value, dict):
            stack += value.values()
        elif isinstance(value, list | tuple):
            stack += value
        else:
            fields = _public_fields(kind)
            if fields:
                stack += [getattr(value, name) for name in fields]
    return frozenset(found)


_SCALARS = frozenset({int, float, bool, type(None)})


@functools.cache
def _public_fields(cls: type) -> tuple[str, ...]:
    """The public fields of a dataclass (none for other types, dataclasses themselves included:
    `type(value)` of a class is its metaclass)."""
    if not dataclasses.is_dataclass(cls):
        return ()
    return tuple(f.name for f in dataclasses.fields(cls) if not f.name.startswith("_"))
