"""Where a Chinese, Japanese or Korean amount of money parts on a tile: after the currency's word
that follows its last scale word.

A tile sets a count's number large and its noun below it; an amount of money set whole ('약 3억
4150만 원') had to be set at 29 pt beside counts at 48 pt (review S). Its number and scale words
('3억 4150만', '12億5000万', '186亿') are the number's line, and so is the currency's word after
them: a reader reads a number and its currency as one unit, as '612곳' is ('3500억 / 원' on two
lines was read as a broken line). Chinese and Japanese close that word up to the number ('186万元',
'3000万円'), Korean spaces it ('3500억 원'). A qualifier after it ('以上', '이상') stays with them,
as a count's does ('120만 회 이상'): '1860억 원' / '이상' set it alone on a line (review DD); other
words after the currency's word are the unit line's (review U: '186万' / '元人民币'). The
currency's name is part of its word: '186亿元人民币' stays whole, since '人民币' alone under the
number read as the tile's label (review Z: '120万元' / '人民币'). An amount whose currency comes first
('新臺幣186億元'), that has no scale word ('5000円', a number with its counter) or nothing after
its currency's word ('5억 원') stays whole.
"""

from __future__ import annotations

import re
from functools import cache

from reportgen.data.formatting import myriad_words
from reportgen.data.phrases import phrases
from reportgen.data.sentences import language

_SPACES = " \u00a0\u202f"
#: The currency words Chinese and Japanese close up to an amount (data/phrases.py's names: '元' of
#: '元人民币', '美元', '円', 'ドル'); longest first, so '美元' is not read as '元'.
_CLOSED_UP = tuple(
    sorted(
        (
            *("元人民币", "元", "圓", "美元", "欧元", "歐元", "日元", "日圓", "英镑", "英鎊", "港元"),
            *("瑞士法郎", "韩元"),
            *("韓元", "円", "ドル", "香港ドル", "台湾ドル", "ユーロ", "ポンド", "スイスフラン"),
            *("ウォン", "人民元"),
        ),
        key=len,
        reverse=True,
    )
)


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
    if language(locale) in ("zh", "ja"):
        word = next((w for w in _CLOSED_UP if tail.startswith(w)), "")
        head, tail = head + word, tail[len(word) :]
    elif language(locale) == "ko":  # '3850억 원' / '이상': the currency's word is the number's
        word, _, tail = tail.partition(" ")
        head = f"{head}\u00a0{word}"
    if tail in _after_qualifiers(locale):
        return None  # '1860억 원 이상' whole, as '120만 회 이상' is: never '이상' alone (review DD)
    return (head, tail) if tail else None


@cache
def _after_qualifiers(locale: str) -> frozenset[str]:
    """The qualifiers the language writes after an amount ('이상', '以上', '미만', '近く')."""
    patterns = phrases(locale).qualifiers.values()
    return frozenset(p.split("{}", 1)[1].strip() for p in patterns if p.split("{}", 1)[1].strip())
