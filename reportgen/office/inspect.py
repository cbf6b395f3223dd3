"""`reportgen inspect TEMPLATE`: what a template uses, and what the data lacks.

Lists every tag with its place (slide and shape, or paragraph), the picture slots, the repeated
and conditional slides, and the names and attribute paths the given event does not provide, so a
template author learns before a build that `sections.reach` does not exist for their expo.
"""

from __future__ import annotations

import io
import re
import zipfile
from copy import deepcopy
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jinja2 import TemplateSyntaxError, meta, nodes

from reportgen.data.formatting import Formatter
from reportgen.data.prepare import prepare
from reportgen.data.project import Project
from reportgen.data.views import TemplateFunction
from reportgen.errors import Problem, TemplateProblem, display_path
from reportgen.office.ooxml import SAFE_PARSER, paragraph_text, qn, word_paragraphs
from reportgen.office.package import check_template_package
from reportgen.office.powerpoint.slides import DIRECTIVE
from reportgen.office.sandbox import TAG, make_environment


@dataclass
class Report:
    template: str
    data: str
    tags: list[tuple[str, str]] = field(default_factory=list)
    pictures: list[tuple[str, str]] = field(default_factory=list)
    slides: list[tuple[str, str]] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)

    def render(self) -> str:
        lines = [f"{self.template}", f"tags ({len(self.tags)}):"]
        lines += [f"  {where}: {tag}" for where, tag in self.tags] or ["  none"]
        lines.append(f"picture slots ({len(self.pictures)}):")
        lines += [f"  {where}: {tag}" for where, tag in self.pictures] or ["  none"]
        if self.slides or self.template.endswith(".pptx"):
            lines.append(f"repeated and conditional slides ({len(self.slides)}):")
            lines += [f"  {where}: {tag}" for where, tag in self.slides] or ["  none"]
        lines.append(f"names {self.data} does not provide ({len(self.missing)}):")
        lines += [f"  {name}" for name in self.missing] or ["  none"]
        return "\n".join(lines)


def inspect_template(template: Path, event_file: Path, project: Project | None = None) -> Report:
    name = display_path(template)
    data = check_template_package(template, name)
    context = prepare(event_file, project).context
    # the renderers supply chart(); its arguments are checked in _missing_names
    context["chart"] = TemplateFunction("chart", lambda *args, **kwargs: "")
    report = Report(name, display_path(event_file))
    units, source = _pptx_units(data) if template.suffix.lower() == ".pptx" else _docx_units(data)
    for where, tag in units:
        if DIRECTIVE.fullmatch(tag):
            report.slides.append((where, tag))
        else:
            (report.pictures if re.search(r"\bchart\s*\(", tag) else report.tags).append((where, tag))
    report.missing = _missing_names(source, context, name)
    return report


def _statement(tag: str) -> str:
    """A tag as plain Jinja: '{%p for x in xs %}' -> '{% for x in xs %}'."""
    directive = DIRECTIVE.fullmatch(tag)
    if directive:
        return "{% " + directive.group(2) + " " + directive.group(3).strip() + " %}"
    return re.sub(r"^\{%\s*(p|tr|tc|r)\s", "{% ", tag)


