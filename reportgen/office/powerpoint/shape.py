"""Rendering one shape: its XML becomes a Jinja template, the rendered XML replaces it.

This is docxtpl's method applied to PowerPoint, so both templates speak one dialect: `{{ ... }}` and
`{% ... %}` anywhere in text; a paragraph holding only `{%p ... %}` stands for a statement around the
paragraphs between it and its partner; a table row holding `{%tr ... %}` does the same for rows.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from jinja2 import Environment
from lxml import etree
from pptx.oxml import parse_xml

from reportgen.office.ooxml import RG_NS, paragraph_text, qn, statement_element
from reportgen.office.powerpoint.runs import merge_split_tags
from reportgen.office.sandbox import TAG, broken_tag, focus_tags

_DIRECTIVE = re.compile(r"^\s*\{%\s*(p|tr)\s+(.*?)%\}\s*$", re.S)
_STATEMENT_XML = re.compile(r"<(\w+):stmt xmlns:\1=\"" + re.escape(RG_NS) + r"\">(.*?)</\1:stmt>", re.S)
_LINE_BREAK_BEFORE = re.compile(r"<(a:p|a:tr|\w+:stmt)([ >/])")


@dataclass
class PreparedShape:
    """A shape's XML as Jinja source, with its lines kept for error messages."""

    source: str

    def line(self, number: int | None, exc: BaseException | None = None) -> str:
        """The tags on a line of the source (those the error names, when it names one)."""
        if number is None:
            return ""
        lines = self.source.split("\n")
        if not 0 < number <= len(lines):
            return ""
        text = html.unescape(re.sub(r"<[^>]+>", "", lines[number - 1])).strip()
        tags = TAG.findall(text)
        if exc is not None:
            tags = focus_tags(tags, exc)
        return ", ".join(tags) if tags else text[:80]


def has_tags(element: etree._Element) -> bool:
    return any("{" in (t.text or "") for t in element.iter(qn("a:t")))


def prepare(element: etree._Element) -> PreparedShape:
    """Merge split tags, turn directive paragraphs and rows into statements, serialize to Jinja source."""
    work = _copy(element)
    for p in list(work.iter(qn("a:p"))):
        merge_split_tags(p)
        fragment = broken_tag(paragraph_text(p))
        if fragment is not None:
            raise ValueError(
                f"the tag in {fragment!r} is not closed within its paragraph; a tag must open and close "
                "in one paragraph (close it, or join its lines)"
            )
    for row in list(work.iter(qn("a:tr"))):
        _replace_directive(row, "tr", "".join(paragraph_text(p) for p in row.iter(qn("a:p"))))
    for p in list(work.iter(qn("a:p"))):
        if p.getparent() is not None:
            _replace_directive(p, "p", paragraph_text(p))
    xml = etree.tostring(work, encoding="unicode")
    xml = _STATEMENT_XML.sub(lambda m: html.unescape(m.group(2)), xml)
    # Inside tags, XML escaping is not Jinja's business: `a &lt; b` means `a < b`.
    xml = TAG.sub(lambda m: html.unescape(m.group()), xml)
    xml = _LINE_BREAK_BEFORE.sub(lambda m: "\n" + m.group(), xml)
    return PreparedShape(xml)


def render(prepared: PreparedShape, env: Environment, context: dict[str, object]) -> etree._Element:
    """Render prepared source to a new shape element (raises Jinja errors and XMLSyntaxError)."""
    rendered = env.from_string(prepared.source).render(context)
    element = parse_xml(rendered.replace("\n<", "<").encode("utf-8"))
    _keep_valid(element)
    return element


def _copy(element: etree._Element) -> etree._Element:
    return parse_xml(etree.tostring(element))


def _replace_directive(element: etree._Element, kind: str, text: str) -> None:
    match = _DIRECTIVE.match(text)
    if not match:
        if re.search(r"\{%\s*(p|tr)\s", text):
            raise ValueError(f"the tag in {text.strip()!r} must be alone in its {_WHAT[kind]}")
        return
    if match.group(1) != kind:
        return
    element.addprevious(statement_element("{% " + match.group(2).strip() + " %}"))
    element.getparent().remove(element)


_WHAT = {"p": "paragraph", "tr": "table row"}


def _keep_valid(element: etree._Element) -> None:
    """A text body needs at least one paragraph; a table frame's height follows its rows."""
    for body in element.iter(qn("p:txBody"), qn("a:txBody")):
        if body.find(qn("a:p")) is None:
            etree.SubElement(body, qn("a:p"))
    for table in element.iter(qn("a:tbl")):
        heights = [int(row.get("h", "0")) for row in table.findall(qn("a:tr"))]
        frame = table.getparent().getparent().getparent() if table.getparent() is not None else None
        if frame is not None and heights:
            ext = frame.find(qn("p:xfrm") + "/" + qn("a:ext"))
            if ext is not None:
                ext.set("cy", str(sum(heights)))
