"""Text in several languages in one event file, and the one-language events made from it.

A printed text field may hold one text (the same in every language) or a mapping of language tags
to texts:

    label: {en: Online viewers, zh: 线上观看}

`split()` runs on the parsed YAML before validation: every translation mapping is checked (known
language tags, text values, in a field that is printed) and replaced by the text of the event's
first language, so the model validates once; the other texts are kept in a `Translations` table by
place. `project()` makes the one-language event for each language from the validated event and
that table: figures, dates and charts are the same objects in every edition, only words differ.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from types import UnionType
from typing import Annotated, Any, Union, get_args, get_origin

from babel import Locale, UnknownLocaleError
from babel.core import get_global
from pydantic import AfterValidator, BaseModel

from reportgen.data import language_names, model, quote_languages
from reportgen.data.quote_languages import role_language, text_language
from reportgen.errors import ProblemList
from reportgen.memo import Memo

PathKey = tuple[str | int, ...]
_TAG = re.compile(r"^[a-z]{2,3}([_-][A-Z][a-z]{3})?([_-][A-Z]{2})?$")
#: Fields that are never printed: one text for every language, translations not asked for.
_UNPRINTED = frozenset({"comment"})
TAG_HINT = "use language tags such as en, zh, de, fr, ja (or en_GB, zh_CN, de_DE)"


@dataclass(frozen=True)
class Entry:
    """The texts of one field, by language tag as written (normalised to underscores)."""

    texts: dict[str, str]
    line: int | None
    column: int | None


@dataclass(frozen=True)
class Plain:
    """A printed text written once, for every language; `optional`: its field may be left out."""

    text: str
    line: int | None
    column: int | None
    optional: bool


@dataclass(frozen=True)
class Translations:
    """Every translated field of one event file, by its place in the data, and every printed text
    written once (`plain`), which `foreign` checks against each edition's language."""

    file: str = ""
    entries: dict[PathKey, Entry] = field(default_factory=dict)
    plain: dict[PathKey, Plain] = field(default_factory=dict)
    #: The file's first language ('fr'), which a text written once is most likely in.
    first: tuple[str, ...] = ()
    #: Every language the file names ('fr', 'en'): a text written once is in one of them.
    languages: tuple[str, ...] = ()


def language_tag(tag: str) -> str | None:
    """`tag` normalised (zh-CN -> zh_CN), or None when it names no language Babel knows (asked
    of Babel once a process for each tag: every key of an event's mappings is asked)."""
    if not isinstance(tag, str) or not _TAG.match(tag):
        return None
    if tag in _TAGS:
        return _TAGS.get(tag)
    known = _language_tag(tag)
    _TAGS.remember(tag, known)
    return known


_TAGS: Memo[str, str | None] = Memo(1024)


def _language_tag(tag: str) -> str | None:
    tag = tag.replace("-", "_")
    try:
        Locale.parse(tag)
    except (UnknownLocaleError, ValueError):
        return None
    return tag


def pick(texts: Mapping[str, str], language: str) -> str | None:
    """The text for `language` (zh_CN): written for zh_CN itself, else for its language (zh)."""
    if language in texts:
        return texts[language]
    base = language.split("_")[0]
    return texts.get(base)


def file_languages(data: Any) -> list[str]:
    """The languages an event file asks for, read leniently from its raw data (validation proper
    reports a malformed `formatting`): `formatting.languages`, else `formatting.locale`."""
    formatting = data.get("formatting") if isinstance(data, dict) else None
    if isinstance(formatting, dict):
        languages = formatting.get("languages")
        if isinstance(languages, list) and languages and all(isinstance(x, str) for x in languages):
            return list(languages)
        if isinstance(formatting.get("locale"), str):
            return [formatting["locale"]]
    return ["en_GB"]


def split(data: dict[str, Any], positions: Any, problems: ProblemList) -> tuple[dict[str, Any], Translations]:
    """`data` with each translation mapping replaced by its first language's text, and the table
    of the translations; each misplaced or malformed mapping is added to `problems`."""
    walker = _Walker(file_languages(data)[0], positions, problems)
    result = walker.walk(data, model.EventSummary, ())
    named = tuple(dict.fromkeys(_base(tag) for tag in file_languages(data)))
    return result, Translations(problems.file, walker.entries, walker.plain, named[:1], named)


def _is_text(kind: Any) -> bool:
    """A printed text field: text checked as model.Text is (the translatable kind)."""
    if get_origin(kind) is not Annotated:
        return False
    base, *meta = get_args(kind)
    return base is str and any(isinstance(m, AfterValidator) and m.func is model._check_text for m in meta)