def _pptx_units(template: bytes) -> tuple[list[tuple[str, str]], str]:
    """Every tag with its place, and the deck as one Jinja source whose scopes follow the slides."""
    from pptx import Presentation

    from reportgen.office.powerpoint.runs import merge_split_tags

    units: list[tuple[str, str]] = []
    source: list[str] = []
    for number, slide in enumerate(Presentation(io.BytesIO(template)).slides, start=1):
        tags: list[tuple[str, str]] = []
        trees = [("", slide.shapes._spTree)]
        if slide.has_notes_slide:
            trees.append((" notes", slide.notes_slide.shapes._spTree))
        for suffix, tree in trees:
            for shape in tree.iter(qn("p:sp"), qn("p:graphicFrame")):
                c_nv_pr = next(shape.iter(qn("p:cNvPr")), None)
                shape_name = c_nv_pr.get("name", "?") if c_nv_pr is not None else "?"
                where = f"slide {number}{suffix}, shape {shape_name!r}"
                for p in deepcopy(shape).iter(qn("a:p")):
                    merge_split_tags(p)
                    tags += [(where, tag) for tag in TAG.findall(paragraph_text(p))]
        units += tags
        block_opens, slide_opens, body, slide_closes, block_closes = [], [], [], [], []
        for _, tag in tags:
            match = DIRECTIVE.fullmatch(tag)
            if not match:
                body.append(_statement(tag))
            elif match.group(2) in {"for", "if"}:
                (block_opens if match.group(1) == "slides" else slide_opens).append(_statement(tag))
                if match.group(1) == "slide":
                    slide_closes.insert(0, f"{{% end{match.group(2)} %}}")
            elif match.group(1) == "slides":
                block_closes.append(_statement(tag))
        source += block_opens + slide_opens + body + slide_closes + block_closes
    return units, "".join(source)


def _docx_units(template: bytes) -> tuple[list[tuple[str, str]], str]:
    units: list[tuple[str, str]] = []
    with zipfile.ZipFile(io.BytesIO(template)) as package:
        parts = sorted(
            n for n in package.namelist() if re.fullmatch(r"word/(document|header\d*|footer\d*)\.xml", n)
        )
        for part in sorted(parts, key=lambda n: (n != "word/document.xml", n)):
            from lxml import etree

            root = etree.fromstring(package.read(part), SAFE_PARSER)
            area = "body" if part.endswith("document.xml") else part.rsplit("/", 1)[-1].removesuffix(".xml")
            for number, p in enumerate(word_paragraphs(root), start=1):
                text = paragraph_text(p)
                units += [(f"{area}, paragraph {number}", tag) for tag in TAG.findall(text)]
    return units, "".join(_statement(tag) for _, tag in units)


def _missing_names(source: str, context: dict[str, Any], name: str) -> list[str]:
    env = make_environment(Formatter())
    try:
        ast = env.parse(source)
    except TemplateSyntaxError as exc:
        raise TemplateProblem(
            problems=[
                Problem(name, f"syntax error: {exc.message}", hint="run reportgen build for the exact place")
            ]
        ) from None
    missing = sorted(n for n in meta.find_undeclared_variables(ast) if n not in context and n != "loop")
    bound = {n.name for n in ast.find_all(nodes.Name) if n.ctx in {"store", "param"}}
    for path in sorted({p for p in _paths(ast) if p[0] not in bound and p[0] in context}):
        value: Any = context[path[0]]
        for step in path[1:]:
            value = env.getitem(value, step) if isinstance(value, dict) else env.getattr(value, step)
            if type(value).__name__.endswith("Undefined"):
                missing.append(".".join(path[: path.index(step) + 1]))
                break
    known = {"figure": context["figures"], "chart": context["charts"]}
    for call in ast.find_all(nodes.Call):
        if isinstance(call.node, nodes.Name) and call.node.name in known and call.args:
            arg = call.args[0]
            if isinstance(arg, nodes.Const) and arg.value not in known[call.node.name]:
                missing.append(f"{call.node.name}({arg.value!r})")
    return sorted(set(missing))


def _paths(ast: nodes.Node) -> set[tuple[str, ...]]:
    """Attribute paths such as ('sections', 'reach', 'title') that start from a name."""
    found = set()
    for node in ast.find_all((nodes.Getattr, nodes.Getitem)):
        steps: list[str] = []
        current: nodes.Node = node
        while isinstance(current, nodes.Getattr | nodes.Getitem):
            if isinstance(current, nodes.Getattr):
                steps.append(current.attr)
            elif isinstance(current.arg, nodes.Const) and isinstance(current.arg.value, str):
                steps.append(current.arg.value)
            else:
                steps = []
                break
            current = current.node
        if steps and isinstance(current, nodes.Name):
            found.add((current.name, *reversed(steps)))
    return found
