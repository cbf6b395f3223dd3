"""A fraction or ratio written in words, kept whole on a line ('4分の1', '3分之2', '4분의 1',
'3 von 4', '1 in 4'): a line that ends inside it ('全体の4分の' / '1を超えました', review UU1 A)
leaves a reader with a number that is not the one written. `CJK_FRACTION` finds them where no space
parts them (Chinese, Japanese: office/cjk_phrases.py keeps them as one word); `tie_fractions` ties
the spaces of the others with no-break spaces, as data/typography.py ties a number to its unit."""

from __future__ import annotations

import re

NBSP = "\u00a0"
_J = "\u2060*"  # the word joiners data/typography.py may have set between a number's characters
_NUMERAL = r"[\d０-９一二三四五六七八九十百千]+"
#: 'N分のM' (Japanese), 'N分之M' (Chinese), in digits or in numerals ('三分之二').
CJK_FRACTION = re.compile(rf"{_NUMERAL}{_J}分{_J}[の之]{_J}{_NUMERAL}")
#: 'N분의 M' (Korean), its space tied.
_KOREAN = re.compile(r"(?<!\d)(\d+\u2060?분의) (?=\d)")
#: 'N of M', '1 in 4', '3 von 4', '1 sur 4', '1 su 4', '1 de cada 4', '1 em cada 4', '1 op 4',
#: '1 av 4', '1 ud af 4', '1 z 4': the lesser number first, at most 1,000 after.
_WORDS = r"of|out of|in|von|sur|su|de cada|em cada|op|van|av|ud af|af|z|na"
_LATIN = re.compile(rf"(?<![\d.,])(\d{{1,3}}) ((?:{_WORDS})) (\d{{1,4}})(?![\d.,]\d)")


def _tied(match: re.Match[str]) -> str:
    first, words, last = match.group(1), match.group(2), match.group(3)
    if not 0 < int(first) < int(last) <= 1000:
        return match.group(0)
    return f"{first}{NBSP}{words.replace(' ', NBSP)}{NBSP}{last}"


def tie_fractions(text: str) -> str:
    """`text` with the spaces inside its fractions in words no-break spaces ('4분의\u00a01',
    '3\u00a0von\u00a04'); other text as it is. Applying it twice changes nothing."""
    if " " not in text or not any(map(str.isdigit, text)):
        return text
    return _LATIN.sub(_tied, _KOREAN.sub(rf"\1{NBSP}", text))


def cjk_fraction_spans(text: str) -> list[tuple[int, int]]:
    """The spans of `text`'s Chinese and Japanese fractions ('4分の1'), as (start, end)."""
    return [(m.start(), m.end()) for m in CJK_FRACTION.finditer(text)]
