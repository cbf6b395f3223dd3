"""What templates may see: plain values and small view types of ours, nothing else.

Templates come from other people, and Jinja's sandbox only refuses underscore names and mutation:
any public method of an object in the context is callable from a tag. A pydantic model carries
`parse_raw`, `model_validate_json`, `copy`, ...; docxtpl's InlineImage carries the whole
DocxTemplate. So the context is built from these views alone, and the sandbox (`jinja_env`) admits
exactly the names each view lists in `template_names`: an allow-list, not a deny-list.

A view is a frozen dataclass. Its public fields are its template names, plus the read-only
properties it names in `template_properties`. Fields whose names start with an underscore hold what
our own code needs (the model a formatter reads) and are never admitted.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any, ClassVar

from reportgen.data import definite, phrases, places
from reportgen.data.model import Event, ItemList, Person, Quote


class View:
    """Base of every type a template may reach besides plain values."""

    template_properties: ClassVar[tuple[str, ...]] = ()


@cache
def template_names(cls: type) -> frozenset[str]:
    """The attribute names a template may read on a view of type `cls`."""
    if not issubclass(cls, View):
        return frozenset()
    fields = {f.name for f in dataclasses.fields(cls)} if dataclasses.is_dataclass(cls) else set()
    return frozenset(n for n in fields | set(cls.template_properties) if not n.startswith("_"))


class Under(str):
    """A deck bullet set under the one before it, a level down: a list's item under its lead line,
    a person's quotation under their line. Plain text everywhere else (`DeckPage.under`)."""

    __slots__ = ()


class Quoted(Under):
    """A person's quotation under their line: it stays on the slide of that line (a slide break
    between them leaves the words on a '(continued)' slide with no speaker)."""

    __slots__ = ()


class Speaker(str):
    """A person's line on a slide ('Zhang Wei, Vice Mayor of Shanghai, declared …'): a slide of
    people and their words (`Quoted`) counts each person with their words as one bullet
    (plan/text_groups.py). Plain text everywhere else."""

    __slots__ = ()


class Listed(str):
    """A list's one sentence on a slide ('Partners: Leeds City Council, Arts Council England and
    BBC Radio Leeds'): a bullet as a person's line is, but never a statement set large and centred
    (review QQ1: 'Partnerzy: Miasto Lublin, …' at 24 pt, centred, as a poster). Plain text
    everywhere else."""

    __slots__ = ()


class Opaque(View):
    """A value a template can place but not look into (a picture slot): no attributes at all."""


class TemplateFunction(View):
    """A function we hand to templates (`figure(...)`, `chart(...)`): callable, with no attributes.

    Wrapping keeps a closure's `__globals__`, `__code__` and friends out of reach even for a
    sandbox that someone later loosens, and gives the sandbox one type to admit as callable.
    """

    def __init__(self, name: str, function: Callable[..., Any]) -> None:
        self._name, self._function = name, function

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self._function(*args, **kwargs)

    def __repr__(self) -> str:
        return f"<function {self._name}>"


@dataclass(frozen=True)
class QuoteView(View):
    text: str
    source: str | None
    credit: str = ""  # who the words are credited to: the person who said them, or the source's title
    echo: bool = False  # it only says again what the sentence it is printed under says (plan/quotes.py)


@dataclass(frozen=True)
class PersonView(View):
    name: str
    titles: tuple[str, ...]
    role: str | None
    quote: QuoteView | None
    sentence: str = ""  # 'Zhang Wei, Vice Mayor of Shanghai, declared the Conference closed.'


