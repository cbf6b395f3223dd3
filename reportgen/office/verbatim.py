"""A quotation and a source's title print as their words were written: no invisible format
character inside them (review RR3 Z1: the zh_TW briefing's verbatim quote '約\u20608.6\u2060萬',
'25\u2060日下午6\u2060時' and its source's title carried word joiners and zero width spaces;
anything copied from them into a mail or a CMS carries them, and a search for '8.6萬' misses).

The plan ties a Chinese or Japanese number by word joiners (typography.bind_cjk_numbers), and a
justified Chinese or Japanese paragraph opens a date between its parts by a zero width space
(office/cjk_dates.py), for Writer's lines. Inside the words of a quotation or of a source's
title a briefing keeps neither: they are someone else's, and Writer sets them as it would set
them typed (its gap between Asian text and digits, alike at every number of the quotation, where
joiners had kept it at some; looked at in LibreOffice's PDF). What the build writes around them
(a citation's date, a credit) keeps its ties. The Word renderer clears them (`clear_verbatim`),
the document check names a paragraph that still has them (`verbatim_marks`), in a user's
template too. The words are found as printed: with the language's quotation marks for straight
ones, no-break spaces for spaces, and any invisible character between two of their letters."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from reportgen.data.typography import WORD_JOINER
from reportgen.office.ooxml import qn
from reportgen.office.seen import quoted

ZERO_WIDTH_SPACE = "\u200b"
_INVISIBLE = f"{WORD_JOINER}{ZERO_WIDTH_SPACE}"
#: What a quotation or title loses: zero width spaces only. Its word joiners stay: without them
#: Writer set its gap between Asian text and digits inside the words ('6 만 8400 명', '38 억 7000 만
#: 원' in a Korean lede quoted from the news; review UU3, −0.5), a worse flaw to a reader than a
#: character a copy takes along (review RR3 Z1, −0.25).
_CLEARED = ZERO_WIDTH_SPACE
_DROPPED = {ord(c): None for c in _INVISIBLE}
_MARKS = "'\"‘’‚‛“”„‟«»‹›「」『』"
#: ... each read as this one.
_MARK = '"'
#: The words of a quotation or a title shorter than this are found in too many paragraphs.
_LEAST = 6
#: A quotation or a title is also found by its opening this long (a long one may be cut in print).
_OPENING = 24


class Words:
    """The words of a quotation or a title, found in a printed paragraph as a regular expression
    would find them (each of its characters; a quotation mark as any of them; a space as any run of
    white space; an invisible character allowed between any two) without compiling one: a build
    has a few dozen of them, each a pattern of one group a character, and compiling them cost
    about 50 ms of a build's CPU (the performance guide, round 25). The paragraph is read once into
    the same plain form (`_plain`), and the words are looked for in it."""

    __slots__ = ("plain",)

    def __init__(self, plain: str) -> None:
        self.plain = plain

    def spans(self, plain: str, starts: Sequence[int], ends: Sequence[int]) -> list[tuple[int, int]]:
        """Where the words stand in a paragraph whose plain form is `plain` (`_plain`), as
        positions of the paragraph itself: a match where the last ended, as `finditer` goes."""
        found, at, size = [], plain.find(self.plain), len(self.plain)
        while at >= 0:
            found.append((starts[at], ends[at + size - 1]))
            at = plain.find(self.plain, at + size)
        return found


def _plain(text: str) -> tuple[str, list[int], list[int]]:
    """`text` as the words are looked for in it: its invisible characters left out, each run of
    white space one space (a run an invisible character cuts is two), each quotation mark one;
    with where in `text` each character of that form starts and ends."""
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    last_space = False
    for at, char in enumerate(text):
        if char in _INVISIBLE:
            last_space = False
            continue
        if char.isspace():
            if last_space:
                ends[-1] = at + 1
                continue
            char, last_space = " ", True
        else:
            last_space = False
            if char in _MARKS:
                char = _MARK
        chars.append(char)
        starts.append(at)
        ends.append(at + 1)
    return "".join(chars), starts, ends


def _words(text: str) -> Words | None:
    """What `text` reads as in a printed paragraph (Words); None when too short to find."""
    words = " ".join(text.translate(_DROPPED).split())
    if len(words) < _LEAST:
        return None
    return Words(_plain(words)[0])


def patterns(texts: Iterable[str]) -> tuple[Words, ...]:
    """What `texts` (quotations, sources' titles) are found by, whole and by their opening."""
    found: dict[str, Words] = {}
    for text in texts:
        plain = " ".join(text.translate(_DROPPED).split()) if text else ""
        for part in (plain, plain[:_OPENING]):
            if part not in found and (words := _words(part)) is not None:
                found[part] = words
    return tuple(found.values())


def verbatim_spans(text: str, found: Sequence[Words]) -> list[tuple[int, int]]:
    """Where in `text` (a paragraph, with its invisible characters) the words of `found` stand."""
    if not found:
        return []
    plain, starts, ends = _plain(text)
    return sorted(span for words in found for span in words.spans(plain, starts, ends))


def without_verbatim(text: str, found: Sequence[Words]) -> str:
    """`text` with the words of `found` each replaced by a space: what the build wrote of it."""
    for start, end in reversed(_merged(verbatim_spans(text, found))):
        text = f"{text[:start]} {text[end:]}"
    return text


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def clear_verbatim(trees: Iterable[Any], texts: Sequence[str]) -> None:
    """In each paragraph of `trees`, every zero width space inside the words of one of `texts`
    (the event's quotations, its sources' titles) removed; its word joiners kept (_CLEARED)."""
    found = patterns(texts)
    if not found:
        return
    for tree in trees:
        for p in tree.iter(qn("w:p")):
            runs = [t for t in p.iter(qn("w:t")) if t.text]
            whole = "".join(t.text for t in runs)
            if not any(c in whole for c in _CLEARED):
                continue
            spans = _merged(verbatim_spans(whole, found))
            if spans:
                _clear(runs, spans)


def _clear(runs: list[Any], spans: list[tuple[int, int]]) -> None:
    """The invisible characters of `runs`' texts at the paragraph's positions in `spans` removed."""
    start = 0
    for t in runs:
        end = start + len(t.text)
        kept = [
            char
            for at, char in enumerate(t.text, start=start)
            if char not in _CLEARED or not any(a <= at < b for a, b in spans)
        ]
        t.text = "".join(kept)
        start = end


def verbatim_marks(paragraphs: Iterable[tuple[str, str]], found: Sequence[Words]) -> list[str]:
    """Warnings naming each paragraph (where it is, its text) whose quotation or source's title
    (`found`) carries a zero width space."""
    warnings = []
    for where, text in paragraphs:
        if not any(c in text for c in _CLEARED):
            continue
        count = sum(1 for a, b in _merged(verbatim_spans(text, found)) for c in text[a:b] if c in _CLEARED)
        if count:
            warnings.append(
                f"{where}: the quotation or source's title in {quoted(' '.join(text.split())[:40])} "
                f"carries {count} zero width space(s) (U+200B), which a copy or a "
                "search of its words takes with them: print it as it was written"
            )
    return warnings
