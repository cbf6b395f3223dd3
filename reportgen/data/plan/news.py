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
from collections.abc import Iterable, Iterator, Mapping

from reportgen.data import messages, multiples, sentences, titles
from reportgen.data.model import MEASURES
from reportgen.data.plan.glance import story_summaries, writes_tile_number
from reportgen.data.plan.news_first import other_record
from reportgen.data.plan.views import FigureView, SectionView
from reportgen.data.superlatives import (
    claims_event_record,
    claims_record,
    opens_claim,
    without_claims,
)
from reportgen.lazy_pattern import lazy

#: The title a record of a count gives its page where no headline says it: its unit's noun, as a
#: sentence each language writes in its own grammar ('Rekordmange besøkende', 'Des visiteurs en
#: nombre record', 'So viele Besuchende wie nie zuvor').
RECORD_COUNT_TITLE = messages.NC_("record title", "A record number of %(unit)s")
#: The title a record of any other kind gives its page (an amount, a measure) where no headline
#: says it: its label and the words for a record level, which each language sets after the label
#: without agreeing with it ('Kwota zebrana w 2026 roku na rekordowym poziomie', 'Intenções de
#: negócios em nível recorde', 'Ticket revenue at a record high'; review RR1: the charity run's
#: record sum said by its tile's small mark alone).
RECORD_LEVEL_TITLE = messages.NC_("record level title", "%(label)s at a record high")
#: In Chinese, Japanese and Korean, the label and the record's words ('參展廠商創新高', '総来場者数
#: は過去最多', '총 관람객 역대 최다'): as their headlines are written.
RECORD_TITLE = messages.NC_("count", "%(label)s: a record")
RECORD_AMOUNT_TITLE = messages.NC_("amount", "%(label)s: a record")
#: The title of the page of the news's tile where its trend fell or rose on the year before and it
#: is no record (review UU3 #1: the river festival's fall of 15.8% a tile alone, under '… at a
#: glance'): its label and the direction, which no language makes agree with the label ('2026년
#: 누적 관객, 2025년 대비 감소', 'Visiteurs 2026 en baisse par rapport à 2025'); never the change's
#: number, which its tile prints.
FALL_TITLE = messages.NC_("fall title", "%(label)s down on %(start)s")
RISE_TITLE = messages.NC_("rise title", "%(label)s up on %(start)s")
#: The catalogues whose languages title a record by its label (RECORD_TITLE); any other's reads as
#: machine-made ('Besøkende: rekord', 'Attendance: a record').
_LABEL_TITLES = ("ja", "ko", "zh_Hans", "zh_Hant")
#: A unit of words alone, of any script but Chinese, Japanese or Korean: a counted noun.
_LETTERS = r"[^\W\d_\u3000-\u9fff\uac00-\ud7a3\uff00-\uffef]+"
_NOUN = lazy(f"{_LETTERS}(?:[ '’-]{_LETTERS})*")

#: Where a headline's clauses part: a press title's ideographic space ('…閉幕　商談件数は過去最多に'),
#: a dash or a colon.
_CLAUSES = lazy(
    r"\u3000|\s[–—-]\s|:\s|：|(?<=[\u3040-\u30ff\u3400-\u9fff]) (?=[\u3040-\u30ff\u3400-\u9fff「])"
)


def record_figure(page: Iterable[FigureView]) -> FigureView | None:
    """The first of a page's tiles whose figure is a record (its quote or sentence says so)."""
    return next((f for f in page if f.record_note), None)


def stated_in(
    head: str,
    lead: str,
    record: FigureView | None = None,
    locale: str = "",
    names: tuple[str, ...] = (),
    section: str = "",
    summary: str = "",
) -> str:
    """Where a page of tiles states its record in words: 'title', 'lead', or '' (its badge alone).
    A lead says the record of `record` only where it speaks of it (`names_record`); another
    section's summary that claims a record of its own is no word of this one (review UU2 NEW-1: the
    boat show's exhibitors' 'plus de place que jamais' over its sales' record, which then titled
    no page)."""
    if head and claims_record(head):
        return "title"
    if not lead or not claims_record(lead):
        return ""
    if record is None or names_record(lead, record, locale, names, section, summary):
        return "lead"
    return ""


