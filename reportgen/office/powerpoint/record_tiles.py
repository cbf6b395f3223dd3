"""The tile of a record set apart from its row: filled with the theme's first accent, its text
light (review OO1: the news read as a footnote, a small line under one tile's label).

A tile is a record's where a paragraph of it says the figure's record word alone ('A record',
'Rekor', '過去最多': `FigureView.tile_badge`, which the default deck sets in capitals under the
label), in the default deck or a user's own tiles. The fill is the theme's colour by reference, so
a user who restyles the theme restyles the mark; the text on it is made readable after
(readable.py: each run's colour in a shade that reads on the fill, AA, else the theme's light or
dark text). The fill changes no tile's size nor its text's room.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from lxml import etree
from pptx.enum.dml import MSO_THEME_COLOR

from reportgen.office.ooxml import qn


def record_words(figures: Iterable[Any]) -> frozenset[str]:
    """The words that mark a record on a tile, as the figures print them ('A record', 'Rekor')."""
    return frozenset(w for f in figures if (w := getattr(f, "tile_badge", "")))


def fill_record_tiles(tiles: Iterable[Any], words: frozenset[str]) -> list[Any]:
    """Fill the first of `tiles` in reading order (top to bottom, left to right) that holds a
    paragraph saying one of `words` alone with the theme's first accent; the tiles so filled (one
    or none): a caller that has filled one already passes no more tiles."""
    for tile in sorted(tiles, key=lambda t: (int(t.top or 0), int(t.left or 0))):
        if not _says_record(tile._element, words):
            continue
        tile.fill.solid()
        tile.fill.fore_color.theme_color = MSO_THEME_COLOR.ACCENT_1
        return [tile]
    return []


def _says_record(element: etree._Element, words: frozenset[str]) -> bool:
    body = element.find(qn("p:txBody"))
    if body is None or not words:
        return False
    return any(
        "".join(t.text or "" for t in paragraph.iter(qn("a:t"))).strip() in words
        for paragraph in body.iter(qn("a:p"))
    )
