"""The sentence for each kind of fact, per language, as an editor writes it (issue 19 item 4).

A figure, a person, a launch and a list each become one line a reader can read aloud, never a
machine's "Label: value":

- a figure whose label names what it counts leads with its number: "More than 500 renowned
  guests", "104.000 Besucher"; in Chinese and Japanese the label leads as the sentence's topic:
  "知名嘉宾超过500位", "签约项目总投资近150亿元人民币", "来場者数は38万人";
- money and measures whose label does not name the unit make the label the subject of a verb in
  the past tense where its article and agreement are sure ("The total investment of the signed
  projects was nearly RMB 15 billion", "Die Ausstellungsfläche betrug 36.500 m²", "Le volume
  d’affaires s’est élevé à …": `subjects`); otherwise, and for counts whose label does not name
  the unit, the label stays before the value: "Starters: 41,250 runners";
- a figure with no unit whose label is not a plural noun ("Europe: 24") has too little for a
  sentence: `bare_figures` finds it, and `validate` asks for the `unit` that would make one;
- a person: "Zhang Wei, Vice Mayor of Shanghai, declared the Conference closed." (a role that
  starts with a small letter is what they did; one that starts with a capital is another title);
- a launch: its name, then its items, summary or figures, never its name twice;
- a list: "Tracks: adaptation finance, blue carbon and early warning" with the language's "and".

The qualifier is always kept as the figure's own text gives it ("nearly RMB 15 billion"), and a
figure's `note` follows it ("… online viewers. A record since 2018."). Nothing here adds a verb
the data does not give.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Protocol

from babel import Locale, UnknownLocaleError
from babel.lists import format_list

from reportgen.data import (
    articles,
    inflection,
    organisations,
    qualifier_words,
    split_titles,
    standing_facts,
    subjects,
    ties,
)
from reportgen.data.hint_examples import UNITS, example
from reportgen.data.messages import gettext
from reportgen.data.model import MEASURES, EventSummary
from reportgen.data.phrases import VOWELS, is_cjk, phrases, scale_link
from reportgen.data.punctuation import Punctuation, punctuation
from reportgen.data.quote_languages import role_language
from reportgen.data.roles import small_role
from reportgen.data.zh_reached import links_amount, reached


class FigureFacts(Protocol):
    """What a sentence reads of a figure (a FigureView)."""

    label: str
    unit: str | None
    currency: str | None
    qualifier: str
    text: str  # 'more than 500', 'nearly RMB 15 billion'
    as_of_text: str
    note: str | None
    # the file's `sentence:` ('The developer kit costs {value}.'); read with getattr: optional

    @property
    def value_text(self) -> str: ...

    @property
    def text_full(self) -> str: ...

    @property
    def label_names_unit(self) -> bool: ...


@dataclass(frozen=True)
class Sentence:
    """A sentence in three runs, so a document can set the value in bold: lead, value, tail."""

    lead: str
    value: str
    tail: str

    @property
    def text(self) -> str:
        return f"{self.lead}{self.value}{self.tail}"


@cache
def language(locale: str) -> str:
    try:
        return Locale.parse(locale).language
    except (ValueError, UnknownLocaleError):
        return "en"


_ASIAN = ("zh", "ja")
#: Languages whose sentences lead with the number and lower-case the label after it.
#: Turkish too: a number comes before its noun, which stays singular ('yaklaşık 320 katılan stüdyo').
_NUMBER_FIRST = ("en", "fr", "de", "es", "it", "pt", "nl", "sv", "da", "nb", "tr")
#: Endings of a plural noun in English and French ('visitors', 'ventes', 'jeux'), not of a
#: singular that happens to end in s ('press', 'campus', 'basis').
_PLURAL = re.compile(r"^[^\W\d_]{2,}(?<!ss)(?<!us)(?<!is)[sx]$")
_ENDS = ".!?。！？…"
#: Languages that write a title after a name in small letters ('Lucía Fernández, directora de la
#: feria'); English and German keep the capital (a German title is a noun).
_SMALL_TITLES = ("fr", "es", "it", "pt", "nl", "pl", "sv", "da", "nb", "tr")
#: Languages in which a role that starts with a capital ('Keynote speaker') is another title; German
#: writes every noun so, Chinese, Japanese and Korean have no capitals of their own (review DD).
_CAPITAL_TITLES = ("en", *_SMALL_TITLES)


@cache
def _english_names() -> frozenset[str]:
    """English names of languages and places (CLDR), which keep their capital after a number
    ('85,000 Spanish-language radio listeners', '400 German exhibitors', '12 Asia-Pacific
    delegations'): English capitalises them wherever they stand."""
    names = Locale("en")
    # names of one word only: those of several hold common words ('New', 'South', 'Sign', 'Old')
    words = [*names.languages.values(), *names.territories.values()]
    return frozenset(w for w in words if w[:1].isupper() and w.isalpha())


def _english_proper(word: str) -> bool:
    """Whether `word` is an English language's or place's name, or their adjective ('German')."""
    return word in _english_names()


def _lower_first(label: str, proper: frozenset[str]) -> str:
    """The label as it reads after a number: its first word in small letters unless it is a name
    ('Turing Prize winners', 'AI projects', or a word the event's texts capitalise mid-sentence)."""
    first, _, rest = label.partition(" ")
    word = first.rstrip(",;:")
    if (
        word[:1].isupper()
        and word[1:] == word[1:].lower()
        and word.replace("-", "").replace("'", "").replace("’", "").isalpha()
        and word not in proper
        and not _english_proper(word.split("-")[0])  # 'Spanish-language radio listeners'
        and not (
            rest[:1].isupper() and rest[1:2].islower()
        )  # 'Turing Prize winners', 'Directeur Général'; not 'AI projects'
    ):
        return first.lower() + (" " + rest if rest else "")
    return label


def _small_title(title: str, lang: str) -> str:
    """A person's title after their name, where the language writes titles in small letters: one
    that opens with a role noun takes one whatever follows ('directeur Stichting Noordelijke
    Ontwerpweek': data/roles.py); any other stays as written, a capital the list does not know
    being as likely a place's or a body's ('…, Londra, ha guidato …': review BB read 'londra').
    A word the event writes in small letters elsewhere takes them too (`small_titles`)."""
    return title if role_language(title, lang) else small_role(title, lang) or title


def small_titles(titles: Iterable[str], locale: str, small: frozenset[str]) -> tuple[str, ...]:
    """A person's titles with a first word in small letters where the language writes titles so
    and the event's own texts write that word in small letters (`small`: `small_words`), though
    no role list knows it ('Enologa' where a text says 'un'enologa'); others as written."""
    lang = language(locale)
    if lang not in _SMALL_TITLES:
        return tuple(titles)
    out: list[str] = []
    items = tuple(titles)
    for index, title in enumerate(items):
        first, _, rest = title.partition(" ")
        # another language's title, as `validate` reads it, or the rest of a title YAML split at its
        # comma ('Tecnologia e Inovação de Pernambuco', whose capital is a name's): as written
        rest_of = index > 0 and split_titles.continues(items[index - 1], title, locale)
        if role_language(title, lang) or rest_of:
            out.append(title)
            continue
        if first[:1].isupper() and first[1:].islower() and first.isalpha() and first.lower() in small:
            title = first.lower() + (" " + rest if rest else "")
        out.append(title)
    return tuple(out)


def _german_label(label: str) -> str:
    """A German label after its number: an adjective before a noun in small letters ('bekannte
    Gäste'); nouns keep their capital."""
    first, _, rest = label.partition(" ")
    if (
        rest[:1].isupper()
        and first.isalpha()
        and first.endswith(("e", "en", "er", "es"))
        and first[:1].isupper()
    ):
        return first.lower() + " " + rest
    return label


#: A label as it reads after its number, for a breakdown's parts (data/breakdowns.py).
lower_first = _lower_first
german_label = _german_label


#: The capitals and digits whose Korean reading ends in a final consonant: capitals are read by
#: their names (엘, 엠, 엔, 알: 'MVP는', 'HBM은'), digits as numbers (영, 일, 삼, 육, 칠, 팔).
_FINAL_CONSONANT = frozenset("LMNR013678")


def _topic(text: str) -> str:
    """Korean's topic particle after `text`: 은 after a final consonant, 는 after a vowel, as the
    text is read, an acronym in capitals or a number included ('결승전 MVP는'); '' after anything
    else (a word in small letters, whose reading the letters do not settle, or a closing bracket:
    the sentence then reads without one)."""
    last = text.rstrip()[-1:]
    if "\uac00" <= last <= "\ud7a3":
        return "은" if (ord(last) - 0xAC00) % 28 else "는"
    if last.isascii() and (last.isupper() or last.isdigit()):
        return "은" if last in _FINAL_CONSONANT else "는"
    return ""


def _stems(text: str) -> set[str]:
    return {re.sub(r"(?<=..)(?:ies|es|s)$", "", w) for w in re.findall(r"\w+", text.casefold())}


def _within(label: str, unit: str) -> bool:
    """Whether every word of the label is a word of the unit ('Guests' in 'guests and speakers')."""
    words = _stems(label)
    return bool(words) and words <= _stems(unit)


def _extends(label: str, unit: str) -> bool:
    """Whether a label is its unit's words, in order, and more words after them ('Films projetés
    au marché' of 'films'; not 'Guests' of 'guests and speakers', nor 'Foreign films' of 'films')."""
    said = [_stems(w) for w in re.findall(r"\w+", label)]
    nouns = [_stems(w) for w in re.findall(r"\w+", unit)]
    return bool(nouns) and len(said) > len(nouns) and said[: len(nouns)] == nouns


#: The relative pronouns after which a label says what its unit did, in the languages whose verb
#: then follows its subject at once ('Corredores que terminaron la carrera', 'Coureurs qui ont
#: terminé la course', 'Riders who finished the race'); German's and Dutch's relative clause puts
#: its verb last ('Fahrer, die das Rennen beendeten'), so they keep `_THERE_WERE`'s words.
_RELATIVES = {
    "es": ("que",),
    "pt": ("que",),
    "fr": ("qui",),
    "it": ("che",),
    "en": ("who", "that", "which"),
}


def _relative_rest(label: str, unit: str, lang: str) -> str:
    """A label that is its unit's words, a relative pronoun and a verb phrase, as the sentence the
    number opens: its unit's words and the verb phrase ('corredores terminaron la carrera' of
    'corredores que terminaron la carrera'); '' for any other label or language."""
    pronouns = _RELATIVES.get(lang, ())
    words = label.split()
    nouns = len(re.findall(r"\w+", unit))
    if not pronouns or not nouns or len(words) < nouns + 2:
        return ""
    head, pronoun, rest = words[:nouns], words[nouns], words[nouns + 1 :]
    if pronoun.casefold() not in pronouns or head[-1].endswith(","):
        return ""
    return " ".join((*head, *rest))


def _inflected(label: str, unit: str) -> bool:
    """Whether every word of a Polish label is a word of the unit in another case or number
    ('Uczestnicy' of 'uczestników', 'Goście' of 'gości', 'Wystawcy zagraniczni' of 'wystawców
    zagranicznych'): the same first letters, at least four; a unit symbol ('m²') is none."""
    words, nouns = label.casefold().split(), unit.casefold().split()
    if not words or len(words) != len(nouns) or not unit[:1].isalpha() or unit in MEASURES:
        return False
    return all(
        min(len(w), len(n)) >= 4 and w[: min(5, len(w), len(n))] == n[: min(5, len(w), len(n))]
        for w, n in zip(words, nouns, strict=True)
    )


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:] if text[:1].islower() else text


