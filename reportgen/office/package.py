"""Checks on an Office package before any library inflates or parses it.

Templates come from other people. A .docx or .pptx is a zip package, so before python-docx or
python-pptx touch one we make sure it is what it claims (a zip with the right main part) and that
it cannot hurt us: no entry names that climb out of the package (`../`), no duplicate entries (two
readers may disagree on which one counts), no zip bomb (sizes and compression ratios are read from
the directory before anything is inflated), and no DOCTYPE or entity declarations in its XML.

A package also brings nothing from outside: the only external relationships it may hold are web
and mail hyperlinks. Linked pictures, linked OLE objects, attached templates, external chart
data, frames, `file://` anywhere, fields that fetch (INCLUDEPICTURE, LINK, DDE, ...), action
buttons that run programs or macros, and SVG pictures that load others are refused, as are macros
and ActiveX controls. The same check runs on what we deliver (`external_problem`), so LibreOffice
has nothing to fetch when it converts to PDF, and neither has the reader's Word or PowerPoint.

A package may hold packages: a chart's data is a workbook inside the deck, an embedded object a
document inside it. Each one passes every check above itself (entries, sizes, XML, content types,
relationships, macros), recursively up to `MAX_DEPTH` deep, and a workbook inside holds values,
not formulas (a formula can be a DDE link, `=cmd|x!A0`). Embedded objects must be such packages
(.xlsx, .docx, .pptx): an OLE compound file (a `.bin` object, an old .xls or .doc, an OLE
"Package" that wraps any file) cannot be checked, so none is accepted anywhere, under any name.
"""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
from collections import Counter
from pathlib import Path
from typing import Any, TypeVar

from lxml import etree

from reportgen.errors import TemplateProblem
from reportgen.inputs import read_input
from reportgen.memo import Memo
from reportgen.office.ooxml import (
    EMBEDDED_MAIN_TYPES,
    HYPERLINK,
    OFFICE_DOCUMENT,
    SAFE_PARSER,
    content_types,
    qn,
)

T = TypeVar("T")

_KINDS = {
    ".docx": ("a Word document", "word/document.xml", "Word Document (.docx)"),
    ".pptx": ("a PowerPoint file", "ppt/presentation.xml", "PowerPoint Presentation (.pptx)"),
}
MAX_ENTRIES = 5_000
MAX_UNPACKED = 300 * 1024 * 1024  # all entries together, inflated
MAX_RATIO = 200  # inflated / compressed, for entries over 1 MiB
_DECLARATION = re.compile(rb"<!(DOCTYPE|ENTITY)", re.I)

_LINK_SCHEMES = ("http://", "https://", "mailto:")
#: Content types and entry names of active content: macros, ActiveX controls, OLE objects.
#: A workbook's links to other workbooks (DDE and OLE links too), its data connections and queries.
_ACTIVE_TYPES = re.compile(
    r"macroEnabled|vbaProject|vbaData|activeX|oleObject|ms-office\.control|aFChunk|subDocument"
    r"|externalLink|connections|queryTable",
    re.I,
)
_ACTIVE_NAMES = re.compile(r"(^|/)(vbaProject\.bin|vbaData\.xml|activeX/|embeddings/oleObject)", re.I)
_FILE_URL = re.compile(rb"file:/", re.I)
#: Word field instructions that fetch something when a program updates fields.
_FETCHING_FIELD = re.compile(
    r"^\s*(INCLUDEPICTURE|INCLUDETEXT|INCLUDE|LINK|DDE|DDEAUTO|IMPORT|DATABASE|RD)\b", re.I
)
_PPACTION = re.compile(rb"ppaction://(program|macro|ole)", re.I)
_SVG_LINK = re.compile(rb"""href\s*=\s*["'](?!#|data:)""", re.I)
#: Packages inside packages inside packages... at most this deep (a deck's chart's workbook is 1).
MAX_DEPTH = 3
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")


