"""The briefing's first sentence says the news (reviews RR4 #4, #9, #14): where the data marks a
figure as the news (`headline: true`), the lede opens with the data's own words for it, the
number exact and with its qualifier, and the closing sentence follows ('Between sponsorship, …,
runners raised more than €1.46 million, the most in the race's history. Limerick Half 2026 ended
on 20 September 2026.'), not with the closing date alone while the record waits in the sources.

The words are the figure's quote where it states its figure as a whole sentence in the edition's
script (the source's words for the news, in every language as written: '사흘간 누적 관객은 6만
8400명으로 지난해 8만 1200명보다 15.8% 줄었습니다.'), else its own `sentence:`; nothing is
invented. The quote then prints once in the briefing, as its lede (review RR4: the headline's own
quote had been dropped from both documents where a chart labels its figure). Where a briefing
chart labels the figure too, the news keeps its band cell and record mark (review UU4 D) and its
bar keeps its value label, as every bar of a labelled chart does: a picture read with its own
labels, which are no printings (plan/stated.py `counted_labels`; round 24's bare news bar read as
a broken build); the band and the lede are its two printings (plan/printings.MOST_REPEATS).
Another figure the lede writes and a chart prints leaves the band, as a chart that captions a
figure takes it (`stated._told_by_briefing_charts`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from reportgen.data import register, sentences
from reportgen.data.chart_data import ChartData
from reportgen.data.first_person import first_person
from reportgen.data.phrases import is_cjk
from reportgen.data.plan.measure import _width
from reportgen.data.plan.record_lede import noted_lede, record_lede
from reportgen.data.plan.relative_times import says_relative_time
from reportgen.data.plan.stated import (
    _drawn_labels,
    _Figures,
    _in_briefing,
    _labelled_bars,
    _written_in,
    reason_of,
)
from reportgen.data.plan.views import FigureView, SectionView
from reportgen.data.punctuation import punctuation, quoted

#: The widest lede sentence, in narrow characters: a quote longer than three lines of the page
#: is a paragraph of its own, not a lede's first sentence.
LEDE_CHARS = 260


@dataclass(frozen=True)
class Lede:
    """The briefing's first sentence (`text`) and the figure whose news it says (`ref`)."""

    text: str = ""
    ref: str = ""


def news_lede(figures: Iterable[FigureView], locale: str, polite: bool = True) -> Lede:
    """The first news figure's (`headline: true`) words that state it: its quote, as a whole
    sentence in the edition's script that writes its number, else its own sentence; where it has
    neither, the catalogue's sentence for a record (plan/record_lede.py); else none (the lede stays
    the closing sentence). In Japanese and Korean, words in the other register than the
    document's (`polite`, data/register.py) open no lede: a plain '…기록했다.' before our polite
    '…폐막했습니다.' mixes the two in one paragraph."""
    every = tuple(figures)
    for f in every:
        if not f.headline or f.deck == "omit":
            continue
        text = _quoted_words(f, every, locale) or (f.sentence if f.own_sentence else "")
        if text and _width(text) <= LEDE_CHARS and register.agrees(text, locale, polite):
            return Lede(text.strip(), f.ref)
        # a record whose words cannot open it (the organiser's 'we'): the catalogue's sentence
        text = record_lede(f, locale) or noted_lede(f, locale)  # or its band's line (review VV3 #5)
        if text and register.agrees(text, locale, polite):
            # in place of a record's or a band's line ('Odwiedzający: ponad 64 000 …, rekord.'),
            # which left its quote printed nowhere: its quote, credited, where it says the figure
            # in the source's own form ('ponad 64 tysiące osób') or another number of its own
            # ('rund 9000 weniger als im Vorjahr'), not in the first person (reviews YY4 #5, YY2 #4),
            # and in the document's register, as the quote's own lede above: a plain '…기록했다.'
            # before our polite '…폐막했습니다.' mixes the two in one paragraph
            said = credited_words(f, every, locale)
            words = f.quote.text if f.quote else ""  # its own words: the marks and credit end no sentence
            fits = said and _width(said) <= LEDE_CHARS and register.agrees(words, locale, polite)
            return Lede(said if fits else text, f.ref)
    return Lede()


def _quoted_words(figure: FigureView, every: tuple[FigureView, ...], locale: str) -> str:
    """The figure's quote where it can open the briefing: a sentence, not a fragment ('with a
    total investment of …'), in the edition's script, that writes the figure's number."""
    quote = figure.quote
    if quote is None or not quote.text.strip() or quote.text.lstrip()[:1].islower():
        return ""
    text = quote.text.strip()
    asian = sentences.language(locale) in ("zh", "ja", "ko")
    if asian != any(is_cjk(c) or "\uac00" <= c <= "\ud7a3" for c in text):
        return ""  # an English quote in the Chinese edition
    if first_person(text, locale):
        return ""  # the organiser's 'we raised': their words, to be credited, not the briefing's
    if says_relative_time(text, locale):
        return ""  # 'Do poniedziałku rano…': which Monday? (plan/relative_times.py; review UU3 #5)
    written = _written_in(_Figures(every), [text], locale)
    if figure.ref not in written:
        return ""
    # each number as the document writes it: an unquoted sentence that wrote '148 mil' beside the
    # band's '148 000' would print one number in two forms (review RR1's rule: one form)
    if not all(_bare(f.amount_text) in _bare(text) for f in every if f.ref in written):
        return ""
    return text if sentences.ends_sentence(text) else ""