def _options(kind: Any) -> list[Any]:
    """The members of a union (Optional included), each as written."""
    if get_origin(kind) in (Union, UnionType):
        return [alt for arg in get_args(kind) for alt in _options(arg)]
    return [kind]


def _field_kind(cls: type[BaseModel], name: str) -> Any:
    """A model field's type with its constraints (pydantic keeps a top-level Annotated's apart)."""
    info = cls.model_fields[name]
    return Annotated[(info.annotation, *info.metadata)] if info.metadata else info.annotation


#: Texts an edition can leave out where they read as another of the file's languages: the documents
#: say as much without them. A unit is part of its number ('12 tonnes') and is printed as written.
_DROPPABLE = frozenset({"summary", "note", "caption", "sentence", "role", "kind", "theme"})


def _optional(cls: type[BaseModel], name: str) -> bool:
    """A field the documents can do without (_DROPPABLE), and None unless given."""
    info = cls.model_fields[name]
    return name in _DROPPABLE and not info.is_required() and info.default is None


def _bare(kind: Any) -> Any:
    return _bare(get_args(kind)[0]) if get_origin(kind) is Annotated else kind


class _Walker:
    def __init__(self, first: str, positions: Any, problems: ProblemList) -> None:
        self.first, self.positions, self.problems = first, positions, problems
        self.entries: dict[PathKey, Entry] = {}
        self.plain: dict[PathKey, Plain] = {}

    def walk(self, value: Any, kind: Any, path: PathKey, optional: bool = False) -> Any:
        options = _options(kind)
        if isinstance(value, str):
            if path[-1:] not in {(name,) for name in _UNPRINTED} and any(_is_text(k) for k in options):
                line, column = self.positions.values.get(path, (None, None))
                self.plain[path] = Plain(value, line, column, optional)
            return value
        if isinstance(value, dict):
            texts = [k for k in options if _is_text(k)]
            if texts and path[-1:] not in {(name,) for name in _UNPRINTED}:
                return self._translated(value, path, texts[0])
            for option in map(_bare, options):
                if isinstance(option, type) and issubclass(option, BaseModel):
                    return {
                        key: self.walk(item, _field_kind(option, key), (*path, key), _optional(option, key))
                        if key in option.model_fields
                        else item
                        for key, item in value.items()
                    }
                if get_origin(option) in (dict, Mapping):
                    inner = get_args(option)[1]
                    return {key: self.walk(item, inner, (*path, key)) for key, item in value.items()}
            if value and all(language_tag(key) for key in value):
                if any(get_origin(_bare(option)) in (list, Sequence, tuple) for option in options):
                    self._add(path, "a list is translated item by item", hint="write - {en: ..., zh: ...}")
                else:
                    self._add(path, "takes one value in every language; translations belong in printed text")
            return value
        if isinstance(value, list):
            for option in map(_bare, options):
                if get_origin(option) in (list, Sequence, tuple):
                    inner = get_args(option)[0]
                    return [self.walk(item, inner, (*path, index)) for index, item in enumerate(value)]
        return value

    def _translated(self, value: dict[Any, Any], path: PathKey, kind: Any) -> Any:
        texts: dict[str, str] = {}
        if not value:
            self._add(path, "an empty translation mapping", hint="write the text, or {en: ..., zh: ...}")
            return None
        for key, text in value.items():
            tag = language_tag(key)
            if tag is None:
                near = language_names.nearest(str(key))  # 'english': did you mean en?
                said = TAG_HINT + (f"; did you mean {near}?" if near else "")
                self._add((*path, key), f"{key!r} is not a language tag", hint=said)
                continue
            if tag in texts:
                self._add((*path, key), f"two translations for {tag}; keep one")
                continue
            if not isinstance(text, str):
                self._add((*path, key), f"the {key} translation must be text, got {_shown(text)}")
                continue
            problem = _text_problem(text, kind)
            if problem:
                self._add((*path, key), f"the {key} translation {problem}")
                continue
            texts[tag] = text
        if len(texts) != len(value):
            return None
        line, column = self.positions.values.get(path, (None, None))
        self.entries[path] = Entry(texts, line, column)
        return pick(texts, self.first) or next(iter(texts.values()))

    def _add(self, path: PathKey, message: str, hint: str = "") -> None:
        line, column = self.positions.nearest(path) or (None, None)
        self.problems.add(message, line=line, column=column, path=dotted(path), hint=hint)


def _text_problem(text: str, kind: Any) -> str:
    """What is wrong with one translation, checked as the field checks its text: its length, its
    characters, and the field's own checks (a figure's `sentence` holds one `{value}`)."""
    if len(text) > model.MAX_TEXT:
        return f"is too long: {len(text):,} characters; at most {model.MAX_TEXT:,}"
    checks = [m.func for m in get_args(kind)[1:] if isinstance(m, AfterValidator)]
    try:
        for check in checks or [model._check_text]:
            check(text)
    except ValueError as exc:
        return str(exc)
    return ""


