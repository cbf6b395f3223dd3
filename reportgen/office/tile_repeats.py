"""The document check's number written over its own tile (reviews KK and LL): a slide of key-figure
tiles whose lead line writes a number a tile right below it prints ('Mere end 84.000 gæster
besøgte biennalen …' over the tile 'mere end 84.000'); a reader meets it twice a few centimetres
apart, and the lead says nothing the tile does not. Each number a text of the slide writes beside
its tiles (not its title, which office/slide_titles checks, nor its speaker notes) is read as a
reader takes it (data/written_numbers.py) and matched to the numbers its tiles write; a small
number with the word its tile counts too (data/small_counts.py: '46件の覚書' over '46件').

A figure's own sentence is no exception (review LL: 'The money will be shared among 112
charities, from hospices to sports clubs.' over the tile '112'): what it says besides its number
belongs on its section's slide (plan/deck_pages.py `with_tile_details`), not over its tile. The
check reads any template's slides: every text box but the title and the tiles.

The news's credited quotation on its own page of tiles is (office/quoted_news.py): the source's
words that say more than its number (round 25, data/plan/quote_lead.py), not the build's repetition."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportgen.data.small_counts import same_count
from reportgen.data.written_numbers import read
from reportgen.office.quoted_news import news_tiles, quotes_news
from reportgen.office.seen import AS_SEEN, quoted
from reportgen.office.shape_boxes import _is_tile


def over_own_tiles(slide: Any, area: int, where: str, locale: str, news: Sequence[str] = ()) -> list[str]:
    """One warning per text of `slide`, its title and tiles aside, that writes a number one of its
    tiles prints; none for a credited quotation where a tile of the slide is the news's (`news`,
    the news figures' labels)."""
    tiles = [s for s in slide.shapes if _is_tile(s, area)]
    if not tiles:
        return []
    own = news_tiles(tiles, news)
    tiled: dict[float, str] = {}
    for tile in tiles:
        text = tile.text_frame.text.translate(AS_SEEN)
        for written in read(text, locale):
            if written.counts:
                tiled.update(dict.fromkeys(written.values, text[written.start : written.end].strip()))
    title = slide.shapes.title
    lines = [tile.text_frame.text for tile in tiles]  # a tile's number on a line of its own
    warnings = []
    for shape in slide.shapes:
        if (
            shape in tiles
            or not shape.has_text_frame
            or (title is not None and shape.shape_id == title.shape_id)
            or quotes_news(shape.text_frame.text, own, locale)
        ):
            continue
        # a line break the build set before a number that would break at its line's end (after
        # its space: '지역화폐는 \v37억 4000만 원에') is no part of the sentence it is in
        plain = shape.text_frame.text.replace("\v", "").translate(AS_SEEN)
        counted = next(
            ((t, w) for t in lines if (w := same_count(plain, t.translate(AS_SEEN), locale))), None
        )
        if counted is not None:  # '46件の覚書' over '46件'
            warnings.append(
                f"{where}: its text writes the number of the tile {quoted(_number_line(counted[0]))} "
                f"with its word {quoted(counted[1])} under it; a reader needs it once there"
            )
            continue
        for written in read(plain, locale):
            found = next((tiled[v] for v in written.values if written.counts and v in tiled), None)
            if found is not None:
                said = plain[written.start : written.end].strip()
                warnings.append(
                    f"{where}: its text {quoted(said)} writes the number of the tile {quoted(found)} "
                    "under it; a reader needs it once there"
                )
                break
    return warnings


def _number_line(tile: str) -> str:
    """The line of a tile's text that holds its number ('46件' of '\n46件\n締結された覚書')."""
    return next((line.strip() for line in tile.splitlines() if any(c.isdigit() for c in line)), tile.strip())
