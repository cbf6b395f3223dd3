"""The briefing's theme colours, as every reader shows them.

The default Word template colours its title, headings, table header and band by theme reference
(`w:themeColor`, `w:themeFill`): Word restyles them when the theme changes. Each reference also
carries the colour it stood for (`w:val`, `w:fill`), which is what LibreOffice 7.4 shows, so the
rendered briefing writes the theme's colour there too. Text on a shaded cell is then kept readable
(WCAG AA, 4.5:1) whatever the theme's colours: the theme's light or dark text, whichever reaches it.
"""

from __future__ import annotations

import colorsys
from typing import Any

from lxml import etree

from reportgen.data.contrast import AA_TEXT, contrast, label_colour
from reportgen.memo import Memo
from reportgen.office.look import Look
from reportgen.office.ooxml import qn

_VAL, _FILL, _COLOR = qn("w:val"), qn("w:fill"), qn("w:color")
_THEME_COLOR, _THEME_FILL = qn("w:themeColor"), qn("w:themeFill")
_TINT, _SHADE = qn("w:themeTint"), qn("w:themeShade")
_FILL_TINT, _FILL_SHADE = qn("w:themeFillTint"), qn("w:themeFillShade")
#: Every element (the tree's root included) that refers to a theme colour or fill.
_THEMED = etree.XPath(
    "descendant-or-self::*[@w:themeColor or @w:themeFill]",
    namespaces={"w": _VAL[1 : _VAL.index("}")]},
)


def follow_theme(document: Any, look: Look, template: bytes | None = None) -> None:
    """Resolve theme references in the styles and the body, then readable text on shaded cells.
    With `template`, the digest of the template the document was opened from (whose styles part
    nothing has changed since), the styles' edits are worked out once a process (`_STYLES_EDITS`)."""
    styles = document.styles.element
    if template is None:
        resolve_theme_colours(styles, look)
    else:
        _resolve_remembered(styles, look, template)
    resolve_theme_colours(document.element.body, look)
    _readable_cells(document.element.body, look)


def resolve_theme_colours(tree: etree._Element, look: Look) -> None:
    """Write beside every theme reference in `tree` the colour it stands for in `look`: a run's
    `w:color` (its `w:val`), a border's or a shading's `w:color`, a shading's `w:fill`, each with
    its tint or shade applied as Word applies it (to the colour's HSL lightness)."""
    for element, target, colour in _theme_edits(tree, look):
        element.set(target, colour)


#: Word's styles part, 0.3 MB and 9,000 elements, 1,745 of them with a theme reference: finding
#: and resolving them took about 7 ms of every rebuild. Its edits depend on the template's styles
#: and the theme's colours alone, so those that change something (an attribute set to the value
#: it has changes nothing: the default template already holds every colour it refers to) are kept
#: as (element's tag, its place among the elements of that tag in document order, attribute,
#: colour), by template digest and colours, and made again in the order first made.
_Edits = tuple[tuple[str, int, str, str], ...]
_STYLES_EDITS: Memo[tuple[bytes, tuple[tuple[str, str], ...]], _Edits] = Memo(8)


def _resolve_remembered(styles: etree._Element, look: Look, template: bytes) -> None:
    key = (template, tuple(sorted(look.colours().items())))
    edits = _STYLES_EDITS.get(key)
    if edits is None:
        # only what changes the part: Word's own template already holds each colour it refers to
        made = [
            (e, target, colour) for e, target, colour in _theme_edits(styles, look) if e.get(target) != colour
        ]
        tags = {element.tag for element, _, _ in made}
        place = {id(element): i for tag in tags for i, element in enumerate(styles.iter(tag))}
        edits = tuple((element.tag, place[id(element)], target, colour) for element, target, colour in made)
        _STYLES_EDITS.remember(key, edits)  # `made` keeps each element (and so its id) alive until here
        for element, target, colour in made:
            element.set(target, colour)
        return
    found = {tag: list(styles.iter(tag)) for tag in {edit[0] for edit in edits}}  # libxml2 finds them
    for tag, index, target, colour in edits:
        found[tag][index].set(target, colour)


def _theme_edits(tree: etree._Element, look: Look) -> list[tuple[etree._Element, str, str]]:
    """(element, attribute, colour) for every theme reference in `tree`, in document order."""
    # Only the elements with a reference (found by libxml2, not by a Python walk over Word's
    # styles part, 0.3 MB: that walk, a dict built per element, was a fifth of a warm rebuild).
    colours = look.colours()
    edits: list[tuple[etree._Element, str, str]] = []
    resolved: dict[tuple[str, str | None, str | None], str] = {}  # a few dozen distinct references
    for element in _THEMED(tree):
        value = _VAL if element.tag == _COLOR else _COLOR
        for ref, target, tint, shade in (
            (_THEME_COLOR, value, _TINT, _SHADE),
            (_THEME_FILL, _FILL, _FILL_TINT, _FILL_SHADE),
        ):
            name = element.get(ref)
            if name is None or name not in colours:
                continue
            key = (name, element.get(tint), element.get(shade))
            colour = resolved.get(key)
            if colour is None:
                colour = tinted(colours[name], _fraction(key[1]), _fraction(key[2])).lstrip("#")
                resolved[key] = colour
            edits.append((element, target, colour))
    return edits


def tinted(colour: str, tint: float | None, shade: float | None) -> str:
    """'#RRGGBB' of a theme colour with Word's tint (lighter) or shade (darker), given as 0-1."""
    if tint is None and shade is None:
        return colour
    red, green, blue = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    hue, lightness, saturation = colorsys.rgb_to_hls(red, green, blue)
    if shade is not None:
        lightness *= shade
    if tint is not None:
        lightness = lightness * tint + (1 - tint)
    rgb = colorsys.hls_to_rgb(hue, min(1.0, max(0.0, lightness)), saturation)
    return "#" + "".join(f"{int(c * 255 + 1e-9):02X}" for c in rgb)  # Word truncates


def _fraction(value: str | None) -> float | None:
    """A theme tint or shade (two hex digits, 00-FF) as 0-1; None when absent or not that."""
    if value is None or len(value) != 2 or not all(c in "0123456789abcdefABCDEF" for c in value):
        return None
    return int(value, 16) / 255


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
            for attr in (_TINT, _SHADE):
                colour.attrib.pop(attr, None)


def _hex(element: etree._Element | None, attr: str) -> str | None:
    value = element.get(attr, "") if element is not None else ""
    if len(value) == 6 and all(c in "0123456789abcdefABCDEF" for c in value):
        return "#" + value.upper()
    return None
