"""A qualifier written into a value ('nesten 14,2 millioner', 'près de 2 300', '4万人近く',
'9.000’den fazla'), read as the `qualifier:` it means, for validate's hint: 'nesten 14,2 millioner
kroner' got only 'expected a number' (review OO2), where the hint names the field to write.

The words are the ones reportgen prints for each qualifier (data/phrases.py) and the ones editors
write (data/editor_qualifiers.py), in the event's language first; a word that means two
qualifiers in that language ('circa' in Italian editors' lists) is read by reportgen's own phrase
or not at all. Another language's word is read only where every language means one thing by it.
"""

from __future__ import annotations

import re
from functools import cache

from reportgen.data.editor_qualifiers import INFIX, SAME
from reportgen.data.model import Qualifier
from reportgen.data.phrases import PHRASES

#: A Turkish case ending on a number before its qualifier ('9.000’den fazla', '500’e kadar').
_SUFFIX = re.compile(r"['’][^\W\d_]+$")
#: A Turkish scale word with the case ending its qualifier asks for ('4,7 milyondan fazla').
_TURKISH_SCALE_CASE = re.compile(
    r"\b(milyon|milyar|trilyon|bin)(?:dan|den|tan|ten|ya|ye|a|e)$", re.IGNORECASE
)


def _key(locale: str) -> str:
    """The PHRASES key of a locale: 'zh_Hant' for Traditional Chinese, else its language."""
    parts = locale.replace("-", "_").split("_")
    if parts[0] == "zh" and ("Hant" in parts or {"TW", "HK", "MO"} & set(parts)):
        return "zh_Hant"
    return parts[0]


@cache
def _table(lang: str) -> dict[tuple[str, str], str]:
    """(word, 'before' or 'after') -> the qualifier's name, for one language's words."""
    found: dict[tuple[str, str], set[str]] = {}
    phrases = PHRASES.get(lang)
    own: dict[tuple[str, str], str] = {}
    if phrases is not None:
        for qualifier, phrase in phrases.qualifiers.items():
            if qualifier is Qualifier.exactly:
                continue
            before, _, after = phrase.partition("{}")
            if before.strip():
                own[(before.strip().casefold(), "before")] = qualifier.value
            if after.strip() and not after.strip().startswith("-"):
                own[(after.strip().casefold(), "after")] = qualifier.value
            elif after.strip().startswith("-"):  # Turkish '{}-DAn fazla': the word after the ending
                own[(after.strip().split()[-1].casefold(), "after")] = qualifier.value
    for (language, qualifier), words in SAME.items():
        if language != lang.split("_")[0]:
            continue
        for word in words:  # an editor's word, before or after the number ('約', '程度')
            for place in ("before", "after"):
                found.setdefault((word.strip().casefold(), place), set()).add(qualifier)
    table = {key: next(iter(names)) for key, names in found.items() if len(names) == 1}
    return table | own


@cache
def _everywhere() -> dict[tuple[str, str], str]:
    """Words every language that has them reads as one qualifier ('nesten', 'près de', 'over')."""
    seen: dict[tuple[str, str], set[str]] = {}
    for lang in PHRASES:
        for key, name in _table(lang).items():
            seen.setdefault(key, set()).add(name)
    return {key: next(iter(names)) for key, names in seen.items() if len(names) == 1}


def split(text: str, locale: str) -> tuple[str, str]:
    """`text` without the qualifier written before or after its number, and that qualifier's name
    ('nearly'); (text, '') where it has none."""
    plain = text.strip()
    folded = plain.casefold()
    for table in (_table(_key(locale)), _everywhere()):
        for (word, place), name in sorted(table.items(), key=lambda item: -len(item[0][0])):
            if not (folded.startswith(word) if place == "before" else folded.endswith(word)):
                continue  # the regular expressions below only where the word may be there
            gap = r"\s*" if ord(word[0]) > 0x2E80 else r"\s+"  # Chinese, Japanese, Korean: or none
            if place == "before":
                found = re.match(rf"{re.escape(word)}{gap}(?=[^\s\d]{{0,4}}\s?\d)", plain, re.IGNORECASE)
                if found:
                    return plain[found.end() :].strip(), name
            else:
                found = re.search(rf"(?<=\d)(.*?){gap}{re.escape(word)}$", plain, re.IGNORECASE)
                if found:
                    rest = plain[: found.start(1)] + found.group(1)
                    return _TURKISH_SCALE_CASE.sub(r"\1", _SUFFIX.sub("", rest.rstrip())), name
    return _infix(plain)


#: The digits and scale words an infix qualifier follows ('1,850여', '2만여', '1.2万多').
_NUMBER_END = "0-9万萬億亿千百만억천조"


def _infix(text: str) -> tuple[str, str]:
    """`text` without a qualifier written tight between its number and its counter or unit
    ('1,850여 명' is 'more than 1,850 명'), as a language writes one there (`INFIX`), whatever the
    file's locale: each mark is of its own script, so it says the same in any file (review XX1: an
    event of another language whose hint took '여 명' for the unit)."""
    for (_, name), marks in INFIX.items():
        for mark in marks:
            found = re.search(rf"(?<=[{_NUMBER_END}]){re.escape(mark)}(?=\s*[^\d\s]*$)", text)
            if found:
                return (text[: found.start()] + text[found.end() :]).strip(), name
    return text, ""
