"""A briefing whose last page would hold only a few lines (the end of its last section and its
Sources: havencongres' page 2 held one bullet and the Sources, 12 % of it) is set a little tighter,
so that the page before takes them: the space before and after its paragraphs and headings and
its line spacing reduced, by the least of STEPS that the page estimate (office/word_fill.py) says
ends the document a page earlier; where none does, it is left as it was. This comes after any
chart on the page before was drawn less tall for the same room (`last_page_chart`).

The same share applies to every paragraph of the body, as a designer sets a whole document
tighter rather than one page; the tables keep their own spacing. The line spacing is never set
below single (240).
"""

from __future__ import annotations

from typing import Any

from lxml import etree

from reportgen.office.ooxml import qn
from reportgen.office.word_fill import LAST_PAGE_SHARE, pages_estimated
from reportgen.office.word_styles import Styles, styles_of

#: The shares of their spacing (before, after, and line spacing above single) the paragraphs
#: keep, tried in turn.
STEPS = (0.7, 0.4)
#: Single line spacing, in 240ths of a line.
_SINGLE = 240


def tighten_for_last_page(document: Any) -> float | None:
    """Set `document`'s (python-docx) body paragraphs tighter where that, by the estimate, takes
    a last page holding at most LAST_PAGE_SHARE onto the page before; the share kept, or None."""
    pages, last = pages_estimated(document)
    if pages < 2 or last > LAST_PAGE_SHARE:
        return None
    styles = styles_of(document)
    paragraphs = [p for p in document.element.body if p.tag == qn("w:p")]
    spacings = {p: _found(p, styles) for p in paragraphs}
    saved = [(p, dict(s.attrib) if (s := _spacing(p)) is not None else None) for p in paragraphs]
    for share in STEPS:
        for paragraph in paragraphs:
            _set(paragraph, spacings[paragraph], share)
        if pages_estimated(document)[0] < pages:
            return share
        _restore(saved)
    return None


def _spacing(paragraph: etree._Element) -> etree._Element | None:
    return paragraph.find(f"{qn('w:pPr')}/{qn('w:spacing')}")


def _found(paragraph: etree._Element, styles: Styles) -> dict[str, float | None]:
    """The spacing that applies to the paragraph (its own or its style's): before and after it,
    and its line spacing where that is a multiple of a line (not exact)."""
    rule = styles.found(paragraph, f"{qn('w:pPr')}/{qn('w:spacing')}")
    exact = rule is not None and rule.get(qn("w:lineRule")) in ("exact", "atLeast")
    names = ("w:before", "w:after") if exact else ("w:before", "w:after", "w:line")
    return {name: styles.spacing(paragraph, name) for name in names}


def _set(paragraph: etree._Element, found: dict[str, float | None], share: float) -> None:
    """The paragraph's own spacing: `share` of the spacing `found` for it."""
    values = {
        name: str(round(value * share))
        for name in ("w:before", "w:after")
        if (value := found[name]) is not None and value > 0
    }
    line = found.get("w:line")
    if line is not None and line > _SINGLE:
        values["w:line"] = str(round(_SINGLE + (line - _SINGLE) * share))
    if not values:
        return
    spacing = paragraph.get_or_add_pPr().get_or_add_spacing()
    for name, value in values.items():
        spacing.set(qn(name), value)
    if "w:line" in values:
        spacing.set(qn("w:lineRule"), "auto")


def _restore(saved: list[tuple[etree._Element, dict[str, str] | None]]) -> None:
    """Each paragraph's own spacing as it was (none, where it had none)."""
    for paragraph, attrib in saved:
        spacing = _spacing(paragraph)
        if spacing is None:
            continue
        if attrib is None:
            spacing.getparent().remove(spacing)
            continue
        spacing.attrib.clear()
        spacing.attrib.update(attrib)
