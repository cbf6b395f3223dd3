"""People and quotations: whom a quote is credited to, a quote that only echoes its sentence, a
person's titles as a slide has room for them, a credit's dash; a launch's items its summary does not
say already."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import lru_cache
from typing import TypeVar

from reportgen.data import said_titles, sentences, split_titles, written_numbers
from reportgen.data.first_person import first_person
from reportgen.data.formatting import Formatter
from reportgen.data.model import EventSummary, Person, Quote
from reportgen.data.phrases import is_cjk as phrases_cjk
from reportgen.data.plan.measure import ROW_CHARS, _width
from reportgen.data.plan.views import FigureView, said_words
from reportgen.data.typography import WORD_JOINER, credit_name
from reportgen.data.views import ListView, PersonView, QuoteView, person_view, quote_view

ECHO = 0.8  # a quote holding this share of the words of the sentence it is printed under repeats it


def _unsaid_items(items: Iterable[str], summary: str | None) -> tuple[str, ...]:
    """A launch's items its summary does not say already: the signing ceremony's "涉及粮油加工、冷链
    物流、智慧农业和预制菜等领域" was followed by "签约领域：粮油加工、冷链物流、智慧农业、预制菜"
    (review O); each fact of a launch is printed once."""
    said = " ".join((summary or "").casefold().split())
    return tuple(item for item in items if " ".join(str(item).casefold().split()) not in said)


def _unsaid(titles: Iterable[str], role: str | None) -> tuple[str, ...]:
    """The titles the role does not say already ('결승전 MVP' before '결승전 MVP로 선정되었다',
    'Women's winner' before 'won the women's race …': data/said_titles.py)."""
    return said_titles.unsaid(titles, role)


#: A person's name and titles on a slide of text take at most this many rows (ROW_CHARS each),
#: their name taken as NAME_CHARS: the room their titles have before they are shortened (a role
#: is a clause that wraps on rows of its own).
PERSON_ROWS = 2
NAME_CHARS = 30


def _fitting_titles(titles: Iterable[str], role: str | None, fmt: Formatter) -> tuple[str, ...]:
    """A person's titles as a slide has room for them: every one where they and a name fit
    PERSON_ROWS rows, as the briefing prints them. Else the title that says why the person is on
    the slide, the one their role speaks of ('Head of Sales' for 'presented the sales results'),
    or where the role speaks of none the file's first, as a release lists the title it leads
    with first; then the ones next to it while they fit, in the file's order. Never the first and
    the last set together as one byline ('Minister for Electronics, Government of Karnataka', where YAML
    had split 'Minister for Electronics, IT and Biotechnology' at its comma: the wrong ministry,
    review W), and never a piece of a title so split without the rest (`split_titles`). Not one
    the role says already ('결승전 MVP' before '결승전 MVP로 선정되었다'). The speaker's notes and
    the briefing print them all."""
    unsaid = _unsaid(titles, role)
    room = PERSON_ROWS * ROW_CHARS - NAME_CHARS

    def fits(chosen: tuple[str, ...]) -> bool:
        return _width(sentences.listing(chosen, fmt.locale)) <= room

    if len(unsaid) < 2 or fits(tuple(unsaid)):
        return tuple(unsaid)
    runs = split_titles.joined(unsaid, fmt.locale)  # each a title, its pieces together
    low = high = _why(runs, role)  # the titles kept: runs[low : high + 1], next to each other

    def joined(start: int, end: int) -> tuple[str, ...]:
        return tuple(t for run in runs[start : end + 1] for t in run)

    while high + 1 < len(runs) and fits(joined(low, high + 1)):
        high += 1
    while low > 0 and fits(joined(low - 1, high)):
        low -= 1
    return joined(low, high)


def _why(runs: Sequence[tuple[str, ...]], role: str | None) -> int:
    """Of a person's titles (each a run of items), the index of the one whose words the role
    says most ('Membre de l’Académie …' for 'a reçu le prix de l’Académie'); 0 where it says none's."""
    said = said_words(role or "")
    shared = [len(said_words(" ".join(run)) & said) for run in runs]
    return shared.index(max(shared)) if said and max(shared) > 0 else 0


