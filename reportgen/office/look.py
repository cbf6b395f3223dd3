"""A template's look, for the charts drawn into it: the theme's colours and the body font.

A designer restyles a template in PowerPoint or Word (Design > Variants > Colors and Fonts, or the
Normal style), never in our code. Native deck charts follow the deck's theme by reference; the
matplotlib pictures read the same choices here, so a restyled template restyles its charts too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from lxml import etree

from reportgen.office.ooxml import SAFE_PARSER, qn

_ACCENTS = tuple(f"accent{n}" for n in range(1, 7))
#: The scheme colours a look needs, each as 6-digit RGB: a theme missing one, or giving it in any
#: other form, is not read at all (the charts keep reportgen's own colours, with a warning).
_NEEDED = ("dk1", "lt1", "dk2", "lt2", *_ACCENTS)
#: The system colours a theme may name without a `lastClr` (Word and PowerPoint write both).
_SYSTEM = {"windowText": "#000000", "window": "#FFFFFF"}
_HEX = re.compile(r"[0-9A-Fa-f]{6}")
#: A theme part larger than this is not read (a real one is 7 to 12 KB; Office's largest ~ 300 KB).
MAX_THEME_BYTES = 2 * 2**20
#: A font name a chart may ask matplotlib for: printable, at most Windows' 31 characters.
_FONT_NAME = re.compile(r"[^\x00-\x1f\x7f<>\"]{1,31}")


@dataclass(frozen=True)
class Look:
    palette: tuple[str, ...]  # '#RRGGBB', accent1..6
    text: str  # dk1
    primary: str  # dk2: titles
    light: str  # lt2: gridlines, tile fills
    font: str  # the body (minor) Latin font, or the Normal style's
    background: str = "#FFFFFF"  # lt1

    def colour(self, name: str) -> str | None:
        """'#RRGGBB' of a Word theme colour name (w:themeColor, w:themeFill), or None."""
        return self.colours().get(name)

    def colours(self) -> dict[str, str]:
        """'#RRGGBB' of every Word theme colour name (w:themeColor, w:themeFill)."""
        return {
            "dark1": self.text,
            "text1": self.text,
            "light1": self.background,
            "background1": self.background,
            "dark2": self.primary,
            "text2": self.primary,
            "light2": self.light,
            "background2": self.light,
            **{f"accent{n}": c for n, c in enumerate(self.palette, 1)},
        }


def theme_look(theme_xml: bytes, body_font: str | None = None) -> Look | None:
    """The look a theme part (`a:theme`) describes; None when it is not one whose colours we can
    all read (each of dk1, lt1, dk2, lt2 and accent1-6 as 6-digit RGB)."""
    if len(theme_xml) > MAX_THEME_BYTES:
        return None
    try:
        root = etree.fromstring(theme_xml, SAFE_PARSER)
    except (etree.XMLSyntaxError, ValueError):
        return None
    if root.tag != qn("a:theme"):
        return None
    scheme = root.find(qn("a:themeElements") + "/" + qn("a:clrScheme"))
    if scheme is None:
        return None
    colours = {name: _colour(scheme.find(qn(f"a:{name}"))) for name in _NEEDED}
    if not all(colours.values()):
        return None
    return Look(
        palette=tuple(colours[a] or "" for a in _ACCENTS),
        text=colours["dk1"] or "",
        primary=colours["dk2"] or "",
        light=colours["lt2"] or "",
        font=_font_name(body_font) or _theme_font(root),
        background=colours["lt1"] or "",
    )


def _theme_font(root: etree._Element) -> str:
    """The theme's body (minor) Latin font, when it is a name we would pass on."""
    path = "/".join(qn(f"a:{n}") for n in ("themeElements", "fontScheme", "minorFont", "latin"))
    latin = root.find(path)
    return _font_name(latin.get("typeface") if latin is not None else None)


def _font_name(name: str | None) -> str:
    return name if name and _FONT_NAME.fullmatch(name) else ""


def _colour(element: etree._Element | None) -> str | None:
    """'#RRGGBB' of a scheme colour given as its only child, srgbClr or sysClr (its last colour)."""
    if element is None or len(element) != 1:
        return None
    child = element[0]
    if child.tag == qn("a:srgbClr"):
        value = child.get("val", "")
    elif child.tag == qn("a:sysClr"):
        value = child.get("lastClr") or _SYSTEM.get(child.get("val", ""), "").lstrip("#")
    else:
        return None
    return "#" + value.upper() if _HEX.fullmatch(value) else None


def look_warning(name: str, document: str) -> str:
    """What a build says when `document`'s template `name` has no theme whose colours it can read."""
    where = "Design > Colors" if document == "briefing" else "Design > Variants > Colors"
    return (
        f"{name}: its theme's colours could not be read (dk1, lt1, dk2, lt2 and accent1 to accent6, "
        f"each a 6-digit RGB colour), so its charts use reportgen's own colours. Choose the "
        f"template's colours again in {where} and save it."
    )


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
