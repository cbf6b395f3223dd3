"""A template's look, for the charts drawn into it: the theme's colours and the body font.

A designer restyles a template in PowerPoint or Word (Design > Variants > Colors and Fonts, or the
Normal style), never in our code. Native deck charts follow the deck's theme by reference; the
matplotlib pictures read the same choices here, so a restyled template restyles its charts too.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from lxml import etree

from reportgen.office.ooxml import SAFE_PARSER, qn

_ACCENTS = tuple(f"accent{n}" for n in range(1, 7))


@dataclass(frozen=True)
class Look:
    palette: tuple[str, ...]  # '#RRGGBB', accent1..6
    text: str  # dk1
    primary: str  # dk2: titles
    light: str  # lt2: gridlines, tile fills
    font: str  # the body (minor) Latin font, or the Normal style's


def theme_look(theme_xml: bytes, body_font: str | None = None) -> Look | None:
    """The look a theme part (`a:theme`) describes; None when it names no colours we can read."""
    try:
        root = etree.fromstring(theme_xml, SAFE_PARSER)
    except etree.XMLSyntaxError:
        return None
    scheme = next(root.iter(qn("a:clrScheme")), None)
    if scheme is None:
        return None
    colours = {child.tag.split("}")[-1]: _colour(child) for child in scheme}
    palette = tuple(c for c in (colours.get(a) for a in _ACCENTS) if c)
    if not palette:
        return None
    minor = next(root.iter(qn("a:minorFont")), None)
    latin = minor.find(qn("a:latin")) if minor is not None else None
    font = body_font or (latin.get("typeface") if latin is not None else "") or ""
    return Look(
        palette=palette,
        text=colours.get("dk1") or "#000000",
        primary=colours.get("dk2") or palette[0],
        light=colours.get("lt2") or "#E7E6E6",
        font=font,
    )


def _colour(element: etree._Element) -> str | None:
    """'#RRGGBB' of a scheme colour given as srgbClr or sysClr (its last colour)."""
    srgb = element.find(qn("a:srgbClr"))
    if srgb is not None and len(srgb.get("val", "")) == 6:
        return "#" + srgb.get("val").upper()
    system = element.find(qn("a:sysClr"))
    if system is not None and len(system.get("lastClr", "")) == 6:
        return "#" + system.get("lastClr").upper()
    return None


def deck_look(prs: Any) -> Look | None:
    """The first slide master's theme."""
    from pptx.opc.constants import RELATIONSHIP_TYPE as RT

    try:
        return theme_look(prs.slide_master.part.part_related_by(RT.THEME).blob)
    except (KeyError, IndexError):
        return None


def briefing_look(document: Any) -> Look | None:
    """The document's theme, with the Normal style's font when it names one (it wins in Word)."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    try:
        theme = document.part.part_related_by(RT.THEME).blob
    except (KeyError, IndexError):
        return None
    font = None
    try:
        normal = document.styles["Normal"].element
        fonts = normal.find(qn("w:rPr") + "/" + qn("w:rFonts"))
        font = fonts.get(qn("w:ascii")) if fonts is not None else None
    except KeyError:
        pass
    return theme_look(theme, font)


def package_look(path: Any, kind: str) -> Look | None:
    """The look `deck_look`/`briefing_look` will read, guessed from the package's usual part names
    without opening it with the Office libraries: lets charts be drawn before rendering starts.
    A wrong guess only costs the time of drawing a chart again."""
    import zipfile

    theme_name = "ppt/theme/theme1.xml" if kind == "deck" else "word/theme/theme1.xml"
    try:
        with zipfile.ZipFile(path) as package:
            theme = _member(package, theme_name)
            styles = _member(package, "word/styles.xml") if kind == "briefing" else None
    except (OSError, zipfile.BadZipFile, KeyError, ValueError):
        return None
    font = None
    if styles is not None:
        try:
            root = etree.fromstring(styles, SAFE_PARSER)
        except etree.XMLSyntaxError:
            return None
        for style in root.iter(qn("w:style")):
            if style.get(qn("w:styleId")) == "Normal":
                fonts = style.find(qn("w:rPr") + "/" + qn("w:rFonts"))
                font = fonts.get(qn("w:ascii")) if fonts is not None else None
                break
    return theme_look(theme, font)


def _member(package: Any, name: str) -> bytes:
    info = package.getinfo(name)
    if info.file_size > 8 * 2**20:
        raise ValueError(name)
    return package.read(info)
