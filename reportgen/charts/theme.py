"""One look for charts and documents: colours and fonts.

The chart code and the script that builds the default templates both read this, so a chart sits in
the briefing and the deck in the same colours and type as the text around it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Theme:
    primary: str = "#0B3C5D"
    secondary: str = "#328CC1"
    accent: str = "#D9A310"
    text: str = "#1D2731"
    muted: str = "#5F6F80"
    light: str = "#E8EEF3"
    palette: tuple[str, ...] = ("#0B3C5D", "#328CC1", "#D9A310", "#7FB7BE", "#1D2731", "#9C6ADE")
    # Documents: a common font Word and PowerPoint have, and one that covers Chinese, Japanese and
    # Korean for East Asian text (LibreOffice substitutes metric-compatible fonts where needed).
    font: str = "Arial"
    east_asian_font: str = "Noto Sans CJK SC"
    # Charts: families tried in order per glyph (matplotlib >= 3.6 falls back per character).
    chart_fonts: tuple[str, ...] = ("DejaVu Sans", "Noto Sans CJK SC", "Noto Sans CJK JP")
    chart_dpi: int = 200
    # Inches: a picture's size when no slot gives one; the width is the default briefing's (16.6 cm)
    # so the PNG written beside the documents is the very picture the briefing shows.
    chart_size: tuple[float, float] = (6.535, 3.4)
    text_pt: float = 9.5  # chart text at its placed size; the title is a little larger
    # The installed fonts' fingerprint (charts/fonts.py), set for each build: it is part of every
    # picture's cache key, so a font installed or removed since a picture was drawn redraws it.
    font_set: str = ""


DEFAULT_THEME = Theme()

#: The marker in a CJK font family's name of the script it draws Han characters for.
_HAN_FORMS = {
    "ja": (" JP",),
    "ko": (" KR",),
    "zh-tw": (" TC", " HK"),
    "zh-hk": (" HK", " TC"),
    "zh-mo": (" TC",),
}


def for_language(theme: Theme, tag: str) -> Theme:
    """`theme` with the chart fonts of the language's Han forms before the others: kanji in a
    Japanese chart drawn by the JP font, not in Simplified Chinese shapes ('zh-CN': unchanged)."""
    lowered = tag.lower().replace("_", "-")
    forms = _HAN_FORMS.get(lowered[:5]) or _HAN_FORMS.get(lowered[:2]) or ()
    if "hant" in lowered:
        forms = (" TC", " HK")
    if not forms:
        return theme
    rank = {
        font: next((i for i, f in enumerate(forms) if font.endswith(f)), len(forms))
        for font in theme.chart_fonts
    }
    first, *rest = theme.chart_fonts  # the Latin font stays first
    return replace(theme, chart_fonts=(first, *sorted(rest, key=lambda font: rank[font])))
