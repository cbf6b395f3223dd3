"""The document check's rule for the news's tile (review WW2 #2: the ja fair's 商談額, `headline:
true` and no record, a tile like the five beside it): the tile of a `headline: true` figure on a
page of tiles is set apart from the others, filled otherwise than they are (the build fills it with
the theme's accent: powerpoint/record_tiles.py). Read on the slides as built: any template."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from lxml import etree

from reportgen.data.superlatives import claims_record
from reportgen.office.ooxml import qn
from reportgen.office.powerpoint.record_tiles import labelled


def _fill(tile: Any) -> bytes:
    """The tile's own fill as written (its shape properties' fill), b'' where it has none."""
    props = tile._element.find(qn("p:spPr"))
    if props is None:
        return b""
    fills = [c for c in props if etree.QName(c).localname in ("solidFill", "gradFill", "pattFill", "noFill")]
    return b"".join(etree.tostring(c) for c in fills)


def unmarked_news(slides: Sequence[tuple[int, Sequence[Any]]], news: Sequence[str], shown: str) -> list[str]:
    """A warning for each slide of several tiles (`slides`: each slide's number and its tiles) that
    holds the tile of a news figure (`news`, their labels) and sets none of them apart: each is
    filled as a tile of another figure is. An event of several news figures has one tile filled,
    the first's (the deck's one dark tile: powerpoint/record_tiles.py)."""
    labels = [frozenset((n,)) for n in dict.fromkeys(n for n in news if n)]
    warnings = []
    for number, tiles in slides:
        own = [t for t in tiles if any(labelled(t._element, label) for label in labels)]
        others = [t for t in tiles if not any(t is o for o in own)]
        if not own or not others:
            continue
        fills = {_fill(t) for t in others}
        if all(_fill(t) in fills for t in own):
            named = next(n for n in dict.fromkeys(news) if n and labelled(own[0]._element, frozenset((n,))))
            warnings.append(
                f"{shown}: slide {number}: the tile of the news, '{named}', looks like the tiles beside "
                "it: set it apart (the theme's accent as its fill), as the build does for the headline"
            )
    return warnings


def other_record_titles(
    slides: Sequence[tuple[int, str, Sequence[Any]]],
    news: Sequence[str],
    records: Sequence[tuple[str, str]],
    shown: str,
) -> list[str]:
    """A warning for each slide of tiles (`slides`: its number, its title's text and its tiles)
    whose title claims a record while the tile set apart under it is the news (`news`, labels),
    no record, and the record is another tile's (`records`: each record's mark and label): the
    title and the dark tile tell two news (review YY4 #3: 'Número recorde de participantes' over
    'mais de 2,3 bilhões de reais')."""
    own = [frozenset((n,)) for n in dict.fromkeys(n for n in news if n)]
    recorded = {label for _, label in records if label}
    others = [frozenset((r,)) for r in recorded if r not in news]
    warnings = []
    for number, title, tiles in slides:
        if not title or not claims_record(title) or any(n in recorded for n in news):
            continue
        lead = [t for t in tiles if any(labelled(t._element, label) for label in own)]
        record = [next(iter(label)) for t in tiles for label in others if labelled(t._element, label)]
        if lead and record:
            named = next(n for n in dict.fromkeys(news) if n and labelled(lead[0]._element, frozenset((n,))))
            warnings.append(
                f"{shown}: slide {number}: its title '{title}' says the record of '{record[0]}' while "
                f"the tile set apart under it is the news, '{named}': title the page by the news "
                "and say the record in its lead"
            )
    return warnings
