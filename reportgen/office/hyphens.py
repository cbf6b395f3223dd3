"""Where a word too wide for its box may break: only where its language allows, at a soft hyphen.

A tile or a table cell sets its text smaller until its longest word fits, down to a floor
(powerpoint/fit.py, word_fit.py). A word still wider than its box at the floor ('Wärmepumpen-
heizungsersatzförderbeitrag' in a tile, review V) was broken by LibreOffice and Word at whatever
letter the line ran out ('…ersatzf / örderbeitrag'). Such a word gets a soft hyphen (U+00AD) at
each place its language's hyphenation patterns allow a break (Pyphen: the patterns LibreOffice's
own hyphenation uses, for German, French, Dutch, Swedish, Polish, Italian, Spanish, Portuguese and
English): a renderer breaks it at the last one that fits and prints a hyphen there, and shows none
where it does not break. A language without patterns (Chinese, Japanese, Korean) is left as it is:
its lines are ended between phrases (office/cjk_phrases.py)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

import pyphen

SOFT_HYPHEN = "\u00ad"
#: A hyphen a slide's word is broken at: printed, then a zero-width space a line breaks at.
#: LibreOffice's slides break a line at a soft hyphen but print no hyphen there (its paragraphs
#: hyphenate only where hyphenation is on, which a PPTX cannot say): a slide's word is given
#: its breaks, measured, as a Word or Writer paragraph is given soft hyphens.
LINE_HYPHEN = "-\u200b"
#: The least letters a hyphenated part keeps before and after a break ('Wär-me' is not split
#: after 'Wä'): a line never ends with two letters and a hyphen, nor starts with two.
_LEFT, _RIGHT = 3, 3
#: A run of letters (no digits, no hyphen of its own): what the patterns hyphenate.
_LETTERS = re.compile(r"[^\W\d_]{6,}")


@cache
def _patterns(locale: str) -> pyphen.Pyphen | None:
    """The hyphenation patterns of the locale's language ('de_CH', then 'de'), None where there are none."""
    tag = locale.replace("-", "_")
    name = pyphen.language_fallback(tag) or pyphen.language_fallback(tag.split("_")[0])
    return pyphen.Pyphen(lang=name, left=_LEFT, right=_RIGHT) if name else None


def hyphenated(word: str, locale: str) -> str:
    """`word` with a soft hyphen at each place its language allows a line to break it
    ('Wär\u00admepum\u00adpen…'); as it is where the language has no patterns, or where it has
    soft hyphens already."""
    patterns = _patterns(locale)
    if patterns is None or SOFT_HYPHEN in word:
        return word
    return _LETTERS.sub(lambda m: patterns.inserted(m[0], hyphen=SOFT_HYPHEN), word)


def can_hyphenate(locale: str) -> bool:
    """Whether the locale's language has hyphenation patterns."""
    return _patterns(locale) is not None


def hyphenate_wide(text: str, locale: str, width: Callable[[str], float], room: float) -> str:
    """`text` with each of its words (between spaces) wider than `room` (by `width`) hyphenated;
    not a number with the words tied to it ('86.5\u00a0Millionen'), which its fit unties instead."""
    parts = re.split(r"( +)", text)
    return "".join(
        hyphenated(p, locale) if p.strip() and _PLAIN_WORD.fullmatch(p) and width(p) > room else p
        for p in parts
    )


#: A word of letters (its parts maybe joined by hyphens, marks before and after it): never a
#: number with the words tied to it ('86.5\u00a0Millionen', which its fit unties instead), nor an
#: address ('https://…', 'presse@…'), which a hyphen would change.
_PLAIN_WORD = re.compile(r"[^\w\s]*[^\W\d_]+(?:[-\u2011][^\W\d_]+)*[^\w\s/@:.]*[.,;:!?]?")


def hyphenate_lines(text: str, locale: str, width: Callable[[str], float], room: float) -> str:
    """`text` with each word wider than `room` (by `width`) broken at the places its language
    allows, each line of it as full as `room` holds, by a printed hyphen and a break
    (LINE_HYPHEN): 'Wärmepumpenheizungsersatz-\u200bförderbeitrag'. A word of a language without
    patterns, or a number with its tied words, is left as it is."""

    def broken(word: str) -> str:
        parts = hyphenated(word, locale).split(SOFT_HYPHEN)
        lines, line = [], parts[0]
        for part in parts[1:]:
            if width(line + part + "-") <= room:
                line += part
            else:
                lines.append(line)
                line = part
        return LINE_HYPHEN.join([*lines, line])

    parts = re.split(r"( +)", text)
    return "".join(
        broken(p) if p.strip() and _PLAIN_WORD.fullmatch(p) and width(p) > room else p for p in parts
    )