def names_record(
    text: str,
    record: FigureView,
    locale: str,
    names: tuple[str, ...] = (),
    section: str = "",
    summary: str = "",
) -> bool:
    """Whether `text` speaks of the record figure: its section's `summary` ('La edición tuvo la
    mayor asistencia de su historia' over its spectators), a word of its label, unit or section's
    title (`about`), or its number as its tile prints it."""
    if summary and summary in text:
        return True
    return about(text, record, names, section, quoted=False) or writes_tile_number(text, (record,), locale)


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
    record's title (`news_title`). A page of one or two tiles beside the story of the sections no
    slide tells (`context.glance_story`, a lone news figure's section: plan/hero.py) prints no other
    finding as its title, the story says its summaries: it is titled by its record where neither
    the story nor its lead says it (the Lausanne congress's 'plus de 2'850' participants, a record
    its quote claimed in the notes alone), else by its name."""
    shown = tuple(figures)
    story = story_summaries(deck_sections)
    own_summaries = {s.id: s.summary or "" for s in deck_sections}
    out = list(heads or ("",) * len(pages))
    for at, page in enumerate(pages):
        record = record_figure(page)
        lead = leads[at] if at < len(leads) else ""
        beside = bool(story) and len(page) <= 2
        if beside:
            out[at] = ""  # its story tells the summary a title would
        owner = record.ref.split(".")[0] if record else ""
        title, summary = (sections or {}).get(owner, ""), own_summaries.get(owner, "")
        other = record is not None and record is other_record(page)
        if other and stated_in("", lead, record, locale, names, title, summary):
            record = None  # its lead says it: the title is the news's (plan/news_first.py)
        if record is None and not out[at] and not beside:
            out[at] = change_title(page, shown, locale)
        if record is None or out[at] or stated_in("", lead, record, locale, names, title, summary):
            continue
        if beside and any(claims_record(text) for text in story):
            continue  # 'Die Gala erzielte das höchste Ergebnis ihrer Geschichte' beside its tile
        out[at] = news_title(record, sources, shown, locale, names, sections)
    return tuple(out)


def change_title(page: tuple[FigureView, ...], figures: tuple[FigureView, ...], locale: str) -> str:
    """The title of a page of tiles that holds the news (a `headline: true` figure) whose trend fell
    or rose on the year before (`FigureView.trend_step`): its label and the direction (`FALL_TITLE`,
    `RISE_TITLE`); '' where it has none, or the language no words for it, or it is no title."""
    news = next((f for f in page if f.headline and f.trend_step[0]), None)
    if news is None:
        return ""
    entry = RISE_TITLE if news.trend_step[0] > 0 else FALL_TITLE
    pattern = messages.pgettext(locale, entry)
    if pattern == entry[1] and messages.catalogue_name(locale) != "en":
        return ""  # an English pattern in another language's deck is worse than none
    start = multiples.year_form(news.trend_step[1], locale)
    title = messages.interpolate(pattern, {"label": news.label.strip(), "start": start})
    return title if _fits(title, figures, locale) else ""


def news_title(
    record: FigureView,
    sources: Mapping[str, str],
    figures: tuple[FigureView, ...],
    locale: str,
    names: tuple[str, ...] = (),
    sections: Mapping[str, str] | None = None,
) -> str:
    """The words that title a record's page, the first that fits a title and writes no figure's
    number: its quote's source's headline where it says the figure's record (whole, or its last
    clause that does); a headline that says the event set records ('Polarlys 2026 slo alle
    rekorder'); the clause of its own quote or sentence that claims it ('more visitors than ever');
    the catalogue's sentence with its unit's noun ('Rekordmange besøkende'); in Chinese, Japanese
    and Korean its label with the record's words ('參展廠商創新高'); else '', and the page keeps
    its own title while its badge and accent tile say the record."""
    section = (sections or {}).get(record.ref.split(".")[0], "")
    own = record.quote.source if record.quote else None
    for text in (
        *_figure_headlines(sources.get(own or "", ""), record, names, section, locale),
        *_event_headlines(sources, own, names, locale),
        *_own_clauses(record, names, section, locale),
        _catalogue_title(record, locale),
    ):
        if text and _fits(text, figures, locale):
            return text
    return ""


def _figure_headlines(
    headline: str, record: FigureView, names: tuple[str, ...], section: str, locale: str
) -> Iterator[str]:
    """A headline's clause that says the record first ('觀影人次創歷屆新高' after '…閉幕　': the
    kicker over the title names the event already), then the whole headline; one about the figure,
    not a record of another's ('DDTS 2026 concludes with record deal announcements' over the
    delegates' tile)."""
    headline = headline.strip()
    clauses = _CLAUSES.split(headline)
    for text in [*reversed(clauses[1:]), headline] if headline else []:
        text = _titled(text, locale)  # 'record submissions' after 'TASMARS 2026: '
        if text and claims_record(text) and about(text, record, names, section):
            yield text


def _event_headlines(
    sources: Mapping[str, str], own: str | None, names: tuple[str, ...], locale: str
) -> Iterator[str]:
    """The headlines, the record's own source's first, that say the event as a whole set records
    ('Polarlys 2026 slo alle rekorder', 'A record-breaking Fjordlyd 2026'): the news of every
    record it holds, as an editor would title it."""
    order = sorted(sources, key=lambda sid: sid != own)
    for sid in order:
        text = _titled(sources[sid].strip(), locale)
        if text and claims_event_record(_unnamed(text, names)):
            yield text


