"""`reportgen inspect TEMPLATE`: what a template uses, and what the data lacks.

Lists every tag with its place (slide and shape, or paragraph), the picture slots, the repeated
and conditional slides, and the names and attribute paths the given event does not provide, so a
template author learns before a build that `sections.reach` does not exist for their expo.

Names are checked twice: paths from the context's own names are read statically (so a branch this
event does not take is checked too), and the template is rendered against the event by the
build's own renderer, into a folder thrown away afterwards, so every error the build would stop
at (a name inside a loop: `{{ s.sumary }}` in `{%slide for s in ... %}`, `{%p for %}` or `{%tr for %}`)
is reported with the build's own words. For a deck, each template slide is listed as used,
repeated or dropped for this event, with the condition that dropped it.
"""

from __future__ import annotations

import io
import re
import tempfile
import zipfile
from collections import Counter
from copy import deepcopy
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from jinja2 import TemplateSyntaxError, meta, nodes
from PIL import Image

from reportgen.data.derive import ChartData
from reportgen.data.formatting import Formatter
from reportgen.data.prepare import Prepared, prepare
from reportgen.data.project import Project
from reportgen.data.views import TemplateFunction
from reportgen.errors import Problem, TemplateProblem, display_path
from reportgen.office.limits import RENDER_MEMORY, RenderTimeout, render_limits
from reportgen.office.look import Look
from reportgen.office.ooxml import SAFE_PARSER, paragraph_text, qn, word_paragraphs
from reportgen.office.package import check_template_package
from reportgen.office.powerpoint.runs import merge_split_tags
from reportgen.office.powerpoint.shape import has_tags
from reportgen.office.powerpoint.shape import prepare as engine_source
from reportgen.office.powerpoint.slides import (
    DIRECTIVE,
    Outcome,
    SlideDirectiveError,
    build_plan,
    collect_directives,
    expand,
)
from reportgen.office.sandbox import TAG, make_environment


@dataclass
class Report:
    template: str
    data: str
    tags: list[tuple[str, str]] = field(default_factory=list)
    pictures: list[tuple[str, str]] = field(default_factory=list)
    slides: list[tuple[str, str]] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # what build would stop at, in its words
    usage: list[tuple[str, str]] = field(default_factory=list)  # (template slide, what becomes of it)

    @property
    def ok(self) -> bool:
        return not self.missing and not self.errors

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
        lines.append(f"errors build would report with {self.data} ({len(self.errors)}):")
        lines += [f"  {error}" for error in self.errors] or ["  none"]
        if self.usage:
            lines.append(f"slides for {self.data}:")
            lines += [f"  {where}: {what}" for where, what in self.usage]
        return "\n".join(lines)


def inspect_template(template: Path, event_file: Path, project: Project | None = None) -> Report:
    name = display_path(template)
    data = check_template_package(template, name)
    prepared = prepare(event_file, project)
    report = Report(name, display_path(event_file))
    report.errors = _render_errors(template, prepared)
    context = dict(prepared.context)
    # the renderers supply chart() and logo(); chart's arguments are checked in _missing_names
    context["chart"] = TemplateFunction("chart", lambda *args, **kwargs: "")
    context["logo"] = TemplateFunction("logo", lambda *args, **kwargs: "")
    try:
        units, source = _pptx_units(data) if template.suffix.lower() == ".pptx" else _docx_units(data)
    except ValueError as exc:  # the engine refuses this template, as build would
        raise TemplateProblem(f"{name}: {exc}", hint="run reportgen build for the whole message") from None
    for where, tag in units:
        if DIRECTIVE.fullmatch(tag):
            report.slides.append((where, tag))
        else:
            (report.pictures if re.search(r"\b(chart|logo)\s*\(", tag) else report.tags).append((where, tag))
    report.missing = _missing_names(source, context, name)
    if template.suffix.lower() == ".pptx":
        report.usage = _slide_usage(data, context, prepared.formatter)
    return report