def figure_kind(fig: FigureFacts, locale: str) -> str:
    """'count' (the label names what the number counts), 'money', 'measure' (a unit the label does
    not name, a symbol), 'noun' (no unit, but the label is a plural noun: 'Tickets sold') or
    'bare' (no unit and no noun: too little for a sentence)."""
    if fig.currency:
        return "money"
    if fig.unit:
        return "count" if fig.label_names_unit else "measure"
    first = fig.label.split(" ", 1)[0]
    if language(locale) in ("en", "fr") and _PLURAL.match(first):
        return "noun"
    return "bare"


#: A note of at most this many words (Chinese or Japanese characters), one clause, is an aside in
#: brackets after its figure.
NOTE_WORDS = 10


def _tail(fig: FigureFacts, punct: Punctuation, proper: frozenset[str] = frozenset()) -> str:
    """The figure's 'as of' time and its note: a short note of one clause as an aside in brackets
    ('42 hectáreas (ensayos de siembra directa …)'), never a bare phrase after a full stop
    ('Label: value. Ensayos de …'); a longer one as the sentence after it."""
    within, after = _tail_parts(fig, punct, proper)
    return within + (f"{punct.stop}{punct.space}{after}" if after else "")


def note_said(note: str | None, sentence: str) -> bool:
    """Whether a figure's own `sentence` says its `note` already ('Båten koster {value} eksklusiv
    merverdiavgift.' beside `note: Eksklusiv merverdiavgift.`): printed once, in the sentence
    (review YY2 #9)."""
    body = " ".join((note or "").strip().rstrip(_ENDS + " ").split()).casefold()
    return bool(body) and body in " ".join(sentence.split()).casefold()


def _tail_parts(
    fig: FigureFacts, punct: Punctuation, proper: frozenset[str], said: bool = False
) -> tuple[str, str]:
    """What follows the figure within its sentence (its 'as of' time, a short note in brackets)
    and the sentence after it (a longer note, with its full stop); no note its sentence `said`."""
    tail = f"{punct.clause}{fig.as_of_text}" if fig.as_of_text else ""
    note = "" if said else (fig.note or "").strip()
    body = note.rstrip(".。")
    short = len(body) <= NOTE_WORDS if is_cjk(body[:1]) else len(body.split()) <= NOTE_WORDS  # '過去最多'
    if body and short and not re.search(r"[.!?;:](?:\s|$)|[。！？；：]", body):
        first = body.split(maxsplit=1)[0]
        if first[1:] == first[1:].lower() and first[:1].isupper() and first not in proper:
            body = body[:1].lower() + body[1:]  # 'a record since 2009', not a name ('Ifema')
        return f"{tail}{punct.open}{body}{punct.close}", ""
    return tail, (note + ("" if note[-1] in _ENDS else punct.stop)) if note else ""


def _written(
    fig: FigureFacts, template: str, punct: Punctuation, proper: frozenset[str], locale: str = "en"
) -> Sentence:
    """The file's own sentence for the figure ('The developer kit costs {value}.'), its number
    where `{value}` stands, with unit or currency as the figure prints them; the 'as of' time and a
    short note go before its closing stop, a long note after it. Where the words beside `{value}`
    say its qualifier already ('rozó {value}': 'nearly'), the value is printed without it: never
    'rozó casi 94 %' (qualifier_words)."""
    before, _, after = template.strip().partition("{value}")
    bare = getattr(fig, "text_unqualified", "")  # facts made by hand (tests) may lack it
    reworded = qualifier_words.exceeded(before, after, fig.qualifier, locale, _topic(bare) != "는")
    before, after = reworded or (before, after)  # 'を超えました', not '以上に達しました' (review T)
    body = after.rstrip(_ENDS + " ")
    end = after[len(body) :].strip()
    within, note = _tail_parts(fig, punct, proper, note_said(fig.note, template))
    if note:
        end = (end or punct.stop) + punct.space + note
    shown = fig.text_full
    if bare and qualifier_words.says_qualifier(before, after, fig.qualifier, locale):
        shown = bare
        if before.endswith(" ") and qualifier_before(before, locale):
            # the qualifier's words, the file's own, stay on the number's line as ours would: a
            # plain space after 'More than' was a break the document check warned of (review O)
            before = before.rstrip(" ") + "\u00a0"
    value = shown if before else _capitalised(shown)  # '{value} watched …'
    lead = _elided(before, value, locale)
    if (low := qualifier_words.range_low(lead, locale)) >= 0:  # 'Between **30 and 40%**'
        lead, value = lead[:low], lead[low:] + value
    return Sentence(lead, value, f"{body}{within}{end}")