def _texts(summary: EventSummary) -> list[str]:
    """The event's prose and quotes: where `sentences.proper_words` finds names ('1 Nobel laureate')."""
    texts = [summary.event.summary or ""]
    for section in summary.sections.values():
        texts.append(section.summary or "")
        quotes = [f.quote for f in section.figures.values()] + [p.quote for p in section.people]
        quotes += [x.quote for x in (*section.lists.values(), *section.launches)]
        texts += [q.text for q in quotes if q is not None]
    return texts


def event_small_words(summary: EventSummary) -> frozenset[str]:
    """The words the event's prose and quotes write in small letters (`sentences.small_words`)."""
    return sentences.small_words(_texts(summary))


def _credited(
    quote: Quote | None, summary: EventSummary, fmt: Formatter, name: str = "", always: bool = False
) -> QuoteView | None:
    """A quote with the one its words are credited to: a person who said them, or else the source
    it names (its publisher, or its title as the Sources list prints it) where the event has
    several. An event of one source credits none of its quotes to it: every quote is that
    source's, and its title
    under each of WAIC's eight quotes read as the same line printed eight times (the Sources
    section names it once). The news's key line (`always`: data/key_quotes.py), printed once in
    each document wherever it stands, is always credited (review X: 'Pubblico: «Circa 48’500
    spettatori …»', words of no one's opening a slide)."""
    view = quote_view(quote)
    if view is None:
        return None
    if name and sentences.speaker(view.text, name):
        return replace(view, credit=credit_name(name, _width(name) <= 30))
    source = summary.sources.get(view.source or "")
    if source is None or (len(summary.sources) == 1 and not always):
        return view
    # its publisher, as a press credits a release ('— Bordeaux Innovation Atlantique'): the
    # release's title in quotation marks read as a second quotation (review P); else the title
    if source.publisher:
        return replace(view, credit=str(source.publisher))
    return replace(view, credit=fmt.quoted(source.title, "work"))


def _people(
    people: list[Person], summary: EventSummary, fmt: Formatter, event_small: frozenset[str] | None = None
) -> tuple[PersonView, ...]:
    """People with their sentence and their quote; a quote several people share (the source's one
    sentence about two guests) is printed once, after the last of them. A person's own words are
    credited to no one: they are printed under the person's line, which names them ('Marieke van
    den Berg, minister …, opende de top.' then '“…” — Marieke van den Berg' named her twice,
    review GG); words of a source about them keep the source's credit. `event_small`: the event's
    texts' small words (`event_small_words`), read once for all its sections' people."""
    views = []
    # a title's word the event writes in small letters elsewhere is no name (sentences.small_titles)
    if event_small is None:
        event_small = event_small_words(summary)
    small = event_small | sentences.small_words(t for p in people for t in p.titles)
    for index, person in enumerate(people):
        quote = _credited(person.quote, summary, fmt, person.name)
        if quote is not None and sentences.speaker(quote.text, person.name):
            quote = replace(quote, credit="")  # printed under their own line, which names them (review GG)
        later = [p.quote.text for p in people[index + 1 :] if p.quote is not None]
        if quote is not None and quote.text in later:
            quote = None
        titles = sentences.small_titles(person.titles, fmt.locale, small)
        views.append(
            _with_echo(
                replace(
                    person_view(person),
                    titles=titles,
                    quote=quote,
                    sentence=sentences.person(  # every title, less one the role says already
                        person.name, _unsaid(titles, person.role), person.role, fmt.locale
                    ),
                )
            )
        )
    return tuple(views)


_View = TypeVar("_View", PersonView, ListView)


def _with_echo(view: _View) -> _View:
    """`view` with its quote marked `echo` when the quote only says again what the sentence above
    it says (the source's sentence the fact was written from: 'At the closing ceremony, Zhang Wei,
    Vice Mayor of …, declared the conference closed.'): the briefing then prints it once, not twice."""
    if view.quote is None or not _echoes(view.quote.text, view.sentence):
        return view
    return replace(view, quote=replace(view.quote, echo=True))


