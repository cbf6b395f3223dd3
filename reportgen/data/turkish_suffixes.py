"""Turkish case endings after a number or a word, as the number is SPOKEN (vowel harmony and the
hardening of d after a voiceless consonant): '9.000'den' (bin), '320'den' (yirmi), '%41'den'
(bir), '4'ten' (dört), '60'tan' (altmış), '2,5'ten' (beş), '38 milyondan', '38 milyon dolardan',
'2,5 milyon TL'den' (te-le), 'İstanbul'da', 'Paris'te'.

An ending is written in the notation of Turkish grammars: D is d or t, A is a or e, and y joins
a vowel to a vowel ('2'ye', 'stüdyoya'). A pattern in `phrases.py` carries it after its amount
('{}-DAn fazla'), and `attach` puts the right ending there.
"""

from __future__ import annotations

import re

#: The endings the phrase tables use: ablative ('-den fazla', more than; '-den az', less than),
#: dative ('-e kadar', up to), locative ('-de', in a place).
ABLATIVE = "-DAn"
DATIVE = "-A"
LOCATIVE = "-DA"
ENDINGS = (ABLATIVE, LOCATIVE, DATIVE)  # longest first: '-DAn' begins with '-DA'

_BACK = frozenset("aıou")
_FRONT = frozenset("eiöü")
_VOWELS = _BACK | _FRONT | frozenset("âîû")
_VOICELESS = frozenset("fstkçşhp")  # 'fıstıkçı şahap': the consonants after which d is t

_ONES = ("", "bir", "iki", "üç", "dört", "beş", "altı", "yedi", "sekiz", "dokuz")
_TENS = ("", "on", "yirmi", "otuz", "kırk", "elli", "altmış", "yetmiş", "seksen", "doksan")
_SCALES = ("bin", "milyon", "milyar", "trilyon", "katrilyon")

#: How an abbreviation is read: letter by letter, each letter by its Turkish name ('TL': te-le).
_LETTERS = {
    "A": "a", "B": "be", "C": "ce", "Ç": "çe", "D": "de", "E": "e", "F": "fe", "G": "ge",
    "Ğ": "ge", "H": "he", "I": "ı", "İ": "i", "J": "je", "K": "ke", "L": "le", "M": "me",
    "N": "ne", "O": "o", "Ö": "ö", "P": "pe", "Q": "ku", "R": "re", "S": "se", "Ş": "şe",
    "T": "te", "U": "u", "Ü": "ü", "V": "ve", "W": "çift ve", "X": "iks", "Y": "ye", "Z": "ze",
}  # fmt: skip

#: Unit symbols as they are read ('50 m²'den': metrekare).
_SYMBOLS = {
    "%": "yüzde", "‰": "binde", "m²": "metrekare", "km²": "kilometrekare", "m": "metre",
    "km": "kilometre", "ha": "hektar", "kg": "kilogram", "t": "ton", "MW": "megavat",
    "GW": "gigavat", "kWh": "kilovatsaat", "h": "saat",
}  # fmt: skip


def spoken_last_word(digits: str) -> str:
    """The last word of a whole number as it is spoken: '9000' bin, '320' yirmi, '41' bir,
    '2400' yüz (iki bin dört yüz), '38000000' milyon, '0' sıfır."""
    number = int(digits)
    if number == 0:
        return "sıfır"
    if number % 10:
        return _ONES[number % 10]
    if number % 100:
        return _TENS[number % 100 // 10]
    if number % 1000:
        return "yüz"
    scale = 0
    while number % 1000 == 0:
        number //= 1000
        scale += 1
    return _SCALES[min(scale, len(_SCALES)) - 1]


_NUMBER_END = re.compile(r"(\d[\d.\u00a0\u202f ]*)(?:,(\d+))?\s*$")


def _spoken_end(text: str) -> tuple[str, bool]:
    """The sound the ending follows, and whether an apostrophe parts them (after digits, an
    abbreviation or a proper name; never after a word of the language: 'milyondan')."""
    stripped = text.rstrip()
    for symbol in sorted(_SYMBOLS, key=len, reverse=True):
        if stripped.endswith(symbol) and symbol != "%":
            before = stripped[: -len(symbol)]
            if not before[-1:].isalpha():  # '50 m²', not the word 'bakım' ending in 'm'
                return _SYMBOLS[symbol], True
    found = _NUMBER_END.search(stripped)
    if found:
        whole, fraction = found.group(1), found.group(2)
        if fraction:  # '2,5': iki virgül beş
            return spoken_last_word(fraction), True
        return spoken_last_word(re.sub(r"\D", "", whole)), True
    word = re.split(r"[\s\u00a0\u202f]", stripped)[-1]
    if len(word) > 1 and word.isupper():  # 'TL', 'USD': each letter by its name
        return _LETTERS.get(word[-1], word[-1].lower()), True
    return word, word[:1].isupper()


def _lower(text: str) -> str:
    return text.replace("I", "ı").replace("İ", "i").lower()


def suffix(text: str, ending: str) -> str:
    """The ending `ending` (ABLATIVE, DATIVE or LOCATIVE) as it is written after `text`, with its
    apostrophe where one parts them: suffix('9.000', ABLATIVE) is "'den", suffix('38 milyon',
    ABLATIVE) is 'dan', suffix('İstanbul', LOCATIVE) is "'da"."""
    sound, apostrophe = _spoken_end(text)
    sound = _lower(sound)
    last_vowel = next((c for c in reversed(sound) if c in _VOWELS), "e")
    back = last_vowel in _BACK or last_vowel in "âû"
    a = "a" if back else "e"
    last = sound[-1:] or "e"
    d = "t" if last in _VOICELESS else "d"
    if ending == ABLATIVE:
        written = f"{d}{a}n"
    elif ending == LOCATIVE:
        written = f"{d}{a}"
    elif ending == DATIVE:
        written = f"y{a}" if last in _VOWELS else a
    else:
        raise ValueError(f"no Turkish ending {ending!r}")
    return ("\u2019" if apostrophe else "") + written


def attach(after: str, amount: str) -> str:
    """`after`, the words a pattern sets after its amount ('-DAn fazla'), with its ending written
    for `amount`: "'den fazla" after '9.000'. Words without an ending are returned as they are."""
    for ending in ENDINGS:
        if after.startswith(ending):
            return suffix(amount, ending) + after[len(ending) :]
    return after


def has_ending(after: str) -> bool:
    """Whether `after` begins with an ending `attach` writes."""
    return after.startswith(ENDINGS)


def bare(after: str) -> str:
    """`after` without its ending ('-DAn fazla' -> 'fazla'): the qualifier's own words."""
    for ending in ENDINGS:
        if after.startswith(ending):
            return after[len(ending) :].strip()
    return after
