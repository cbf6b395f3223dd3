"""What to write instead of a number as the press writes it: '48’750', '18500 crore', '385億',
'1.2 million' and '€500' are not numbers to the data file, which takes digits alone (a currency,
unit or qualifier has its own field). `hint` reads such a text the way its writer meant it, where
that is certain, so that validate's error can say "write 18500000000" instead of only refusing.
A text it cannot read for certain ('1,234' is a thousand and more in London, one and a bit in
Berlin) gets the rule without a number."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

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
_CURRENCY = re.compile(r"^(?:[€$£¥₹₩]|[A-Z]{3}\s?|R\$|US\$|HK\$|CHF\s?)|(?:\s?[€$£¥₹₩円元원]|\s[A-Z]{3})$")
_PART = re.compile(r"\s*([0-9][0-9'’ \u00a0\u202f.,]*)\s*([^\d\s'’.,][^\d\s]*)?")


#: A range as writers put it in one field: '30–40', '30-40 %', '30 to 40', '30～40'.
_RANGE = re.compile(
    r"^\s*([0-9][0-9.,]*)\s*%?\s*(?:[-\u2010-\u2015~～〜]|to|bis|à|a|al|e|do|tot|till|och|至|到)\s*"
    r"([0-9][0-9.,]*)\s*(%?)\s*$",
    re.IGNORECASE,
)
#: A clock time or a duration ('2:06:18', '14:30', '1:02:03.5').
_TIME = re.compile(r"^\s*\d{1,3}:[0-5]\d(?::[0-5]\d(?:[.,]\d+)?)?\s*$")


def hint(text: str) -> str:
    """The words validate adds after "expected a number, got …" for `text` (with a digit)."""
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
    plain, currency = _money(text)
    value, unit = _read(plain), ""
    if value is None and (found := _UNIT.match(plain)) and _words(found.group(2)) is None:
        value, unit = _read(found.group(1)), found.group(2).strip()  # '12 500 m²'
    if value is None:
        return f"write the number in {rule}"
    fields = [f"currency: {currency}"] if currency else []
    fields += ["currency: its ISO code (USD, MXN…)"] if currency == "" else []
    fields += [f"unit: {unit}"] if unit else []
    said = f"write it as {format(value.normalize(), 'f')}" + "".join(f" and {f}" for f in fields)
    if _words(plain):  # '14,6 bilhões': the documents write the scale word in their language
        said += ", the scale word left to the documents"
    return f"{said}: {rule}"


#: Currencies as writers put them before or after an amount, with their ISO code; '' where the
#: sign is several currencies' ('$', '¥', '元'). An allow-list: any other word is no currency.
_SIGNS = {
    "r$": "BRL", "us$": "USD", "hk$": "HKD", "€": "EUR", "£": "GBP", "₹": "INR", "₩": "KRW",
    "원": "KRW", "円": "JPY", "zł": "PLN", "złotych": "PLN", "euro": "EUR", "euros": "EUR",
    "d'euros": "EUR", "d’euros": "EUR", "de euros": "EUR", "di euro": "EUR", "reais": "BRL",
    "de reais": "BRL", "kronor": "SEK", "$": "", "¥": "", "元": "",
}  # fmt: skip
_SIGN = "|".join(re.escape(sign) for sign in sorted(_SIGNS, key=len, reverse=True))
_BEFORE = re.compile(rf"^(?:((?i:{_SIGN}))\s?|([A-Z]{{3}})\s)")  # 'R$ 14,6', 'USD 3.2 bn'
_AFTER = re.compile(rf"(?:\s?((?i:{_SIGN}))|\s([A-Z]{{3}}))$")  # not 'Mio', 'mil': a code is capitals
#: A number and a word after it that is no scale word: a unit ('12 500 m²', '520.000 m²').
_UNIT = re.compile(r"^\s*([0-9][0-9'’ \u00a0\u202f.,]*[0-9])\s*([^\d\s'’.,].*)$")


def _money(text: str) -> tuple[str, str | None]:
    """`text` without its currency, and that currency's ISO code ('' for a sign of several
    currencies, None for none)."""
    plain, code = text.strip(), None
    for pattern in (_BEFORE, _AFTER):
        found = pattern.search(plain)
        if found:
            sign = found.group(1)
            code = _SIGNS[sign.casefold()] if sign else found.group(2).upper()
            plain = (plain[: found.start()] + plain[found.end() :]).strip()
    return plain, code


def _words(text: str) -> bool | None:
    """Whether `text` has scale words, all known ('14,6 bilhões'); None for another word."""
    words = re.findall(r"[^\d\s'’.,]+\.?", text)
    if any(word.casefold() not in _SCALES and word.casefold().rstrip(".") not in _SCALES for word in words):
        return None
    return bool(words)


def read(text: str) -> Decimal | None:
    """`text` ('12.5 million', '385億') as the number its writer meant, or None where that is not
    certain."""
    return _read(text)


def _read(text: str) -> Decimal | None:
    plain = _CURRENCY.sub("", text.strip()).strip()
    total, at = Decimal(0), 0
    while at < len(plain):
        match = _PART.match(plain, at)
        if match is None or match.end() == at:
            return None
        number, word = _number(match.group(1).strip()), (match.group(2) or "").lower()
        if number is None or (word and word not in _SCALES):
            return None
        total += number.scaleb(_SCALES.get(word, 0))
        at = match.end()
    return total if at else None


def _number(text: str) -> Decimal | None:
    """'48’750', '12 500', '1,234.5', '2,5' as a Decimal; None where the marks are ambiguous."""
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
        else:
            return None  # '1,234': a thousand and more, or one and a bit
    try:
        return Decimal(digits)
    except InvalidOperation:
        return None