#: Words a language elides before a vowel, and their elided form: the file's 'à hauteur de
#: {value}' before 'environ 1,9 million' reads 'd’environ' (review R printed 'de environ').
_ELIDED: dict[str, dict[str, str]] = {"fr": {"de": "d’", "que": "qu’", "jusque": "jusqu’"}}


def _elided(before: str, value: str, locale: str) -> str:
    """`before` with its last word elided where the language elides it before `value`'s first
    letter (a vowel, as `phrases.VOWELS` has them; not 'h', which some words aspirate, nor a
    digit)."""
    words = _ELIDED.get(language(locale))
    head, space, last = before.rstrip(" ").rpartition(" ")
    if not words or not before.endswith(" ") or not value or value[0].lower() not in VOWELS - {"h"}:
        return before
    elided = words.get(last.casefold())
    if elided is None:
        return before
    return head + space + (elided if last[:1].islower() else elided.capitalize())


def qualifier_before(text: str, locale: str) -> str:
    """The qualifier's words `text` ends with, as the language or its editors write them before a
    number ('More than', 'rund', 'over'), in small letters; '' for none (a verb that says one,
    'rozó' or 'exceeded', is no qualifier's words)."""
    plain = " ".join(text.replace("\u00a0", " ").split()).casefold()
    words = sorted({w.casefold() for w in ties.qualifier_words(locale)[0]}, key=len, reverse=True)
    return next((w for w in words if plain == w or plain.endswith(" " + w)), "")


def figure(
    fig: FigureFacts,
    locale: str,
    proper: frozenset[str] = frozenset(),
    alike: bool = False,
    polite: bool | None = None,
    alone: bool = False,
) -> Sentence:
    """The sentence for a figure, with its qualifier, 'as of' time and note. `alike`: the figure
    is one of several categories of which some are bare ('Europe', 'Americas'), so it reads as
    they do rather than as a noun ('9 americas'). `polite`: the document's register (Japanese and
    Korean: data/register.py) where the sentence stands among others, which then ends as they do
    ('来場者数は約2万3500人でした。', '講座及文化活動超過610場。'); None for a phrase in a list of them.
    `alone`: its line is the only figure's among its section's lines, where a number and its unit
    alone ('412 funciones') would be a fragment: it is then a sentence ('Hubo 412 funciones.')."""
    punct, lang, kind = punctuation(locale), language(locale), figure_kind(fig, locale)
    written = getattr(fig, "own_sentence", None)  # facts made by hand (tests, older callers) lack it
    if written:
        return _written(fig, written, punct, proper, locale)
    kind = "bare" if alike and kind == "noun" else kind
    tail = _tail(fig, punct, proper)
    year = _year(fig.label)
    if year and kind in ("measure", "money", "count"):  # 'Mais de 96 000 visitantes em 2026'
        return _in_year(fig, year, lang, tail)
    if lang in _ON_DAY and kind in ("measure", "money") and _is_date(fig.label, locale):
        # '52,000 visitors on Tuesday 14 October', not 'Tuesday 14 October: 52,000 visitors'
        day = fig.label.strip() if lang in ("en", "de") else fig.label.strip().lower()
        return Sentence("", _capitalised(fig.value_text), f" {_ON_DAY[lang]} {day}{tail}")
    # A label ending in Latin letters or digits ('Tuesday 14 October') cannot run into its number;
    # Japanese sets は between them all the same ('寄付Aは1億2850万円', not '寄付A：…': review Q).
    # A Japanese or Korean number keeps its counter though the label ends with it ('本選出場チーム
    # は48チーム', never '…は48': review T); Chinese drops it ('入場人次約101.2萬', as its press does).
    counted = fig.value_text
    if kind == "count" and lang in ("ja", "ko"):
        counted = getattr(fig, "text_full", counted)  # facts made by hand (tests) may lack it
    if lang == "ja" and kind != "bare" and any(is_cjk(c) for c in fig.label):
        return _ended(Sentence(f"{fig.label}は", counted, tail), fig, lang, punct, polite)
    if lang in _ASIAN and kind != "bare" and is_cjk(fig.label.rstrip()[-1:] or "a"):
        # 达 ('reached') before an exact sum or a count the label names: '签约金额达560亿元人民币';
        # never before a qualified amount: '總成交額約港幣32億元' (data/zh_reached.py)
        link = reached(locale) if links_amount(fig.qualifier) and kind in ("money", "count") else ""
        return _ended(Sentence(f"{fig.label}{link}", fig.value_text, tail), fig, lang, punct, polite)
    if lang == "ko" and kind != "bare" and _topic(fig.label):  # '관람객은 약 62만명'
        return _ended(Sentence(f"{fig.label}{_topic(fig.label)} ", counted, tail), fig, lang, punct, polite)
    # A sentence with its verb ends with a full stop, as the file's own sentences do (a slide set
    # 'The prize money … was $500,000' under '… double the 2025 figure.': review P); a phrase
    # ('More than 1,400 guests and speakers') is a bullet's and takes none.
    stopped = tail if tail[-1:] and tail[-1] in _ENDS else tail + punct.stop
    subject = _subject(fig, kind, proper) if lang == "en" else ""
    if subject:  # 'The developer kit price was $4,999', not 'Developer kit price: $4,999'
        return Sentence(f"{subject} was ", fig.value_text, stopped)
    written_out = subjects.sentence(fig, lang, locale) if kind in ("money", "measure") else None
    if written_out:  # 'Die Ausstellungsfläche betrug 128.000 m²', 'La superficie fue de …'
        return Sentence(written_out[0], written_out[1], written_out[2] + stopped)
    subject = _dutch_subject(fig, kind, proper) if lang == "nl" else ""
    if subject:  # 'Het prijzengeld voor de eindwinnaar bedroeg 20.000 euro'
        return Sentence(f"{subject} bedroeg ", fig.value_text, stopped)
    there = _there_were(fig, kind, lang) if alone else ""
    if there:  # a number and its unit alone: 'Hubo 412 funciones.', not a bare '412 funciones'
        return Sentence(there, getattr(fig, "text_full", fig.value_text), stopped)  # with its unit
    if lang == "pl" and kind == "measure" and _inflected(fig.label, fig.unit or ""):
        # the label is the unit in another case: 'Ponad 3200 uczestników', never 'Uczestnicy:
        # ponad 3200 uczestników'; the unit is the file's, in the form its number takes
        return Sentence("", _capitalised(fig.value_text), tail)
    counted = inflection.counted_label(fig.label, fig.unit or "", locale) if kind == "count" else ""
    if lang == "pl" and counted:
        # the label's words in the case the number takes: 'Prawie 27 500 odwiedzających branżowych',
        # never 'Odwiedzający branżowi: prawie 27 500 odwiedzających' (review Q)
        return Sentence("", _capitalised(fig.text), f" {counted}{tail}")
    if lang in _NUMBER_FIRST and kind == "measure" and fig.unit and _within(fig.label, fig.unit):
        # the unit says all the label says and more: 'More than 1,400 guests and speakers'
        return Sentence("", _capitalised(fig.value_text), tail)
    if lang in _NUMBER_FIRST and (kind == "count" or kind == "noun"):
        label = _german_label(fig.label) if lang == "de" else _lower_first(fig.label, proper)
        article = _one(fig, label, lang)
        if article:  # 'An opening ceremony', not '1 opening ceremony'; still exactly one
            return Sentence(article, "", f" {label}{tail}")
        # after a scale word, the language's 'de' or 'di': '2,4 millions de vues des retransmissions'
        link = scale_link(phrases(locale), fig.text.replace("\u00a0", " "), label)
        there = _there_were(fig, kind, lang, extended=True) if alone else ""
        done = _relative_rest(label, fig.unit or "", lang) if there else ""
        if done:  # its unit and what they did: '118 corredores terminaron la carrera.', never
            # 'Hubo 118 corredores que terminaron la carrera.' (review JJ)
            return Sentence("", _capitalised(fig.text), f" {link}{done}{stopped}")
        if there:  # its unit and more among sentences: 'On a compté 340 films projetés au marché.'
            return Sentence(there, fig.text, f" {link}{label}{stopped}")
        return Sentence("", _capitalised(fig.text), f" {link}{label}{tail}")
    return Sentence(f"{fig.label}{punct.pair}", fig.value_text, tail)