def _unnamed(text: str, names: tuple[str, ...]) -> str:
    """`text` with the event's names blanked out: 'A record-breaking Polarlys 2026' → 'A
    record-breaking '."""
    for name in sorted((n for n in names if n), key=len, reverse=True):
        text = text.replace(name, " ")
    return text.strip()


#: Where the clauses of a quote or a sentence part: a comma, a full stop, a dash between spaces.
_SENTENCE_CLAUSES = re.compile(r"[,;:.!?，。；：！？]\s*|\s[–—-]\s")


def _own_clauses(record: FigureView, names: tuple[str, ...], section: str, locale: str) -> Iterator[str]:
    """The clauses of the record's quote and own sentence that claim it, open with the claim and
    name what it counts ('flere besøkende enn noen gang', 'more visitors than ever'), no number
    in them: the source's own words, as a title."""
    said = (record.quote.text if record.quote else "", record.own_sentence or "")
    for text in said:
        for clause in _SENTENCE_CLAUSES.split(text):
            clause = clause.strip()
            if (
                clause
                and not re.search(r"\d|\{value\}", clause)
                and opens_claim(clause)
                and claims_record(clause)
                and about(clause, record, names, section, quoted=False)
            ):
                yield _titled(clause, locale)


def _catalogue_title(record: FigureView, locale: str) -> str:
    """'A record number of visitors' with the figure's unit where it is a counted noun; in the
    languages whose titles read as a label and its predicate ('參展廠商創新高', '総来場者数は過去
    最多'), the label's pattern ('Attendance: a record' reads as machine-made elsewhere); else
    the label at a record level ('Ticket revenue at a record high')."""
    language = messages.catalogue_name(locale)
    if language in _LABEL_TITLES:
        entry = RECORD_AMOUNT_TITLE if record.currency else RECORD_TITLE
        values = {"label": record.label.strip()}
    elif _counted_noun(record.unit or "") and not record.currency:
        entry, values = RECORD_COUNT_TITLE, {"unit": (record.unit or "").strip()}
    else:
        entry, values = RECORD_LEVEL_TITLE, {"label": record.label.strip()}
    pattern = messages.pgettext(locale, entry)
    if pattern == entry[1] and language != "en":
        return ""  # an English pattern in another language's deck is worse than none
    return messages.interpolate(pattern, values)


def _counted_noun(unit: str) -> bool:
    """Whether a unit is a noun of the things counted ('visitors', 'besøkende', 'uczestników'),
    not a measure ('m²', 'hours') nor a Chinese, Japanese or Korean counter ('人', '명')."""
    unit = unit.strip()
    return bool(_NOUN.fullmatch(unit)) and unit.casefold() not in MEASURES


def _titled(text: str, locale: str) -> str:
    """`text` as a title: no closing full stop, its first letter a capital."""
    text = titles.unstopped(text.strip())
    return _capital(text[:1], locale) + text[1:]


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
_WORD = lazy(r"[^\W\d_\u3000-\u9fff\uac00-\ud7a3\uff00-\uffef]+")
_WIDE = lazy(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]+")
#: The letters a word's stem keeps: 'raises' and 'raised', 'katılımla' and 'katılımcı' one stem.
STEM = 5


def _stems(text: str) -> set[str]:
    """A text's words' stems (of STEM letters, words shorter left out) and its CJK character pairs."""
    found = {w.casefold()[:STEM] for w in _WORD.findall(text) if len(w) >= STEM}
    return found | {run[i : i + 2] for run in _WIDE.findall(text) for i in range(len(run) - 1)}


def about(
    headline: str,
    record: FigureView,
    names: tuple[str, ...] = (),
    section: str = "",
    quoted: bool = True,
) -> bool:
    """Whether a headline that claims a record says what the figure counts: a word of it, less its
    record's and superlatives' words and the event's names, shares its stem with the figure's
    label, unit, quote or section's title ('Record submissions' and 'Submissions rose …'; 'record
    footfall' and the section 'Footfall'; '觀影人次創歷屆新高' and '觀影人次'). 'DDTS 2026 concludes
    with record deal announcements' is not about the delegates. A clause of the record's own quote
    is read without it (`quoted` False): its words are the quote's."""
    said = _stems(without_claims(headline)) - set().union(*(_stems(n) for n in names))
    quote = record.quote.text if record.quote and quoted else ""
    own = _stems(" ".join((record.label, record.unit or "", quote, section)))
    return bool(said & own)
