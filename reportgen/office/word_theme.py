"""The briefing's theme colours, as every reader shows them.

The default Word template colours its title, headings, table header and band by theme reference
(`w:themeColor`, `w:themeFill`): Word restyles them when the theme changes. Each reference also
carries the colour it stood for (`w:val`, `w:fill`), which is what LibreOffice 7.4 shows, so the
rendered briefing writes the theme's colour there too. Text on a shaded cell is then kept readable
(WCAG AA, 4.5:1) whatever the theme's colours: the theme's light or dark text, whichever reaches it.
"""

from __future__ import annotations

from typing import Any

from lxml import etree

from reportgen.data.contrast import AA_TEXT, contrast, label_colour
from reportgen.office.look import Look
from reportgen.office.ooxml import qn

_VAL, _FILL = qn("w:val"), qn("w:fill")
_THEME_COLOR, _THEME_FILL = qn("w:themeColor"), qn("w:themeFill")
_TINTS = (qn("w:themeTint"), qn("w:themeShade"), qn("w:themeFillTint"), qn("w:themeFillShade"))


def follow_theme(document: Any, look: Look) -> None:
    """Resolve theme references in the styles and the body, then readable text on shaded cells."""
    trees = (document.styles.element, document.element.body)
    for tree in trees:
        _resolve(tree, look)
    _readable_cells(document.element.body, look)


def _resolve(tree: etree._Element, look: Look) -> None:
    for element in tree.iter(qn("w:color"), qn("w:shd")):
        if any(element.get(attr) for attr in _TINTS):
            continue  # a tint or shade of a theme colour: left as the template wrote it
        for ref, value in ((_THEME_COLOR, _VAL), (_THEME_FILL, _FILL)):
            colour = look.colour(element.get(ref) or "")
            if colour is not None:
                element.set(value, colour.lstrip("#"))


def _readable_cells(body: etree._Element, look: Look) -> None:
    for cell in body.iter(qn("w:tc")):
        fill = _hex(cell.find(qn("w:tcPr") + "/" + qn("w:shd")), _FILL)
        if fill is None:
            continue
        for run in cell.iter(qn("w:r")):
            colour = run.find(qn("w:rPr") + "/" + qn("w:color"))
            shown = _hex(colour, _VAL) or look.text
            if contrast(shown, fill) >= AA_TEXT:
                continue
            better = label_colour(fill, (look.background, look.text))
            if colour is None:
                r_pr = run.find(qn("w:rPr"))
                if r_pr is None:
                    r_pr = etree.SubElement(run, qn("w:rPr"))
                    run.insert(0, r_pr)
                colour = etree.SubElement(r_pr, qn("w:color"))
            colour.set(_VAL, better.lstrip("#"))
            theme = {look.background: "background1", look.text: "text1"}.get(better)
            if theme is not None:
                colour.set(_THEME_COLOR, theme)
            else:
                colour.attrib.pop(_THEME_COLOR, None)
            for attr in _TINTS[:2]:
                colour.attrib.pop(attr, None)


def _hex(element: etree._Element | None, attr: str) -> str | None:
    value = element.get(attr, "") if element is not None else ""
    if len(value) == 6 and all(c in "0123456789abcdefABCDEF" for c in value):
        return "#" + value.upper()
    return None