MAX_TEMPLATE_BYTES = 100 * 1024 * 1024


def read_template(template: Path) -> bytes:
    """A template's bytes: a regular file (never a FIFO, device or folder), read with a bound."""
    return read_input(
        template,
        MAX_TEMPLATE_BYTES,
        TemplateProblem,
        "a template",
        hint="check --templates, or copy the default one",
    )


def check_template_package(template: Path, name: str) -> bytes:
    """Read the template once and check it; return the bytes that every later step must use."""
    what, main_part, save_as = _KINDS[template.suffix.lower()]
    data = read_template(template)
    digest = hashlib.sha256(data).digest()
    if digest in _PASSED:  # these very bytes passed before (a batch renders one template often)
        return data
    if not zipfile.is_zipfile(io.BytesIO(data)):
        hint = f"save the template as '{save_as}'"
        raise TemplateProblem(f"{name}: not {what} ({template.suffix} is a zip package)", hint=hint)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            hint = f"open it in the Office program and save it again as '{save_as}'"
            problem = _entry_problem(package, main_part, what) or _xml_problem(package)
            if problem is None:
                problem, hint = external_problem(package), _OUTSIDE_HINT
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError, RuntimeError) as exc:
        raise TemplateProblem(
            f"{name}: the package cannot be read ({exc}); it is damaged",
            hint=f"open it in the Office program and save it again as '{save_as}'",
        ) from None
    if problem:
        raise TemplateProblem(f"{name}: {problem}", hint=hint)
    _PASSED.remember(digest, True)
    return data


#: SHA-256 digests of template packages that passed every check in this process.
_PASSED: Memo[bytes, bool] = Memo(4096)


_OUTSIDE_HINT = (
    "templates may not link to outside files or run code: embed pictures instead of linking them, "
    "remove macros, controls, linked objects and fields that fetch, and save as .docx/.pptx"
)


class PartResults(Memo[tuple[str, bytes], T]):
    """What a check found in a part, remembered by the part's name and SHA-256 for this process.

    Every document of a batch carries the same styles, layouts, masters and theme as its template
    (a Word styles part alone is 0.3 MB), and a part's name and bytes decide what a check finds,
    so each distinct part is checked once. Bounded, as every memo (reportgen/memo.py).
    """

    def __init__(self, limit: int = 4096) -> None:
        super().__init__(limit)

    @staticmethod
    def key(name: str, data: bytes) -> tuple[str, bytes]:
        return name, hashlib.sha256(data).digest()


class ReadOnce(zipfile.ZipFile):
    """A package whose members are read (and their CRCs checked) once, however many checks look."""

    def __init__(self, file: Any) -> None:
        super().__init__(file)
        self._parts: dict[str, bytes] = {}
        self._digests: dict[str, bytes] = {}

    def read(self, name: Any, pwd: Any = None) -> bytes:
        key = name.filename if isinstance(name, zipfile.ZipInfo) else name
        if key not in self._parts:
            self._parts[key] = super().read(name, pwd)
        return self._parts[key]

    def digest(self, name: str) -> bytes:
        """The SHA-256 of a member's bytes, worked out once however many checks key on it."""
        if name not in self._digests:
            self._digests[name] = hashlib.sha256(self.read(name)).digest()
        return self._digests[name]


#: Parts that reach nothing outside their package (only passes are remembered).
_INSIDE: PartResults[bool] = PartResults()