def _echoes(quote: str, sentence: str) -> bool:
    """True when at least ECHO of the sentence's words (of a Chinese or Japanese sentence: its
    characters) are in the quote, and at most a third of the quote's are not in the sentence: it
    adds little a reader has not just read ('… who passionately discussed industrial innovation
    trends' adds enough to be printed)."""
    said, quoted = _echo_words(sentence), _echo_words(quote)
    shared = len(said & quoted)
    return bool(said) and shared >= ECHO * len(said) and len(quoted) - shared <= len(quoted) / 3


@lru_cache(maxsize=1024)
def _echo_words(text: str) -> frozenset[str]:
    """The words `_echoes` compares (of a Chinese or Japanese text: its characters); kept by text,
    as each rebuild compares the same quotes and sentences again."""
    if any(phrases_cjk(c) for c in text):
        return frozenset(c for c in text if c.isalnum())
    return frozenset(w for w in re.findall(r"\w+", text.casefold()) if len(w) > 2)


def _worded(
    view: FigureView,
    summary: EventSummary,
    fmt: Formatter,
    proper: frozenset[str],
    bare: set[str],
    alone: bool = False,
) -> FigureView:
    quote = _credited(view._figure.quote, summary, fmt, always=view.headline)
    sentence = sentences.figure(
        view, fmt.locale, proper, alike=view.ref in bare, polite=fmt.polite, alone=alone
    )
    sentence = quoted_line(view, sentence, quote, fmt) or sentence  # where it is the line, printed once
    return replace(view, quote=quote, _sentence=sentence, _polite=fmt.polite)


def quoted_line(
    view: FigureView, sentence: sentences.Sentence, quote: QuoteView | None, fmt: Formatter
) -> sentences.Sentence | None:
    """The figure's own quote as its line, where the tool's line would read 'Label: value' with no
    verb (no `sentence:`) and the quote writes the figure's number ('Leistung der
    Ausfallversicherung: 180’000 Franken' had been printed, its quote 'Die Ausfallversicherung
    übernimmt 180'000 Franken …' nowhere: review YY2 #6); the number found in it is the value a
    document sets in bold. None otherwise: a quote the line cannot be (`_statement`)."""
    if view.own_sentence or quote is None or not quote.text.strip():
        return None
    if sentence.lead != f"{view.label}{fmt.punct.pair}":
        return None
    text = quote.text.strip()
    if not _statement(text, fmt.locale):
        return None
    values = written_numbers.figure_values(view.amount_text, view.value, fmt.locale)
    if not values:
        return None
    percent = (view.unit or "").strip() in ("%", "％")
    for w in written_numbers.read(text, fmt.locale):
        if w.counts and w.percent == percent and any(written_numbers.key(v) in values for v in w.values):
            return sentences.Sentence(text[: w.start], text[w.start : w.end], text[w.end :])
    return None


def _statement(text: str, locale: str) -> bool:
    """Whether a figure's quote can stand as the document's own sentence: a whole sentence, not a
    fragment ('and RMB10 billion … were released'), in the edition's script, not in the first
    person (the source's 'we raised' stays a credited quotation: data/first_person.py)."""
    if not text[:1] or text[:1].islower() or not sentences.ends_sentence(text):
        return False
    asian = sentences.language(locale) in ("zh", "ja", "ko")
    if asian != any(phrases_cjk(c) or "\uac00" <= c <= "\ud7a3" for c in text):
        return False
    return not first_person(text, locale)


def _whole(name: str) -> str:
    """A name as a credit prints it: unbroken at its hyphen, and at its spaces unless too long for
    a line's end (typography.credit_name)."""
    return credit_name(name, _width(name) <= 30)


def _credit(quotation: str, who: str, fmt: Formatter) -> str:
    """A quotation with its credit after it: '“…” — Priya Raman, Chief Executive of …'."""
    return f"{quotation}{fmt.punct.space}{_dash(fmt)}{who}"


def _dash(fmt: Formatter) -> str:
    """The dash before a credit, kept on the line of the credit's first character: a Chinese or
    Japanese '——' has no space after it to bind, and a line ended after it ('…」——' over
    '經濟日報', review Q)."""
    dash = fmt.punct.credit
    return dash if dash[-1:].isspace() else dash + WORD_JOINER
