"""A figure's breakdown as an editor writes it (issue 19, review O): never 'Label (a: x, b: y)'.

The Vienna congress printed "Teilnehmende (Vor Ort in Wien: 1.650, Online zugeschaltet: 750)", a
form's fields rather than a sentence. An editor writes the parts after the whole, with the
language's word for "of which" ('davon', 'dont', 'di cui', 'うち', '其中', '이 중'): "2.400
Teilnehmende, davon 1.650 vor Ort in Wien und 750 online zugeschaltet".

A part's label reads after its number where it names what the whole counts ('Domestic exhibitors'
of 'Exhibitors': 'more than 700 domestic exhibitors', as a figure's own sentence sets its label)
or opens with a word of the closed list below (a preposition or an adverb: 'Vor Ort in Wien',
'Online', 'En ligne'), in small letters; any other label may be a name ('Spain', 'Gran premio'),
whose capital a sentence must keep: it follows its number in brackets ('1 millón de pesos (Gran
premio)'). In
Chinese, Japanese and Korean the label comes first, as those languages name a part before its
amount ('うち会場販売が8億3000万円以上').
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reportgen.data import sentences

#: "of which" after a whole's sentence (', davon …'), by language.
_OF_WHICH = {
    "en": "of which",
    "de": "davon",
    "fr": "dont",
    "es": "de los cuales",
    "it": "di cui",
    "pt": "dos quais",
    "nl": "waarvan",
}

#: Words a label may open with that a sentence writes in small letters after a number: the
#: prepositions and adverbs of place and manner a breakdown's labels use ('Vor Ort in Wien',
#: 'Online zugeschaltet', 'En ligne', 'Por internet'). A closed list: any other word may be a name.
_SMALL_OPENERS = {
    "en": ("on", "online", "in", "at", "by", "from", "via", "over", "under", "outside", "inside", "abroad"),
    "de": (
        "vor", "online", "im", "in", "auf", "aus", "mit", "ohne", "über", "unter", "bei", "nach",
        "von", "per", "außerhalb", "innerhalb", "zu", "am", "ab", "digital",
    ),
    "fr": ("en", "sur", "par", "à", "au", "aux", "dans", "hors", "depuis", "via", "online"),
    "es": ("en", "por", "desde", "a", "al", "fuera", "vía", "online"),
    "it": ("in", "su", "per", "a", "al", "da", "dal", "fuori", "online", "via"),
    "pt": ("em", "no", "na", "nos", "nas", "por", "a", "ao", "fora", "via", "online"),
    "nl": ("op", "in", "via", "online", "ter", "bij", "buiten", "met"),
}  # fmt: skip


def _stems(text: str) -> set[str]:
    return {re.sub(r"(?<=...)(?:ies|es|s|n|e)$", "", w) for w in re.findall(r"\w+", text.casefold())}


def _part(label: str, text: str, lang: str, counted: str) -> str:
    """One part after the "of which" word: its amount, then its label as the language reads it."""
    label = label.strip()
    words = label.split()
    if lang in _OF_WHICH and len(words) > 1 and _stems(words[-1]) <= _stems(counted):
        # it names what the whole counts: the label reads after its number as a figure's does
        after = sentences.german_label(label) if lang == "de" else sentences.lower_first(label, frozenset())
        return f"{text} {after}"
    first, _, rest = label.partition(" ")
    if lang == "ja":
        return f"{label}が{text}"
    if lang == "zh":
        return f"{label}{text}"
    if lang == "ko":
        return f"{label} {text}"
    if first.casefold() in _SMALL_OPENERS.get(lang, ()) and first[1:] == first[1:].lower():
        return f"{text} {first.lower()}{' ' + rest if rest else ''}"
    return f"{text} ({label})"


def _listed(parts: Sequence[tuple[str, str]], lang: str, locale: str, counted: str) -> str:
    said = [_part(label, text, lang, counted) for label, text in parts]
    if lang in ("ja", "zh"):
        return ("、" if lang == "ja" else "，").join(said)
    if lang == "ko":
        return ", ".join(said)
    return sentences.listing(said, locale)


def clause(parts: Sequence[tuple[str, str]], locale: str, counted: str = "") -> str:
    """What follows the whole's sentence: ', davon 1.650 vor Ort in Wien und 750 online
    zugeschaltet', '、うち会場販売が…、オンライン販売が…'; '' for no parts. `counted`: what the
    whole counts, its unit (what its parts' labels may name)."""
    if not parts:
        return ""
    lang = sentences.language(locale)
    listed = _listed(parts, lang, locale, counted)
    if lang == "ja":
        return f"、うち{listed}"
    if lang == "zh":
        return f"，其中{listed}"
    if lang == "ko":
        return f", 이 중 {listed}"
    return f", {_OF_WHICH.get(lang, _OF_WHICH['en'])} {listed}"


def alone(label: str, parts: Sequence[tuple[str, str]], locale: str, counted: str = "") -> str:
    """The parts of a whole printed elsewhere (the first page prints its amount), named by the
    whole's label: 'Teilnehmende, davon 1.650 vor Ort in Wien und 750 online zugeschaltet',
    'グッズ売上のうち、会場販売が…', '文旅收入中，…'."""
    if not parts:
        return label
    lang = sentences.language(locale)
    listed = _listed(parts, lang, locale, counted)
    if lang == "ja":
        return f"{label}のうち、{listed}"
    if lang == "zh":
        return f"{label}中，{listed}"
    if lang == "ko":
        return f"{label} 중 {listed}"
    return f"{label}{clause(parts, locale, counted)}"