def external_problem(package: zipfile.ZipFile, depth: int = 0, budget: list[int] | None = None) -> str | None:
    """The first thing in the package, or in a package inside it, that reaches outside it or runs
    code, in words; else None. `budget`: the bytes the packages inside may still unpack to."""
    budget = [MAX_UNPACKED] if budget is None else budget
    for info in package.infolist():
        name = info.filename
        if _ACTIVE_NAMES.search(name):
            return f"the package holds {name}, which is a macro, control or OLE object; remove it"
        if name == "[Content_Types].xml":
            for content_type in re.findall(rb'ContentType="([^"]+)"', package.read(info)):
                if _ACTIVE_TYPES.search(content_type.decode("utf-8", "replace")):
                    kind = content_type.decode("utf-8", "replace")
                    return f"the part [Content_Types].xml declares active content ({kind}); remove it"
        if name.lower().endswith((".xml", ".rels", ".svg", ".vml")):
            data = package.read(info)
        elif name.endswith("/") or info.file_size == 0:
            continue
        else:
            problem = _inner_package_problem(package, info, depth, budget)
            if problem:
                return problem
            if "/media/" not in name or info.file_size >= 64 * 2**20:
                continue
            data = package.read(info)  # a picture may be SVG under another name: LibreOffice sniffs
            if not data.lstrip()[:5].lower().startswith((b"<?xml", b"<svg")):
                continue
            name = f"{name} (SVG)"
        key = (
            (name, package.digest(info.filename))
            if isinstance(package, ReadOnce)
            else _INSIDE.key(name, data)
        )
        if _INSIDE.get(key) is None:
            problem = _part_problem(name, data)
            if problem:
                return problem
            _INSIDE.remember(key, True)
    return None


def _inner_package_problem(
    package: zipfile.ZipFile, info: zipfile.ZipInfo, depth: int, budget: list[int]
) -> str | None:
    """What is wrong with an entry that is (or, under embeddings/, must be) a package of its own."""
    name = info.filename
    with package.open(info) as entry:
        head = entry.read(len(_OLE_MAGIC))
    if head.startswith(_OLE_MAGIC):
        return (
            f"the package holds {name}, an OLE object, which cannot be checked; "
            "only .xlsx, .docx and .pptx files may be embedded"
        )
    if not head.startswith(_ZIP_MAGIC):
        if re.search(r"(^|/)embeddings/", name, re.I):
            return f"the package holds {name}, which is not an .xlsx, .docx or .pptx file; remove it"
        return None
    if depth + 1 >= MAX_DEPTH:
        return f"{name}: packages are nested more than {MAX_DEPTH} deep"
    data = package.read(info)
    key = _INSIDE.key(f"{depth}:{name}", data)
    if _INSIDE.get(key) is not None:
        return None
    try:
        with ReadOnce(io.BytesIO(data)) as inner:
            budget[0] -= sum(entry.file_size for entry in inner.infolist())
            if budget[0] < 0:
                limit = MAX_UNPACKED / 2**20
                problem: str | None = f"the packages inside unpack to more than {limit:,.0f} MiB together"
            else:
                problem = (
                    _entry_problem(inner, None, "")
                    or _xml_problem(inner)
                    or external_problem(inner, depth + 1, budget)
                    or _types_problem(inner)
                    or _formula_problem(inner)
                )
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError, RuntimeError) as exc:
        problem = f"the package cannot be read ({exc}); it is damaged"
    if problem:
        return f"{name}: {problem}"
    _INSIDE.remember(key, True)
    return None


def _types_problem(package: zipfile.ZipFile) -> str | None:
    """A package inside must give every part a content type and be a workbook, document or
    presentation (see ooxml.EMBEDDED_MAIN_TYPES)."""
    names = set(package.namelist())
    if "[Content_Types].xml" not in names:
        return "the package has no [Content_Types].xml; it is not an Office file"
    content_type = content_types(package.read("[Content_Types].xml"))
    for name in sorted(names - {"[Content_Types].xml"}):
        if not name.endswith("/") and content_type(name) is None:
            return f"the part {name} has no content type in [Content_Types].xml"
    main = None
    if "_rels/.rels" in names:
        rels = etree.fromstring(package.read("_rels/.rels"), SAFE_PARSER)
        main = next(
            (
                r.get("Target", "").lstrip("/")
                for r in rels.iter(qn("pr:Relationship"))
                if r.get("Type") == OFFICE_DOCUMENT
            ),
            None,
        )
    if main is None or main not in names:
        return "the package names no main part; it is not an Office file"
    if content_type(main) not in EMBEDDED_MAIN_TYPES:
        return (
            f"the main part {main} is {content_type(main)}; "
            "only a workbook, a Word document or a presentation may be embedded"
        )
    return None


