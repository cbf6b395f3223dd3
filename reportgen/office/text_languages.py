"""Texts printed in another language than the document's, tagged so in the runs that print them.

Every run of a deck or briefing says the event's language (`powerpoint.language`,
`word._set_language`). A quote the file marks `language: en`, or a text written once that reads as
another language and is printed as written (`translations.written_languages`), is English however
Dutch its document: spelling, hyphenation and screen readers take it as English only if its runs
say so (review FF: "For Bangladesh, adaptation is not a policy choice…" was lang="nl-NL").

After rendering, a run whose text is part of such a text (a quote in its own run, or cut with '…')
takes that text's tag; a run that holds such a text among other words ("Nasrin Rahman Chowdhury,
Minister of Water Resources of Bangladesh, sprak namens …") is split in three and its middle run
tagged. Texts are compared as printed: typographic quotes, apostrophes, spaces and invisible
joiners folded, so the document's typography does not hide a text.
"""

from __future__ import annotations

import copy
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from reportgen.office.ooxml import qn

#: Characters the documents add or change in a text (quotation marks, joiners, soft hyphens): left
#: out, or read as the plain character, when a printed run is compared with its source text.
_DROPPED = frozenset('\u2060\u00ad\u200b\u200c\u200d\ufeff"“”„‟«»‹›「」『』')
_SAME = {"’": "'", "‘": "'", "‚": "'", "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\n": " ", "\t": " "}
#: What a run of a text cut for a slide is trimmed of at its ends before it is compared.
_TRIM = " .,;:!?…'()[]-–—"
#: A run this long or longer that is part of a text is that text's; a shorter one ('For', 'de')
#: could be any language's and keeps the document's tag.
MIN_PART = 12


def _folded(text: str) -> tuple[str, list[int]]:
    """`text` as compared (casefolded, typography folded), and where each of its characters was."""
    out: list[str] = []
    where: list[int] = []
    for index, char in enumerate(unicodedata.normalize("NFC", text)):
        if char in _DROPPED:
            continue
        char = _SAME.get(char, char)
        if char == " " and (not out or out[-1] == " "):
            continue
        out.append(char.casefold() if len(char.casefold()) == 1 else char)
        where.append(index)
    return "".join(out), where


def _part_of(run: str, text: str) -> bool:
    """The run prints part of `text` (whole, or its pieces between the '…' of a cut)."""
    pieces = [piece.strip(_TRIM) for piece in run.split("…")]
    pieces = [piece for piece in pieces if piece]
    long = sum(map(len, pieces)) >= min(MIN_PART, len(text))
    return bool(pieces) and long and all(piece in text for piece in pieces)


def _within(run: str, text: str) -> tuple[int, int] | None:
    """Where `text` stands in the run's folded text, as offsets in the run as written."""
    folded, where = _folded(run)
    start = folded.find(text)
    while start >= 0 and text:
        end = start + len(text)
        # whole words only: a title 'Media' is not the 'media' of 'multimedia'
        if not (start and folded[start - 1].isalnum()) and not (end < len(folded) and folded[end].isalnum()):
            return where[start], where[end - 1] + 1
        start = folded.find(text, start + 1)
    return None


def _spans(run: str, texts: Sequence[tuple[str, str]]) -> list[tuple[int, int, str]]:
    """The stretches of `run` to tag, each with its language: the whole run where it is part of
    a text, else each text the run holds (longest first; none overlapping)."""
    folded = _folded(run)[0]
    for text, tag in texts:
        if _part_of(folded, text):
            return [(0, len(run), tag)]
    found: list[tuple[int, int, str]] = []
    for text, tag in texts:
        at = _within(run, text)
        if at and not any(at[0] < end and start < at[1] for start, end, _ in found):
            found.append((*at, tag))
    return sorted(found)


