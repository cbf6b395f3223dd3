"""The numbers a text prints, read as a reader takes them (issue 19, item 2: a figure printed three
or four times, in whatever form).

"約25.1만 명" on a tile and "약 25만 1천 명" in a caption are one number; so are "52,000", "52 000" and
"52.000", "RMB15 billion", "15 billion yuan" and "150亿元", "1.2 million" and "1,200,000", "94%" and
"94 per cent". `read` finds each written number of a text with every value a reader may take it
for: group separators of any locale (both readings where '1.200' may be 1.2 or 1200), the scale
words of the text's language and of English (Babel's compact forms, and the short ones an editor
writes: 'bn', 'Mio.', '亿'), Chinese, Japanese and Korean compounds ('25만 1천', '3亿5000万'), a
currency before or after, a percent sign or word.

The rule for what may count as a figure's printing (`Written.counts`): a number with a scale word,
a currency or a percent sign, or one of at least three digits. Not a year (four digits without a
group separator from 1000 to 2999 and nothing else, or one a '年'/'년' follows), nor any number
inside a date or a time ('2026-12-05', '05.12.2026', '2026年12月5日', '10:30'), nor a number a
name carries ('H100', 'Helix-9', 'COVID-19'), nor a bare number under three digits ('2', '61'):
each of those is something else as often as it is a figure.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.numbers import list_currencies

#: Scale words no CLDR compact form lists, which editors write all the same.
_EXTRA_SCALES: dict[str, dict[str, float]] = {
    "en": {"bn": 1e9, "mn": 1e6, "mln": 1e6, "tn": 1e12, "k": 1e3, "m": 1e6, "lakh": 1e5, "crore": 1e7}
    | {"lakh crore": 1e12, "lakhs": 1e5, "crores": 1e7},
    "de": {"Tsd.": 1e3, "Mio": 1e6, "Mrd": 1e9, "Mia.": 1e9},
    "fr": {"Mds": 1e9, "Md": 1e9, "Mrd": 1e9, "mds": 1e9, "milliers": 1e3, "M": 1e6},
    "it": {"mln": 1e6, "mld": 1e9, "mrd": 1e9},
    "nl": {"mln": 1e6, "mld": 1e9, "mrd": 1e9},
    "pl": {"tys.": 1e3, "mln": 1e6, "mld": 1e9, "bln": 1e12},
    "sv": {"tn": 1e3, "milj.": 1e6, "mn": 1e6, "mdr": 1e9, "md": 1e9, "mnkr": 1e6, "mdkr": 1e9},
    "da": {"t.": 1e3, "mio.": 1e6, "mio": 1e6, "mia.": 1e9, "mia": 1e9, "mio.kr.": 1e6, "mia.kr.": 1e9},
    "nb": {"mill.": 1e6, "mill": 1e6, "mln.": 1e6, "mrd.": 1e9, "mrd": 1e9, "mnok": 1e6, "mrdnok": 1e9},
}
#: Chinese, Japanese and Korean scale characters: each multiplies ('千万' is 10⁷, '2천만' 2×10⁷).
_CJK_SCALES = {
    "十": 10.0,
    "百": 100.0,
    "千": 1e3,
    "万": 1e4,
    "萬": 1e4,
    "亿": 1e8,
    "億": 1e8,
    "兆": 1e12,
    "천": 1e3,
    "백": 100.0,
    "만": 1e4,
    "억": 1e8,
    "조": 1e12,
}
_PERCENT_WORDS = (
    "per cent",
    "percent",
    "pct",
    "Prozent",
    "pour cent",
    "pour-cent",
    "por ciento",
    "por cento",
    "per cento",
    "procent",
    "퍼센트",
    "パーセント",
)
_CURRENCY_SIGNS = "€$£¥￥₩₹₽"
#: Signs of letters the press writes against the number ('KSh2.4 billion': formatting's
#: _PRESS_SYMBOLS, and CLDR's en_KE 'Ksh'); a name's number ('H100') has none of them.
_LETTER_SIGNS = "KSh|Ksh"
_CURRENCY_WORDS = (
    "yuan",
    "renminbi",
    "euros",
    "euro",
    "Euro",
    "dollars",
    "dollar",
    "yen",
    "won",
    "francs",
    "livres",
    "pounds",
    "reais",
    "pesos",
    "元",
    "円",
    "원",
    "圓",
    "人民币",
)
_SPACE = "[ \u00a0\u202f]"
_GAP = re.compile(f"{_SPACE}?")
#: Digits with group separators of any locale, and a decimal part.
_DIGITS = re.compile(
    r"(?<![\d])(?:\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:(?:[,.'’]|[ \u00a0\u202f])\d{3})+|\d+)"
    r"(?:[.,]\d+)?(?![\d])"
)
#: India's grouping: '1,00,000' is a lakh.
_INDIAN = re.compile(r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?")
#: Dates and times, whose numbers are none of a figure's.
_DATES = re.compile(
    r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{1,2}:\d{2}"
    r"|\d{2,4}\s*[年년]\s*\d{1,2}\s*[月월](?:\s*\d{1,2}\s*[日일])?|\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일]"
)


@dataclass(frozen=True)
class Written:
    """One number a text writes: where, the values a reader may take it for, and how it is written."""

    start: int
    end: int
    values: frozenset[float]
    percent: bool
    counts: bool  # may be a figure's printing (see the module's rule)
    scaled: bool = False  # written with a scale word ('54 mil', '1,2 Mio.', '5.4万'), not in digits


def read(text: str, locale: str = "en") -> tuple[Written, ...]:
    """Every number `text` writes, in the order written (once a process for each text and locale)."""
    return _read(text, _language(locale))


def same(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


def _language(locale: str) -> str:
    return locale.replace("-", "_").split("_")[0].lower() or "en"


@lru_cache(maxsize=4096)
def _read(text: str, language: str) -> tuple[Written, ...]:
    masked = _DATES.sub(lambda m: " " * len(m.group()), text)
    scales = _scales(language)
    found: list[Written] = []
    at = 0
    while True:
        match = _DIGITS.search(masked, at)
        if match is None:
            return tuple(found)
        at = match.end()
        before = _prefix(text, match.start())
        if before is None:  # a name's number: 'H100', 'Helix-9'
            continue
        values = _readings(match.group())
        end, scale, cjk = _scale(text, match.end(), scales)
        compound = False
        while cjk:  # '25만 1천', '1억 2천만', '3亿5000万': a smaller part follows
            following = re.compile(rf"{_SPACE}?(\d+(?:[.,]\d+)?)").match(text, end)
            if following is None:
                break
            end2, scale2, cjk2 = _scale(text, following.end(), scales)
            # '1万2400': the units; in Korean after a space too ('2만 1400', 한글 맞춤법 제44항)
            if not cjk2 and (following.start(1) == end or language == "ko") and scale2 == 1:
                end2, scale2 = following.end(), 1.0
            elif not cjk2 or scale2 >= cjk:
                break
            if scale2 * max(_readings(following.group(1)), default=0) >= cjk:
                break
            part = _readings(following.group(1))
            values = frozenset(round(v * scale + p * scale2, 6) for v in values for p in part)
            scale, end, cjk, compound = 1.0, end2, cjk2, True
            at = end
        values = frozenset(round(v * scale, 6) for v in values)
        scaled = scale != 1 or compound
        end, percent = _percent(text, end, match.start())
        currency = before == "currency" or _currency_after(text, end)
        digits = sum(c.isdigit() for c in match.group())
        plain = match.group().isdigit()
        year = (
            plain
            and not (scaled or percent or currency)
            and (
                (len(match.group()) == 4 and 1000 <= int(match.group()) <= 2999)
                or re.match(r"\s*[年년]", text[match.end() :]) is not None
            )
        )
        counts = not year and (scaled or percent or currency or digits >= 3)
        found.append(Written(match.start(), max(end, match.end()), values, percent, counts, scaled))
        at = max(at, match.end())


def _readings(token: str) -> frozenset[float]:
    """The values digits may be: '52.000' is 52000 or 52; '1,5' 1.5 or 15 (never read as 15: a
    group has three digits); '1,234.5' only 1234.5."""
    plain = re.sub(r"[ \u00a0\u202f'’]", "", token)
    if _INDIAN.fullmatch(plain):
        return frozenset({round(float(plain.replace(",", "")), 6)})
    out = set()
    for group, mark in ((",", "."), (".", ",")):
        parts = plain.split(mark)
        if len(parts) > 2 or (len(parts) == 2 and group in parts[1]):
            continue
        whole = parts[0].split(group)
        if any(len(g) != 3 for g in whole[1:]):
            continue
        try:
            out.add(round(float(plain.replace(group, "").replace(mark, ".")), 6))
        except ValueError:
            continue
    return frozenset(out)


def _prefix(text: str, start: int) -> str | None:
    """'currency' for a currency before the number ('RMB15', 'EUR 15', '€15', 'R$ 4,7'), None for a
    name's number ('H100', 'Helix-9', 'COVID-19'), '' otherwise."""
    head = text[max(0, start - 6) : start]
    code = re.search(
        rf"(?:[{_CURRENCY_SIGNS}]|\b([A-Z]{{3}})|\b[A-Z]{{1,2}}\$|\b(?:{_LETTER_SIGNS})){_SPACE}?$", head
    )
    if code is not None and (code.group(1) is None or code.group(1) in _codes()):
        return "currency"
    if re.search(r"[A-Za-z\u00c0-\u024f]-?$", head):
        return None
    return ""


