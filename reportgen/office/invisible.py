"""An invisible format character inside a number: the document check's rule (review W).

A reader who copies or searches a number copies its invisible characters too ('4\u2060万\u20601200
\u2060件\u2060以\u2060上', 'More than \u200b4.12 lakh'). Inside a number, its scale, counter and
qualifier, the only one a document prints is the word joiner beside a digit, which LibreOffice
reads ('1200\u2060件': typography.honoured_joiners): a zero width space, joiner, byte order mark
or soft hyphen beside a digit, and a word joiner between two Chinese or Japanese characters,
which no renderer reads, is a fault. So is a zero width space beside a space, anywhere: the space
is a break already, and the character only goes with a copied text ('290 millones \u200bde dólares',
once the mark of a tie the fit freed: typography.FREED_SPACE); a word broken at its printed hyphen
('Wärmepumpen-\u200bförderbeitrag', office/hyphens.py) needs one, and so does a Chinese or Japanese
date, between its parts, in a justified paragraph ('2026年\u200b10月', office/cjk_dates.py).
"""

from __future__ import annotations

import re

from reportgen.data.typography import WORD_JOINER, honoured_joiners
from reportgen.lazy_pattern import lazy
from reportgen.office.cjk_dates import ZERO_WIDTH_SPACE, is_date_break

#: The invisible format characters (Unicode category Cf, and the soft hyphen) a text may carry.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
#: A number's start: its digits, or the currency sign or code before them ('R$\u00a04,7', 'EUR 25').
_CURRENCY = r"(?:[A-Z]{0,3}[$\u00a2-\u00a5\u20a0-\u20c0]|[A-Z]{3}(?=[\u00a0\u202f ]))"
_BEFORE_DIGITS = lazy(rf"{_CURRENCY}?[\u00a0\u202f ]?[-\u2212+]?\d")
#: What a number's excerpt is read over: digits, their marks, and Chinese and Japanese letters.
_NUMBER_PART = lazy(r"[\d.,%\u3005\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def invisible_in_number(text: str) -> tuple[str, str] | None:
    """The first number of `text` with an invisible character inside it, as it reads (the
    characters shown), and that character's code ('U+200B'); None where there is none."""
    if not _INVISIBLE.search(text):
        return None
    for match in _INVISIBLE.finditer(text):
        at, char = match.start(), match.group()
        before = text[at - 1 : at]
        if char == WORD_JOINER:
            window = text[max(at - 1, 0) : at + 2]
            if honoured_joiners(window) == window:
                continue  # beside a digit ('1200\u2060件'), or outside a number ('RESCUE\u2060-\u2060Q')
        elif not (before.isdigit() or _BEFORE_DIGITS.match(text, at + 1)):
            continue  # a break freed between words ('Wärmepumpen-\u200bförderbeitrag')
        elif char == ZERO_WIDTH_SPACE and is_date_break(text, at):
            continue  # between a date's parts, where a justified line may end ('2026年\u200b10月')
        return _around(text, at), f"U+{ord(char):04X}"
    return None


def _around(text: str, at: int) -> str:
    """The number around `at`, with a few characters either side, as a reader sees it."""
    start, end = at, at + 1
    currency = _BEFORE_DIGITS.match(text, end)
    end = currency.end() if currency else end  # 'quase \u200bR$\u00a04,7': to the number's digits
    while (
        start > 0
        and at - start < 12
        and (_NUMBER_PART.match(text[start - 1]) or _INVISIBLE.match(text[start - 1]))
    ):
        start -= 1
    while (
        end < len(text) and end - at < 12 and (_NUMBER_PART.match(text[end]) or _INVISIBLE.match(text[end]))
    ):
        end += 1
    if start == at:  # a qualifier's word before it ('More than \u200b4.12')
        start = max(text.rfind(" ", 0, max(at - 1, 0)) + 1, 0)
    return _INVISIBLE.sub("", text[start:end]).strip()


def _in_number(char: str) -> bool:
    return bool(_NUMBER_PART.match(char) or _INVISIBLE.match(char))


#: A zero width space beside a space (or a no-break one), where it breaks nothing more.
_BESIDE_SPACE = re.compile("[ \u00a0\u202f]\u200b|\u200b[ \u00a0\u202f]")


def stray_break(text: str) -> str | None:
    """The words around the first zero width space of `text` that stands beside a space, as they
    read; None where there is none."""
    match = _BESIDE_SPACE.search(text)
    if match is None:
        return None
    start = max(text.rfind(" ", 0, max(match.start() - 1, 0)) + 1, 0)
    end = text.find(" ", match.end() + 1)
    return _INVISIBLE.sub("", text[start : end if end != -1 else len(text)]).replace("\u00a0", " ").strip()
