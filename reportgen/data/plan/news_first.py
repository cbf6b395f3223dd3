"""A page of tiles says one news: its title, its lead line and its dark tile (review YY4 #3).

The news (`headline: true`) opens the tiles and its tile is set apart, the theme's accent as its
fill (powerpoint/record_tiles.py): the first thing a reader reads under the page's title. Where
another tile of that page is a record, its record had titled the page ('Número recorde de
participantes' over the dark tile 'mais de 2,3 bilhões de reais'; 'Cifra récord de asistentes'
over 'alrededor de 412 millones de pesos'): title and dark tile told two news. The record no
longer titles a page its news's tile leads; its words go to the page's lead line, after what the
lead says already where both fit, so the record is still said on its slide in words
(office/news_check.py); the title is the news's own (its trend's change) or the glance's.
"""

from __future__ import annotations

from collections.abc import Callable

from reportgen.data import titles
from reportgen.data.plan.glance import DETAIL_LEAD_CHARS
from reportgen.data.plan.measure import _width
from reportgen.data.plan.views import FigureView
from reportgen.data.punctuation import punctuation


def other_record(page: tuple[FigureView, ...]) -> FigureView | None:
    """The record of a page of tiles that holds the news's tile where the news is not that record:
    the first tile with a record's mark after a news tile with none. None on a page without the
    news, or where the news is itself the record."""
    news = next((f for f in page if f.headline), None)
    if news is None or news.record_note:
        return None
    return next((f for f in page if f.record_note and not f.headline), None)


def record_leads(
    pages: tuple[tuple[FigureView, ...], ...],
    heads: tuple[str, ...],
    leads: tuple[str, ...],
    record_title: Callable[[FigureView], str],
    locale: str,
) -> tuple[str, ...]:
    """`leads` with, on each page of tiles the news's tile leads while another tile is its record
    (`other_record`) and no finding titles it yet (`heads`), the record's words (`record_title`,
    plan/news.py `news_title`) as the lead's last sentence, where they fit: the page's title is
    then the news's (plan/news.py `news_heads`), not the record's."""
    out = list(leads or ("",) * len(pages))
    for at, page in enumerate(pages):
        record = other_record(page)
        if record is None or (heads[at] if at < len(heads) else ""):
            continue
        joined = record_lead(out[at], record_title(record), locale, DETAIL_LEAD_CHARS)
        if joined is not None:
            out[at] = joined
    return tuple(out)


def record_lead(lead: str, record_title: str, locale: str, room: int) -> str | None:
    """The page's lead line with the record's title (`record_title`, as the record's page would
    have been titled) said as its sentence after what the lead says (`lead`), where it fits
    `room` characters; None where it does not (the record then keeps the title). The lead as it
    is where it names a record already."""
    if not record_title:
        return None
    marks = punctuation(locale)
    sentence = titles.unstopped(record_title) + marks.stop
    if not lead:
        return sentence
    joined = lead + ("" if lead.endswith(("。", "！", "？")) else marks.space) + sentence
    return joined if _width(joined) <= room else None
