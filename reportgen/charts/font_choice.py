"""Which of the theme's chart fonts a chart is drawn with: the fallback fonts only when its words
need them.

matplotlib opens every font of `font.family` as soon as a text is measured, fallbacks included,
and keeps them open (per thread). The default theme's fallbacks are the Noto CJK collections (about
20 MB files): opening them for a chart written in Latin letters held about 9 MiB in the drawing
helper for nothing. A font a chart's characters never fall back to changes none of its pixels, so
a chart whose every character the first font has is drawn with that font alone; any other chart
keeps the whole list, as before (and its missing glyphs are reported the same way).
"""

from __future__ import annotations

import dataclasses
import string
from collections.abc import Iterator
from functools import cache

from matplotlib import font_manager
from matplotlib.ft2font import FT2Font

#: Characters matplotlib may write besides the chart's own words (tick labels, its minus sign).
_ITS_OWN = frozenset(string.digits + string.ascii_letters + string.punctuation + " \u2212")
#: The faces a chart's texts are set in (draw.py writes upright text, regular or bold).
_WEIGHTS = ("normal", "bold")


def chosen(families: list[str], words: object) -> list[str]:
    """`families` (installed, in order), or only its first when that font has every character of
    `words` (a ChartData: every text in it, however deep)."""
    if len(families) < 2:
        return families
    needed = _ITS_OWN.union(*_texts(words)) - {"\n"}  # a line break is no glyph
    return families[:1] if needed <= _characters(families[0]) else families


def _texts(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from _texts(getattr(value, field.name))
    elif isinstance(value, tuple | list):
        for item in value:
            yield from _texts(item)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _texts(key)
            yield from _texts(item)


@cache
def _characters(family: str) -> frozenset[str]:
    """The characters that both faces of `family` a chart is set in have (the files matplotlib
    picks for it, regular and bold), none when it has no file of that family. Cleared with the
    font list (`forget`)."""
    files = set()
    for weight in _WEIGHTS:
        properties = font_manager.FontProperties(family=family, weight=weight)
        try:
            files.add(font_manager.fontManager.findfont(properties, fallback_to_default=False))
        except ValueError:
            return frozenset()
    return frozenset.intersection(*(_file_characters(path) for path in sorted(files)))


def _file_characters(path: str) -> frozenset[str]:
    """The characters of one font file, read with a FreeType face of its own that is not kept
    (matplotlib's `get_font` would keep it open)."""
    try:
        codes = FT2Font(path).get_charmap()
    except (OSError, RuntimeError, ValueError):
        return frozenset()
    return frozenset(chr(code) for code in codes if 0 <= code <= 0x10FFFF)


def forget() -> None:
    """matplotlib's font list changed: read the fonts' characters again."""
    _characters.cache_clear()