@lru_cache(maxsize=1)
def _codes() -> frozenset[str]:
    """ISO 4217 codes ('RMB', which is no ISO code, as the press writes the yuan)."""
    return frozenset(list_currencies()) | {"RMB"}


@lru_cache(maxsize=64)
def _scales(language: str) -> tuple[tuple[str, float], ...]:
    """(word, multiplier) of the language's scale words and English's, longest first."""
    words: dict[str, float] = {}
    for tag in ("en", language):
        try:
            formats = Locale.parse(tag).compact_decimal_formats
        except (UnknownLocaleError, ValueError):
            continue
        for style in ("short", "long"):
            for by_plural in (formats.get(style) or {}).values():
                for magnitude, pattern in by_plural.items():
                    shape = pattern.pattern if hasattr(pattern, "pattern") else str(pattern)
                    zeros = shape.count("0")
                    word = shape.replace("0", "").replace("'", "").strip(" \u00a0")
                    if zeros and word and not any(c in _CJK_SCALES for c in word):
                        words.setdefault(word, int(magnitude) / 10 ** (zeros - 1))
        words.update({w: m for w, m in _EXTRA_SCALES.get(tag, {}).items() if w not in words})
    if language == "fr":  # 'billion' is 10¹² in French, 10⁹ in an English quotation: read as French
        words["billion"] = words["billions"] = 1e12
    return tuple(sorted(words.items(), key=lambda item: -len(item[0])))