def credited_words(figure: FigureView, every: tuple[FigureView, ...], locale: str) -> str:
    """The figure's quote, in the language's marks and credited ('„Es waren rund 38’000 …“ —
    Flugtag Buochs'), where it states the figure in whatever form the source writes it and is a
    sentence in the edition's script, not of a relative time nor in the first person; '' where it
    has no credit. Its
    credit ends with a stop: the closing sentence follows in the same paragraph."""
    quote = figure.quote
    if quote is None or not quote.credit or not quote.text.strip() or quote.text.lstrip()[:1].islower():
        return ""
    text = quote.text.strip()
    asian = sentences.language(locale) in ("zh", "ja", "ko")
    if asian != any(is_cjk(c) or "\uac00" <= c <= "\ud7a3" for c in text) or says_relative_time(text, locale):
        return ""
    if first_person(text, locale):
        return ""  # the organiser's 'we': the record's sentence opens, their words stay in their section
    if figure.ref not in _written_in(_Figures(every), [text], locale) or not sentences.ends_sentence(text):
        return ""
    mark = punctuation(locale)
    # its stop ends the credit: the closing sentence follows it in the lede's paragraph
    return f"{quoted(text, locale)}{mark.space}{mark.credit}{quote.credit.rstrip('.')}{mark.stop}"


def _bare(text: str) -> str:
    """Text without the ties and no-break spaces the formatter puts in an amount."""
    return text.replace("\u2060", "").replace("\u00a0", " ").replace("\u202f", " ")


def without_lede(section: SectionView, lede: Lede) -> SectionView:
    """The section without the lede's quote under its summary or its figure's bullet: the quote
    prints once, as the lede; where the lede is the catalogue's sentence for a record, which the
    organiser's quote in the first person could not be, the quote gives way to it in the briefing
    (its number would be a third printing, with the band's; the deck keeps the quote)."""
    if not lede.ref or lede.ref.split(".", 1)[0] != section.id:
        return section
    return replace(
        section,
        quoted_first=tuple(r for r in section.quoted_first if r != lede.ref),
        quoted=tuple(r for r in section.quoted if r != lede.ref),
    )


def lede_figures(lede: Lede, figures: Iterable[FigureView], locale: str) -> set[str]:
    """The figures the lede writes, its news figure's and any other ('6만 8400명 … 15.8%'): the
    first page prints them, so no bullet of their section prints them again."""
    if not lede.text:
        return set()
    return _written_in(_Figures(tuple(figures)), [lede.text], locale) | {lede.ref}


def charts_print(figures: Iterable[FigureView], charts: Iterable[ChartData], locale: str) -> set[str]:
    """The figures the briefing's charts print: a bar's label, or a caption's words ('2025년 대비
    15.8% 감소'). Where the lede writes one of them, the band gives way for it; not for a donut's
    total, which gives way itself where the news's quote is its third printing (data/key_quotes.py:
    the fun run's £250,000 in the band, the lede, and no longer in the donut's hole)."""
    drawn = [c for c in charts if _in_briefing(c)]
    texts = [t for c in drawn for t in (c.caption, c.found, *(b.text for b in c.bars)) if t]
    texts += [t for c in drawn for s in c.series for t in s.texts]
    return _labelled_bars(drawn) | _written_in(_Figures(tuple(figures)), texts, locale)


def told_by_parts(figures: Iterable[FigureView], charts: Iterable[ChartData], locale: str) -> set[str]:
    """The figures the briefing's stacked or grouped charts print as a part's label: these cannot
    give way for the news as a bar's label or a caption does, and the band gives way instead."""
    texts = [t for c in charts if _in_briefing(c) for s in c.series for t in s.texts]
    return _written_in(_Figures(tuple(figures)), texts, locale)


def captions_giving_way(
    charts: dict[str, ChartData], figures: Iterable[FigureView], refs: set[str], locale: str
) -> dict[str, ChartData]:
    """The charts whose caption writes one of `refs` (the news the band and the lede print) with
    the caption giving way to the chart's title, as `stated._captions_giving_way` has it: the
    speaker's notes keep it, its clauses that write no number print as its reason ('Data centers
    took $31.5 billion of the more than $48 billion committed' was the news's third printing)."""
    news = _Figures(tuple(f for f in figures if f.ref in refs))
    out = dict(charts)
    for cid, chart in charts.items():
        said = chart.caption
        if refs and _in_briefing(chart) and said != chart.title and _written_in(news, [said], locale):
            # the deck has no lede: its slide keeps the caption where its chart does not label the
            # news (its tile and the slide's title print it twice)
            kept = "deck" in chart.documents and not _written_in(news, list(_drawn_labels(chart)), locale)
            out[cid] = replace(
                chart,
                caption=chart.title,
                spoken=said,
                reason=reason_of(said),
                deck_caption=said if kept else "",
            )
    return out
