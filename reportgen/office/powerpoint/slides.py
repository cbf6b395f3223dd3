"""Repeated and conditional slides.

`{%slide for x in xs %}` and `{%slide if cond %}` (in a text box or in the speaker notes) act on their
own slide: it is cloned once per item, or kept only when the condition holds. Several may stand on
one slide and compose in order. `{%slides for ... %}` ... `{%slides endfor %}` (and `{%slides if %}`
... `{%slides endif %}`) act on the block of consecutive slides from the opening slide to the closing
one, so a template can hold variants of a slide (one chart, two charts) that stay in data order.

Every slide of the result is a clone of a template slide (pictures, notes and hyperlinks included,
relationships re-keyed); the template's own slides are dropped afterwards.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from lxml import etree
from pptx.slide import Slide

from reportgen.data.views import View
from reportgen.office.ooxml import paragraph_text, qn
from reportgen.office.powerpoint.runs import merge_split_tags
from reportgen.office.sandbox import EXPRESSION_ERRORS, error_message

DIRECTIVE = re.compile(r"\{%\s*(slides?)\s+(for|if|endfor|endif)\b(.*?)%\}", re.S)
_FOR = re.compile(
    r"^\s*(?P<target>[A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)*)\s+in\s+(?P<iter>.+?)"
    r"(?:\s+if\s+(?P<cond>.+))?\s*$",
    re.S,
)


class SlideDirectiveError(ValueError):
    def __init__(self, slide: int, message: str) -> None:
        super().__init__(message)
        self.slide = slide


@dataclass
class Directive:
    scope: str  # 'slide' or 'slides'
    op: str  # 'for', 'if', 'endfor', 'endif'
    expr: str
    slide: int  # 1-based template slide number

    @property
    def text(self) -> str:
        return f"{{%{self.scope} {self.op}{(' ' + self.expr) if self.expr else ''} %}}"


@dataclass
class SlideRef:
    index: int  # 0-based template slide
    directives: list[Directive]


@dataclass
class Block:
    directive: Directive | None
    children: list[Any] = field(default_factory=list)


@dataclass(frozen=True)
class SlideLoop(View):
    """What `loop` means on a repeated slide: the position of this copy among its siblings."""

    index0: int
    index: int
    length: int
    first: bool
    last: bool

    @classmethod
    def at(cls, index0: int, length: int) -> SlideLoop:
        return cls(index0, index0 + 1, length, index0 == 0, index0 == length - 1)


def collect_directives(slides: list[Slide]) -> list[list[Directive]]:
    """Find and remove the slide directives of each slide, in the order they appear."""
    found: list[list[Directive]] = []
    for number, slide in enumerate(slides, start=1):
        mine: list[Directive] = []
        trees = [slide.shapes._spTree]
        if slide.has_notes_slide:
            trees.append(slide.notes_slide.shapes._spTree)
        for tree in trees:
            for paragraph in list(tree.iter(qn("a:p"))):
                text = paragraph_text(paragraph)
                if "{%" not in text or not DIRECTIVE.search(text):
                    continue
                merge_split_tags(paragraph)
                for match in DIRECTIVE.finditer(paragraph_text(paragraph)):
                    mine.append(Directive(match.group(1), match.group(2), match.group(3).strip(), number))
                _strip(paragraph)
        found.append(mine)
    return found


def _strip(paragraph: etree._Element) -> None:
    """Remove directive text; remove the paragraph, and a shape left without text, entirely."""
    for t in paragraph.iter(qn("a:t")):
        t.text = DIRECTIVE.sub("", t.text or "")
    if paragraph_text(paragraph).strip():
        return
    body = paragraph.getparent()
    body.remove(paragraph)
    if body.find(qn("a:p")) is None:
        shape = body.getparent()
        holder = shape.getparent()
        is_notes_body = shape.find(".//" + qn("p:ph")) is not None
        if holder is not None and shape.tag == qn("p:sp") and not is_notes_body:
            holder.remove(shape)
        else:
            etree.SubElement(body, qn("a:p"))


def build_plan(directives: list[list[Directive]]) -> Block:
    """Nest slides into blocks by their {%slides%} directives."""
    root = Block(None)
    stack = [root]
    for index, mine in enumerate(directives):
        for d in (d for d in mine if d.scope == "slides" and d.op in {"for", "if"}):
            block = Block(d)
            stack[-1].children.append(block)
            stack.append(block)
        stack[-1].children.append(SlideRef(index, [d for d in mine if d.scope == "slide"]))
        for d in mine:
            if d.scope == "slide" and d.op in {"endfor", "endif"}:
                raise SlideDirectiveError(
                    d.slide,
                    f"{d.text}: a slide's own loop needs no end tag; "
                    "to repeat several slides use {%slides for ...%} ... "
                    "{%slides endfor %}",
                )
            if d.scope == "slides" and d.op in {"endfor", "endif"}:
                opener = stack[-1].directive if len(stack) > 1 else None
                if opener is None or opener.op != d.op.removeprefix("end"):
                    raise SlideDirectiveError(
                        d.slide,
                        f"{d.text} closes nothing: no open "
                        f"{{%slides {d.op.removeprefix('end')} %}} before it",
                    )
                stack.pop()
    if len(stack) > 1:
        opener = stack[-1].directive
        assert opener is not None
        raise SlideDirectiveError(
            opener.slide,
            f"{opener.text} is never closed: add {{%slides end{opener.op} %}} on the last slide of the block",
        )
    return root


@dataclass
class Outcome:
    """What expanding the slides found besides the slides: directives that failed (each slide then
    has no copy) and, for each template slide left with no copy, why."""

    errors: list[SlideDirectiveError] = field(default_factory=list)
    dropped: dict[int, str] = field(default_factory=dict)

    def apply(self, d: Directive, env: Any, context: dict[str, Any]) -> list[dict[str, Any]]:
        try:
            return _apply(d, env, context)
        except SlideDirectiveError as exc:
            self.errors.append(exc)
            return []


def expand(
    node: Block | SlideRef, env: Any, context: dict[str, Any], outcome: Outcome | None = None
) -> list[tuple[int, dict[str, Any]]]:
    """The slides to produce, in order: (template slide index, context for that copy). Without an
    `outcome`, a failing directive raises SlideDirectiveError; with one, it is kept there."""
    outcome = outcome if outcome is not None else _Raising()
    if isinstance(node, SlideRef):
        contexts = [context]
        for d in node.directives:
            before = bool(contexts)
            contexts = [c2 for c in contexts for c2 in outcome.apply(d, env, c)]
            if before and not contexts:
                outcome.dropped.setdefault(node.index, _why(d))
        return [(node.index, c) for c in contexts]
    if node.directive is None:
        return [pair for child in node.children for pair in expand(child, env, context, outcome)]
    result = []
    contexts = outcome.apply(node.directive, env, context)
    if not contexts:
        for index in _slides_in(node):
            outcome.dropped.setdefault(index, _why(node.directive))
    for ctx in contexts:
        result += [pair for child in node.children for pair in expand(child, env, ctx, outcome)]
    return result


class _Raising(Outcome):
    def apply(self, d: Directive, env: Any, context: dict[str, Any]) -> list[dict[str, Any]]:
        return _apply(d, env, context)


def _slides_in(node: Block | SlideRef) -> list[int]:
    if isinstance(node, SlideRef):
        return [node.index]
    return [index for child in node.children for index in _slides_in(child)]


def _why(d: Directive) -> str:
    """Why a directive produced no slide, in a template author's words."""
    if d.op == "if":
        return f"condition {d.expr!r} false for this event"
    match = _FOR.match(d.expr)
    if match and match.group("cond"):
        return (
            f"no item of {match.group('iter').strip()!r} meets {match.group('cond').strip()!r} for this event"
        )
    return f"{(match.group('iter').strip() if match else d.expr)!r} has no items for this event"