#: The words before a number and its unit that make them a sentence, per language: a figure whose
#: label says nothing its unit does not ('Funciones', 412 'funciones') printed '412 funciones', a
#: bare fragment under a statement (review W); the verb agrees with no gender ('Si contano', not
#: 'Si sono tenute'). Polish: (after 2-4, 22-24, ...; after any other number).
_THERE_WERE = {
    "en": "There were ",
    "de": "Es gab ",
    "fr": "On a compté ",
    "es": "Hubo ",
    "it": "Si contano ",
    "pt": "Houve ",
    "nl": "Er waren ",
    "sv": "Det blev ",
    "da": "Der var ",
    "nb": "Det var ",
    "pl": ("Były ", "Było "),
}


def only_counts(lead: str) -> bool:
    """Whether a figure's sentence leads with `_THERE_WERE`'s words ('There were 640 guests.'): a
    count and its unit made a sentence, which states no finding a slide's title could."""
    return any(lead in (words if isinstance(words, tuple) else (words,)) for words in _THERE_WERE.values())


def _there_were(fig: FigureFacts, kind: str, lang: str, extended: bool = False) -> str:
    """The words `_THERE_WERE` puts before a figure that is a number and its unit alone (its label's
    words all the unit's), '' for any other (one of something, which the article or the singular
    says). `extended`: also a label that is its unit's words and more after them ('Films projetés
    au marché' of 'films', 'Películas proyectadas' of 'películas'), which the sentence then prints
    whole: a phrase among sentences read as a fragment with no stop (review AA: '340 films projetés
    au marché' under two sentences). A label whose words come before its unit's ('Auf dem Markt
    gezeigte Filme') stays a phrase."""
    words = _THERE_WERE.get(lang)
    unit = fig.unit or ""
    if words is None or kind not in ("count", "measure") or not unit[:1].isalpha():
        return ""
    if extended:
        if not _extends(fig.label, unit):
            return ""
    elif not (_within(fig.label, unit) or (lang == "pl" and _inflected(fig.label, unit))):
        return ""
    number = re.search(r"(\d[\d\s.,\u00a0\u202f]*)(\D*)$", fig.text)
    if number is None or (not number.group(2).strip() and re.sub(r"\D", "", number.group(1)) == "1"):
        return ""
    if isinstance(words, str):
        return words
    digits = "" if number.group(2).strip() else re.sub(r"\D", "", number.group(1))  # '1,2 mln': 'Było'
    few = digits[-1:] in ("2", "3", "4") and digits[-2:-1] != "1"
    return words[0] if few else words[1]


def there_were(fig: FigureFacts, locale: str) -> str:
    """'Es gab rund 38’000 Zuschauende', 'On a compté près de 2 300 participants': the language's
    words for 'there were' before a count with its unit of words (or, with no unit, its plural
    label), whatever else the label says; '' where the language has no such words or the figure
    counts nothing (money, a measure's symbol, one of something). A sentence's clause, with no
    stop: the briefing's lede says a figure whose label-and-value line has no verb with it
    (plan/lede_sentence.py; review YY4 #4)."""
    lang = language(locale)
    words = _THERE_WERE.get(lang)
    kind = figure_kind(fig, locale)
    unit = (fig.unit or "").strip()
    after = _THERE_WERE_AFTER.get(lang, "")
    if (words is None and not after) or fig.text.strip() == "1":
        return ""
    if kind in ("count", "measure") and unit[:1].isalpha():
        counted = f"{fig.text} {unit}"
    elif kind == "noun":
        counted = f"{fig.text} {_lower_first(fig.label, frozenset())}"
    else:
        return ""
    if after:
        return counted + after  # Turkish: '9.000’den fazla katılımcı yer aldı'
    if isinstance(words, tuple):
        digits = re.sub(r"\D", "", fig.text) if not re.search(r"[^\W\d_]", fig.text) else ""
        few = digits[-1:] in ("2", "3", "4") and digits[-2:-1] != "1"
        words = words[0] if few else words[1]
    return (words or "") + counted


#: The words after a count and its unit that make them a sentence, where the language sets its verb
#: last and no 'there were' before them: 'Fuarda 1.200 firma yer aldı' ('took part', 'featured').
_THERE_WERE_AFTER = {"tr": " yer aldı"}


#: The copula that makes 'label は value' a sentence in the past, per language and register (polite,
#: plain); Korean's after a final consonant and after a vowel. Chinese needs none: '超過610場。'.
_COPULA = {"ja": ("でした", "だった"), "ko": (("이었습니다", "이었다"), ("였습니다", "였다"))}
#: The copula in the present, for a standing fact (a price, a target: data/standing_facts.py).
_PRESENT = {"ja": ("です", "だ"), "ko": (("입니다", "이다"), ("입니다", "이다"))}
#: A qualifier after the value that no copula may follow, per language, and the verb that says it
#: in its place (polite, plain): Korean's 'nearly' is 가까이 before a verb, 가깝다 at a sentence's end
#: ('1,480명에 가까웠다'; '1,480명 가까이였다' is no Korean). '이상이었다', '미만이었다', '약 … 이었다'
#: and Japanese '近くでした', '以上でした' are what editors write.
_QUALIFIER_VERBS = {"ko": {"가까이": ("에 가까웠습니다", "에 가까웠다")}}


def copula(lang: str, text: str, polite: bool, present: bool = False) -> str | None:
    """The copula that ends `text` (a 'label は value' or a breakdown's parts) as a sentence in the
    past, in the register: 'でした', '이었다' ('' in Chinese, which needs none); in the `present`
    for a standing fact ('です', '입니다'); None where Korean cannot choose its form (no reading
    of the last letter: '5만 3000 m²')."""
    register = 0 if polite else 1
    table = _PRESENT if present else _COPULA
    if lang == "ja":
        return table["ja"][register]
    if lang == "ko" and present:
        return table["ko"][0][register]  # '입니다', '이다' after a vowel and a consonant alike
    if lang == "ko":
        topic = _topic(text)  # its final consonant as read: '48팀이었습니다', '약 85억 원이었다'
        symbol = next((u for u in _KO_SYMBOLS if text.rstrip().endswith(u)), "")
        if not topic and symbol:  # 'm²' is read 제곱미터: '6만 m²였습니다'
            topic = "은" if _KO_SYMBOLS[symbol] else "는"
        return _COPULA["ko"][topic != "은"][register] if topic else None
    return ""


#: Unit symbols as Korean reads them, by whether the reading ends in a final consonant: m²
#: 제곱미터, km 킬로미터, % 퍼센트, ha 헥타르 (a vowel); kg 킬로그램, t 톤 (a consonant).
_KO_SYMBOLS = {"m²": False, "㎡": False, "km": False, "%": False, "ha": False, "kg": True, "t": True}


