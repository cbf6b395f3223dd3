"""The tile of a record set apart from its row: filled with the theme's first accent, its text
light (review OO1: the news read as a footnote, a small line under one tile's label).

A tile is a record's where a paragraph of it says the figure's record word alone ('A record',
'Rekor', '過去最多': `FigureView.tile_badge`, which the default deck sets in capitals under the
label), in the default deck or a user's own tiles. The fill is the theme's colour by reference, so
a user who restyles the theme restyles the mark; the text on it is made readable after
(readable.py: each run's colour in a shade that reads on the fill, AA, else the theme's light or
dark text). The fill changes no tile's size nor its text's room.

The news's tile (`headline: true`) is the one filled, whether or not it is a record (review WW2
#2: the ja fair's 商談額 and its tile like the five beside it): found by its label, the paragraph
under its number that says it (with its conversion or as-of stamp after it); else a record's.
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


def news_labels(figures: Iterable[Any]) -> frozenset[str]:
    """The labels of the news's figures (`headline: true`), whose tile is filled first."""
    return frozenset(f.label for f in figures if getattr(f, "headline", False) and getattr(f, "label", ""))


def fill_record_tiles(
    tiles: Iterable[Any], words: frozenset[str], news: frozenset[str] = frozenset()
) -> list[Any]:
    """Fill with the theme's first accent the first of `tiles` in reading order (top to bottom,
    left to right) that is the news's (a paragraph that starts with one of `news`, its labels),
    else the first that holds a paragraph saying one of `words` alone; the tiles so filled (one or
    none): a caller that has filled one already passes no more tiles."""
    ordered = sorted(tiles, key=lambda t: (int(t.top or 0), int(t.left or 0)))
    found = next((t for t in ordered if labelled(t._element, news)), None)
    found = found or next((t for t in ordered if _says_record(t._element, words)), None)
    if found is None:
        return []
    found.fill.solid()
    found.fill.fore_color.theme_color = MSO_THEME_COLOR.ACCENT_1
    return [found]


def labelled(element: etree._Element, labels: frozenset[str]) -> bool:
    """Whether a paragraph of the shape is one of `labels`, alone or followed by a stamp or a
    conversion ('Visitors, as of 2 pm', 'Sales (USD 2.1 million)'), not by more words of another
    label ('Visitors' is no label of 'Visitors from abroad')."""
    body = element.find(qn("p:txBody"))
    if body is None or not labels:
        return False
    for paragraph in body.iter(qn("a:p")):
        text = _plain("".join(t.text or "" for t in paragraph.iter(qn("a:t"))))
        for label in map(_plain, labels):
            rest = text[len(label) :].lstrip() if text.startswith(label) else None
            if rest is not None and not (rest[:1].isalnum() or (rest[:1] and rest[0] in "-–")):
                return True
    return False


#: What the build adds to a label as it sets it: joiners, soft hyphens, typographic quotes.
_SET = str.maketrans("", "", "\u2060\u200b\u00ad'\"‘’“”")


def _plain(text: str) -> str:
    return " ".join(text.translate(_SET).split())


def _says_record(element: etree._Element, words: frozenset[str]) -> bool:
    body = element.find(qn("p:txBody"))
    if body is None or not words:
        return False
    return any(
        "".join(t.text or "" for t in paragraph.iter(qn("a:t"))).strip() in words
        for paragraph in body.iter(qn("a:p"))
    )