def _apply(d: Directive, env: Any, context: dict[str, Any]) -> list[dict[str, Any]]:
    try:
        if d.op == "if":
            return [context] if env.compile_expression(d.expr)(**context) else []
        match = _FOR.match(d.expr)
        if not match:
            raise SlideDirectiveError(d.slide, f"{d.text}: expected 'for NAME in EXPRESSION'")
        targets = [t.strip() for t in match.group("target").split(",")]
        items = list(env.compile_expression(match.group("iter"), undefined_to_none=False)(**context))
        contexts = []
        for item in items:
            values = [item] if len(targets) == 1 else list(item)
            if len(values) != len(targets):
                raise SlideDirectiveError(
                    d.slide, f"{d.text}: cannot unpack {len(values)} values into {len(targets)} names"
                )
            contexts.append({**context, **dict(zip(targets, values, strict=True))})
        if match.group("cond"):
            condition = env.compile_expression(match.group("cond"))
            contexts = [c for c in contexts if condition(**c)]
        return [{**c, "loop": SlideLoop.at(i, len(contexts))} for i, c in enumerate(contexts)]
    except SlideDirectiveError:
        raise
    except EXPRESSION_ERRORS as exc:
        raise SlideDirectiveError(d.slide, f"{d.text}: {error_message(exc)}") from None


def order_slides(prs: Any, slides: list[Slide]) -> None:
    """Put the deck's slides in the order of `slides` (every slide of the deck, each once)."""
    id_list = prs.slides._sldIdLst
    by_part = {prs.part.related_part(sld_id.rId): sld_id for sld_id in id_list}
    for sld_id in list(id_list):
        id_list.remove(sld_id)
    for slide in slides:
        id_list.append(by_part[slide.part])
    prs.part.rename_slide_parts([sld_id.rId for sld_id in id_list])  # slide1.xml, slide2.xml, … in order


def drop_slide(prs: Any, slide: Slide) -> None:
    id_list = prs.slides._sldIdLst
    for sld_id in list(id_list):
        if prs.part.related_part(sld_id.rId) is slide.part:
            prs.part.drop_rel(sld_id.rId)
            id_list.remove(sld_id)
            return