def with_clause(tail: str, clause: str, stop: str) -> str:
    """A sentence's tail with a clause before its end ('…, davon 1.650 vor Ort.'): in Japanese and
    Korean before the copula that ends it, with the form the clause's last sound takes ('…12億円、
    うち会場販売が8億円でした。', never '…でした、うち…。')."""
    if not clause or not tail.endswith(stop):
        return tail + clause
    body = tail[: -len(stop)]
    for word, verbs in _QUALIFIER_VERBS.get("ko", {}).items():  # '…명에 가까웠다': its copula's again
        verb = next((v for v in verbs if body.endswith(v)), "")
        if verb:
            said = copula("ko", clause, verb.endswith("습니다"))  # None: the clause as it ends
            return f"{body[: -len(verb)]} {word}{clause}{said or ''}{stop}"
    pairs = (_COPULA["ja"], *_COPULA["ko"], _PRESENT["ja"], *_PRESENT["ko"])
    forms = sorted({f for pair in pairs for f in pair}, key=len, reverse=True)
    ending = next((f for f in forms if body.endswith(f)), "")
    if not ending:
        return body + clause + stop
    body = body[: -len(ending)]
    if ending in _COPULA["ja"] or ending in _PRESENT["ja"] or ending in _PRESENT["ko"][0]:
        return body + clause + ending + stop
    said = copula("ko", clause, ending.endswith("습니다"))
    return body + clause + (ending if said is None else said) + stop


def _ended(
    sentence: Sentence, fig: FigureFacts, lang: str, punct: Punctuation, polite: bool | None
) -> Sentence:
    """A Chinese, Japanese or Korean figure's sentence ending as the sentences beside it do, with
    the copula of the document's register and a full stop ('来場者数は約2万3500人でした。'), never a
    fragment among them ('来場者数は約2万3500人': review T); its 'as of' time goes before the value,
    as the sentence's time ('来場者数は2026年7月26日17時時点で約2万3500人でした。', '관람객은 2024년
    11월 15일 오후 2시 기준 약 62만 명이었습니다.'). As it is where `polite` is None (a phrase of a
    list of them) or a note follows it (the stop alone)."""
    lead, tail = sentence.lead, sentence.tail
    noted = tail.startswith(punct.stop)  # a long note, a sentence after it: '…約2万1800人。来場者…'
    if polite is None or (sentence.text[-1:] in _ENDS and not noted):
        return sentence
    dated = f"{punct.clause}{fig.as_of_text}"
    if fig.as_of_text and tail == dated and lang in ("ja", "ko"):
        lead, tail = (f"{lead}{fig.as_of_text}で" if lang == "ja" else f"{lead}{fig.as_of_text} "), ""
    # the copula after the value, or after a short note in brackets ('38万人（過去最多）でした。')
    aside = tail.startswith(punct.open) and tail.endswith(punct.close)
    verb = _QUALIFIER_VERBS.get(lang, {})
    near = next((q for q in verb if not tail and sentence.value.endswith(q)), "")
    if near:  # '1,480명에 가까웠다', never '1,480명 가까이였다' (review DD)
        value = sentence.value[: -len(near)].rstrip(" \u00a0")
        return Sentence(lead, value, f"{verb[near][1 if not polite else 0]}{punct.stop}")
    present = standing_facts.standing(lang, fig.label)  # '希望小売価格は480万円です。'
    said = copula(lang, sentence.value, polite, present) if not tail or aside or noted else ""
    if said is None:
        return sentence  # as it was: a Korean value whose reading the letters do not settle
    if noted:
        return Sentence(lead, sentence.value, f"{said}{tail}")
    return Sentence(lead, sentence.value, f"{tail}{said}{punct.stop}")


#: Words that end an English label's head noun phrase ('Share | of visitors', 'Raised | for charity').
_PREPOSITIONS = frozenset((
    "of", "for", "in", "at", "by", "on", "to", "from", "with", "during", "among", "under", "over",
    "per", "across", "before", "after", "about", "between", "within", "without", "against",
))  # fmt: skip
#: English plurals that do not end in -s.
_IRREGULAR_PLURALS = frozenset(("women", "men", "people", "children", "media", "data", "staff", "police"))


#: English nouns of a total of people or things, whose label is the subject of 'was' with a counted
#: unit after the number ('The average attendance per match was 14,287 spectators', not 'Average
#: attendance per match: 14,287 spectators', review P).
_TOTALS = frozenset((
    "attendance", "audience", "turnout", "crowd", "footfall", "viewership", "readership",
    "membership", "participation", "total", "average", "number", "count", "reach", "capacity",
))  # fmt: skip


def _measured(fig: FigureFacts, kind: str) -> bool:
    """Money, or a measure whose unit is one (m², km, %, km/u), not a counted noun ('runners'),
    unless the label names a total of them ('Average attendance per match': `_TOTALS`)."""
    unit = (fig.unit or "").strip().lower()
    if kind == "money":
        return True
    if kind == "measure" and _TOTALS & {w.lower() for w in fig.label.split()[:4]}:
        return True
    return kind == "measure" and (unit in MEASURES or bool(re.fullmatch(r"[^\W\d]+/[^\W\d]+", unit)))


#: Dutch nouns of an amount, a size or a rate ('prijzengeld', 'begroting', 'snelheid'), as the
#: last part of a compound, with their article: the subject of 'bedroeg'. A noun not listed keeps
#: 'Label: value' (its article, or 'bedroeg' for it, is not sure: 'Beursvloer').
_NL_AMOUNTS = {
    **dict.fromkeys(
        ("geld", "budget", "bedrag", "aandeel", "percentage", "gewicht", "volume", "saldo", "tarief"),
        "Het",
    ),
    **dict.fromkeys(
        (
            "begroting", "investering", "opbrengst", "omzet", "afstand", "snelheid", "groei",
            "waarde", "oppervlakte", "prijs", "bijdrage", "winst", "lengte", "capaciteit", "omvang",
            "toename", "stijging", "daling", "subsidie",
        ),
        "De",
    ),
}  # fmt: skip
_NL_PREPOSITIONS = frozenset(
    (
        "van",
        "voor",
        "per",
        "in",
        "op",
        "bij",
        "uit",
        "met",
        "door",
        "over",
        "tijdens",
        "na",
        "onder",
        "tot",
        "aan",
    )
)


def _dutch_subject(fig: FigureFacts, kind: str, proper: frozenset[str]) -> str:
    """A Dutch money or measure label as the subject of 'bedroeg', with its article ('Het
    prijzengeld voor de eindwinnaar', 'De gemiddelde snelheid van de winnaar'), or '' where that is
    not sure: a noun not known as an amount, an adjective whose ending the article would change
    ('Totaal prijzengeld': 'het totale'), two nouns, a name."""
    if not _measured(fig, kind) or not re.fullmatch(r"[^\W\d_][\w’'\- ]*", fig.label):
        return ""
    words = fig.label.split()
    cut = next((i for i, w in enumerate(words) if w.lower() in _NL_PREPOSITIONS), len(words))
    head = [w.lower() for w in words[:cut]]
    if not head or len(head) > 3 or any(w[:1].isupper() for w in words[1:cut]):
        return ""
    if any(not adjective.endswith("e") for adjective in head[:-1]):  # 'gemiddelde', 'totale'
        return ""
    noun = head[-1]
    found = [(e, a) for e, a in _NL_AMOUNTS.items() if noun.endswith(e)]
    if not found or head[0] in ("de", "het", "een"):
        return ""
    article = max(found, key=lambda ea: len(ea[0]))[1]
    return f"{article} {_lower_first(fig.label, proper)}"