def _shown(value: Any) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return "nothing" if value is None else repr(value)[:40]


def dotted(path: PathKey) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def missing(table: Translations, language: str) -> list[str]:
    """One warning per translated field with no text for `language`, naming file, place, language."""
    found = []
    for path, entry in table.entries.items():
        if pick(entry.texts, language) is None:
            where = table.file
            if entry.line is not None:
                where += f":{entry.line}:{entry.column}"
            shown = ", ".join(entry.texts)
            found.append(
                f"{where}: {dotted(path)}: no {language} translation (it has {shown}); "
                f"the {language} documents print the {next(iter(entry.texts))} text"
            )
    return found


def missing_summary(table: Translations, language: str) -> str | None:
    """One warning for a build: how many texts lack `language`, and the first of them (`validate`
    lists each)."""
    found = missing(table, language)
    return _one_line(
        table, found, ": no ", f"have no {language} translation and print their first language's"
    )


#: The printed texts written in words that `foreign` checks: titles, summaries, labels, units,
#: notes, sentences, captions, people's titles and roles. Not names as written: the event's, a
#: person's, a launch's, a place's, a list's items (exhibitors, works), a source's title and
#: publisher (docs/data.md); nor quotes, which `quote_languages` checks with their `language:`.
_WORDED = frozenset(
    {"title", "summary", "label", "unit", "note", "sentence", "caption", "role", "titles", "items_label"}
)
_WORDED_EVENT = frozenset({"kind", "theme", "summary"})


def _worded(path: PathKey) -> bool:
    """`path` is a text of words `foreign` checks (_WORDED)."""
    name = next(part for part in reversed(path) if isinstance(part, str))
    if path[0] == "event":
        return name in _WORDED_EVENT
    if path[0] == "sources":
        return name == "note"
    return path[0] in ("sections", "charts") and name in _WORDED


@dataclass(frozen=True)
class Foreign:
    """A text written once that reads as another language (`found`) than an edition's; `dropped`:
    the edition leaves it out, as a text it can do without that reads as another of the file's
    own languages (the first edition's summary, untranslated). A text written once is in the
    file's language: a guess that names a language the file does not drops nothing (review JJ: a
    Danish file lost its theme, its summary and a whole section, read as Swedish)."""

    path: PathKey
    plain: Plain
    found: str
    dropped: bool = False


def foreign(table: Translations, language: str) -> list[Foreign]:
    """Each text written once, for every language, that reads as another language than
    `language`'s (en_CA: 'en'); names, numbers and short labels are not told (quote_languages)."""
    edition = _base(language)
    likely = tuple(dict.fromkeys(_base(tag) for entry in table.entries.values() for tag in entry.texts))
    found = []
    for path, plain in table.plain.items():
        if not _worded(path):
            continue
        # a person's title is read as the printer reads it before re-casing its role noun
        read = role_language if "titles" in path else text_language
        told = read(plain.text, edition, (*table.first, *likely, *table.languages))
        told = told or _english_kind(path, plain.text, edition)
        if told:
            dropped = plain.optional and told != edition and told in table.languages
            found.append(Foreign(path, plain, told, dropped))
    return found


#: English words for an event's kind that no other language of the catalogues writes so: one word
#: has no small words to be told by, and a de_AT file's `kind: fair` printed 'Abschlussbericht ·
#: Fair' on the German cover (review ZZ2 F3). Words other languages share ('festival', 'expo',
#: 'forum', 'gala', 'marathon', 'rally', 'symposium', 'hackathon', 'show') are not among them.
_ENGLISH_KINDS = frozenset(
    {
        "fair", "trade fair", "book fair", "art fair", "conference", "summit", "exhibition",
        "trade show", "air show", "motor show", "boat show", "agricultural show", "championship",
        "championships", "tournament", "week", "design week", "fashion week", "awards",
        "convention", "race", "run", "fun run", "concert", "ceremony", "meetup", "congress",
        "film festival", "music festival", "book festival", "food festival", "wine fair",
    }
)  # fmt: skip


def _english_kind(path: PathKey, text: str, edition: str) -> str:
    """'en' where `path` is the event's kind, `edition` another language's, and `text` one of
    the English kinds (_ENGLISH_KINDS), else ''."""
    english = edition != "en" and path == ("event", "kind") and text.strip().casefold() in _ENGLISH_KINDS
    return "en" if english else ""