class _Blank:
    """The event's charts as the renderers ask for them, with one blank picture for every slot:
    inspect checks where charts go, it draws none."""

    def __init__(self, charts: dict[str, ChartData], folder: Path, logo: bool) -> None:
        self.charts = charts
        self.has_logo = logo
        self.blank = folder / "blank.png"
        Image.new("RGB", (4, 3), "white").save(self.blank)

    def ids(self) -> list[str]:
        return list(self.charts)

    def data(self, chart_id: str) -> ChartData | None:
        return self.charts[chart_id]

    def alt_text(self, chart_id: str) -> str:
        return self.charts[chart_id].title

    def logo(self) -> Path | None:
        return self.blank if self.has_logo else None  # a logo slot goes where the event's logo would

    def set_look(self, document: str, look: Look | None) -> None:
        pass

    def override(self) -> tuple[tuple[str, ...], str]:
        return (), ""

    def picture(self, chart_id: str, document: str, width_in: float, height_in: float | None) -> Path:
        return self.blank


def _render_errors(template: Path, prepared: Prepared) -> list[str]:
    """Every error the build's renderer stops at for this event, each as the build prints it."""
    from reportgen.office.powerpoint import render_deck
    from reportgen.office.word import render_briefing

    renderer = render_deck if template.suffix.lower() == ".pptx" else render_briefing
    with tempfile.TemporaryDirectory(prefix="reportgen-inspect-") as folder:
        charts = _Blank(prepared.derived.charts, Path(folder), bool(prepared.summary.event.logo))
        try:
            with render_limits():
                renderer(template, prepared.context, charts, prepared.formatter, Path(folder) / template.name)
        except TemplateProblem as exc:
            return [str(replace(p, file="", hint="")) for p in exc.problems] or [exc.message]
        except RenderTimeout as exc:
            return [str(exc)]
        except MemoryError:
            return [f"rendering needed more than {RENDER_MEMORY // 2**20:,} MiB of memory"]
    return []


def _slide_usage(template: bytes, context: dict[str, Any], fmt: Formatter) -> list[tuple[str, str]]:
    """What becomes of each template slide for this event: used, repeated N times, or dropped and why."""
    from pptx import Presentation

    slides = list(Presentation(io.BytesIO(template)).slides)
    try:
        directives = collect_directives(slides)
        outcome = Outcome()
        produced = expand(build_plan(directives), make_environment(fmt), context, outcome)
    except SlideDirectiveError:
        return []  # the errors list says why
    counts = Counter(index for index, _ in produced)
    failed = {error.slide - 1 for error in outcome.errors}
    usage = []
    for index in range(len(slides)):
        count = counts[index]
        if count == 1:
            what = "used"
        elif count > 1:
            what = f"repeated {count} times"
        elif index in failed:
            what = "dropped (its slide tag failed: see the errors above)"
        else:
            what = f"dropped ({outcome.dropped.get(index, 'no copy made')})"
        usage.append((f"slide {index + 1}", what))
    return usage


def _statement(tag: str) -> str:
    """A slide directive as plain Jinja: '{%slide for x in xs %}' -> '{% for x in xs %}' (the
    engines make every other tag's source themselves)."""
    directive = DIRECTIVE.fullmatch(tag)
    assert directive is not None, tag
    return "{% " + directive.group(2) + " " + directive.group(3).strip() + " %}"


