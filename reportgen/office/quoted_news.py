"""The news's quotation leading its glance page (data/plan/quote_lead.py): a credited quotation,
in a text of a slide of tiles, and a tile of that slide is the news's (`headline: true`). Such a
quotation writes the news tile's number and may: it is the source's words, which say more than the
number (another value, a name, a record), not the build's repetition of the tile (reviews KK and
LL, office/tile_repeats.py). The section summary it displaced from the page's lead, where its
section has no slide, is in that page's speaker notes (office/unsaid.py accepts it). Read on the
slides as built: any template."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from reportgen.data.written_numbers import read
from reportgen.office.powerpoint.record_tiles import labelled
from reportgen.office.seen import AS_SEEN

_OPENING = '“„«「『‘‚‹»"'
_CLOSING = '”“»«」』’‘›"'
#: A paragraph that is a quotation and its credit alone: an opening mark, a closing one, the
#: credit's dash (one, or two in Chinese and Japanese) and the credit (powerpoint/quote_lines.py).
_CREDITED = re.compile(
    rf"^\s*[{_OPENING}].+[{_CLOSING}][\s\u00a0\u2060]*—{{1,2}}[\u00a0\u2060 ]?[^—]+$", re.DOTALL
)


def credited_quotation(text: str) -> bool:
    """Whether `text` is one quotation with its credit after it, and nothing else."""
    return bool(_CREDITED.match(text.replace("\v", " ").strip()))


def quotes_news(text: str, tiles: Sequence[Any], locale: str) -> bool:
    """Whether `text` is a credited quotation that writes the number of one of the news's `tiles`
    (`news_tiles`): another quotation beside them is no exception to any rule."""
    if not credited_quotation(text) or not tiles:
        return False
    said = [w for t in tiles for w in read(t.text_frame.text.translate(AS_SEEN), locale)]
    shown = {v for w in said if w.counts for v in w.values}
    plain = text.replace("\v", "").translate(AS_SEEN)
    return any(w.counts and w.values & shown for w in read(plain, locale))


def news_tiles(tiles: Sequence[Any], news: Sequence[str]) -> list[Any]:
    """The tiles of `tiles` that print a news figure (`news`: their labels)."""
    labels = [frozenset((n,)) for n in dict.fromkeys(n for n in news if n)]
    return [t for t in tiles if any(labelled(t._element, label) for label in labels)]


def led_by_news_quote(slide: Any, tiles: Sequence[Any], news: Sequence[str], locale: str = "") -> bool:
    """Whether a text of `slide` beside its tiles is a credited quotation of the number of a tile
    of the slide that is the news's: the page its quotation leads."""
    own = news_tiles(tiles, news)
    if not own:
        return False
    title = slide.shapes.title
    return any(
        shape.has_text_frame
        and shape not in tiles
        and (title is None or shape.shape_id != title.shape_id)
        and quotes_news(shape.text_frame.text, own, locale)
        for shape in slide.shapes
    )
