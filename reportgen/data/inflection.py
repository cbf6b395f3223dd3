"""Whether two words are one word in two of its forms, in the languages whose nouns and adjectives
change by case, number or gender (review Q): a Polish tile printed '1240 / wystawców / Wystawcy',
the unit in the genitive its number takes and the label in the nominative; a Spanish one '1450 /
expositores / Empresas expositoras'.

Conservative by design: a word's stems are itself and itself less one of its language's endings
(a closed table per language), at least `_STEM` letters long; two words are one where a stem of
each is the same, or the same but for a last consonant the language alternates before an ending
('uczestnik' of 'uczestników', 'uczestnic' of 'uczestnicy'). English and the languages not in the
table compare their words as written (plan/unit_names.py, _names_unit's plural rule covers English).
"""

from __future__ import annotations

import re
from functools import lru_cache

#: The endings of nouns and adjectives by case, number and gender, per language.
_ENDINGS: dict[str, tuple[str, ...]] = {
    "pl": (
        "owie", "ami", "ach", "ych", "ich", "ymi", "imi", "om", "ów", "owi", "ego", "emu",
        "ej", "ie", "y", "i", "e", "a", "ą", "ę", "u", "o",
    ),
    "es": ("es", "as", "os", "a", "o", "e", "s"),
    "pt": ("ões", "es", "as", "os", "a", "o", "e", "s"),
    "it": ("i", "e", "a", "o"),
    # Turkish: the plural and the ending of a noun compound ('İkili iş görüşmesi' of 'görüşme',
    # 'Katılımcıları' of 'katılımcı'); case endings after a number are written on the number
    "tr": ("ları", "leri", "lar", "ler", "sı", "si", "su", "sü", "ı", "i", "u", "ü"),
}  # fmt: skip
#: Last consonants a language alternates before an ending ('uczestnik', 'uczestnicy').
_ALTERNATING = {"pl": (frozenset("kc"), frozenset("łl"))}
#: A stem is at least this long: shorter ones are shared by unrelated words.
_STEM = 4
#: Polish adjectives after a noun, nominative plural to the genitive plural a number takes
#: ('branżowi' → 'branżowych'): only these endings, whose genitive is sure.
_PL_GENITIVE = (("owi", "owych"), ("owe", "owych"), ("czni", "cznych"), ("czne", "cznych"))


def language_of(locale: str) -> str:
    return re.split(r"[_\-]", locale or "en", maxsplit=1)[0].lower()


@lru_cache(maxsize=4096)
def _stems(word: str, lang: str) -> frozenset[str]:
    word = word.casefold()
    stems = {word}
    for ending in _ENDINGS.get(lang, ()):
        if word.endswith(ending) and len(word) - len(ending) >= _STEM:
            stems.add(word[: -len(ending)])
    return frozenset(stems)


def same_word(a: str, b: str, lang: str) -> bool:
    """Whether `a` and `b` are forms of one word in `lang` ('Wystawcy', 'wystawców')."""
    if a.casefold() == b.casefold():
        return True
    ours, theirs = _stems(a, lang), _stems(b, lang)
    if ours & theirs:
        return True
    pairs = _ALTERNATING.get(lang, ())
    return any(
        x[:-1] == y[:-1] and len(x) >= _STEM and frozenset((x[-1], y[-1])) in pairs
        for x in ours
        for y in theirs
    )


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", text)


def names_unit(label: str, unit: str, locale: str) -> bool:
    """Whether every word of the unit is a word of the label in another form ('wystawców' of
    'Wystawcy', 'kupców zagranicznych' of 'Kupcy zagraniczni', 'odwiedzających' of 'Odwiedzający
    branżowi', 'expositores' of 'Empresas expositoras'): a tile prints one of them. Only in the
    languages of the table."""
    lang = language_of(locale)
    if lang not in _ENDINGS:
        return False
    units, labels = _words(unit), _words(label)
    return (
        bool(units)
        and len(units) == len(unit.split())
        and all(any(same_word(u, w, lang) for w in labels) for u in units)
    )


def counted_label(label: str, unit: str, locale: str) -> str:
    """A Polish label as it reads after its number: as written where its noun is the unit as the
    file writes it for that number; else where its words are the unit's in another case and
    adjectives whose genitive is sure: 'kupców zagranicznych' (unit) of 'Kupcy zagraniczni',
    'odwiedzających branżowych' of 'Odwiedzający branżowi' with the unit 'odwiedzających'; '' where
    a word is neither (the sentence then keeps its label)."""
    if language_of(locale) != "pl":
        return ""
    units, out = unit.split(), []
    if units and all(u.casefold() in {w.casefold() for w in label.split()} for u in units):
        # the label's noun is the unit as written, in the case its number takes: the label is
        # in that case as a whole ('co najmniej 24 konferencje i seminaria')
        first, _, rest = label.partition(" ")
        return " ".join(
            (first[:1].lower() + first[1:] if first[1:] == first[1:].lower() else first, rest)
        ).strip()
    for word in label.split():
        match = next((u for u in units if same_word(u, word, "pl")), None)
        if match is not None:
            out.append(match)
            continue
        ending = next(((a, b) for a, b in _PL_GENITIVE if word.casefold().endswith(a)), None)
        if ending is None or not word.isalpha():
            return ""
        out.append(word.casefold()[: -len(ending[0])] + ending[1])
    return " ".join(out) if any(w in units for w in out) else ""