def _pptx_units(template: bytes) -> tuple[list[tuple[str, str]], str]:
    """Every tag with its place, and the deck as one Jinja source whose scopes follow the slides.

    Each shape's source is the PowerPoint engine's own (`shape.prepare`, the function `build`
    renders with), so a tag the engine refuses ({%tc %}, a tag across paragraphs) is refused here
    too; the slide directives become the loops and conditions around their slides.
    """
    from pptx import Presentation

    units: list[tuple[str, str]] = []
    source: list[str] = []
    prs = Presentation(io.BytesIO(template))
    masters = [(f"slide master {n}", m.shapes._spTree) for n, m in enumerate(prs.slide_masters, start=1)]
    masters += [(f"layout {layout.name!r}", layout.shapes._spTree) for layout in prs.slide_layouts]
    for where, tree in masters:
        shapes, _ = _shape_sources(tree, where)
        units += shapes
    for number, slide in enumerate(prs.slides, start=1):
        tags: list[tuple[str, str]] = []
        body: list[str] = []
        trees = [("", slide.shapes._spTree)]
        if slide.has_notes_slide:
            trees.append((" notes", slide.notes_slide.shapes._spTree))
        for suffix, tree in trees:
            found, sources = _shape_sources(tree, f"slide {number}{suffix}")
            tags += found
            body += [DIRECTIVE.sub("", text) for text in sources]
        units += tags
        block_opens, slide_opens, slide_closes, block_closes = [], [], [], []
        for _, tag in tags:
            match = DIRECTIVE.fullmatch(tag)
            if not match:
                continue
            if match.group(2) in {"for", "if"}:
                (block_opens if match.group(1) == "slides" else slide_opens).append(_statement(tag))
                if match.group(1) == "slide":
                    slide_closes.insert(0, f"{{% end{match.group(2)} %}}")
            elif match.group(1) == "slides":
                block_closes.append(_statement(tag))
        source += block_opens + slide_opens + body + slide_closes + block_closes
    return units, "".join(source)


_SHAPES = (qn("p:sp"), qn("p:graphicFrame"), qn("p:grpSp"))


def _shape_sources(tree: Any, where: str) -> tuple[list[tuple[str, str]], list[str]]:
    """The tags of each shape with tags under `tree`, and each shape's Jinja source as the engine
    makes it (errors it raises are the engine's, with the shape's place)."""
    tags: list[tuple[str, str]] = []
    sources: list[str] = []
    for shape in tree:
        if not isinstance(shape.tag, str) or shape.tag not in (
            qn("p:sp"),
            qn("p:graphicFrame"),
            qn("p:grpSp"),
        ):
            continue
        if not has_tags(shape):
            continue
        c_nv_pr = next(shape.iter(qn("p:cNvPr")), None)
        place = f"{where}, shape {c_nv_pr.get('name', '?') if c_nv_pr is not None else '?'!r}"
        for p in deepcopy(shape).iter(qn("a:p")):
            merge_split_tags(p)
            tags += [(place, tag) for tag in TAG.findall(paragraph_text(p))]
        try:
            sources.append(engine_source(shape).source)
        except ValueError as exc:
            raise ValueError(f"{place}: {exc}") from None
    return tags, sources


def _docx_units(template: bytes) -> tuple[list[tuple[str, str]], str]:
    """Every tag with its place, and the document's Jinja source as docxtpl makes it (`patch_xml`,
    the preprocessing `build` renders with: {%p %}, {%tr %}, {%tc %}, {%r %} and split runs)."""
    from docxtpl import DocxTemplate

    units: list[tuple[str, str]] = []
    sources: list[str] = []
    patch = DocxTemplate.patch_xml
    with zipfile.ZipFile(io.BytesIO(template)) as package:
        parts = sorted(
            n for n in package.namelist() if re.fullmatch(r"word/(document|header\d*|footer\d*)\.xml", n)
        )
        for part in sorted(parts, key=lambda n: (n != "word/document.xml", n)):
            from lxml import etree

            xml = package.read(part)
            root = etree.fromstring(xml, SAFE_PARSER)
            area = "body" if part.endswith("document.xml") else part.rsplit("/", 1)[-1].removesuffix(".xml")
            for number, p in enumerate(word_paragraphs(root), start=1):
                text = paragraph_text(p)
                units += [(f"{area}, paragraph {number}", tag) for tag in TAG.findall(text)]
            sources.append(patch(None, xml.decode("utf-8")))  # patch_xml uses no instance state
    return units, "".join(sources)


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
