"""Where a word too wide for its box may break: only where its language allows, at a soft hyphen.

A tile or a table cell sets its text smaller until its longest word fits, down to a floor
(powerpoint/fit.py, word_fit.py). A word still wider than its box at the floor ('Wärmepumpen-
heizungsersatzförderbeitrag' in a tile, review V) was broken by LibreOffice and Word at whatever
letter the line ran out ('…ersatzf / örderbeitrag'). Such a word gets a soft hyphen (U+00AD) at
each place its language's hyphenation patterns allow a break (Pyphen: the patterns LibreOffice's
own hyphenation uses, for German, French, Dutch, Swedish, Polish, Italian, Spanish, Portuguese and
English): a renderer breaks it at the last one that fits and prints a hyphen there, and shows none
where it does not break. A language without patterns (Chinese, Japanese, Korean) is left as it is:
its lines are ended between phrases (office/cjk_phrases.py).

A compound of German, Dutch or Swedish breaks at its seam rather than at a syllable where the same
number of lines allows ('Wärmepumpenheizungs- / ersatzförderbeitrag', not '…heizungser- / satz…',
review W): among the breaks the patterns allow, one after a noun's suffix and its linking -s
('-ungs', '-heids', '-nings'), else after a linking -s that follows a consonant ('Arbeits|platz'),
else (German) where the patterns are surest, is preferred. Measured on 145 real compounds
(tests/office/compound_seams.yaml), a word then breaks only at its seams at 65% (de), 65% (nl),
56% (sv) of the widths that part it, from 27%, 31%, 29%; at one of 1,231 worse than before
('Solaran- / lagenbetreiber')."""

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
#: after 'Wä'): a line never ends with two letters and a hyphen, nor starts a word's last line
#: with three ('…programmbud- / get').
_LEFT, _RIGHT = 3, 4
#: The endings of a compound's first part at its seam, per language with closed compounds: a
#: noun's suffix and its linking -s ('Heizungs|ersatz', 'Veiligheids|maatregelen',
#: 'Tävlings|ledare'). Only these languages prefer a seam; the others break as their patterns allow.
_SEAM_ENDINGS = {
    "de": ("ungs", "heits", "keits", "schafts", "ions", "täts", "lings", "ums"),
    "nl": ("ings", "heids", "schaps", "teits", "ers", "ties"),
    "sv": ("nings", "ings", "hets", "tions", "skaps", "tets", "ets", "doms"),
    "da": ("nings", "ings", "heds", "tions", "skabs", "tets", "doms"),
    "nb": ("nings", "ings", "hets", "sjons", "skaps", "tets", "doms"),
}
#: The letters a linking -s follows at a seam ('Arbeits|platz', 'Verkeers|veiligheid',
#: 'Idrotts|förening'): a consonant, not a vowel ('Gebäu|des|a…') nor another s.
_CONSONANTS = frozenset("bcdfghjklmnpqrtvwxzß")
#: The patterns' value (odd: a break) from which a break is one of their surest, read where the
#: patterns were made from a list of compounds (their file has a compound level, 'NEXTLEVEL':
#: German's, from Karl Zeiler's 69,000 words): most often a seam ('Gebäude|energie',
#: 'förder|programm'). Dutch and Swedish patterns set such values at syllables as well.
_SURE = 5
#: A run of letters (no digits, no hyphen of its own): what the patterns hyphenate.
_LETTERS = re.compile(r"[^\W\d_]{6,}")


@cache
def _patterns(locale: str) -> pyphen.Pyphen | None:
    """The hyphenation patterns of the locale's language ('de_CH', then 'de'), None where there are none."""
    name = _language(locale)
    return pyphen.Pyphen(lang=name, left=_LEFT, right=_RIGHT) if name else None


def _language(locale: str) -> str | None:
    """The name of the patterns of the locale's language ('de_CH', then 'de'), None where none."""
    tag = locale.replace("-", "_")
    return pyphen.language_fallback(tag) or pyphen.language_fallback(tag.split("_")[0])


def hyphenated(word: str, locale: str) -> str:
    """`word` with a soft hyphen at each place its language allows a line to break it
    ('Wär\u00admepum\u00adpen…'); as it is where the language has no patterns, or where it has
    soft hyphens already."""
    patterns = _patterns(locale)
    if patterns is None or SOFT_HYPHEN in word:
        return word
    return _LETTERS.sub(lambda m: patterns.inserted(m[0], hyphen=SOFT_HYPHEN), word)


