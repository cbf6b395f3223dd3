"""The small whole numbers a sentence writes as words ('Siete empresas …', 'Twelve local
businesses …', '일곱 개 …') or as digits: what `titles` reads to find a clause that says a number
the sentence has said already ('Siete empresas cerraron su ronda semilla el mismo día, con 7 rondas
en total', review O).

Only the numbers an editor spells out (one to twenty) in the languages we write sentences for;
larger ones are written in digits, which `numbers` reads too.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: One to twenty in each language we write sentences for, and the forms a noun's gender or case
#: gives them ('una', 'eine', 'einen', 'uma', 'één'). Lower case.
_WORDS: dict[int, tuple[str, ...]] = {
    1: ("one", "eins", "eine", "einen", "einem", "ein", "un", "une", "uno", "una", "um", "uma", "één"),
    2: ("two", "zwei", "deux", "dos", "due", "dois", "duas", "twee"),
    3: ("three", "drei", "trois", "tres", "tre", "três", "drie"),
    4: ("four", "vier", "quatre", "cuatro", "quattro", "quatro"),
    5: ("five", "fünf", "cinq", "cinco", "cinque", "vijf"),
    6: ("six", "sechs", "seis", "sei", "zes"),
    7: ("seven", "sieben", "sept", "siete", "sette", "sete", "zeven"),
    8: ("eight", "acht", "huit", "ocho", "otto", "oito"),
    9: ("nine", "neun", "neuf", "nueve", "nove", "negen"),
    10: ("ten", "zehn", "dix", "diez", "dieci", "dez", "tien"),
    11: ("eleven", "elf", "onze", "undici"),  # not "once": an English word too
    12: ("twelve", "zwölf", "douze", "doce", "dodici", "doze", "twaalf"),
    13: ("thirteen", "dreizehn", "treize", "trece", "tredici", "treze", "dertien"),
    14: ("fourteen", "vierzehn", "quatorze", "catorce", "quattordici", "catorze", "veertien"),
    15: ("fifteen", "fünfzehn", "quinze", "quince", "quindici", "vijftien"),
    16: ("sixteen", "sechzehn", "seize", "dieciséis", "sedici", "dezesseis", "zestien"),
    17: ("seventeen", "siebzehn", "dix-sept", "diecisiete", "diciassette", "dezessete", "zeventien"),
    18: ("eighteen", "achtzehn", "dix-huit", "dieciocho", "diciotto", "dezoito", "achttien"),
    19: ("nineteen", "neunzehn", "dix-neuf", "diecinueve", "diciannove", "dezenove", "negentien"),
    20: ("twenty", "zwanzig", "vingt", "veinte", "venti", "vinte", "twintig"),
}
#: Korean's native counting words, standing before a counter ('일곱 개', '세 곳'). Not Chinese or
#: Japanese numerals: inside text without spaces '四' is also the start of '四萬' (40,000).
_WIDE: dict[int, tuple[str, ...]] = {
    1: ("한",), 2: ("두",), 3: ("세",), 4: ("네",), 5: ("다섯",),
    6: ("여섯",), 7: ("일곱",), 8: ("여덟",), 9: ("아홉",), 10: ("열",),
}  # fmt: skip
_NUMBER = re.compile(r"\d+(?:[.,  ]\d{3})*(?:[.,]\d+)?")


def numbers(text: str) -> frozenset[float]:
    """The numbers `text` writes: in digits ('7', '1.340', '1,340', '4 000') and, one to twenty,
    in words ('siete', 'Twelve', '일곱')."""
    return _numbers(text)


@lru_cache(maxsize=2048)
def _numbers(text: str) -> frozenset[float]:
    found: set[float] = set()
    for match in _NUMBER.finditer(text):
        found |= _readings(match.group())
    words = set(re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)?", text.casefold()))
    found |= {float(n) for n, forms in _WORDS.items() if words & set(forms)}
    found |= {float(n) for n, forms in _WIDE.items() if any(_wide_word(text, form) for form in forms)}
    return frozenset(found)


def _wide_word(text: str, form: str) -> bool:
    """A Korean counting word stands as a word of its own, before a counter ('일곱 개')."""
    return re.search(rf"(?<!\w){form}(?=\s)", text) is not None


def _readings(token: str) -> set[float]:
    """The values a run of digits may stand for: '1.340' is 1340 or 1.34 by the locale."""
    plain = token.replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    out = set()
    for group, point in ((",", "."), (".", ",")):
        try:
            out.add(float(plain.replace(group, "").replace(point, ".")))
        except ValueError:
            continue
    return out
