"""Text colour on a fill, chosen by the WCAG 2 contrast ratio (AA: at least 4.5:1 for text).

Both chart renderers ask `label_colour` for a label that sits on a bar, a stacked segment or a
donut wedge, so a black label never lands on navy nor a white one on gold.
"""

from __future__ import annotations

AA_TEXT = 4.5
WHITE, BLACK = "#FFFFFF", "#000000"


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    """WCAG relative luminance of '#RRGGBB'."""
    hex_ = colour.lstrip("#")
    r, g, b = (int(hex_[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def label_colour(fill: str, preferred: tuple[str, ...] = ()) -> str:
    """The first of `preferred` (e.g. the theme's text colour) that reaches AA on `fill`, else
    white or black, whichever contrasts more (one of the two always reaches 4.5:1)."""
    for colour in preferred:
        if contrast(colour, fill) >= AA_TEXT:
            return colour
    return WHITE if contrast(WHITE, fill) >= contrast(BLACK, fill) else BLACK