@cache
def _breaks(word: str, locale: str) -> tuple[tuple[int, int], ...]:
    """(place, weight) of each break the locale's language allows in `word` (none where it has
    soft hyphens already), with four letters on each side: the weight 4 after a seam's ending
    (_SEAM_ENDINGS), 2 after a linking -s that follows a consonant, 1 where patterns made from
    compounds are surest (_SURE); 0 in a language without seams."""
    patterns = _patterns(locale)
    if patterns is None or SOFT_HYPHEN in word:
        return ()
    endings = _SEAM_ENDINGS.get(locale.replace("-", "_").split("_")[0].lower())
    found = []
    for run in _LETTERS.finditer(word):
        letters = run[0]
        values = _values(patterns, letters) if endings and _of_compounds(locale) else []
        for at in map(int, patterns.positions(letters)):
            left, weight = letters[:at].lower(), 0
            if endings and 4 <= at <= len(letters) - 4:
                linking = left.endswith("s") and left[-2] in _CONSONANTS
                sure = bool(values) and values[at] >= _SURE
                weight = 4 * left.endswith(endings) + 2 * linking + sure
            found.append((run.start() + at, weight))
    return tuple(found)


def _values(patterns: pyphen.Pyphen, letters: str) -> list[int]:
    """The patterns' value before each letter of `letters` (Liang's: odd a break, the higher the
    surer), which Pyphen's positions keep only the oddness of."""
    table, longest = patterns.hd.patterns, patterns.hd.maxlen
    dotted = f".{letters.lower()}."
    values = [0] * (len(dotted) + 1)
    for i in range(len(dotted) - 1):
        for j in range(i + 1, min(i + longest, len(dotted)) + 1):
            if (found := table.get(dotted[i:j])) is not None:
                offset, weights = found
                for k, value in enumerate(weights, i + offset):
                    values[k] = max(values[k], value)
    return values[1:]


@cache
def _of_compounds(locale: str) -> bool:
    """Whether the locale's patterns were made from a list of compounds: their file has a
    compound level ('NEXTLEVEL', libhyphen's), which Pyphen reads as one level with the rest."""
    path = pyphen.LANGUAGES.get(_language(locale) or "")
    return path is not None and b"\nNEXTLEVEL" in path.read_bytes()


def _lines(
    word: str, breaks: tuple[tuple[int, int], ...], width: Callable[[str], float], room: float
) -> list[int] | None:
    """Where `word`, wider than `room`, breaks: the fewest lines (each with its hyphen within
    `room`), then the most weight of seams, then each line as full as it holds (as a renderer
    fills it); None where a piece between two breaks is wider than `room`."""
    weight = dict(breaks)
    best: dict[int, tuple[int, int, tuple[int, ...]]] = {}
    for start in sorted({0, *weight}, reverse=True):
        options = [(0, 0, -len(word), ())] if width(word[start:]) <= room else []
        for end in weight:
            if end > start and end in best and width(word[start:end] + "-") <= room:
                lines, lost, rest = best[end]
                options.append((lines + 1, lost - weight[end], -end, (end, *rest)))
        if options:
            lines, lost, _, ends = min(options)
            best[start] = (lines, lost, ends)
    return list(best[0][2]) if 0 in best else None


@cache
def can_hyphenate(locale: str) -> bool:
    """Whether the locale's language has hyphenation patterns (named, not read: 4 MiB for en_GB)."""
    return _language(locale) is not None


def hyphenate_wide(text: str, locale: str, width: Callable[[str], float], room: float) -> str:
    """`text` with each of its words (between spaces) wider than `room` (by `width`) given a soft
    hyphen where it breaks, its seams preferred (`_lines`: a renderer breaks at the last soft
    hyphen that fits, a syllable), or at each break its language allows where no seam is known
    (the renderer fills each line by its own widths) or a piece is wider than `room` anyway; not
    a number with the words tied to it ('86.5\u00a0Millionen'), which its fit unties instead."""

    def soft(word: str) -> str:
        breaks = _breaks(word, locale)
        ends = _lines(word, breaks, width, room)
        if ends is None or not any(dict(breaks)[end] for end in ends):  # no seam: each line full
            return hyphenated(word, locale)
        return SOFT_HYPHEN.join(word[a:b] for a, b in zip([0, *ends], [*ends, len(word)], strict=True))

    parts = re.split(r"( +)", text)
    return "".join(
        soft(p) if p.strip() and _PLAIN_WORD.fullmatch(p) and width(p) > room else p for p in parts
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
        ends = _lines(word, _breaks(word, locale), width, room)
        if ends is not None:  # each line within room: the seams preferred
            return LINE_HYPHEN.join(word[a:b] for a, b in zip([0, *ends], [*ends, len(word)], strict=True))
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