def _subject(fig: FigureFacts, kind: str, proper: frozenset[str]) -> str:
    """An English money or measure label as the subject of 'was' ('The developer kit price',
    'The share of visitors from the county'), or '' where that is not sure: a plural or compound
    head ('Ticket sales', 'Equipment and machinery': 'were'), a name ('Coastal Resilience Fund'),
    a participle with no noun ('Raised for charity'), a number in the head ('Budget 2026'), or a
    unit that is a counted noun rather than a measure ('Starters: 41,250 runners')."""
    if not _measured(fig, kind) or not re.fullmatch(r"[\w’'\- ,]+", fig.label):
        return ""
    words = fig.label.split()
    cut = next((i for i, w in enumerate(words) if w.lower() in _PREPOSITIONS), len(words))
    head = words[:cut]
    if not head or len(head) > 5 or "," in fig.label:
        return ""
    if any(w.lower() in ("and", "or") or w.lower() in _IRREGULAR_PLURALS for w in head):
        return ""
    if any(_PLURAL.match(w.split("-")[-1].lower()) for w in head) or any(c.isdigit() for c in " ".join(head)):
        return ""
    if any(w[:1].isupper() for w in head[1:]):  # a name: 'Just Transition Window'
        return ""
    if len(head) == 1 and head[0].lower().endswith("ed"):  # 'Raised for charity'
        return ""
    if head[0].lower() in ("the", "a", "an", "our", "this", "its", "their"):
        return ""
    return "The " + _lower_first(fig.label, proper)


#: How each language puts a figure in its year, after the figure ('More than 96,000 visitors in
#: 2026') or, in Chinese, Japanese and Korean, before it as the sentence's time ('2026年…').
_IN_YEAR_AFTER = {
    "en": " in {}", "de": " im Jahr {}", "fr": " en {}", "es": " en {}", "it": " nel {}",
    "pt": " em {}", "nl": " in {}", "sv": " år {}", "pl": " w {} roku", "da": " i {}", "nb": " i {}",
}  # fmt: skip
_IN_YEAR_BEFORE = {"zh": "{}年", "ja": "{}年は", "ko": "{}년 "}


def is_year(label: str) -> bool:
    """Whether a label is only a year ('2026', one of a chart of years)."""
    return bool(re.fullmatch(r"(?:1[89]|2[0-2])\d\d", label.strip()))


def _year(label: str) -> str:
    return label.strip() if is_year(label) else ""


#: The word before a day ('on Tuesday 14 October', 'am 14. Oktober', 'le mardi 14 octobre'), in
#: the languages where one word says it for any date; the others keep 'Label: value'.
_ON_DAY = {"en": "on", "de": "am", "fr": "le", "es": "el", "nl": "op"}


@cache
def month_names(locale: str) -> frozenset[str]:
    """The locale's names of the months as its dates write them and standing alone, as written
    ('maj', 'maja', 'March', 'März': English's capital tells the month from 'may')."""
    try:
        loc = Locale.parse(locale)
    except (ValueError, UnknownLocaleError, TypeError):
        return frozenset()
    return frozenset(str(n) for c in ("format", "stand-alone") for n in loc.months[c]["wide"].values())


@cache
def _calendar_words(locale: str) -> frozenset[str]:
    """The locale's names of days and months, in small letters ('tuesday', 'october')."""
    try:
        loc = Locale.parse(locale)
    except (ValueError, UnknownLocaleError):
        return frozenset()
    days = loc.days["format"]["wide"].values()
    return frozenset(n.casefold() for n in (*days, *month_names(locale)))


def _is_date(label: str, locale: str) -> bool:
    """Whether a label is only a date in words ('Tuesday 14 October', 'Dienstag, 14. Oktober',
    'martes 14 de octubre'): day and month names, numbers, and nothing else."""
    words = label.replace(",", " ").split()
    known = _calendar_words(locale)
    named = [w for w in words if w.casefold() in known]
    numbers = [w for w in words if re.fullmatch(r"\d{1,4}\.?", w)]
    small = [w for w in words if w in ("de", "del")]  # '14 de octubre'
    return bool(named) and bool(numbers) and len(named) + len(numbers) + len(small) == len(words)


def _in_year(fig: FigureFacts, year: str, lang: str, tail: str) -> Sentence:
    """A figure whose label is only its year, as a sentence of its number in that year: 'Quasi
    98.000 presenze nel 2026', '2026年…', never '2026: quasi 98.000 presenze'."""
    value = fig.text_full if fig.unit or fig.currency else fig.value_text
    if lang in _IN_YEAR_BEFORE:
        return Sentence(_IN_YEAR_BEFORE[lang].format(year), value, tail)
    return Sentence("", _capitalised(value), _IN_YEAR_AFTER.get(lang, " ({})").format(year) + tail)


def _one(fig: FigureFacts, label: str, lang: str) -> str:
    """The article for a count of exactly one of a singular noun ('An opening ceremony', 'Eine
    Eröffnungsfeier'), so a list does not read '1 opening ceremony'; '' where the number stays (any
    qualifier, a plural label, a noun whose gender is not sure: `articles`)."""
    if fig.qualifier != "exactly" or fig.text != "1" or fig.as_of_text:
        return ""
    words = label.split()
    if not words or _PLURAL.match(words[-1] if lang == "en" else words[0]):
        return ""
    return articles.indefinite(label, lang)


#: The words that join two things within a Chinese, Japanese or Korean name or phrase ('電子出版及
#: 有聲書研討會', '日本と韓国', '후원 및 중계권'): a list whose item holds one is joined by its
#: separator alone, as an editor writes it ('國際出版論壇、電子出版及有聲書研討會'), never by the same
#: word ('國際出版論壇及電子出版及有聲書研討會': which 及 joins the list? review T).
_JOINS = {
    "zh": ("和", "及", "与", "與", "暨", "跟", "以及"),
    "ja": ("と", "や", "及び", "および", "並びに"),
    "ko": (" 및 ", "과 ", "와 "),
}
_SEPARATOR = {"zh": "、", "ja": "、", "ko": ", "}


def listing(items: Sequence[str], locale: str) -> str:
    """'a, b and c', 'a、b和c': the items as the language lists them; in Chinese, Japanese and
    Korean with the separator alone where an item holds a joining word of its own (`_JOINS`)."""
    lang = language(locale)
    if lang in _JOINS and len(items) > 1 and any(w in item for item in items for w in _JOINS[lang]):
        return _SEPARATOR[lang].join(items)
    try:
        return format_list(list(items), locale=locale)
    except (ValueError, UnknownLocaleError):
        return ", ".join(items)


#: Words that make a title a role held somewhere ('Vice Mayor of Shanghai', 'Präsidentin des
#: Direktoriums'); a title without one may be an organisation ('Calderbrook Academy').
_ROLE_LINKS = {
    "en": ("of", "for", "at"),
    "de": ("des", "der", "für", "von", "im", "am"),
    "fr": ("de", "du", "des", "d’", "d'"),
    "es": ("de", "del"),
    "it": ("di", "del", "della", "dei", "degli"),
    "pt": ("de", "do", "da", "dos", "das"),
    "nl": ("van", "voor", "bij"),
    "sv": ("för", "vid", "på", "i"),
    "da": ("for", "ved", "på", "i", "hos"),
    "nb": ("for", "ved", "på", "i", "hos"),
    "pl": ("ds.", "w", "we", "przy"),
}


def _titles(titles: Sequence[str], lang: str, locale: str, punct: Punctuation) -> str:
    """A person's titles in one phrase: roles ('Member of the Standing Committee … and Vice Mayor
    of Shanghai …') as the language lists them; otherwise one after another, as a byline sets them
    ('Head of Sixth Form, Calderbrook Academy': 'and' read the school as a second title), with
    semicolons where a title has its own comma ('Principal Secretary, Department of …; Chair of
    the Organising Committee'); the pieces of a title YAML split at its commas set back together
    with theirs (`split_titles.rejoined`)."""
    if not titles:
        return ""
    links = _ROLE_LINKS.get(lang, ())

    def role(title: str) -> bool:  # not a body's name ('Gauteng Department of Education')
        words = title.replace("’", "’ ").replace("'", "' ").split()
        return any(w in links for w in words[1:]) and not organisations.names_a_body(words, links, lang)

    commas = any("," in t for t in titles)
    # a title YAML split at its comma, whole again: one title, never two listed with 'and'
    titles = split_titles.rejoined(titles, locale)
    if commas:
        return punct.semicolon.join(titles)
    if len(titles) > 1 and all(role(t) for t in titles):
        return listing(titles, locale)
    return punct.clause.join(titles)


