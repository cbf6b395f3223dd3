"""Babel's extractor for Word and PowerPoint templates: the `_("…")` messages in their tags.

`pybabel extract` reads Python and Jinja text files; a template here is a zip of XML parts. This
reads the text of every paragraph of the parts a template renders (the body, headers, footers,
slides, notes, the core properties), finds each `_("…")` call in its tags, and yields it as Babel
expects: (line, function, message, comments), the line being the paragraph's number in the file.
babel.cfg names it (`office = reportgen.office.catalogue:extract`), so a template author can make
a catalogue of their own template's words the same way.
"""

from __future__ import annotations

import ast
import re
import zipfile
from collections.abc import Iterator
from typing import IO, Any

from lxml import etree

from reportgen.office.ooxml import SAFE_PARSER, qn

#: The parts whose text renders, in a stable order.
_PARTS = re.compile(
    r"(word/(document|header\d*|footer\d*)\.xml|ppt/(slides|notesSlides)/\w+\.xml|docProps/core\.xml)"
)
_PARAGRAPHS = (qn("w:p"), qn("a:p"))
_CALL = re.compile(r"""\b_\(\s*("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')""")
_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.S)
_MAX_PART = 64 * 1024 * 1024


def _number(name: str) -> tuple[str, int]:
    digits = re.findall(r"\d+", name)
    return re.sub(r"\d+", "", name), int(digits[-1]) if digits else 0


def _texts(package: zipfile.ZipFile) -> Iterator[str]:
    """The text of each paragraph (and each core property), part by part."""
    names = sorted((n for n in package.namelist() if _PARTS.fullmatch(n)), key=_number)
    for name in names:
        if package.getinfo(name).file_size > _MAX_PART:
            continue
        root = etree.fromstring(package.read(name), SAFE_PARSER)
        if name == "docProps/core.xml":
            yield from (element.text or "" for element in root)
            continue
        for paragraph in root.iter(*_PARAGRAPHS):
            yield "".join(
                t.text or "" for t in paragraph.iter() if etree.QName(t).localname in ("t", "instrText")
            )


def messages(text: str) -> list[str]:
    """The literal messages of the `_("…")` calls in the tags of one paragraph."""
    found = []
    for tag in _TAG.findall(text):
        for literal in _CALL.findall(tag):
            try:
                value = ast.literal_eval(literal)
            except (ValueError, SyntaxError):  # a malformed escape: not a message Jinja could read
                continue
            if isinstance(value, str) and value:
                found.append(value)
    return found


def extract(
    fileobj: IO[bytes], keywords: Any, comment_tags: Any, options: dict[str, Any]
) -> Iterator[tuple[int, str, str, list[str]]]:
    """Babel's extraction method for .docx and .pptx files."""
    with zipfile.ZipFile(fileobj) as package:
        for line, text in enumerate(_texts(package), start=1):
            for message in messages(text):
                yield line, "_", message, []
