"""Where a Chinese, Japanese or Korean amount of money parts on a tile: after its last scale word.

A tile sets a count's number large and its noun below it; an amount of money set whole ('약 3억
4150만 원') had to be set at 29 pt beside counts at 48 pt (review S). Its number and scale words
('3억 4150만', '12億5000万', '186亿') are the number's line; the currency's word after them ('원',
'円以上', '元人民币'), with a qualifier written after it ('원 이상'), is the unit line's, as a
counted noun is. An amount whose currency comes first ('新臺幣186億元') or that has no scale word
('5000円', a number with its counter) stays whole.
"""

from __future__ import annotations

import re
from functools import cache

from reportgen.data.formatting import myriad_words

_SPACES = " \u00a0\u202f"


@cache
def _last_scale(locale: str) -> re.Pattern[str] | None:
    words = sorted(myriad_words(locale), key=len, reverse=True)  # '萬億' before '億'
    if not words:
        return None
    return re.compile(r"\d(?:" + "|".join(re.escape(w) for w in words) + r")(?!.*\d)")


def split_amount(amount: str, locale: str) -> tuple[str, str] | None:
    """(number with its scale words, the currency's words) of a CJK `amount`; None where it stays whole."""
    pattern = _last_scale(locale)
    found = pattern.search(amount) if pattern is not None else None
    if found is None or not amount[:1].isdigit():
        return None
    head, tail = amount[: found.end()], amount[found.end() :].strip(_SPACES)
    return (head, tail) if tail else None
