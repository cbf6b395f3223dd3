"""The East Asian font of a Chinese, Japanese or Korean document: one that is installed.

Word and PowerPoint set Chinese and Japanese text in the East Asian font slot (`w:eastAsia` in
Word's styles; the theme's `a:ea`, which the deck's text and its native charts refer to as
`+mn-ea`/`+mj-ea`), not in the Latin one. A slot naming a font the machine lacks makes LibreOffice
and Word substitute one of their choosing, and a Simplified Chinese font sets Japanese kanji in
Chinese shapes. So for a zh, ja or ko document the slot is checked: a template's own font is kept
when it is installed and is not another script's; otherwise the first installed font of the
language's list below fills it, and when none is installed the build says so.

fontconfig (`fc-list`) says what is installed on Linux; Windows and macOS have no fontconfig but
ship their own CJK fonts, named here.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from typing import Any

from lxml import etree

from reportgen.office.ooxml import SAFE_PARSER, qn

#: Per script: fontconfig's language, fonts by preference, and the system font of Windows and macOS.
SCRIPTS: dict[str, tuple[str, tuple[str, ...], str, str]] = {
    "Hans": ("zh-cn", ("Noto Sans CJK SC", "Source Han Sans SC", "Noto Serif CJK SC", "WenQuanYi Zen Hei",
                       "Microsoft YaHei", "PingFang SC", "SimSun"), "Microsoft YaHei", "PingFang SC"),
    "Hant": ("zh-tw", ("Noto Sans CJK TC", "Noto Sans CJK HK", "Source Han Sans TC", "Microsoft JhengHei",
                       "PingFang TC"), "Microsoft JhengHei", "PingFang TC"),
    "Jpan": ("ja", ("Noto Sans CJK JP", "Source Han Sans JP", "Noto Serif CJK JP", "Yu Gothic",
                    "Hiragino Sans", "Meiryo"), "Yu Gothic", "Hiragino Sans"),
    "Hang": ("ko", ("Noto Sans CJK KR", "Source Han Sans KR", "Malgun Gothic", "Apple SD Gothic Neo"),
             "Malgun Gothic", "Apple SD Gothic Neo"),
}  # fmt: skip
_NAMES = {
    "Hans": "Chinese (Simplified)",
    "Hant": "Chinese (Traditional)",
    "Jpan": "Japanese",
    "Hang": "Korean",
}


def script_of(tag: str) -> str | None:
    """'Hans', 'Hant', 'Jpan' or 'Hang' for a zh, ja or ko language tag; None for any other."""
    parts = tag.replace("_", "-").split("-")
    language, rest = parts[0].lower(), {p.upper() if len(p) == 2 else p.title() for p in parts[1:]}
    if language == "zh":
        return "Hant" if rest & {"Hant", "TW", "HK", "MO"} else "Hans"
    return {"ja": "Jpan", "ko": "Hang"}.get(language)


def installed(fc_language: str) -> set[str] | None:
    """The families fontconfig has for a language; None where there is no fontconfig."""
    program = shutil.which("fc-list")
    if program is None:
        return None
    try:
        listed = subprocess.run(
            [program, f":lang={fc_language}", "family"],
            capture_output=True,
            text=True,
            timeout=20,
            check=False,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    return {name.strip() for line in listed.splitlines() for name in line.split(",") if name.strip()}


def choose(tag: str, current: str) -> tuple[str | None, str | None]:
    """(the font for the East Asian slot, a warning): None for a language that needs none."""
    script = script_of(tag)
    if script is None:
        return None, None
    fc_language, preferred, windows, macos = SCRIPTS[script]
    others = {name for key, entry in SCRIPTS.items() if key != script for name in entry[1]}
    have = installed(fc_language)
    if have is None:
        if sys.platform == "win32":
            return windows, None
        if sys.platform == "darwin":
            return macos, None
        return current or preferred[0], None
    if current in have and current not in others:
        return current, None
    for name in preferred:
        if name in have:
            return name, None
    fitting = sorted(name for name in have if name not in others)
    if fitting:
        return fitting[0], None
    return current or preferred[0], (
        f"no font for {_NAMES[script]} text is installed, so LibreOffice and Word will substitute "
        f"one: install one (on Debian and Ubuntu: apt install fonts-noto-cjk) and build again"
    )


def _set_theme(blob: bytes, font: str, script: str) -> bytes:
    """A DrawingML theme with `font` in the East Asian slot of its major and minor fonts (and in
    the per-script entry for `script`, which Office prefers for text of that language)."""
    tree = etree.fromstring(blob, SAFE_PARSER)
    for scheme in tree.iter(qn("a:majorFont"), qn("a:minorFont")):
        ea = scheme.find(qn("a:ea"))
        if ea is not None:
            ea.set("typeface", font)
        for entry in scheme.findall(qn("a:font")):
            if entry.get("script") == script:
                entry.set("typeface", font)
    return etree.tostring(tree, xml_declaration=True, encoding="UTF-8", standalone=True)


def theme_font(blob: bytes) -> str:
    """The East Asian font of a theme's minor (body) fonts, '' when it names none."""
    tree = etree.fromstring(blob, SAFE_PARSER)
    ea = tree.find(f".//{qn('a:minorFont')}/{qn('a:ea')}")
    return (ea.get("typeface") or "") if ea is not None else ""


def set_theme_parts(parts: list[Any], tag: str) -> list[str]:
    """Set the East Asian font in each theme part (python-pptx and python-docx keep a theme as a
    plain part with its bytes); the warnings. Parts other than themes are left alone."""
    script = script_of(tag)
    if script is None or not parts:
        return []
    font, warning = choose(tag, theme_font(parts[0].blob))
    if font:
        for part in parts:
            part._blob = _set_theme(part.blob, font, script)
    return [warning] if warning else []


def _theme_parts(package: Any, folder: str) -> list[Any]:
    return [
        part
        for part in package.iter_parts()
        if str(part.partname).startswith(f"/{folder}/theme/") and hasattr(part, "_blob")
    ]


def set_deck_fonts(prs: Any, tag: str) -> list[str]:
    """The deck's theme fonts (its text and native charts refer to them); the warnings."""
    return set_theme_parts(_theme_parts(prs.part.package, "ppt"), tag)


def set_word_fonts(document: Any, tag: str) -> list[str]:
    """The briefing's East Asian font: in the document defaults, in every style that names one
    (a theme reference there gives way to the font), and in the document's theme; the warnings."""
    script = script_of(tag)
    if script is None:
        return []
    styles = document.styles.element
    defaults = styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
    normal = styles.find(f"{qn('w:style')}[@{qn('w:styleId')}='Normal']/{qn('w:rPr')}/{qn('w:rFonts')}")
    current = next(
        (f.get(qn("w:eastAsia")) for f in (normal, defaults) if f is not None and f.get(qn("w:eastAsia"))), ""
    )
    font, warning = choose(tag, current or "")
    if font:
        if defaults is not None and defaults.find(qn("w:rFonts")) is None:
            defaults.insert(0, etree.Element(qn("w:rFonts")))
        for r_fonts in styles.iter(qn("w:rFonts")):
            in_defaults = r_fonts.getparent() is defaults
            if in_defaults or r_fonts.get(qn("w:eastAsia")) or r_fonts.get(qn("w:eastAsiaTheme")):
                r_fonts.set(qn("w:eastAsia"), font)
                r_fonts.attrib.pop(qn("w:eastAsiaTheme"), None)
        for part in _theme_parts(document.part.package, "word"):
            part._blob = _set_theme(part.blob, font, script)
    return [warning] if warning else []