def person(name: str, titles: Sequence[str], role: str | None, locale: str) -> str:
    """'Zhang Wei, Vice Mayor of Shanghai, declared the Conference closed.'; a role that starts
    with a capital ('Keynote speaker') is another title: 'Ana Sample, Keynote speaker'. A sentence
    starts with a capital where the name starts with a title written small: 'Prof. Anna Nowak
    zapowiedziała …', 'Dr hab. Tomasz Wielgosz, fizyk, poprowadził …' (review Z); a name alone, or
    with its titles, stays as written ('— prof. Anna Nowak', a credit)."""
    said = _person(name, titles, role, locale)
    return _capitalised(said) if (role or "").strip() and said.startswith(name) else said


def _person(name: str, titles: Sequence[str], role: str | None, locale: str) -> str:
    punct, lang = punctuation(locale), language(locale)
    role = (role or "").strip()
    # a capital starts a title only where the language writes its words in capitals: a Korean,
    # Chinese or Japanese role in Latin letters ('B2B 수출상담회 결과를 평가했다') is the predicate
    if role[:1].isupper() and lang in _CAPITAL_TITLES:
        titles, role = (*titles, role), ""
    if lang in (*_SMALL_TITLES, "en"):  # 'Claire Dubois, présidente du salon, a ouvert le salon.'
        titles = [  # 'Park Ji-hoon, mid laner, …'; never the rest of a title YAML split at its comma
            title if i and split_titles.continues(titles[i - 1], title, locale) else _small_title(title, lang)
            for i, title in enumerate(titles)
        ]
    named = _titles(titles, lang, locale, punct)
    if lang in _ASIAN and not (is_cjk(name[:1]) and is_cjk(name[-1:])):  # a name in Latin letters
        parts = [name, punct.list.join(titles), role]
        return punct.clause.join(p for p in parts if p) + (punct.stop if role else "")
    if lang == "ko":  # '김민준 조직위원장은 개막을 선언했다.': titles after the name, then the role
        named_ko = f"{name} {punct.list.join(titles)}" if titles else name
        return f"{named_ko}{_topic(named_ko)} {role}{punct.stop}" if role else named_ko
    if lang == "zh":  # '上海市委常委、上海市副市长张为宣布大会闭幕。'
        return f"{punct.list.join(titles)}{name}{role}{punct.stop}"
    if lang == "ja":  # '張為氏（上海市副市長）は大会の閉幕を宣言した。'
        aside = f"{punct.open}{punct.list.join(titles)}{punct.close}" if titles else ""
        return f"{name}{aside}{'は' + role if role else ''}{punct.stop}"
    if named and role:
        return f"{name}{punct.clause}{named}{punct.clause}{role}{punct.stop}"
    if named:
        return f"{name}{punct.clause}{named}"
    if role and lang == "en" and not _acts(role):  # 'Miriam Holt, president of the jury'
        return f"{name}{punct.clause}{role}"
    return f"{name} {role}{punct.stop}" if role else name


# English verbs in the past tense that do not end in '-ed', as a role's first word: 'won the
# men's race'. A role whose first word is neither one of these nor ends in '-ed' is what the
# person is ('president of the jury'), set off by a comma rather than read as a sentence.
_IRREGULAR_PAST = frozenset(
    [
        "won",
        "gave",
        "led",
        "made",
        "spoke",
        "took",
        "met",
        "said",
        "set",
        "ran",
        "brought",
        "told",
        "wrote",
        "read",
        "sang",
        "held",
        "began",
        "became",
        "came",
        "went",
        "saw",
        "chose",
        "drew",
        "built",
        "kept",
        "left",
        "lost",
        "paid",
        "put",
        "sent",
        "shot",
        "sold",
        "stood",
        "struck",
        "taught",
        "threw",
        "beat",
        "bore",
        "broke",
        "cut",
        "did",
        "fell",
        "felt",
        "found",
        "flew",
        "got",
        "grew",
        "hit",
        "hung",
        "knew",
        "lay",
        "lit",
        "meant",
        "rode",
        "rose",
        "shook",
        "shut",
        "sat",
        "slept",
        "split",
        "spent",
        "swam",
        "swore",
        "tore",
        "thought",
        "understood",
        "woke",
        "wore",
        "wove",
    ]
)


def _acts(role: str) -> bool:
    """Whether an English role says what the person did ('opened the summit', 'won the race')."""
    first = role.split(maxsplit=1)[0].lower()
    return first.endswith("ed") or first in _IRREGULAR_PAST


def launch(
    name: str,
    summary: str | None,
    items_label: str | None,
    items: Sequence[str],
    figures: Iterable[FigureFacts],
    locale: str,
    proper: frozenset[str] = frozenset(),
    polite: bool = True,
) -> str:
    """A launch in one line: its name, then what the data says of it (items, summary or figures).
    A figure whose label repeats the launch's name ('Term of the 5G-A agreement with China
    Mobile') gives only its value: '5G-A agreement with China Mobile: 3 years'. A figure said
    after the launch's sentences is a sentence too, in the document's register (`polite`):
    '…스타트업은 37곳이었습니다.', never the fragment '…스타트업은 37곳.' (review X)."""
    punct = punctuation(locale)
    figures, more = tuple(figures), ""
    if items or summary:  # its figures with it, never in the speaker's notes only (a launch's
        # amount beside its name: 'Elektrolysepark Bitterfeld (1,1 Milliarden Euro): Ein …')
        # not one with its own `sentence:`, which says it as the author wrote it ('The Best First
        # Feature winner receives $20,000.'), as another launch's figure is said (review J)
        own = [
            f
            for f in figures
            if name.casefold() in f.label.casefold() and not getattr(f, "own_sentence", None)
        ]
        if own:
            values = punct.list.join(_named(f, name, locale) + f.value_text + _tail(f, punct) for f in own)
            name = f"{name}{punct.open}{values}{punct.close}"
        others = [figure(f, locale, proper, polite=polite).text for f in figures if f not in own]
        more = "".join(
            punct.space + text + ("" if text[-1:] in _ENDS else punct.stop) for text in others if text
        )
    if items and summary:  # what it is, then its items: neither left out ('…——참여 기업: …' had
        # dropped the summary that says what the project does)
        stop = "" if summary.rstrip()[-1:] in _ENDS else punct.stop
        label = items_label or gettext(locale, "Among them")
        said = listing(items, locale) + punct.stop + more  # a sentence after a sentence: its stop
        what = punct.after_pair(summary.rstrip())  # 'SwissCardioRehab) : les centres …' (review R)
        return f"{name}{punct.pair}{what}{stop}{punct.space}{label}{punct.pair}{said}"
    if items and items_label:  # 'Walk hand in hand … – key projects: Kuaishou …'
        dash = "——" if language(locale) in _ASIAN else " – "
        said = listing(items, locale) + (punct.stop + more if more else "")
        return f"{name}{dash}{items_label}{punct.pair}{said}"
    if items:
        said = listing(items, locale) + (punct.stop + more if more else "")
    elif summary:
        stop = "" if summary.rstrip()[-1:] in _ENDS or not more else punct.stop
        said = punct.after_pair(summary) + stop + more  # 'SwissCardioRehab) : les centres …' (review R)
    else:
        said = punct.semicolon.join(
            f.value_text + _tail(f, punct)
            if name.casefold() in f.label.casefold()
            else figure(f, locale, proper).text
            for f in figures
        )
    return f"{name}{punct.pair}{said}" if said else name


#: The particle that joins a launch's name to what its figure measures ('「KAZE-7」の希望小売価格').
_OF = {"ja": "の", "zh": "的", "ko": "의"}