def _scale(text: str, end: int, scales: tuple[tuple[str, float], ...]) -> tuple[int, float, float]:
    """After the digits: (where the number ends, its multiplier, the smallest CJK scale character
    read (0.0 when none))."""
    cjk = re.compile(rf"{_SPACE}?([{''.join(_CJK_SCALES)}]+)").match(text, end)
    if cjk is not None:
        multiplier, smallest = 1.0, math.inf
        for char in cjk.group(1):
            multiplier *= _CJK_SCALES[char]
            smallest = min(smallest, _CJK_SCALES[char])
        return cjk.end(), multiplier, smallest
    for word, multiplier in scales:
        spaced = _GAP.match(text, end)
        at = spaced.end() if spaced else end
        if not text.startswith(word, at):
            continue
        after = text[at + len(word) : at + len(word) + 1]
        if word[-1] != "." and after and (after.isalpha() or after in "²³"):
            continue
        if len(word) == 1 and at != end:  # '12 M' or '100 m': a unit, not a scale
            continue
        return at + len(word), multiplier, 0.0
    return end, 1.0, 0.0


def _percent(text: str, end: int, start: int) -> tuple[int, bool]:
    sign = re.compile(rf"{_SPACE}?[%％]").match(text, end)
    if sign is not None:
        return sign.end(), True
    spaced = _GAP.match(text, end)
    at = spaced.end() if spaced else end
    for word in _PERCENT_WORDS:
        if text.startswith(word, at) and not text[at + len(word) : at + len(word) + 1].isalpha():
            return at + len(word), True
    return end, text[max(0, start - 4) : start].endswith("百分之")


def _currency_after(text: str, end: int) -> bool:
    spaced = _GAP.match(text, end)
    at = spaced.end() if spaced else end
    if text[at : at + 1] and text[at] in _CURRENCY_SIGNS:
        return True
    for word in _CURRENCY_WORDS:
        if text.startswith(word, at) and not (
            word.isascii() and text[at + len(word) : at + len(word) + 1].isalpha()
        ):
            return True
    return False


def key(value: float) -> float:
    """A value as a key: twelve significant digits (1.12 × 10⁶ is 1120000.0000000002 in floats)."""
    return float(f"{value:.12g}")


def figure_values(amount_text: str, value: float, locale: str) -> frozenset[float] | None:
    """The values a printing of a figure may have: its exact value and the one its amount prints
    ('about 1.2 million' for 1,234,567); None for a figure no printing can be told from a year,
    a date or a small number by (`Written.counts`)."""
    written = [w for w in read(amount_text.replace("\u2060", ""), locale) if w.counts]
    if len(written) != 1:
        return None
    return frozenset(map(key, written[0].values | {value}))


def says(text: str, values: frozenset[float], percent: bool, locale: str) -> bool:
    """Whether `text` writes a number that is one of `values`, in any form ('12,400' for '1万2400')."""
    return any(
        w.counts and w.percent == percent and any(key(v) in values for v in w.values)
        for w in read(text, locale)
    )
