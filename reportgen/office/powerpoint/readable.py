"""Text on a filled shape stays readable whatever the deck's theme colours.

The default deck colours its tiles and their numbers by theme reference (a tile in Background 2,
its number in Accent 1). A designer who picks other theme colours may make a pair that cannot be
read (a yellow accent on a light tile); the rendered deck then writes that theme colour in a
darker (or lighter) shade that reads, as PowerPoint's own 'Accent 2, Darker 25%' does (`a:lumMod`,
`a:lumOff`): a tile's record word ('A record', '創新高') in the default deck's second accent, a
little light on the tile's fill, had turned the label's text colour (round 20), and a user's
template that restyles its accents restyles it. Where no shade reads, or the colour is plain RGB,
the theme's dark or light text instead (WCAG AA, 4.5:1), as the briefing does in its shaded cells
(office/word_theme.py).
"""

from __future__ import annotations

import colorsys
from typing import Any

from lxml import etree

from reportgen.data.contrast import AA_TEXT, contrast, label_colour, luminance
from reportgen.office.look import Look
from reportgen.office.ooxml import qn

#: DrawingML scheme colour names, as a slide's colour map gives them in the default masters.
_SCHEME = {"tx1": "dk1", "bg1": "lt1", "tx2": "dk2", "bg2": "lt2"}
#: The shades of a theme colour tried, nearest first, as a share of its luminance, down to
#: PowerPoint's 'Darker 25%': a darker one reads as another colour (a yellow as olive), and the
#: theme's text colour is set instead.
_SHADES = (90, 80, 75)


def readable_on_fills(prs: Any, look: Look) -> None:
    """Every run with its own colour on a shape with its own solid fill: AA, or the theme's text."""
    for slide in prs.slides:
        for shape in slide.shapes._spTree.iter(qn("p:sp")):
            fill = _fill_colour(shape.find(qn("p:spPr")), look)
            if fill is None:
                continue
            for r_pr in shape.iter(qn("a:rPr")):
                _readable(r_pr, fill, look)


def _readable(r_pr: etree._Element, fill: str, look: Look) -> None:
    solid = r_pr.find(qn("a:solidFill"))
    colour = _fill_colour(r_pr, look)
    if solid is None or colour is None or contrast(colour, fill) >= AA_TEXT:
        return
    shade = _shade(solid[0], colour, fill)
    if shade is not None:  # the theme's colour, in a shade that reads: its hue stays the template's
        etree.SubElement(solid[0], qn("a:lumMod"), val=str(shade[0] * 1000))
        if shade[1]:
            etree.SubElement(solid[0], qn("a:lumOff"), val=str(shade[1] * 1000))
        return
    better = label_colour(fill, (look.text, look.background))
    for child in list(solid):
        solid.remove(child)
    name = {look.text: "tx1", look.background: "bg1"}.get(better)
    if name is not None:
        etree.SubElement(solid, qn("a:schemeClr"), val=name)
    else:
        etree.SubElement(solid, qn("a:srgbClr"), val=better.lstrip("#"))


def _fill_colour(properties: etree._Element | None, look: Look) -> str | None:
    """'#RRGGBB' of an element's own solid fill, when it is plain RGB or an unmodified theme colour."""
    solid = properties.find(qn("a:solidFill")) if properties is not None else None
    if solid is None or len(solid) != 1 or len(solid[0]):
        return None  # no fill of its own, or a tint/shade/alpha of a colour: left as it is
    child, value = solid[0], solid[0].get("val", "")
    if child.tag == qn("a:srgbClr"):
        ok = len(value) == 6 and all(c in "0123456789abcdefABCDEF" for c in value)
        return "#" + value.upper() if ok else None
    if child.tag == qn("a:schemeClr"):
        name = _SCHEME.get(value, value)
        return look.colour({"dk1": "dark1", "lt1": "light1", "dk2": "dark2", "lt2": "light2"}.get(name, name))
    return None


def _shade(element: etree._Element, colour: str, fill: str) -> tuple[int, int] | None:
    """(lumMod, lumOff) in percent of the nearest shade of the scheme colour `element` (of
    `colour`) that reads on `fill` (AA): darker on a light fill, lighter on a dark one. None for a
    plain RGB colour, whose RGB the template wrote, or where no shade of `_SHADES` reads."""
    if element.tag != qn("a:schemeClr"):
        return None
    hue, light, saturation = colorsys.rgb_to_hls(*(int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)))
    darker = luminance(fill) > luminance(colour)
    for share in _SHADES:
        off = 0 if darker else 100 - share  # lighter: lumMod with lumOff, 'Lighter 40%'
        shaded = colorsys.hls_to_rgb(hue, min(1.0, light * share / 100 + off / 100), saturation)
        if contrast("#" + "".join(f"{round(v * 255):02X}" for v in shaded), fill) >= AA_TEXT:
            return share, off
    return None