@dataclass(frozen=True)
class ListView(View):
    label: str
    items: tuple[str, ...]
    quote: QuoteView | None
    sentence: str = ""  # 'Tracks: adaptation finance, blue carbon and early warning'
    lead: str = ""  # 'Late-breaking sessions:' where the items are printed one a bullet under it
    columns: int | None = None  # the deck's columns the event file sets for a long list
    echoes_title: bool = False  # its label only says its section's title again: printed once
    # its section's title is its label, the whole phrase ('Partnerzy' under 'Partnerzy'; not
    # 'Partners' under 'Partner investment'): the heading names the list, its label goes
    named_by_title: bool = False
    # a long list of short names (plan/lists.py, names_run_on): the briefing runs them on after
    # its label, one paragraph, not a bullet a name
    run_on: bool = False
    # its items as (label, value) where all are pairs ('Poetry', 'Late Light over Swaledale'): a
    # table of results, set as a table in both documents (data/plan/lists.py, pair_rows)
    rows: tuple[tuple[str, str], ...] = ()

    template_properties = ("names",)

    @property
    def names(self) -> str:
        """Its sentence without its label: the items as the sentence lists them ('Leeds City
        Council, Arts Council England and BBC Radio Leeds'), set under the label, or alone where
        a heading says the label already."""
        return self.sentence.removeprefix(self.label).lstrip().lstrip(":：").lstrip()


@dataclass(frozen=True)
class EventView(View):
    name: str
    short_name: str
    kind: str
    year: int
    theme: str | None
    summary: str | None
    city: str
    country: str | None
    start_date: dt.date | None
    closing_date: dt.date
    slug: str | None
    dates: str = ""  # '14–17 October 2025', or the closing date: the event's dates in words
    # the name as a sentence's subject, with its article where the language needs one ('Die
    # Internationale Fachmesse …', 'Le Salon …'); '' where that article is not sure (definite.py)
    subject: str = ""
    # the city after the word for 'in' ('in Shanghai', 'no Porto', 'au Havre'); the city alone in
    # Chinese, Japanese and Korean, whose sentences hold its particle (places.py)
    in_city: str = ""
    # the event as the subject of the sentence right under a title that prints its name, the way
    # an editor names it a second time: its short name ('TASMARS 2026', 'Die Baumesse Zürich
    # 2026'), else its kind ('Il festival', 'Der Fachkongress'); '' where neither's article is sure
    # (the default template then names the short name after a generic noun: 'Die Veranstaltung
    # IIN 2026 …'), or where the short name is the name and the kind is not a word to use
    again: str = ""

    template_properties = ("city_in_name", "running_name")

    @property
    def running_name(self) -> str:
        """The name a running footer prints: the name, or the short name for a name too long for
        the footer's one line (LONG_NAME_UNITS: '…つくる〜・ / 1ページ' wrapped, review LL)."""
        return self.short_name if self.short_name and is_long_name(self.name) else self.name

    @property
    def city_in_name(self) -> bool:
        """Whether the event's name says its city ('Wattle Grove Spring Fair 2026' in Wattle
        Grove): the closing sentence then names no city ('… ended on 18 October 2026', not '…
        ended in Wattle Grove on …')."""
        city = self.city.strip()
        if not city:
            return False
        if any(phrases.is_cjk(c) for c in city):  # no spaces between words: '2022世界人工智能大会上海'
            return places.says(self.name, city)
        # a word of the name, not a part of one: 'Wiener Kongress' said no city, and its closing
        # sentence lost 'in Wien' (review N); 'Bathurst Festival' is not in Bath; or the city as
        # the sentence would say it, in a language that declines it: 'Targi Książki w Krakowie
        # 2024' says Kraków ('… w Krakowie' twice otherwise)
        return any(places.says(self.name, place) for place in (city, self.in_city.strip()))


@dataclass(frozen=True)
class ChartInfo(View):
    id: str
    title: str
    caption: str
    alt_text: str
    documents: tuple[str, ...]
    notes: tuple[str, ...] = ()  # 'Label: note' of the figures its bars label, under its caption
    spoken: str = ""  # its caption where that gave way to its title: for the speaker's notes
    unprinted: tuple[str, ...] = ()  # its notes but the one its deck slide prints: for the notes

    template_properties = ("finding",)

    @property
    def finding(self) -> bool:
        """Whether the caption states a finding (it names a number: '17 of the 25 projects …'),
        where one without only describes the chart ('Intended purchase deals by sector.')."""
        return any(ch.isnumeric() for ch in self.caption)


@dataclass(frozen=True)
class SourceInfo(View):
    id: str
    title: str
    publisher: str | None
    published: dt.date | dt.datetime | None
    url: str | None
    note: str | None


