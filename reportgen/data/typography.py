"""Typographic quotes: what an editor would set, for the locale's language.

Data is typed on keyboards, so it holds straight quotes ("Walk hand in hand", This year's); an
edited document uses the language's own marks. Every text the templates print passes through
`typographic` (the template environment's finalize), and so do chart labels and alt text.
"""

from __future__ import annotations

import re

# (double open, double close, single open, single close) per language; English marks otherwise.
_MARKS: dict[str, tuple[str, str, str, str]] = {
    "en": ("\u201c", "\u201d", "\u2018", "\u2019"),
    "de": ("\u201e", "\u201c", "\u201a", "\u2018"),
    "fr": ("\u00ab\u00a0", "\u00a0\u00bb", "\u2018", "\u2019"),
    "es": ("\u00ab", "\u00bb", "\u201c", "\u201d"),
    "it": ("\u00ab", "\u00bb", "\u201c", "\u201d"),
    "pt": ("\u00ab", "\u00bb", "\u201c", "\u201d"),
    "ru": ("\u00ab", "\u00bb", "\u201e", "\u201c"),
    "zh": ("\u201c", "\u201d", "\u2018", "\u2019"),
    "ja": ("\u300c", "\u300d", "\u300e", "\u300f"),
}
# A quote opens at the start of the text or after a space, an opening bracket, a dash or another
# opening quote; anywhere else it closes (or, for the single mark, is an apostrophe).
_OPENS_AFTER = r"(?:(?<=^)|(?<=[\s(\[{\u2014\u2013/\u201c\u2018\u201e\u00ab-]))"
_DOUBLE_OPEN = re.compile(_OPENS_AFTER + '"')
_SINGLE_OPEN = re.compile(_OPENS_AFTER + r"'(?=\w)")


def marks(locale: str) -> tuple[str, str, str, str]:
    return _MARKS.get(locale.split("_")[0].lower(), _MARKS["en"])


def typographic(text: str, locale: str = "en") -> str:
    """Straight quotes and apostrophes become the language's marks; other text is untouched."""
    if '"' not in text and "'" not in text:
        return text
    d_open, d_close, s_open, _ = marks(locale)
    text = _DOUBLE_OPEN.sub(d_open, text).replace('"', d_close)
    text = _SINGLE_OPEN.sub(s_open, text)
    return text.replace("'", "\u2019")  # apostrophes (and closing single quotes) are the same mark
