"""The paragraphs of a briefing's body whose lines a pass ends itself (word_separators.py: a line of
parts broken at its separator; word_addresses.py: an address on a line of its own), measured: each
paragraph of the body (not a table's) that breaks no line yet, its texts, its type size and
character spacing as its runs and style set them, across the page's text width; and the line
break such a pass sets into its texts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from lxml import etree

from reportgen.office.ooxml import qn
from reportgen.office.word_styles import Styles

_EMU_PER_PT = 12700
_SPACE = qn("xml:space")


@dataclass(frozen=True)
class BodyParagraph:
    """A paragraph of the body as a line-ending pass measures it."""

    element: etree._Element
    texts: list[etree._Element]  # its w:t elements with text
    text: str  # their joined text
    size: float  # pt
    tracking: float  # ems a character
    width: float  # the page's text width, pt
    styles: Styles


def unbroken_paragraphs(
    document: Any, wanted: Callable[[etree._Element, str], bool]
) -> Iterator[BodyParagraph]:
    """Each paragraph of `document`'s body (not a table's) `wanted` for its element and its text,
    that holds no line break of its own; none where the last section has no text width."""
    section = document.sections[-1]
    width = (section.page_width or 0) - (section.left_margin or 0) - (section.right_margin or 0)
    if width <= 0:
        return
    styles = Styles(document)
    for paragraph in document.element.body.iterchildren(qn("w:p")):
        texts = [t for t in paragraph.iter(qn("w:t")) if t.text]
        whole = "".join(t.text for t in texts)
        if not wanted(paragraph, whole) or paragraph.find(f".//{qn('w:br')}") is not None:
            continue
        size, tracking = size_and_tracking(paragraph, styles)
        yield BodyParagraph(paragraph, texts, whole, size, tracking, width / _EMU_PER_PT, styles)


def size_and_tracking(paragraph: etree._Element, styles: Styles) -> tuple[float, float]:
    """The paragraph's type size (pt: its runs' largest, else its style's) and its character
    spacing in ems (its runs', else its style's: Word's Subtitle tracks 0.75 pt a letter)."""
    sizes = [int(v) / 2 for s in paragraph.iter(qn("w:sz")) if (v := s.get(qn("w:val"), "")).isdigit()]
    found = styles.found(paragraph, f"{qn('w:rPr')}/{qn('w:sz')}")
    default = found.get(qn("w:val"), "") if found is not None else ""
    size = max(sizes) if sizes else (int(default) / 2 if default.isdigit() else 11.0)
    own = [
        s.get(qn("w:val"), "") for s in paragraph.iter(qn("w:spacing")) if s.getparent().tag == qn("w:rPr")
    ]
    styled = styles.found(paragraph, f"{qn('w:rPr')}/{qn('w:spacing')}")
    spacing = [*own, styled.get(qn("w:val"), "") if styled is not None else ""]
    return size, next((int(v) / 20 / size for v in spacing if v.lstrip("-").isdigit()), 0.0)


def break_in_texts(texts: list[etree._Element], at: int, dropped: int = 0) -> None:
    """A line break at character `at` of the texts' joined text, in the run that holds it, in
    place of the `dropped` characters there (a separator's: left as it is where they run on into
    the next text)."""
    seen = 0
    for t in texts:
        value = t.text or ""
        if not seen <= at < seen + len(value):
            seen += len(value)
            continue
        start = at - seen
        if start + dropped > len(value):
            return
        br = etree.Element(qn("w:br"))
        if not (start or dropped):
            t.addprevious(br)
            return
        t.text = value[:start]
        tail = etree.Element(qn("w:t"))
        tail.text = value[start + dropped :]
        tail.set(_SPACE, "preserve")
        if dropped:
            t.set(_SPACE, "preserve")  # the space before the separator it drops
        t.addnext(br)
        br.addnext(tail)
        return
