"""Whether a figure's label names its unit already ('Renowned guests' counts guests), so the unit
is not printed twice."""

from __future__ import annotations

import re

from reportgen.data import inflection
from reportgen.data.phrases import is_cjk as phrases_cjk
from reportgen.data.phrases import is_cjk_measure


def _singular(word: str) -> str:
    for plural, singular in (("ies", "y"), ("ses", "s"), ("s", "")):
        if word.endswith(plural) and len(word) > len(plural) + 1:
            return word[: -len(plural)] + singular
    return word


def _words(text: str) -> list[str]:
    return [_singular(w) for w in re.findall(r"\w+", text.casefold())]


#: An abbreviation as a unit: one word of 2 to 6 letters, two of them capitals, perhaps a plural's
#: 's' after ('MoUs', 'KMU', 'PME', 'SMEs').
_ABBREVIATION = re.compile(r"^(?=(?:[^\W\d_]*[^\W\d_a-z]){2})[^\W\d_]{2,6}$")
#: A word an abbreviation may leave out of its letters ('und' of 'KMU'): this short, in lower case.
_SKIPPABLE = 3


def _spells_out(label: str, unit: str) -> bool:
    """Whether the label spells out the unit, an abbreviation: its letters the initials of words
    of the label in a row, short lower-case words between them left out or not ('MoUs' of
    'Memoranda of understanding signed', 'KMU' of 'kleine und mittlere Unternehmen')."""
    if not _ABBREVIATION.match(unit):
        return False
    letters = unit.casefold()
    plural = unit[-1] == "s" and unit[:-1] != unit[:-1].lower()
    words = re.findall(r"[^\W\d_]\S*", label)  # 'medium-sized' one word: its initial

    def spelt(i: int, rest: str) -> bool:
        if not rest:
            return True
        if i >= len(words):
            return False
        word = words[i]
        taken = word[0].casefold() == rest[0] and spelt(i + 1, rest[1:])
        short = len(word) <= _SKIPPABLE and word.isalpha() and word.islower()
        return taken or (short and spelt(i + 1, rest))

    wanted = (letters, letters[:-1]) if plural else (letters,)
    return any(spelt(start, w) for w in wanted for start in range(len(words)) if len(w) >= 2)


#: The languages that write a noun and what it counts as one word ('Deltasteden', 'Vänorter').
_COMPOUNDING = frozenset({"de", "nl", "sv", "da", "nb"})
#: The fewest letters a compound's last part has to count as the unit ('orter', 'Städte').
_COMPOUND_TAIL = 4


def _compounds(locale: str) -> bool:
    return re.split(r"[_-]", locale)[0].casefold() in _COMPOUNDING


def _names_unit(label: str, unit: str | None, locale: str = "en") -> bool:
    """Whether the unit's words stand together in the label, singular or plural alike, or in
    another case or gender ('Wystawcy' of 'wystawców': data/inflection.py)."""
    if not unit:
        return False
    if inflection.names_unit(label, unit, locale) or _spells_out(label, unit):
        return True
    if is_cjk_measure(unit):  # '制限時間' is a time, not its hours: '制限時間は6時間'
        return False
    # '观众人次' counts 人次; a one-character counter (社, 家, 个) is printed even after a label
    # that ends with it: '出展社は3,400社以上', never '3,400以上'
    if len(unit) > 1 and all(phrases_cjk(c) for c in unit) and label.endswith(unit):
        return True
    if all(phrases_cjk(c) for c in unit):
        return False
    last = (label.split() or [""])[-1].casefold()
    # a German compound ends with what it counts: 'Kongressteilnehmer' counts Teilnehmer
    if " " not in unit and len(unit) >= 5 and unit.isalpha() and last.endswith(unit.casefold()):
        return True
    # in a language that writes compounds, any word of the label may: 'Deltasteden die het
    # Deltapact ondertekenden' counts steden (review II: '28 / steden / Deltasteden …')
    compound = _compounds(locale) and " " not in unit and len(unit) >= _COMPOUND_TAIL and unit.isalpha()
    if compound and any(w.endswith(unit.casefold()) for w in re.findall(r"\w+", label.casefold())):
        return True
    label_words, unit_words = _words(label), _words(unit)
    if not unit_words:
        return False
    n = len(unit_words)
    return any(label_words[i : i + n] == unit_words for i in range(len(label_words) - n + 1))