def _formula_problem(package: zipfile.ZipFile) -> str | None:
    """A workbook inside holds values: a formula may fetch (DDE `=cmd|x!A0`, WEBSERVICE, links)."""
    for info in package.infolist():
        if info.filename.lower().endswith(".xml"):
            data = package.read(info)
            if _FORMULA.search(data):
                formula = next(etree.fromstring(data, SAFE_PARSER).iter(qn("x:f")), None)
                if formula is not None:
                    return (
                        f"the part {info.filename} has a formula ({(formula.text or '')[:60]!r}); "
                        "a chart's data must be values: paste the cells as values"
                    )
    return None


def _part_problem(name: str, data: bytes) -> str | None:
    if _FILE_URL.search(data):
        return f"the part {name} refers to a local file (file://); remove the link"
    if name.endswith(".rels"):
        return _relationship_problem(name, data)
    if name.lower().endswith((".svg", "(svg)")) and _SVG_LINK.search(data):
        return f"the part {name} is an SVG picture that loads other files or addresses"
    if _PPACTION.search(data):
        return f"the part {name} has an action that runs a program or macro; remove the action"
    if b"instr" in data:
        return _field_problem(name, data)
    return None


def _relationship_problem(name: str, data: bytes) -> str | None:
    root = etree.fromstring(data, SAFE_PARSER)
    for rel in root.iter(qn("pr:Relationship")):
        target, kind = rel.get("Target", ""), rel.get("Type", "")
        if _ACTIVE_TYPES.search(kind) and rel.get("TargetMode") != "External":
            return f"the part {name} relates active or imported content ({kind.rsplit('/', 1)[-1]})"
        if rel.get("TargetMode") != "External":
            if re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", target) or target.startswith(("\\", "//")):
                return f"the part {name} points outside the package ({target[:80]!r})"
            continue
        if kind == HYPERLINK and target.lower().startswith(_LINK_SCHEMES):
            continue
        what = kind.rsplit("/", 1)[-1] or "a relationship"
        return (
            f"the part {name} links to something outside the package ({what}: {target[:80]!r}); "
            "only web and mail hyperlinks may point outside"
        )
    return None


def _field_problem(name: str, data: bytes) -> str | None:
    """Word fields whose instruction fetches a file or address (complex and simple fields)."""
    root = etree.fromstring(data, SAFE_PARSER)
    instructions = [el.get(qn("w:instr"), "") for el in root.iter(qn("w:fldSimple"))]
    # a complex field's instruction may be split over several w:instrText runs: join each field's
    pieces: list[str] = []
    for el in root.iter(qn("w:instrText"), qn("w:fldChar")):
        if el.tag == qn("w:fldChar"):
            if el.get(qn("w:fldCharType")) in ("separate", "end") and pieces:
                instructions.append("".join(pieces))
                pieces = []
        else:
            pieces.append(el.text or "")
    instructions.append("".join(pieces))
    for instruction in instructions:
        match = _FETCHING_FIELD.match(instruction)
        if match:
            return (
                f"the part {name} has a {match.group(1).upper()} field, which fetches outside content; "
                "remove the field"
            )
    return None


def _entry_problem(package: zipfile.ZipFile, main_part: str | None, what: str) -> str | None:
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
    if main_part is not None and main_part not in names:
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
                etree.fromstring(data, SAFE_PARSER)
            except etree.XMLSyntaxError as exc:
                return f"the part {info.filename} is not well-formed XML ({exc.msg}); the file is damaged"
    return None
