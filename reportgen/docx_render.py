"""The Word briefing: a .docx template with Jinja tags, rendered by docxtpl in our environment.

docxtpl on its own renders unsandboxed and unescaped, and re-parses the rendered body in lxml's
"recover" mode, which silently deletes whatever does not parse. We pass our sandboxed, escaping
environment, render core properties without XML escaping (they are not XML text), parse the body
strictly so that nothing can vanish unnoticed, and give every picture its alt text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from docx.shared import Cm
from docxtpl import DocxTemplate, InlineImage
from jinja2 import TemplateError
from lxml import etree

from .errors import Problem, TemplateProblem, display_path
from .formatting import Formatter
from .jinja_env import TAG, broken_tag, error_message, focus_tags, make_environment, template_line
from .ooxml import W_NS
from .package import check_template_package

DEFAULT_CHART_WIDTH_CM = 15.0
_W = f"{{{W_NS}}}"


class AltTextImage(InlineImage):
    """An inline picture whose docPr carries a name and a description (Word's alt text)."""

    def __init__(self, tpl: DocxTemplate, path: Path, width_cm: float, name: str, alt: str) -> None:
        super().__init__(tpl, str(path), width=Cm(width_cm))
        self.name, self.alt = name, alt

    def _insert_image(self) -> str:
        inline = self.tpl.current_rendering_part.new_pic_inline(
            self.image_descriptor, self.width, self.height
        )
        inline.docPr.set("name", self.name)
        inline.docPr.set("descr", self.alt)
        return f'</w:t></w:r><w:r><w:drawing>{inline.xml}</w:drawing></w:r><w:r><w:t xml:space="preserve">'


class _StrictTemplate(DocxTemplate):
    """docxtpl with strict XML re-parsing, unescaped core properties, and a memory of the last source."""

    last_source: str = ""
    last_part: str = ""

    def render_xml_part(self, src_xml: str, part: Any, context: dict[str, Any], jinja_env: Any = None) -> str:
        self.last_source = re.sub(r"<w:p([ >])", r"\n<w:p\1", src_xml)
        self.last_part = str(part.partname) if part is not None else ""
        return super().render_xml_part(src_xml, part, context, jinja_env)

    def fix_tables(self, xml: str) -> Any:
        try:
            etree.fromstring(xml.encode("utf-8"))
        except etree.XMLSyntaxError as exc:
            raise TemplateProblem(
                f"the rendered document body is not well-formed XML ({exc.msg}); "
                "a tag probably produced markup (for example with |safe)",
            ) from None
        return super().fix_tables(xml)

    def render_properties(self, context: dict[str, Any], jinja_env: Any = None) -> None:
        self.last_part = "document properties"
        super().render_properties(context, jinja_env.overlay(autoescape=False) if jinja_env else None)


def render_briefing(
    template: Path, context: dict[str, Any], images: dict[str, tuple[Path, str]], fmt: Formatter, out: Path
) -> None:
    """Render `template` with `context` into `out`. `images` maps chart id -> (PNG path, alt text)."""
    name = display_path(template)
    check_template_package(template, name)
    tpl = _StrictTemplate(str(template))
    _check_paragraphs(tpl, name)
    env = make_environment(fmt)
    full_context = {**context, "chart": _chart_function(tpl, images, name)}
    try:
        tpl.render(full_context, jinja_env=env, autoescape=True)
    except TemplateProblem as exc:
        raise TemplateProblem(f"{name}: {exc.message}") from None
    except (TemplateError, LookupError, TypeError, ValueError, AttributeError) as exc:
        raise TemplateProblem(problems=[_locate(tpl, name, exc)]) from None
    tpl.save(str(out))


def _chart_function(tpl: DocxTemplate, images: dict[str, tuple[Path, str]], name: str) -> Callable[..., Any]:
    def chart(chart_id: str, width_cm: float = DEFAULT_CHART_WIDTH_CM) -> AltTextImage:
        if chart_id not in images:
            raise LookupError(f"no chart {chart_id!r} (charts: {', '.join(images) or 'none'})")
        if not 1 <= float(width_cm) <= 40:
            raise ValueError(f"chart width {width_cm} cm is outside 1-40 cm")
        path, alt = images[chart_id]
        return AltTextImage(tpl, path, float(width_cm), f"Chart {chart_id}", alt)

    return chart


def _check_paragraphs(tpl: _StrictTemplate, name: str) -> None:
    """Refuse a tag that starts in one paragraph and ends in another, naming the paragraph."""
    doc = tpl.get_docx()
    parts = [("body", doc.element.body)] + [
        (f"{kind} of section {i}", getattr(section, kind)._element)
        for i, section in enumerate(doc.sections, start=1)
        for kind in ("header", "footer")
    ]
    for area, element in parts:
        for number, paragraph in enumerate(element.iter(_W + "p"), start=1):
            fragment = broken_tag("".join(t.text or "" for t in paragraph.iter(_W + "t")))
            if fragment is not None:
                raise TemplateProblem(
                    problems=[
                        Problem(
                            name,
                            "a tag may not span paragraphs: this one starts and ends in different ones",
                            where=f"{area}, paragraph {number} ({fragment})",
                            hint="join the tag's lines in Word, or put {%p ... %} tags alone in paragraphs",
                        )
                    ]
                )


def _locate(tpl: _StrictTemplate, name: str, exc: Exception) -> Problem:
    """Turn a Jinja error into 'briefing.docx: body, paragraph 41 ({{ x.y }}): message'."""
    line, where, tags = template_line(exc, tpl.last_source), tpl.last_part or "document", []
    if line is not None and tpl.last_source:
        lines = tpl.last_source.split("\n")
        if 0 < line <= len(lines):
            text = re.sub(r"<[^>]+>", "", lines[line - 1])
            tags = focus_tags(TAG.findall(text), exc) or [text.strip()[:80]]
    if tpl.last_part.endswith("document.xml"):
        number = _paragraph_number(tpl, tags[0]) if tags else None
        where = f"body, paragraph {number}" if number else "body"
    elif tpl.last_part:
        where = tpl.last_part.rsplit("/", 1)[-1].removesuffix(".xml")  # header1, footer2, ...
    return Problem(
        name,
        error_message(exc),
        where=where + (f" ({', '.join(tags)})" if tags else ""),
        hint="fix the tag in Word; docs/templates.md lists the names templates can use",
    )


def _paragraph_number(tpl: _StrictTemplate, tag: str) -> int | None:
    """The 1-based number of the template paragraph (tables included) that holds `tag`."""
    wanted = re.sub(r"\s+", "", tag)
    body = tpl.docx.element.body
    for number, paragraph in enumerate(body.iter(_W + "p"), start=1):
        text = "".join(t.text or "" for t in paragraph.iter(_W + "t"))
        if wanted and wanted in re.sub(r"\s+", "", text):
            return number
    return None