def _prepared(texts: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    # a text's own closing stop is its language's too ('… partnership.'); quotation marks are not
    folded = {_folded(text)[0].strip(" "): tag for text, tag in texts}
    return sorted(((text, tag) for text, tag in folded.items() if len(text) >= 3), key=lambda x: -len(x[0]))


def _split(run: Any, text_tag: str, spans: list[tuple[int, int, str]]) -> list[tuple[Any, str | None]]:
    """The run as runs of one language each (`run` itself first), with the tag each takes."""
    element = run.find(qn(text_tag))
    text = element.text or ""
    cuts: list[tuple[int, int, str | None]] = []
    at = 0
    for start, end, tag in spans:
        if start > at:
            cuts.append((at, start, None))
        cuts.append((start, end, tag))
        at = end
    if at < len(text):
        cuts.append((at, len(text), None))
    made: list[tuple[Any, str | None]] = []
    previous = run
    for index, (start, end, tag) in enumerate(cuts):
        piece = run if index == 0 else copy.deepcopy(run)
        if index:
            previous.addnext(piece)
        piece.find(qn(text_tag)).text = text[start:end]
        if text_tag == "w:t":
            piece.find(qn(text_tag)).set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        made.append((piece, tag))
        previous = piece
    return made


def _runs(trees: Iterable[Any], run_tag: str, text_tag: str) -> list[Any]:
    """Each run of one text element (and its properties), the kind a text can be told in."""
    wanted, properties = qn(text_tag), qn(run_tag + "Pr" if run_tag == "w:r" else "a:rPr")
    return [
        run
        for tree in trees
        for run in tree.iter(qn(run_tag))
        if [child.tag for child in run if child.tag != properties] == [wanted]
    ]


def tag_deck_runs(trees: Iterable[Any], texts: Iterable[tuple[str, str]]) -> int:
    """Tag each DrawingML run (slides, notes) that prints one of `texts` with its language
    (a:rPr lang); how many runs were tagged."""
    return _tag_runs(trees, texts, ("a:r", "a:t"), _drawing_language)


def _drawing_language(run: Any, tag: str) -> None:
    properties = run.find(qn("a:rPr"))
    if properties is None:
        properties = run.makeelement(qn("a:rPr"), {})
        run.insert(0, properties)
    properties.set("lang", tag)


def _tag_runs(
    trees: Iterable[Any],
    texts: Iterable[tuple[str, str]],
    tags: tuple[str, str],
    tag_run: Callable[[Any, str], None],
) -> int:
    """Split each run (`tags`: its element and its text's) around the spans of `texts` it prints,
    and tag each span's run with its language (`tag_run`); how many runs were tagged."""
    wanted = _prepared(texts)
    if not wanted:
        return 0
    count = 0
    run_tag, text_tag = tags
    for run in _runs(trees, run_tag, text_tag):
        spans = _spans(run.find(qn(text_tag)).text or "", wanted)
        for piece, tag in _split(run, text_tag, spans) if spans else ():
            if tag is not None:
                tag_run(piece, tag)
                count += 1
    return count


#: The children of w:rPr that come after w:lang in its sequence (ECMA-376 CT_RPr).
_AFTER_LANG = ("w:eastAsianLayout", "w:specVanish", "w:oMath")


def tag_word_runs(trees: Iterable[Any], texts: Iterable[tuple[str, str]]) -> int:
    """Tag each WordprocessingML run that prints one of `texts` with its language (w:lang: w:val
    for a language written in Latin letters, w:eastAsia for Chinese, Japanese and Korean); how
    many runs were tagged."""
    return _tag_runs(trees, texts, ("w:r", "w:t"), _word_language)


def _word_language(run: Any, tag: str) -> None:
    properties = run.find(qn("w:rPr"))
    if properties is None:
        properties = run.makeelement(qn("w:rPr"), {})
        run.insert(0, properties)
    lang = properties.find(qn("w:lang"))
    if lang is None:
        lang = properties.makeelement(qn("w:lang"), {})
        later = [properties.find(qn(name)) for name in _AFTER_LANG]
        after = next((child for child in later if child is not None), None)
        if after is None:
            properties.append(lang)
        else:
            after.addprevious(lang)
    # Chinese, Japanese and Korean characters take the East Asian language; Latin letters w:val
    lang.set(qn("w:eastAsia" if tag.split("-")[0] in ("zh", "ja", "ko") else "w:val"), tag)