def quote_view(quote: Quote | None) -> QuoteView | None:
    return QuoteView(quote.text, quote.source) if quote is not None else None


def person_view(person: Person) -> PersonView:
    return PersonView(person.name, tuple(person.titles), person.role, quote_view(person.quote))


def list_view(item_list: ItemList) -> ListView:
    return ListView(
        item_list.label, tuple(item_list.items), quote_view(item_list.quote), columns=item_list.columns
    )


#: A name wider than this (in half-width units: a Chinese or Japanese character counts two) takes
#: three lines of the briefing's title; the sentence under it says the short name (review LL: a
#: 60-character Japanese name printed twice in a row).
LONG_NAME_UNITS = 90


def is_long_name(name: str) -> bool:
    """Whether a name is wider than LONG_NAME_UNITS."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in name) > LONG_NAME_UNITS


def sentence_subject(name: str, short_name: str, language: str) -> str:
    """The name the closing sentence starts with, as its subject (definite.py): the short name for
    a name too long to say again under the title that shows it, where its article is sure; else
    the name; '' where its article is not sure."""
    if short_name and short_name != name and is_long_name(name):
        short = definite.short_subject(short_name, name, language)
        if short:
            return short
    return definite.subject(name, language) or ""


def subject_again(name: str, short_name: str, kind: str, summary: str, language: str) -> str:
    """The event as the subject of the sentence right under its name's title (`EventView.again`):
    the short name with its own article where that is sure; in French, Spanish, Italian and
    Portuguese an acronym ('CICT 2026', 'FILBo 2026') with the article of the name's head noun;
    else the kind with its article ('Il festival', 'La feria del libro'), before the short name
    where the summary that follows names the event by the same noun ('O festival Marés 2026
    terminou …' over 'O festival voltou …': the kind alone twice in a row, or a generic noun for a
    known kind, 'O evento Marés 2026', review YY1 #7); else ''. Never the name itself:
    the title above it has just said it (review MM: 'Tasman University Marine and Antarctic
    Research Symposium 2026 (TASMARS 2026) ended …' under that same name)."""
    short = " ".join(short_name.split())
    if language == "ko":
        said = definite.korean_subject(short or name)
        if said:
            return said
    if short and short != " ".join(name.split()):
        # a Polish initialism has its name's gender ('DFN 2026 zakończył się'): short_subject
        own = (
            definite.short_subject(short, name, language)
            if language == "pl"
            else definite.subject(short, language)
        )
        if own:
            return own
        first = short.split()[0]
        if sum(ch.isupper() for ch in first) > 1:  # an acronym takes its noun's gender ('Le CICT')
            borrowed = definite.short_subject(short, name, language)
            if borrowed:
                return borrowed
    first_sentence = re.split(r"(?<=[.!?。！？])\s*", summary.strip(), maxsplit=1)[0] if summary else ""
    said = kind and definite.kind_said_in(kind, first_sentence, language)
    subject = definite.kind_subject(kind, language) if kind else None
    if not subject or not said:
        return subject or ""
    if not short or short == " ".join(name.split()) or not isinstance(subject, definite.Subject):
        return ""  # English names a kind after the name ('the Marés 2026 festival'), not before it
    return definite.Subject(f"{subject} {short}", plural=subject.plural, gender=subject.gender)


def event_view(event: Event, dates: str = "", language: str = "en") -> EventView:
    # a place or theme the event's name or its country already says is not said again: '中國香港
    # 香港' and a name ending in 「閱讀世界・書寫香港」 over the same theme (review T)
    country = None if event.country and places.says(event.country, event.city) else event.country
    theme = None if event.theme and places.says(event.name, event.theme) else event.theme
    return EventView(
        event.name,
        event.short_name,
        event.kind or "",
        event.year,
        theme,
        event.summary,
        event.city,
        country,
        event.start_date,
        event.closing_date,
        event.slug,
        dates,
        sentence_subject(event.name, event.short_name, language),
        places.in_city(event.city, language, event.in_city),
        subject_again(event.name, event.short_name, event.kind or "", event.summary or "", language),
    )
