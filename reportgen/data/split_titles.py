"""A person's title that YAML split at its commas: `titles: [Minister for Electronics, IT and
Biotechnology, Government of Karnataka]` is three items, the second the rest of the first ('…
for Electronics, IT and Biotechnology'). A slide that shortened the list made a new title of the
pieces ('Minister for Electronics, Government of Karnataka': the wrong ministry, review W);
`validate` asks the author to quote the title, and a shortened list keeps the pieces together.

An item continues the one before it where (allow-lists per language) it opens with the
language's 'and' or 'or', or with a preposition in small letters ('of Karnataka'), or is the last pair of
an enumeration ('IT and Biotechnology': a word, the language's 'and', a word) after an item that
ends in a preposition's object ('for Electronics')."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from reportgen.data.model import EventSummary

#: The words that join the last two of an enumeration, per language (and 'or').
AND_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("and", "or", "&"),
    "de": ("und", "oder", "sowie", "&"),
    "fr": ("et", "ou", "&"),
    "es": ("y", "e", "o", "u", "&"),
    "it": ("e", "ed", "o", "&"),
    "pt": ("e", "ou", "&"),
    "nl": ("en", "of", "&"),
    "pl": ("i", "oraz", "lub", "&"),
    "sv": ("och", "eller", "&"),
    "da": ("og", "eller", "&"),
    "nb": ("og", "eller", "&"),
    "ja": ("及び", "および", "並びに"),
    "ko": ("및",),
    "zh": ("和", "及", "与", "與", "暨"),
}

#: Prepositions whose object an enumeration continues ('Minister for Electronics, IT and …').
PREPOSITIONS: dict[str, tuple[str, ...]] = {
    "en": ("for", "of", "in", "on", "at"),
    "de": ("für", "der", "des", "von", "im"),
    "fr": ("de", "des", "du", "d’", "d'", "à", "aux", "en", "pour"),
    "es": ("de", "del", "en", "para"),
    "it": ("di", "del", "della", "dei", "delle", "per", "in", "al", "alla", "ai", "alle", "allo", "agli"),
    "pt": ("de", "do", "da", "dos", "das", "para", "em"),
    "nl": ("voor", "van", "in"),
    "pl": ("do", "dla", "w", "ds."),
    "sv": ("för", "av", "vid", "i"),
    "da": ("for", "af", "ved", "i"),
    "nb": ("for", "av", "ved", "i"),
}

#: Articles between a preposition and its object ('ministre de la Culture'), per language.
ARTICLES: dict[str, tuple[str, ...]] = {
    "en": ("the",),
    "fr": ("la", "le", "les"),
    "es": ("la", "el", "los", "las"),
    "pt": ("a", "o", "os", "as"),
    "nl": ("de", "het"),
}

#: The words on each side of an enumeration's last pair ('IT and Biotechnology'), at most.
PAIR_WORDS = 2


def _language(locale: str) -> str:
    return locale.replace("-", "_").split("_")[0].lower()


def continues(previous: str, item: str, locale: str) -> bool:
    """Whether `item` reads as the rest of `previous`, one title split at its comma."""
    lang = _language(locale)
    words, before = item.split(), previous.split()
    joins = AND_WORDS.get(lang, ())
    if not words or not before:
        return False
    if lang in ("ja", "ko", "zh"):  # no capitals; an item that opens with 及び, 및, 和 ...
        return item.startswith(joins)
    # a small letter alone says nothing ('…, professeure de littérature comparée', 'principal
    # investigator of …' are titles of their own): a link word does ('and IT', 'of Karnataka')
    if words[0].casefold() in joins or (words[0][:1].islower() and words[0] in PREPOSITIONS.get(lang, ())):
        return True
    if lang not in PREPOSITIONS:
        return False
    # 'IT and Biotechnology' after 'Minister for Electronics': the enumeration's last pair, and
    # 'Tecnologia e Inovação de Pernambuco' after 'secretário de Ciência': that pair followed by
    # its complement, a preposition in small letters and what it governs (review YY4)
    pairs = [i for i, w in enumerate(words) if w.casefold() in joins]
    if len(pairs) != 1 or not 0 < pairs[0] <= PAIR_WORDS:
        return False
    preps = PREPOSITIONS[lang]
    head, tail = words[: pairs[0]], words[pairs[0] + 1 :]
    cut = next((i for i, w in enumerate(tail) if w.casefold() in preps), len(tail))
    second, complement = tail[:cut], tail[cut:]
    if not 0 < len(second) <= PAIR_WORDS or any(w.casefold() in preps for w in head):
        return False
    if complement and not (len(complement) >= 2 and complement[0].islower() and _named(head + second)):
        return False
    if len(before) >= 3 and before[-2] in ARTICLES.get(lang, ()):  # 'de la Culture'
        return before[-3].casefold() in preps
    return len(before) >= 2 and before[-2].casefold() in preps


def _named(words: Sequence[str]) -> bool:
    """Whether the pair's words are a name's (each with a capital: 'Tecnologia e Inovação'), as
    an office's fields are, not a title's words ('Dean and head')."""
    return all(w[:1].isupper() for w in words)


def rejoined(titles: Sequence[str], locale: str) -> tuple[str, ...]:
    """The titles with the pieces of one that YAML split at its commas set back together, as the
    author wrote it ('secretário de Ciência, Tecnologia e Inovação de Pernambuco'): never listed
    with the language's 'and' as two titles, nor a piece's capital taken as a title's first."""
    return tuple(", ".join(run) for run in joined(titles, locale))


def joined(titles: Sequence[str], locale: str) -> tuple[tuple[str, ...], ...]:
    """The titles as runs of items, each run one title (an item with the ones that continue it)."""
    runs: list[list[str]] = []
    for item in titles:
        if runs and continues(runs[-1][-1], item, locale):
            runs[-1].append(item)
        else:
            runs.append([item])
    return tuple(tuple(run) for run in runs)


def _people(summary: EventSummary) -> Iterator[tuple[str, list[str]]]:
    for sid, section in summary.sections.items():
        for index, person in enumerate(section.people):
            yield f"sections.{sid}.people[{index}].titles", [str(t) for t in person.titles]


def split_title_warnings(summary: EventSummary) -> list[str]:
    """`validate`'s warnings for titles lists that read as one title split at its commas."""
    locale = summary.formatting.locale
    warnings = []
    for where, titles in _people(summary):
        runs = joined(titles, locale)
        if len(runs) == len(titles):
            continue
        quoted = ", ".join("'" + ", ".join(run).replace("'", "''") + "'" for run in runs)
        pieces = next(run for run in runs if len(run) > 1)
        warnings.append(
            f"{where}: {pieces[1]!r} reads as the rest of {pieces[0]!r}, one title that YAML split at "
            f"its comma; quote each title that has a comma: titles: [{quoted}]"
        )
    return warnings