def _base(tag: str) -> str:
    return tag.replace("-", "_").split("_")[0].lower()


def foreign_warnings(table: Translations, language: str) -> list[str]:
    """One warning per text of another language than `language`'s, naming file, place and what to
    write; the documents leave out a text they can do without (a summary, a note), else print it."""
    edition = _base(language)
    said = []
    for each in foreign(table, language):
        where = table.file
        if each.plain.line is not None:
            where += f":{each.plain.line}:{each.plain.column}"
        done = "leave out this text" if each.dropped else "print this text"
        said.append(
            f"{where}: {dotted(each.path)}: the {language} documents {done}, which reads as "
            f"'{each.found}', not '{edition}'; give it as {{{each.found}: \"…\", {edition}: \"…\"}}"
        )
    return said


def foreign_summary(table: Translations, language: str) -> str | None:
    """One warning for a build: how many texts read as another language than `language`'s, and
    the first of them (`validate` lists each)."""
    found = foreign_warnings(table, language)
    told = f"read as another language than the {language} documents' and are left out or printed as written"
    return _one_line(table, found, ": the ", told)


def _one_line(table: Translations, found: list[str], cut: str, told: str) -> str | None:
    """The one line a build prints for `found` (each `validate`'s warning): the only one, or how
    many texts `told`, with the place of the first (its warning cut at `cut`)."""
    if len(found) <= 1:
        return found[0] if found else None
    first = found[0].split(cut, 1)[0]
    return (
        f"{table.file}: {len(found)} texts {told} (the first: {first.removeprefix(table.file + ':')}); "
        f"`reportgen validate` lists them all"
    )


def project(value: Any, table: Translations, language: str, path: PathKey = ()) -> Any:
    """`value` (the validated event, or any part of it at `path`) with each translated field in
    `language`, where it has a text for it, and without each text written once that reads as
    another of the file's languages and that the documents can do without (`Foreign.dropped`);
    everything else is the same object."""
    left_out = frozenset(each.path for each in foreign(table, language) if each.dropped)
    if not table.entries and not left_out:
        return value
    return _project(value, table, language, path, left_out)


def _project(
    value: Any, table: Translations, language: str, path: PathKey, left_out: frozenset[PathKey]
) -> Any:
    if path in left_out:
        return None
    entry = table.entries.get(path)
    if entry is not None and isinstance(value, str):
        text = pick(entry.texts, language)
        return value if text is None else text
    if isinstance(value, BaseModel):
        update = {}
        for name in type(value).model_fields:
            old = getattr(value, name)
            new = _project(old, table, language, (*path, name), left_out)
            if new is not old:
                update[name] = new
        return value.model_copy(update=update) if update else value
    if isinstance(value, dict):
        items = {key: _project(item, table, language, (*path, key), left_out) for key, item in value.items()}
        changed = any(items[key] is not item for key, item in value.items())
        return items if changed else value
    if isinstance(value, list):
        listed = [
            _project(item, table, language, (*path, index), left_out) for index, item in enumerate(value)
        ]
        changed = any(new is not old for new, old in zip(listed, value, strict=True))
        return listed if changed else value
    return value


def written_languages(edition: model.EventSummary) -> tuple[tuple[str, str], ...]:
    """Each text `edition` prints in another language than its own, with that language's tag
    ('en-US'), for the documents' runs to say it: a quote's words in the `language:` it gives,
    and a text written once that reads as another language and is printed as written (a
    person's title; not a text the edition leaves out)."""
    locale = edition.formatting.locale
    own = _base(locale)
    found: dict[str, str] = {}
    for _where, quote in quote_languages.quotes(edition):
        if quote is not None and quote.language and _base(quote.language) != own:
            found[str(quote.text)] = quote.language
    table = edition._translations
    if table is not None:
        for each in foreign(table, locale):
            if not each.dropped and each.found != "?":
                found[each.plain.text] = each.found
    languages = (*edition.formatting.languages, locale)
    return tuple((text, full_tag(tag, languages)) for text, tag in found.items())


def full_tag(tag: str, languages: Sequence[str] = ()) -> str:
    """`tag` as a document's language tag names it ('en' -> 'en-GB' in a file built in en_GB too,
    else 'en-US', Babel's likeliest): a spell checker knows a language by its region."""
    tag = tag.replace("-", "_")
    if "_" not in tag:
        tag = next((x for x in languages if _base(x) == tag.lower()), tag)
    try:
        parsed = Locale.parse(tag if "_" in tag else get_global("likely_subtags").get(tag, tag))
    except (UnknownLocaleError, ValueError, TypeError):
        return tag.replace("_", "-")
    return "-".join(part for part in (parsed.language, parsed.territory) if part)
