"""Document properties (File > Properties): the event's and the project's, never a library's.

python-docx and python-pptx leave "python-docx", "Steve Canny", a 2013 date, a thumbnail of an
empty slide and "Microsoft Macintosh PowerPoint" in a new file unless every field is set. After
rendering, every core property is set from `DocumentInfo`, the extended properties (app.xml) are
rewritten to name reportgen and the company, the stale thumbnail is dropped, and the zip entries
carry the build time, so with SOURCE_DATE_EPOCH two builds of the same inputs are byte-identical.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from lxml import etree

from reportgen.office import deflated
from reportgen.office.ooxml import APP_XML, CONTENT_TYPES_NS, PKG_REL_NS, SAFE_PARSER, THUMBNAIL_REL
from reportgen.office.parts import Parts, document_parts


@dataclass(frozen=True)
class DocumentInfo:
    title: str
    subject: str
    author: str
    company: str
    language: str  # a BCP 47 tag: 'en-GB'
    created: dt.datetime  # UTC
    #: Texts printed in another language than `language`, with theirs ('en-US'): a quote's own
    #: words, a text written once in another language (office/text_languages.py tags their runs)
    foreign: tuple[tuple[str, str], ...] = ()
    #: The event's quotations' words, as written: the deck sets each as a quote wherever it
    #: prints it (office/powerpoint/quote_lines.py), with or without its credit
    quotations: tuple[str, ...] = ()
    #: The titles of the event's sources, as written: a briefing prints them, and its quotations,
    #: with no invisible character inside (office/verbatim.py)
    citations: tuple[str, ...] = ()

    @staticmethod
    def build_time() -> dt.datetime:
        """Now, or SOURCE_DATE_EPOCH when it is set (reproducible builds)."""
        epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
        if epoch.isdigit():
            return dt.datetime.fromtimestamp(int(epoch), dt.UTC).replace(tzinfo=None)
        return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


def set_core_properties(props: Any, info: DocumentInfo) -> None:
    """Every core property of a python-docx or python-pptx document: rendered title and subject kept."""
    props.title = _searchable(props.title or info.title)[:255]
    props.subject = _searchable(props.subject or info.subject)[:255]
    props.author = info.author[:255]
    props.last_modified_by = info.author[:255]
    props.created = props.modified = info.created
    props.revision = 1
    props.language = info.language
    props.identifier = ""
    props.version = ""
    props.content_status = ""
    for name in ("comments", "keywords", "category"):
        if (getattr(props, name) or "").startswith("generated using python-"):
            setattr(props, name, "")


#: What ties a line's words for the page only (word joiners, no-break spaces): a file's title is
#: searched and shown by file managers, never set in lines, and "300\u2060万元" is not found by a
#: search for "300万元" (review L: the joiners were in a Chinese deck's title property).
_LINE_TIES = str.maketrans({"\u2060": None, "\u200b": None, "\u00a0": " ", "\u202f": " ", "\u2011": "-"})


def _searchable(text: str) -> str:
    return text.translate(_LINE_TIES)


def save_document(document: Any, core_properties: Any, out: Path, info: DocumentInfo | None) -> None:
    """Save a python-docx/python-pptx/docxtpl document to `out`: as it is without `info`, else with
    every property set from `info` and the package finished (app.xml, thumbnail, dates)."""
    if info is None:
        document.save(str(out))
        return
    set_core_properties(core_properties, info)
    out.write_bytes(finish_package(document_parts(document), info))


def finish_package(parts: Parts, info: DocumentInfo) -> bytes:
    """The package zipped (once) with our app.xml, no library thumbnail, entries dated `info.created`."""
    when = info.created
    stamp = (max(when.year, 1980), when.month, when.day, when.hour, when.minute, when.second)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, content in parts:
            if name == "docProps/thumbnail.jpeg":
                continue
            if name == "docProps/app.xml":
                company = f"<Company>{escape(info.company)}</Company>" if info.company else ""
                content = APP_XML.format(company=company).encode()
            elif name == "_rels/.rels":
                content = _without_thumbnail_rel(content)
            elif name == "[Content_Types].xml":
                content = _without_thumbnail_type(content)
            elif name.endswith(".xlsx"):
                content = _dated_workbook(content, when, stamp)
            fixed = zipfile.ZipInfo(name, date_time=stamp)
            # pictures and workbooks are compressed already: deflating them again only costs time
            packed = name.lower().endswith((".png", ".jpeg", ".jpg", ".xlsx", ".gif"))
            fixed.compress_type = zipfile.ZIP_STORED if packed else zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            deflated.write(dst, fixed, content)  # writestr, deflating a part the last build wrote once
    return out.getvalue()


_W3CDTF = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)")


def _dated_workbook(content: bytes, when: dt.datetime, stamp: tuple[int, ...]) -> bytes:
    """A native chart's embedded workbook, dated like the document (XlsxWriter stamps 'now')."""
    out = io.BytesIO()
    iso = when.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    with zipfile.ZipFile(io.BytesIO(content)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for entry in src.infolist():
            data = src.read(entry.filename)
            if entry.filename == "docProps/core.xml":
                data = _W3CDTF.sub(lambda m: m.group(1) + iso + m.group(2), data)
            fixed = zipfile.ZipInfo(entry.filename, date_time=stamp)  # type: ignore[arg-type]
            fixed.compress_type = zipfile.ZIP_DEFLATED
            deflated.write(dst, fixed, data)
    return out.getvalue()


def _without_thumbnail_rel(content: bytes) -> bytes:
    root = etree.fromstring(content, SAFE_PARSER)
    for rel in root.findall(f"{{{PKG_REL_NS}}}Relationship"):
        if rel.get("Type") == THUMBNAIL_REL:
            root.remove(rel)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _without_thumbnail_type(content: bytes) -> bytes:
    root = etree.fromstring(content, SAFE_PARSER)
    for override in root.findall(f"{{{CONTENT_TYPES_NS}}}Override"):
        if override.get("PartName") == "/docProps/thumbnail.jpeg":
            root.remove(override)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
