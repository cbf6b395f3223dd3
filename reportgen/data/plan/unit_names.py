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


def _names_unit(label: str, unit: str | None, locale: str = "en") -> bool:
    """Whether the unit's words stand together in the label, singular or plural alike, or in
    another case or gender ('Wystawcy' of 'wystawców': data/inflection.py)."""
    if not unit:
        return False
    if inflection.names_unit(label, unit, locale):
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
    label_words, unit_words = _words(label), _words(unit)
    if not unit_words:
        return False
    n = len(unit_words)
    return any(label_words[i : i + n] == unit_words for i in range(len(label_words) - n + 1))