def _named(fig: FigureFacts, name: str, locale: str) -> str:
    """What a launch's figure measures, before its value in the brackets after the launch's name,
    where a Chinese, Japanese or Korean label says it after the name and a particle
    ('協働ロボット「KAZE-7」の希望小売価格' gives '「KAZE-7」（希望小売価格480万円）', never a bare
    '（480万円）' that does not say it is a price: review WW2 #5); '' elsewhere."""
    lang = language(locale)
    of = _OF.get(lang.split("_")[0])
    at = fig.label.casefold().find(name.casefold())
    if of is None or at != 0:
        return ""
    rest = fig.label[len(name) :].strip()
    if not rest.startswith(of):
        return ""
    noun = rest[len(of) :].strip()
    if not noun or len(noun) > 10 or any(c.isdigit() for c in noun):
        return ""
    return f"{noun} " if lang.startswith("ko") else noun


def item_list(label: str, items: Sequence[str], locale: str, among_phrases: bool = False) -> str:
    """'Tracks: adaptation finance, blue carbon and early warning', 'Hoofdsponsors: Waddenbank,
    Provincie Groningen en Bakkerij Van der Meulen'. Items that are clauses of their own ('Share
    river-flow data daily …') or hold commas of their own are set apart by semicolons, not run
    together with 'and'; names, however long, are listed as the language lists them."""
    punct = punctuation(locale)
    if any(_is_clause(item) or _has_commas(item) for item in items):
        said = f"{label}{punct.pair}{punct.semicolon.join(items)}"
    else:
        said = f"{label}{punct.pair}{listing(items, locale)}"
    # a sentence, as the figures' and people's beside it are ('主要論壇：…、電子出版及有聲書研討會。',
    # review T; 'Sedes: … y Galería Abierta de las Rejas de Chapultepec.' among bullets that are
    # sentences, review BB); a phrase among its section's figure lines that are phrases ('45
    # laboratoires ouverts'), in the languages that write them so
    if among_phrases and language(locale) not in _JOINS:
        return said
    return said + punct.stop if said[-1:] not in _ENDS else said


def ends_sentence(text: str) -> bool:
    """Whether `text` ends as a sentence does: with its stop (or a closing mark after it)."""
    return text.rstrip().rstrip("»”“\"'’」』)）")[-1:] in _ENDS


#: Small words that names hold in small letters ('Ministry of Culture and Tourism of the
#: Republic', 'Bakkerij Van der Meulen', 'Câmara Municipal do Porto'): they do not make a clause.
_NAME_PARTICLES = frozenset((
    "of", "the", "and", "for", "in", "on", "at", "to", "a", "an", "by", "with", "&", "de", "del",
    "della", "delle", "dei", "di", "da", "do", "dos", "das", "du", "des", "la", "le", "les", "l'",
    "et", "y", "e", "o", "em", "no", "na", "nos", "al", "el", "los", "las", "van", "der", "den",
    "het", "von", "und", "für", "zu", "im", "am", "vom", "zur", "zum",
))  # fmt: skip


def is_clause(item: str) -> bool:
    """Whether a list item reads as a clause or a phrase of its own, not a name (`_is_clause`)."""
    return _is_clause(item)


def _is_clause(item: str) -> bool:
    """Whether a list item reads as a clause or a phrase of its own ('Share river-flow data daily
    …', 'Gestión del agua en cuencas deficitarias'), not a name ('Bakkerij Van der Meulen',
    'Ministry of Culture and Tourism of the Republic'): at least four words, its first with a
    capital, and at least half of the others words in small letters other than a name's particles."""
    words = item.split()
    if len(words) < 4 or not item[:1].isupper():
        return False
    rest = words[1:]
    small = [w for w in rest if w[:1].islower() and w.casefold().strip(",.;:") not in _NAME_PARTICLES]
    return 2 * len(small) >= len(rest)


def _has_commas(item: str) -> bool:
    """Whether an item holds punctuation of its own (a comma, a list's 、, a colon: 'Grand Prix … :
    « La Mémoire des estuaires »'), which a list with commas would run together."""
    return bool(re.search(r"[,;:、，；：]", item))


_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def small_words(texts: Iterable[str]) -> frozenset[str]:
    """The words the event's own texts write in small letters: common words, not names."""
    return frozenset(w for text in texts for w in _WORD.findall(text) if w.islower())


def proper_words(texts: Iterable[str]) -> frozenset[str]:
    """Words the event's own texts capitalise in mid-sentence ('1 Nobel laureate'): names, which
    keep their capital after a number."""
    found: set[str] = set()
    small: set[str] = set()  # words seen in small letters: not names ('representative AI projects')
    for text in texts:
        for sentence in re.split(r"[.!?:]\s+", text.strip()):
            for m in _WORD.finditer(sentence):
                word = m.group(0)
                if word.islower():
                    small.add(word)
                elif m.start() > 0 and word[:1].isupper() and word[1:] == word[1:].lower():
                    found.add(word)
    return frozenset(w for w in found if w.lower() not in small)


def speaker(quote_text: str, name: str) -> bool:
    """True when a person's quote is their own words; False when it is the source reporting on
    them (the text names them: 'Zhang Wei … declared the Conference closed'), so it is credited
    to the source."""
    return name.casefold() not in quote_text.casefold()


#: A finding is a slide's title when it is one sentence of at most this many narrow characters
#: (a Chinese character is two): two lines of title type.
TITLE_WIDTH = 90
#: An aside that describes the chart rather than the finding: the axis says it.
_CHART_ASIDE = re.compile(
    r"\s*[(（][^()（）]*"
    r"(?:logarithm|log scale|log-scale|logarithmisch|logar[ií]tm|échelle log|对数|對數|対数|로그)"
    r"[^()（）]*[)）]",
    re.IGNORECASE,
)


def headline(caption: str) -> str:
    """A chart's caption as a headline: without an aside about the chart ('(logarithmic scale)')."""
    return _CHART_ASIDE.sub("", caption).strip()


def is_title(text: str) -> bool:
    """Whether `text` (a finding) fits as a slide title: one sentence, at most TITLE_WIDTH wide."""
    body = text.strip().rstrip(_ENDS)
    width = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in body)
    return bool(body) and width <= TITLE_WIDTH and not re.search(r"[.!?](?:\s|$)|[。！？]", body)


class _Counted:
    """A model figure as `figure_kind` reads it, before it is formatted."""

    def __init__(self, label: str, unit: str | None, currency: str | None) -> None:
        self.label, self.unit, self.currency = label, unit, currency
        self.label_names_unit = True  # read only for a figure with a unit, which needs none


def bare_figures(summary: EventSummary) -> set[str]:
    """The figures ('section.figure') with too little for a sentence: those with no unit whose
    label is no plural noun ('Europe'), and the plural-looking ones drawn in a chart with them
    ('Americas' beside 'Europe'), which read as their chart's other categories do."""
    locale = summary.formatting.locale
    kinds = {
        f"{sid}.{fid}": figure_kind(_Counted(f.label, f.unit, f.currency), locale)  # type: ignore[arg-type]
        for sid, section in summary.sections.items()
        for fid, f in section.figures.items()
    }
    bare = {ref for ref, kind in kinds.items() if kind == "bare"}
    for chart in summary.charts.values():
        if bare.intersection(chart.figures):
            bare.update(ref for ref in chart.figures if kinds.get(ref) == "noun")
    return bare


def unit_warnings(summary: EventSummary) -> list[str]:
    """`validate`'s warnings for figures with too little for a sentence (`bare_figures`): the
    documents can only print 'Europe: 24'. Each names the field that would help."""
    warnings = []
    for ref in sorted(bare_figures(summary)):
        sid, fid = ref.split(".", 1)
        figure = summary.sections[sid].figures[fid]
        warnings.append(
            f"sections.{sid}.figures.{fid}: no `unit`, and its label {figure.label!r} does not say "
            f"what the number counts, so it prints as '{figure.label}: {figure.value}'; add `unit:` "
            f"with the noun it counts (for example `unit: {example(UNITS, summary.formatting.locale)}`) "
            "and it reads as a sentence"
        )
    return warnings
