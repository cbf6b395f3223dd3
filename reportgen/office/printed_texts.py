"""What a built document prints, as the document check (office/quality.py) reads it: a slide's
texts, a native chart's (labels, titles, categories), a briefing's paragraphs, and the value labels
of chart pictures."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from lxml import etree

from reportgen.office.ooxml import paragraph_text, qn
from reportgen.office.powerpoint.dots import is_tick_series
from reportgen.office.repeats import Drawn


def _briefing_paragraphs(
    body: etree._Element, drawn: Sequence[Drawn] = ()
) -> Iterable[tuple[str, bool, etree._Element]]:
    """Each printed paragraph of the body (tables' cells included), whether it is a heading, and
    the paragraph; one that holds only a picture too when there are chart pictures to count."""
    for p in body.iter(qn("w:p")):
        text = paragraph_text(p)  # a name's no-break hyphen read as its hyphen
        if not text.strip() and not (drawn and next(p.iter(qn("w:drawing")), None) is not None):
            continue
        style = p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
        name = style.get(qn("w:val"), "") if style is not None else ""
        yield text, name.lower().startswith(("heading", "title")), p


def drawn_pictures(element: etree._Element, drawn: Sequence[Drawn]) -> list[tuple[str, Drawn]]:
    """The chart pictures under `element` (a slide's shape tree, a briefing's body), each with its
    name and its data, known by its name ('Chart visitors') or its alt text; a native chart's
    frame is none (its labels are text)."""
    found: list[tuple[str, Drawn]] = []
    for properties in element.iter(qn("p:cNvPr"), qn("wp:docPr")):
        holder = properties.getparent()
        picture = holder is not None and (
            holder.tag == qn("p:nvPicPr") or next(holder.iter(qn("pic:pic")), None) is not None
        )
        if not picture:
            continue
        name, alt = properties.get("name", ""), properties.get("descr", "")
        chart = next((c for c in drawn if name.endswith(f" {c.chart_id}") or (alt and alt == c.alt)), None)
        if chart is not None:
            found.append((name, chart))
    return found


def _picture_labels(
    element: etree._Element, drawn: Sequence[Drawn], counted: bool | None = None
) -> list[str]:
    """The value labels of the chart pictures under `element` (a slide's shape tree, a paragraph),
    each picture known by its name ('Chart visitors', 'Diagramm visitors') or its alt text; with
    `counted` True, those that count as printings (`Drawn.counted`); False, the others, which a
    reader reads all the same (the form a number is written in: office/repeats.py `_two_forms`)."""
    if not drawn:
        return []
    labels: list[str] = []
    for tag in ("p:cNvPr", "wp:docPr"):
        for properties in element.iter(qn(tag)):
            holder = properties.getparent()
            if holder is None or (  # a picture's, not a native chart's (its labels are text)
                holder.tag != qn("p:nvPicPr") and next(holder.iter(qn("pic:pic")), None) is None
            ):
                continue
            name, alt = properties.get("name", ""), properties.get("descr", "")
            for chart in drawn:
                if name.endswith(f" {chart.chart_id}") or (alt and alt == chart.alt):
                    printings = chart.labels if chart.counted is None else chart.counted
                    shown = (
                        chart.labels
                        if counted is None
                        else printings
                        if counted
                        else tuple(t for t in chart.labels if t not in printings)
                    )
                    labels += [label for label in shown if label]
                    break
    return labels


def _slide_texts(slide: Any) -> Iterable[str]:
    """The printed text of a slide's shapes and table cells; speaker notes are not printed."""
    for element in slide.shapes._spTree.iter(qn("a:p")):
        text = "".join(t.text or "" for t in element.iter(qn("a:t")))
        if text.strip():
            yield text


def _chart_texts(space: etree._Element) -> Iterable[str]:
    """The printed text of a native chart (labels, titles, categories), from its c:chartSpace; a
    dot plot's ticks in words (powerpoint/dots.py) are its axis's numbers, no figure's."""
    axis = {e for s in space.iter(qn("c:ser")) if is_tick_series(s) for e in s.iter(qn("a:p"), qn("c:v"))}
    for element in space.iter(qn("a:p"), qn("c:v")):
        if element in axis:
            continue
        text = (
            element.text
            if element.tag == qn("c:v")
            else "".join(t.text or "" for t in element.iter(qn("a:t")))
        )
        if text and text.strip() and not _a_number_cache(element):
            yield text


def _a_number_cache(element: etree._Element) -> bool:
    """A value of a chart's numbers (c:numCache's c:pt's c:v): drawn as a bar, and printed only
    as the value label that says it (rich text, read as such)."""
    point = element.getparent()
    holder = point.getparent() if point is not None else None
    return holder is not None and holder.tag in (qn("c:numCache"), qn("c:numLit"))


def _charts(slide: Any) -> list[Any]:
    return [shape for shape in slide.shapes if getattr(shape, "has_chart", False) and shape.has_chart]
