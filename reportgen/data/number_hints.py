"""What to write instead of a number as the press writes it: '48’750', '18500 crore', '385億',
'1.2 million' and '€500' are not numbers to the data file, which takes digits alone (a currency,
unit or qualifier has its own field). `hint` reads such a text the way its writer meant it, where
that is certain, so that validate's error can say "write 18500000000" instead of only refusing.
A text it cannot read for certain ('1,234' is a thousand and more in London, one and a bit in
Berlin) gets the rule without a number."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import cache

from babel import Locale, UnknownLocaleError
from babel.numbers import get_decimal_symbol, get_group_symbol

from reportgen.data import currency_signs
from reportgen.lazy_pattern import lazy

#: Scale words as writers put them after a number, with their power of ten (an allow-list: any
#: other word leaves the text unread).
_SCALES = {
    "thousand": 3, "k": 3, "million": 6, "millions": 6, "mio": 6, "mio.": 6, "mn": 6,
    "millionen": 6, "million.": 6, "millones": 6, "milioni": 6, "milhões": 6, "miljoen": 6,
    "miljoner": 6, "milionów": 6, "billion": 9, "billions": 9, "bn": 9, "mrd": 9, "mrd.": 9,
    "milliarden": 9, "milliard": 9, "milliards": 9, "trillion": 12,
    "tys": 3, "tys.": 3, "mln": 6, "mln.": 6, "mld": 9, "mld.": 9,
    "lakh": 5, "lakhs": 5, "crore": 7, "crores": 7,
    # every language's scale words (unit_scales.LATIN_SCALE_WORDS), each at its own power: a
    # Brazilian 'bilhões' is 10**9, a Portuguese 'biliões' and a Spanish 'billones' 10**12
    "thousands": 3, "tsd": 3, "tsd.": 3, "tausend": 3, "mille": 3, "milliers": 3, "mil": 3,
    "mila": 3, "duizend": 3, "tysiąc": 3, "tysięcy": 3, "tusen": 3, "millón": 6, "milione": 6,
    "milhão": 6, "milion": 6, "miliony": 6, "miljon": 6, "milj": 6, "milj.": 6, "mia": 9,
    "mia.": 9, "md": 9, "mds": 9, "milliarde": 9, "miliardo": 9, "miliardi": 9, "bilhão": 9,
    "bilhões": 9, "miljard": 9, "miljarden": 9, "miljarder": 9, "mdr": 9, "mdr.": 9,
    "miliard": 9, "miliardy": 9, "miliardów": 9, "billionen": 12, "billón": 12,
    "billones": 12, "bilião": 12, "biliões": 12,
    "千": 3, "万": 4, "萬": 4, "百万": 6, "億": 8, "亿": 8, "兆": 12, "천": 3, "만": 4, "억": 8, "조": 12,
}  # fmt: skip
_CURRENCY = lazy(r"^(?:[€$£¥₹₩]|[A-Z]{3}\s?|R\$|US\$|HK\$|CHF\s?)|(?:\s?[€$£¥₹₩円元원]|\s[A-Z]{3})$")
#: A number and the scale words after it ('14,2 millioner', '2,5 mil millones', '1億').
_PART = lazy(r"\s*([0-9][0-9'’ \u00a0\u202f.,]*)\s*([^\d\s'’.,][^\d\s]*(?:\s+[^\d\s'’.,][^\d\s]*)*)?")


#: A range as writers put it in one field: '30–40', '30-40 %', '30 to 40', '30～40'.
_RANGE = re.compile(
    r"^\s*([0-9][0-9.,]*)\s*%?\s*(?:[-\u2010-\u2015~～〜]|to|bis|à|a|al|e|do|tot|till|och|至|到)\s*"
    r"([0-9][0-9.,]*)\s*(%?)\s*$",
    re.IGNORECASE,
)
#: A clock time or a duration ('2:06:18', '14:30', '1:02:03.5').
_TIME = re.compile(r"^\s*\d{1,3}:[0-5]\d(?::[0-5]\d(?:[.,]\d+)?)?\s*$")


#: Scale letters the press writes after an amount of money only ('£2.4m', '$3.5M'): alone, 'm' is
#: a metre.
_MONEY_SCALES = {"m": 6, "M": 6}

#: The longest value text read for a hint ('nesten 14,2 millioner norske kroner' is 35 characters).
MAX_READ = 80


def hint(text: str, locale: str = "") -> str:
    """The words validate adds after "expected a number, got …" for `text` (with a digit), read in
    the event's `locale` where it has one: its scale words ('14,2 millioner'), its currency's signs
    and words ('kroner' is NOK in Norway, DKK in Denmark) and its qualifiers ('nesten')."""
    if found := _RANGE.match(text):  # short: validate's line holds the file's path too
        return (
            f"a range is no one number: write its top, value: {found.group(2)}, and the range in "
            f"the figure's sentence, with no qualifier: 'Between {found.group(1)} and {{value}} …'"
        )
    if _TIME.match(text):
        return (
            f"{text.strip()!r} is a time, which no figure counts: write it as text where it is "
            "said (a person's role, a summary, a note), as the press writes it"
        )
    rule = "digits alone, with a decimal point; a currency, unit or qualifier has its own field"
    if len(text) > MAX_READ:  # no amount as the press writes it is longer; a hostile file's may be
        return f"write the number in {rule}"
    from reportgen.data import value_qualifiers  # it reads data/model.py, which reads this module

    scales = _scales(locale)
    plain, qualifier = value_qualifiers.split(text, locale)  # no locale: words every language reads alike
    plain, other = value_qualifiers.split(plain, locale)  # '約1万8500人超': two, and one is the field's
    if other and other != qualifier:
        qualifier = f"{qualifier} or {other}, one of them"
    plain, currency = _money(plain, locale)
    value, unit = _read(plain, scales, locale), ""
    if value is None:
        value, unit = _unit(plain, scales, locale)
    if value is None:
        return f"write the number in {rule}"
    scaled = _words(plain, scales)
    if currency and unit in _MONEY_SCALES:  # '£2.4m': after a currency, 'm' is no metre
        value, unit, scaled = value.scaleb(_MONEY_SCALES[unit]), "", True
    fields = [f"currency: {currency[0]}"] if len(currency) == 1 else []
    fields += [f"currency: its ISO code ({currency_signs.listed(currency)})"] if len(currency) > 1 else []
    fields += [f"unit: {unit}"] if unit else []
    fields += [f"qualifier: {qualifier}"] if qualifier else []
    said = f"write it as {format(value.normalize(), 'f')}" + "".join(f" and {f}" for f in fields)
    if scaled:  # '14,6 bilhões': the documents write the scale word in their language
        said += ", the scale word left to the documents"
    return f"{said}: {rule}"


@cache
def _scales(locale: str) -> dict[str, int]:
    """Scale words with their power of ten: every language's (`_SCALES`), and the locale's own as
    CLDR writes them, which win where two languages differ ('billion' is 10¹² in Norwegian, 'b'
    10³ in Turkish): 'millioner', 'mill.', 'mil millones', 'milyar'."""
    table = dict(_SCALES)
    if not locale:
        return table
    try:
        formats = Locale.parse(locale.replace("-", "_")).compact_decimal_formats
    except (UnknownLocaleError, ValueError, TypeError):
        return table
    for form in ("long", "short"):
        for plural in formats.get(form, {}):
            for magnitude, pattern in formats[form][plural].items():
                written = pattern.pattern if hasattr(pattern, "pattern") else str(pattern)
                word = " ".join(re.sub(r"[0#.,¤'\s\u00a0]+", " ", written).split()).casefold()
                if len(word) > 1 and not any(c.isdigit() for c in word):  # not 'm': metres
                    table[word] = len(str(magnitude)) - written.count("0")
    return table


def _unit(text: str, scales: dict[str, int], locale: str) -> tuple[Decimal | None, str]:
    """The number and the unit or counter after it ('12 500 m²', '1万8500人', '2만 명'): the
    longest head that reads as a number, and a tail with no digit that is no scale word."""
    for end in range(len(text) - 1, 0, -1):
        head, tail = text[:end], text[end:].strip()
        if not tail or any(c in "0123456789" for c in tail) or not head[-1:].strip():
            continue
        if _words(tail, scales) is None and (value := _read(head, scales, locale)) is not None:
            return value, tail
    return None, ""


#: A currency's sign or word before or after an amount ('R$ 14,6', '4,8 mld zł', '3,5 miliardi di
#: euro', 'USD 3.2 bn'); its code is read by data/currency_signs.py. A code is capitals: not 'Mio'.


@cache
def _signs(locale: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    signs = "|".join(re.escape(sign) for sign in sorted(currency_signs.words(locale), key=len, reverse=True))
    before = re.compile(rf"^(?:((?i:{signs}))\s?|([A-Z]{{3}})\s)")
    after = re.compile(rf"(?:(?:\s+(?i:de|di|d['’]))?\s?((?i:{signs}))|\s([A-Z]{{3}}))$")
    return before, after


def _money(text: str, locale: str = "") -> tuple[str, tuple[str, ...]]:
    """`text` without its currency, and the ISO codes that currency may be: one where it is
    certain ('kroner' in a Norwegian event), several for a sign of several ('$', '元'), none for
    no currency."""
    found_codes: tuple[str, ...]
    plain, found_codes = text.strip(), ()
    for pattern in _signs(locale):
        found = pattern.search(plain)
        if found:
            sign = found.group(1)
            codes = currency_signs.codes(sign, locale) if sign else (found.group(2).upper(),)
            found_codes = found_codes or codes  # '新臺幣1,420萬元': the word before names it
            plain = (plain[: found.start()] + plain[found.end() :]).strip()
    return plain, found_codes


def _words(text: str, scales: dict[str, int] | None = None) -> bool | None:
    """Whether `text` has scale words, all known ('14,6 bilhões'); None for another word."""
    scales = _SCALES if scales is None else scales
    words = re.findall(r"[^\d\s'’.,]+\.?", text)
    unknown = any(w.casefold() not in scales and w.casefold().rstrip(".") not in scales for w in words)
    if unknown and " ".join(w.casefold().rstrip(".") for w in words) not in scales:  # 'mil millones'
        return None
    return bool(words)


def read(text: str) -> Decimal | None:
    """`text` ('12.5 million', '385億') as the number its writer meant, or None where that is not
    certain."""
    return _read(text)


def _read(text: str, scales: dict[str, int] | None = None, locale: str = "") -> Decimal | None:
    scales = _SCALES if scales is None else scales
    plain = _CURRENCY.sub("", text.strip()).strip()
    total, at = Decimal(0), 0
    while at < len(plain):
        match = _PART.match(plain, at)
        if match is None or match.end() == at:
            return None
        number = _number(match.group(1).strip(), locale)
        word = " ".join((match.group(2) or "").casefold().split())
        word = word if word in scales or not word.endswith(".") else word.rstrip(".")  # 'mill.'
        if number is None or (word and word not in scales):
            return None
        total += number.scaleb(scales.get(word, 0))
        at = match.end()
    return total if at else None


def _number(text: str, locale: str = "") -> Decimal | None:
    """'48’750', '12 500', '1,234.5', '2,5' as a Decimal; None where the marks are ambiguous, unless
    the event's locale groups digits with that mark ('9.000' in Turkish, German) or writes it as its
    decimal mark."""
    digits = re.sub(r"[ '’\u00a0\u202f]", "", text)
    marks = [mark for mark in digits if mark in ".,"]
    if len(set(marks)) == 2:  # both: the last is the decimal mark ('1,234.5', '1.234,5')
        decimal = digits[max(digits.rfind("."), digits.rfind(","))]
        if marks.count(decimal) > 1:
            return None
        digits = digits.replace("." if decimal == "," else ",", "").replace(decimal, ".")
    elif marks:
        head, *groups = re.split(r"[.,]", digits)
        if len(marks) > 1 and all(len(g) == 3 for g in groups) and 1 <= len(head) <= 3:
            digits = head + "".join(groups)  # '1.234.567', '1,234,567'
        elif len(marks) == 1 and len(groups[0]) != 3:
            digits = digits.replace(",", ".")  # '2,5', '1.25'
        elif marks[0] == _marks(locale)[1] and all(len(g) == 3 for g in groups) and 1 <= len(head) <= 3:
            digits = head + "".join(groups)  # '9.000' in a Turkish event
        elif len(marks) == 1 and marks[0] == _marks(locale)[0]:
            digits = digits.replace(",", ".")  # '14,200' in a Norwegian event
        else:
            return None  # '1,234': a thousand and more, or one and a bit
    try:
        return Decimal(digits)
    except InvalidOperation:
        return None


@cache
def _marks(locale: str) -> tuple[str, str]:
    """The locale's decimal and grouping marks ('', '') where there is none."""
    if not locale:
        return "", ""
    try:
        return get_decimal_symbol(locale), get_group_symbol(locale)
    except (UnknownLocaleError, ValueError, TypeError):
        return "", ""
