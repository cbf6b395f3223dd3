"""CLDR's minimumGroupingDigits, which Babel does not read: in Spanish, Polish, European
Portuguese, Italian and a few more, a four-digit number has no group mark ('5200', never '5.200'
nor '5 200'), and a number is grouped from five digits ('52.000').

Babel 2.19 ships CLDR's number symbols and patterns but not `<minimumGroupingDigits>` (its
`format_decimal` groups every number of four digits or more), so the value is kept here: the
locales of CLDR 48's `common/main/*.xml` whose value differs from their parent's, as ICU 78
(Node's `Intl.NumberFormat`) resolves them for every locale Babel knows (regenerate with
`scripts/min_grouping.py`); a locale inherits through Babel's own parent chain (es_MX → es_419,
pt_CH → pt_PT), and CLDR's root value is 1.
"""

from __future__ import annotations

import re
from functools import cache

from babel import Locale
from babel.core import get_global
from babel.numbers import get_group_symbol

#: The group mark formatting.format_decimal sets where CLDR gives an ASCII apostrophe.
_APOSTROPHE_GROUP = "\u2019"

#: locale → CLDR's minimumGroupingDigits, where it differs from the parent locale's.
MIN_GROUPING_DIGITS: dict[str, int] = {
    "be": 2,
    "bg": 2,
    "es": 2,
    "es_419": 1,
    "et": 2,
    "hu": 2,
    "hy": 2,
    "ia": 2,
    "ie": 2,
    "it": 2,
    "ka": 2,
    "lv": 2,
    "pl": 2,
    "pt_AO": 1,
    "pt_PT": 2,
    "ru_UA": 2,
    "sl": 2,
    "sq": 2,
}


def _parent(locale: str) -> str:
    exceptions = get_global("parent_exceptions")
    if locale in exceptions:
        return str(exceptions[locale])
    return locale.rsplit("_", 1)[0] if "_" in locale else "root"


@cache
def min_grouping_digits(locale: str) -> int:
    """CLDR's minimumGroupingDigits of `locale` (2 in es_ES, 1 in es_MX and en_GB)."""
    name = str(Locale.parse(locale))
    while name != "root":
        if name in MIN_GROUPING_DIGITS:
            return MIN_GROUPING_DIGITS[name]
        name = _parent(name)
    return 1


@cache
def _primary_group(locale: str) -> int:
    return int(Locale.parse(locale).decimal_formats[None].grouping[0])


def ungroup_short(text: str, locale: str) -> str:
    """`text`, a number Babel grouped, without its group mark where the locale's CLDR data groups
    no number of so few digits: '5.200' → '5200' in es_ES, '5\u00a0200' → '5200' in pl_PL;
    '52.000' and every number in en_GB unchanged. Only the first run of digits and group marks
    (the whole part) is read."""
    least = _primary_group(locale) + min_grouping_digits(locale)
    if least <= _primary_group(locale) + 1:
        return text
    group = get_group_symbol(locale)
    marks = {group, _APOSTROPHE_GROUP} if group == "'" else {group}  # formatting.format_decimal's ’
    mark = "|".join(re.escape(m) for m in sorted(marks))
    whole = re.search(rf"\d+(?:(?:{mark})\d+)*", text)
    if whole is None:
        return text
    digits = re.sub(rf"(?:{mark})", "", whole.group())
    if len(digits) >= least or digits == whole.group():
        return text
    return text[: whole.start()] + digits + text[whole.end() :]


def power_ticks_format(locale: str, prefix: str = "") -> str:
    """The number format (Excel's, which PowerPoint and LibreOffice read) of a log axis's ticks at
    powers of ten, each section in the locale `prefix` ('[$-40A]'): 0.1 and below with their
    decimals ('#,##0' printed 0.1 as 0), 1 and up whole and grouped, except a four-digit 1000
    where the locale groups no four-digit number ('1000', '10.000' in es_ES:
    `min_grouping_digits`). LibreOffice reads the prefix of a third section only where it is
    repeated there (it printed '10,000' in a Spanish deck)."""
    if min_grouping_digits(locale) > 1:
        return f"{prefix}[<1]0.############;{prefix}[<10000]0;{prefix}#,##0"
    return f"{prefix}[<1]0.############;#,##0"
