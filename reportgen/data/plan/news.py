"""The news in words where a reader looks first: the page of tiles that holds a record is titled by
it, where neither its title nor its lead says it already (review OO1: 'the record printed as a
footnote', a small 'A record' under one tile's label, in all twelve documents of six events).

The title is the data's own: the headline of the source whose quote calls the figure a record
('Record submissions as TASMARS 2026 closes in Hobart', 'İOGK 2026 rekor katılımla sona erdi', its
last clause where the whole is too long for a title: '商談件数は過去最多に'); else the catalogue's
'%(label)s: a record', which avoids the label's gender and case. Neither may write a figure's
number (a title that did would be its third printing: issue 19 item 2), and nothing is invented:
the words say only what the quote already claims.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from reportgen.data import messages, sentences, titles
from reportgen.data.plan.glance import _story, writes_tile_number
from reportgen.data.plan.views import FigureView, SectionView
from reportgen.data.superlatives import claims_record, without_claims

#: The title a record gives its page of tiles where no source's headline says it (the figure's
#: label, then the record's word: no article or case the label would have to agree with).
RECORD_TITLE = messages.NC_("count", "%(label)s: a record")
RECORD_AMOUNT_TITLE = messages.NC_("amount", "%(label)s: a record")

#: Where a headline's clauses part: a press title's ideographic space ('…閉幕　商談件数は過去最多に'),
#: a dash or a colon.
_CLAUSES = re.compile(
    r"\u3000|\s[–—-]\s|:\s|：|(?<=[\u3040-\u30ff\u3400-\u9fff]) (?=[\u3040-\u30ff\u3400-\u9fff「])"
)


def record_figure(page: Iterable[FigureView]) -> FigureView | None:
    """The first of a page's tiles whose figure is a record (its quote or sentence says so)."""
    return next((f for f in page if f.record_note), None)


def stated_in(head: str, lead: str) -> str:
    """Where a page of tiles states its record in words: 'title', 'lead', or '' (its badge alone)."""
    if head and claims_record(head):
        return "title"
    return "lead" if lead and claims_record(lead) else ""


def news_heads(
    pages: tuple[tuple[FigureView, ...], ...],
    heads: tuple[str, ...],
    leads: tuple[str, ...],
    deck_sections: tuple[SectionView, ...],
    sources: Mapping[str, str],
    figures: Iterable[FigureView],
    locale: str,
    names: tuple[str, ...] = (),
    sections: Mapping[str, str] | None = None,
) -> tuple[str, ...]:
    """`heads` with, on each page of tiles that holds a record, whose title is its own ('… at a
    glance') and whose lead does not say it ('meer afgesloten contracten dan ooit' says it), the
    record's title (`news_title`). Not beside the story of one or two tiles, whose slide prints no
    finding as its title (`context.glance_story`)."""
    shown = tuple(figures)
    story = _story(deck_sections)
    out = list(heads or ("",) * len(pages))
    for at, page in enumerate(pages):
        record = record_figure(page)
        lead = leads[at] if at < len(leads) else ""
        if record is None or out[at] or stated_in("", lead) or (story and len(page) <= 2):
            continue
        out[at] = news_title(record, sources, shown, locale, names, sections)
    return tuple(out)


def news_title(
    record: FigureView,
    sources: Mapping[str, str],
    figures: tuple[FigureView, ...],
    locale: str,
    names: tuple[str, ...] = (),
    sections: Mapping[str, str] | None = None,
) -> str:
    """The words that title a record's page: its quote's source's headline where it says a record
    (whole, or its last clause that does), else the catalogue's pattern; '' where none fits a
    title, writes a figure's number, or the language's catalogue lacks the pattern."""
    source = record.quote.source if record.quote else None
    headline = sources.get(source or "", "").strip()
    section = (sections or {}).get(record.ref.split(".")[0], "")
    # its clause that says the record first ('觀影人次創歷屆新高' after '…閉幕　': the kicker over the
    # title names the event already), then the whole headline; one about the figure, not a record
    # of another's ('DDTS 2026 concludes with record deal announcements' over the delegates' tile)
    clauses = _CLAUSES.split(headline)
    candidates = [*reversed(clauses[1:]), headline] if headline else []
    for text in candidates:
        text = titles.unstopped(text.strip())
        text = _capital(text[:1], locale) + text[1:]  # 'record submissions' after 'TASMARS 2026: '
        if (
            text
            and claims_record(text)
            and about(text, record, names, section)
            and _fits(text, figures, locale)
        ):
            return text
    entry = RECORD_AMOUNT_TITLE if record.currency else RECORD_TITLE
    pattern = messages.pgettext(locale, entry)
    if pattern == entry[1] and messages.catalogue_name(locale) != "en":
        return ""  # an English pattern in another language's deck is worse than none
    text = messages.interpolate(pattern, {"label": record.label.strip()})
    return text if _fits(text, figures, locale) else ""


def _fits(text: str, figures: tuple[FigureView, ...], locale: str) -> bool:
    """Whether `text` fits a slide's title and writes no figure's number."""
    return sentences.is_title(text) and not writes_tile_number(text, figures, locale)


def _capital(letter: str, locale: str) -> str:
    """`letter` as a title's first: Turkish and Azerbaijani 'i' is 'İ'."""
    if letter == "i" and locale[:2] in ("tr", "az"):
        return "İ"
    return letter.upper()


#: A word of a Latin, Greek or Cyrillic script (what a stem is taken of), and a run of Chinese,
#: Japanese or Korean characters (what pairs are taken of).
_WORD = re.compile(r"[^\W\d_\u3000-\u9fff\uac00-\ud7a3\uff00-\uffef]+")
_WIDE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]+")
#: The letters a word's stem keeps: 'raises' and 'raised', 'katılımla' and 'katılımcı' one stem.
STEM = 5


def _stems(text: str) -> set[str]:
    """A text's words' stems (of STEM letters, words shorter left out) and its CJK character pairs."""
    found = {w.casefold()[:STEM] for w in _WORD.findall(text) if len(w) >= STEM}
    return found | {run[i : i + 2] for run in _WIDE.findall(text) for i in range(len(run) - 1)}


def about(headline: str, record: FigureView, names: tuple[str, ...] = (), section: str = "") -> bool:
    """Whether a headline that claims a record says what the figure counts: a word of it, less its
    record's and superlatives' words and the event's names, shares its stem with the figure's
    label, unit, quote or section's title ('Record submissions' and 'Submissions rose …'; 'record
    footfall' and the section 'Footfall'; '觀影人次創歷屆新高' and '觀影人次'). 'DDTS 2026 concludes
    with record deal announcements' is not about the delegates."""
    said = _stems(without_claims(headline)) - set().union(*(_stems(n) for n in names))
    own = _stems(
        " ".join((record.label, record.unit or "", record.quote.text if record.quote else "", section))
    )
    return bool(said & own)
