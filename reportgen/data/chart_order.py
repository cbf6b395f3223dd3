"""Whether a chart's categories have an order of their own, and which: the rule that keeps them in
the data's order rather than sorting them by value (data/chart_shape.py, the plan, the document
check).

Categories are ordered when every label reads as one of these, in any language with a catalogue
(month and weekday names from CLDR, in data/calendar_names.py, made by scripts/make_calendar_names.py):

- dates: "7月24日（金）", "Tue 14 Oct", "24 juillet 2026", "2026-07-24", "24.07.", "March 2025";
- days of the week alone: "Friday", "Sa.", "周六", "土曜日";
- times: "10:00", "2 pm", "14h30";
- ranges, open-ended ones included: "Under 12", "12–17", "70 and over", "bis 17", "moins de 12
  ans", "65歳以上", "~12", "<12", "≥70", "70+", "18岁至29岁";
- numbered: years, "Day 1", "1日目", "第一天", "Round 2", "Heat 3", "1st", "Q1 2026".

They keep the data's order when that order is consistent: rising or falling (a week or a year may
wrap once: "Fri, Sat, Sun, Mon", "Nov, Dec, Jan"). Ordered categories given out of order are
sorted by value, and the plan says so.
"""

from __future__ import annotations

import itertools
import math
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from reportgen.data import calendar_names
from reportgen.memo import Memo

#: What the plan says the categories are, by the reader that recognised them.
KIND_WORDS = {
    "dates": "dates",
    "weekdays": "days of the week",
    "times": "times of day",
    "ranges": "ranges",
    "years": "years",
    "numbered": "numbered (days, rounds, stages)",
}

Key = tuple[float, ...]
#: A reader's answer: each label's key and the cycle its first part may wrap round once (12
#: months, 7 days), or None where it does not read every label.
Read = tuple[list[Key], float | None] | None
Reader = Callable[[Sequence[str]], Read]


@dataclass(frozen=True)
class Ordering:
    """What the categories are (a KIND_WORDS key, "" for names with no order of their own) and
    whether the data gives them in a consistent order (rising or falling)."""

    kind: str = ""
    consistent: bool = False

    @property
    def kept(self) -> bool:
        return bool(self.kind) and self.consistent


#: A number, from its first digit (never from inside one: a long run of digits is read once).
_NUMBER = r"(?<![\d.])(\d++(?:\.\d++)?)"
#: A category name longer than this is a sentence, not a date, a range or a stage: not read.
MAX_LABEL = 120
_CJK_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "两": 2, "兩": 2}
#: A Chinese or Japanese numeral where it counts something ordered: 第三天, 三月, 二日目, 第五届.
_CJK_NUMERAL = re.compile(
    r"(?<=第)[〇零一二两兩三四五六七八九十百]+|[〇零一二两兩三四五六七八九十百]+(?=[月日天回届屆轮輪期号號年周週])"
)
_THOUSANDS = re.compile(r"(?<=\d)[,'\u00a0\u202f\u2009 ](?=\d{3}(?!\d))")
_DECIMAL_COMMA = re.compile(r"(?<=\d),(?=\d{1,2}(?!\d))")


def _cjk_number(text: str) -> str:
    """一 → 1, 十二 → 12, 二十 → 20, 一百二十 → 120 (small counts only)."""
    total, digit = 0, 0
    for char in text:
        if char == "百":
            total, digit = total + (digit or 1) * 100, 0
        elif char == "十":
            total, digit = total + (digit or 1) * 10, 0
        else:
            digit = digit * 10 + _CJK_DIGITS[char]
    return str(total + digit)


def normalise(label: str) -> str:
    """Full-width forms folded (NFKC: "１２～１７" → "12~17"), case folded, Chinese numerals that
    count written as digits, thousands separators dropped and decimal commas made points."""
    text = unicodedata.normalize("NFKC", label).casefold()
    text = _CJK_NUMERAL.sub(lambda m: _cjk_number(m.group()), text)
    text = _THOUSANDS.sub("", text)
    return _DECIMAL_COMMA.sub(".", text)


def _numbers(text: str) -> list[float]:
    return [float(n) for n in re.findall(_NUMBER, text)]


# -- dates ------------------------------------------------------------------------------------


def _is_wide(word: str) -> bool:
    return unicodedata.east_asian_width(word[0]) in {"W", "F"}


def names_pattern(names: dict[str, int]) -> re.Pattern[str]:
    """One pattern for every name, longest first: a Latin name as a whole word (a dot after an
    abbreviation allowed), a Chinese or Japanese one anywhere, a one-character Japanese weekday
    in brackets only ("（金）"). The Latin names share one pair of word bounds around their
    alternation: the same matches as a pair around each (a name is tried in the same order, and
    only names of one kind can start at a character), compiled in an eighth of the time (about
    1 ms for a table's 160 names, not 9: `re` compiles every lookaround of an alternation)."""
    words = sorted(names, key=len, reverse=True)
    single = [re.escape(w) for w in words if len(w) == 1]
    wide = [re.escape(w) for w in words if len(w) > 1 and _is_wide(w)]
    latin = [re.escape(w) for w in words if len(w) > 1 and not _is_wide(w)]
    parts = [rf"(?<![^\W\d_])(?:{'|'.join(latin)})\.?(?![^\W\d_])"] if latin else []
    parts += wide
    if single:
        parts.append(rf"(?<=[(\[])(?:{'|'.join(single)})(?=[)\]])")
    return re.compile("|".join(parts))


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    return names_pattern(calendar_names.MONTHS), names_pattern(calendar_names.WEEKDAYS)


def _find_name(text: str, months: bool) -> tuple[int | None, str]:
    """The month (1–12) or weekday (0–6) `text` names first, and the text without it."""
    pattern = _patterns()[0 if months else 1]
    match = pattern.search(text)
    if match is None:
        return None, text
    names = calendar_names.MONTHS if months else calendar_names.WEEKDAYS
    return names[match.group().rstrip(".")], text[: match.start()] + " " + text[match.end() :]


_TIME = re.compile(
    r"(?:(午前|午後|上午|下午|晚上|오전|오후)\s*)?(\d{1,2})"
    r"(?:\s*:\s*(\d{2})(?!\d)|h(\d{2})?(?![^\W\d_])|\s*[時时시](?:\s*(\d{1,2})\s*[分분])?|(?=\s*[ap]\.?m\b))"
    r"\s*(?:([ap])\.?m\b\.?)?"
)
_ISO = re.compile(r"(?<!\d)(\d{4})\s*[-/.年년]\s*(\d{1,2})(?:\s*[-/.月월]\s*(\d{1,2})\s*[日일]?)?(?!\d)")
_CJK_DATE = re.compile(r"(?:(\d{4})\s*[年년]\s*)?(\d{1,2})\s*[月월](?:\s*(\d{1,2})\s*[日일号號])?")
_NUMERIC_DATE = re.compile(r"(?<![\d.])(\d{1,2})[./](\d{1,2})(?:[./](\d{4}|\d{2})?)?(?![\d/])")


def _minutes(text: str) -> tuple[float | None, str]:
    """The time of day `text` names, in minutes, and the text without it."""
    for match in _TIME.finditer(text):
        half, hour, ampm = match.group(1), int(match.group(2)), match.group(6)
        minute = int(next((m for m in match.group(3, 4, 5) if m), 0))
        if hour > 24 or minute > 59:
            return None, text
        afternoon = ampm == "p" or half in {"午後", "下午", "晚上", "오후"}
        if (afternoon or ampm == "a" or half) and hour <= 12:
            hour = hour % 12 + (12 if afternoon else 0)
        return hour * 60 + minute, text[: match.start()] + " " + text[match.end() :]
    return None, text


def _date_key(text: str, day_first: bool) -> tuple[Key, bool] | None:
    """(year, month, day, minute) and whether the year was given; None if `text` names no month."""
    minute, text = _minutes(text)
    year = month = day = None
    if match := _ISO.search(text):
        year, month, day = int(match.group(1)), int(match.group(2)), match.group(3)
        rest = text[: match.start()] + text[match.end() :]
    elif match := _CJK_DATE.search(text):
        year, month, day = match.group(1), int(match.group(2)), match.group(3)
        rest = text[: match.start()] + text[match.end() :]
    else:
        month, rest = _find_name(text, months=True)
        if month is None:
            match = _NUMERIC_DATE.search(text)
            if not match:
                return None
            first, second = int(match.group(1)), int(match.group(2))
            day, month = (first, second) if day_first else (second, first)
            year = match.group(3)
            rest = text[: match.start()] + text[match.end() :]
        else:
            left = _numbers(rest)
            years = [n for n in left if n >= 1000]
            dates = [n for n in left if n < 1000]
            if len(years) > 1 or len(dates) > 1:
                return None
            year = years[0] if years else None
            day = dates[0] if dates else None
            rest = ""
    _, rest = _find_name(rest, months=False)  # a weekday beside a date adds nothing to its order
    if _numbers(rest):  # another number: "Hall 3, 24 July" is not a date alone
        return None
    year = int(float(year)) if year is not None else None
    day = int(float(day)) if day is not None else 0
    if year is not None and year < 100:
        year += 2000
    if not (1 <= month <= 12 and 0 <= day <= 31):
        return None
    return (
        float(year or 0),
        float(month),
        float(day),
        float(-1 if minute is None else minute),
    ), year is not None


def _dates(day_first: bool) -> Reader:
    def read(labels: Sequence[str]) -> Read:
        found = [_date_key(label, day_first) for label in labels]
        if any(f is None for f in found):
            return None
        keys = [f[0] for f in found if f]
        shapes = {(f[1], f[0][2] == 0, f[0][3] < 0) for f in found if f}
        if len(shapes) != 1:  # some with a year or a day or a time, some without: not one calendar
            return None
        if next(iter(shapes))[0]:
            return keys, None
        return [k[1:] for k in keys], 12.0  # no year: the month leads, and a year may wrap once

    return read


def _weekdays(labels: Sequence[str]) -> Read:
    keys = []
    for label in labels:
        day, rest = _find_name(label, months=False)
        if day is None or _numbers(rest) or _find_name(rest, months=False)[0] is not None:
            return None
        if len(label) - len(rest) < 3 and re.search(r"[^\W\d_]", rest):
            return None  # "Mo", "Sa", "Do" alone are days; in "Do it yourself" they are words
        keys.append((float(day),))
    return keys, 7.0


def _times(labels: Sequence[str]) -> Read:
    keys = []
    for label in labels:
        minute, rest = _minutes(label)
        if minute is None or _numbers(rest):
            return None
        keys.append((minute,))
    return keys, None


# -- ranges -----------------------------------------------------------------------------------

_UNIT = r"(?:[^\d\s]{1,5}\s*)?"  # "12 ans à 17 ans", "18歳～29歳", "€0–€99"
_BETWEEN = re.compile(
    rf"{_NUMBER}\s*{_UNIT}(?:[-‐‑‒–—―~〜～−]|to|till|until|à|a|au|bis|até|tot|t/m|al|至|到|から|부터)\s*{_UNIT}{_NUMBER}"
)
#: Before a number: the range ends there ("under 12", "bis 17", "moins de 12 ans", "<12", "~12").
_BELOW_BEFORE = (
    "under|below|less than|fewer than|up to|younger than|not over|<|≤|<=|~|〜|bis|unter|weniger als|"
    "jünger als|bis zu|moins de|jusqu'à|jusqu’à|au-dessous de|en dessous de|menos de|hasta|"
    "menores de|meno di|fino a|sotto i|sotto|onder|tot|jonger dan|minder dan|até|abaixo de|"
    "不满|不滿|低于|低於|小于|小於|未满|未滿"
)
#: After a number (and its unit): the range ends there ("12歳未満", "12岁以下", "12세 미만").
_BELOW_AFTER = (
    "未満|未满|未滿|以下|以内|以內|まで|까지|미만|이하|or (?:under|less|fewer|younger)|"
    "and (?:under|below|younger)|und (?:jünger|weniger)|et moins|ou moins"
)
#: Before a number: the range starts there ("over 70", "ab 70", "plus de 70", ">70", "≥70").
_ABOVE_BEFORE = (
    "over|above|more than|older than|at least|from|>|≥|>=|ab|über|mehr als|älter als|mindestens|"
    "plus de|au-delà de|au moins|dès|más de|mayores de|desde|oltre|più di|almeno|boven|ouder dan|"
    "meer dan|vanaf|mais de|acima de|a partir de|超过|超過|高于|高於|大于|大於|满|滿"
)
#: After a number (and its unit): the range starts there ("70+", "70 and over", "65歳以上", "70~").
_ABOVE_AFTER = (
    r"\+|~|〜|以上|及以上|이상|and (?:over|above|older|up|more)|or (?:more|over|older|above)|plus|"
    r"und (?:älter|mehr|darüber|höher)|oder mehr|et plus|ou plus|y más|o más|e oltre|e più|o più|"
    r"en ouder|en meer|of meer|e mais|ou mais"
)
_BELOW = re.compile(rf"(?:(?:{_BELOW_BEFORE})\s*{_UNIT}?{_NUMBER}|{_NUMBER}\s*{_UNIT}?(?:{_BELOW_AFTER}))")
_ABOVE = re.compile(rf"(?:(?:{_ABOVE_BEFORE})\s*{_UNIT}?{_NUMBER}|{_NUMBER}\s*{_UNIT}?(?:{_ABOVE_AFTER}))")


def _range_key(label: str) -> tuple[Key, bool] | None:
    """(low, high) and whether `label` is a range (rather than one number)."""
    for pattern, bounds in (
        (_BETWEEN, lambda a, b: (a, b)),
        (_BELOW, lambda a, _b: (-math.inf, a)),
        (_ABOVE, lambda a, _b: (a, math.inf)),
    ):
        for match in pattern.finditer(label):
            numbers = [float(g) for g in match.groups() if g is not None]
            rest = label[: match.start()] + " " + label[match.end() :]
            if _numbers(rest) or (pattern is not _BETWEEN and len(numbers) != 1):
                continue
            return bounds(numbers[0], numbers[-1]), True
    numbers = _numbers(label)
    return ((numbers[0], numbers[0]), False) if len(numbers) == 1 else None


def _ranges(labels: Sequence[str]) -> Read:
    found = [_range_key(label) for label in labels]
    if any(f is None for f in found) or not any(f[1] for f in found if f):
        return None
    return [f[0] for f in found if f], None


# -- numbered ---------------------------------------------------------------------------------


#: A year alone, a few words about it allowed: "2024", "FY 2024", "2024年" (a digit never beside it).
_YEAR = re.compile(r"\D{0,12}(?<![\d\w])(1[5-9]|2[0-2])\d\d(?!\d)(?![^\W\d_](?<![年년]))\D{0,12}")


def _years(labels: Sequence[str]) -> Read:
    keys = []
    for label in labels:
        numbers = _numbers(label)
        if len(numbers) != 1 or not re.fullmatch(_YEAR, label):
            return None
        keys.append((numbers[0],))
    return keys, None


def years_of(labels: Sequence[str]) -> list[int] | None:
    """The year each label names ('2024', 'FY 2024', '2024年'), or None where one names none."""
    found = _years([normalise(label) for label in labels])
    return None if found is None else [int(key[0]) for key in found[0]]


def _numbered(labels: Sequence[str]) -> Read:
    keys = [tuple(_numbers(label)) for label in labels]
    return (keys, None) if all(keys) else None


def _numbered_last_first(labels: Sequence[str]) -> Read:
    """The numbers read from the last: "Q1 2026", "Q2 2026", "Q1 2027"."""
    keys = [tuple(reversed(_numbers(label))) for label in labels]
    return (keys, None) if all(keys) and len({len(k) for k in keys}) == 1 else None


def _monotonic(keys: Sequence[Key], cycle: float | None) -> bool:
    return _rising(keys, cycle) or _rising(list(reversed(keys)), cycle)


def _rising(keys: Sequence[Key], cycle: float | None) -> bool:
    """Strictly rising; with `cycle` (12 months, 7 days), once round the cycle at most, where it
    turns (a drop of more than half of it: "Sat, Sun, Mon", "Nov, Dec, Jan"; never "Sun, Fri")."""
    shift = 0.0
    previous = keys[0]
    for key in keys[1:]:
        moved = (key[0] + shift, *key[1:])
        if cycle is not None and not shift and previous[0] - key[0] > cycle / 2:
            shift = cycle
            moved = (key[0] + shift, *key[1:])
        if moved <= previous:
            return False
        previous = moved
    return not shift or previous < (keys[0][0] + (cycle or 0.0), *keys[0][1:])


def ordering(labels: Sequence[str]) -> Ordering:
    """What the categories `labels` are, in the order given, and whether that order is consistent.
    The first reader that reads every label names the kind; any reader that reads them all in a
    rising or falling order keeps them ("3/4", "3/5" read day first or month first). Read once a
    process for each list of labels (`_ORDERINGS`): the plan and the document check both ask,
    and `reportgen watch` asks again after every save."""
    if len(labels) < 2 or any(len(label) > MAX_LABEL for label in labels):
        return Ordering()
    key = tuple(labels)
    known = _ORDERINGS.get(key)
    if known is None:
        known = _read_ordering(key)
        _ORDERINGS.remember(key, known)
    return known


def _read_ordering(labels: Sequence[str]) -> Ordering:
    texts = [normalise(label) for label in labels]
    kind = ""
    for name, read in _READERS:
        found = read(texts)
        if found is None:
            continue
        kind = kind or name
        if _monotonic(*found):
            return Ordering(name, True)
    return Ordering(kind, False)


#: Each list of labels' ordering, by the labels (each at most MAX_LABEL characters long, and a
#: chart's at most a few hundred): 256 lists, a few MB at the very most.
_ORDERINGS: Memo[tuple[str, ...], Ordering] = Memo(256)

_READERS: tuple[tuple[str, Reader], ...] = (
    ("dates", _dates(day_first=True)),
    ("dates", _dates(day_first=False)),
    ("weekdays", _weekdays),
    ("times", _times),
    ("years", _years),
    ("ranges", _ranges),
    ("numbered", _numbered),
    ("numbered", _numbered_last_first),
)


def is_sequence(labels: Sequence[str]) -> bool:
    """Whether `labels` are ordered categories given in a consistent order (`ordering`)."""
    return ordering(labels).kept


# -- a series' categories as their kind -----------------------------------------------------------

#: A label of one number and the words around it: "2024", "Day 3", "第5屆", "2024年".
_SHAPED = re.compile(r"(\D*?)(?<!\d)(\d+)(?!\d)(\D*)")


#: Words every category name begins with that are cut from them, at least (review X's donut read
#: 'Share of funds spent on programmes: 87%' three times over, one word changing).
SHARED_WORDS = 2


def without_shared_words(labels: Sequence[str], locale: str = "") -> tuple[str, ...]:
    """Category names without the words they all begin with ('Share of funds spent on
    programmes', '… on administration' are 'Programmes', 'Administration'), where there are
    three names or more, at least SHARED_WORDS such words and a word left to each; the first
    letter capitalised as the name's was. The chart's title says what they share. Names that
    share fewer words, one that begins another, or are written without spaces (Chinese,
    Japanese) stay as they are; so do German names whose rest begins with no noun ('Besucher
    aus der Schweiz': 'der Schweiz' is no name)."""
    if len(labels) < 3:
        return tuple(labels)
    words = [label.split(" ") for label in labels]
    shared = 0
    while all(len(w) > shared + 1 for w in words) and len({w[shared] for w in words}) == 1:
        shared += 1
    if shared < SHARED_WORDS or any(a != b and b[: len(a)] == a for a in words for b in words):
        return tuple(labels)
    cut = [" ".join(w[shared:]) for w in words]
    if locale.startswith("de") and any(c[:1].islower() for c in cut):
        return tuple(labels)
    return tuple(
        c[:1].upper() + c[1:] if label[:1].isupper() and c[:1].islower() else c
        for label, c in zip(labels, cut, strict=True)
    )


def _years_alone(
    shaped: Sequence[re.Match[str] | None], kinds: Sequence[tuple[str, str] | None]
) -> tuple[str, ...] | None:
    """Years that every label of a series says with the same words ('Visitantes en 2023' …
    'Visitantes en 2026', '2021년 참가자' …), each cut to its year, the counter a CJK year takes
    kept ('2021년'): the words, the same on every bar, said nothing a bar needs, and made labels
    so long that the trend was drawn as a ranking of horizontal bars (review X). None where the
    labels differ in their words, have none, or are not years in order."""
    if len(kinds) < 3 or None in kinds or len(set(kinds)) != 1:
        return None
    before, after = kinds[0] or ("", "")
    if not any(c.isalpha() for c in before + after):
        return None
    counter = after[:1] if after[:1] in ("年", "년") else ""
    cut = tuple(m.group(2) + counter for m in shaped if m)
    found = ordering(cut)
    return cut if found.kept and found.kind == "years" else None


def as_their_kind(
    labels: Sequence[str], cuttable: Sequence[bool] | None = None, year: int | None = None
) -> tuple[str, ...]:
    """The categories of a series ordered by years, days, rounds or editions, each read as its
    kind: where every label but one or two has one shape ('2022' … '2025', 'Day 1' … 'Day 3',
    '2022年' …) and the others, at an end of the series and `cuttable` (a key figure's: validate
    asks its label to say what it counts), each hold that shape once among more words ('2026年入場
    人次', 'Besucher 2026': the current edition joining its history), those are cut to it
    ('2026'), so that the trend reads as one and keeps its columns (review T). Labels are given
    back as they are where they have no one shape, where an odd one is inside the series, not
    cuttable or holds the shape not exactly once, or where the cut series would not stand in a
    consistent order of years or numbers. A key figure's label that names no year at all, at an
    end of a series of years ('Besökare under tre dagar' after '2022' … '2025'), is the current
    edition's: its category is the event's `year` in the series' shape ('2026', '2026年'), where
    that year continues the series (review CC; `untold_year` is what validate says otherwise)."""
    count = len(labels)
    may_cut = list(cuttable) if cuttable is not None else [True] * count
    shaped = [_SHAPED.fullmatch(label.strip()) for label in labels]
    kinds = [(m.group(1), m.group(3)) if m else None for m in shaped]
    if (years := _years_alone(shaped, kinds)) is not None:
        return years
    for shape in dict.fromkeys(k for k in kinds if k is not None):
        odd = [i for i, k in enumerate(kinds) if k != shape]
        few = count == 3 and len(odd) == 1  # two years and the current edition's (review MM)
        if not odd or len(odd) > 2 or (count - len(odd) < 3 and not few):
            continue
        at_an_end = odd in (list(range(len(odd))), list(range(count - len(odd), count)))
        if not at_an_end or not all(may_cut[i] for i in odd):
            continue
        before, after = shape
        pattern = re.compile(
            rf"(?<![\d{'' if before else '.'}]){re.escape(before)}\d+{re.escape(after)}(?!\d)"
            + (r"(?![^\W\d_])" if after[-1:].isalpha() and after.isascii() else "")
        )
        held = [pattern.findall(labels[i]) for i in odd]
        if any(len(h) != 1 for h in held):
            continue
        cut = [label.strip() for label in labels]
        for i, h in zip(odd, held, strict=True):
            cut[i] = h[0]
        found = ordering(cut)
        if found.kept and found.kind in {"years", "numbered"} and (not few or _evenly_stepped(cut)):
            return tuple(cut)
    return _with_current_year(labels, may_cut, year) or tuple(labels)


def _evenly_stepped(labels: Sequence[str]) -> bool:
    """Whether the years `labels` name follow one another at one step ('2024', '2025', '2026'): a
    series of three, two of them years, reads its third as their next only so ('2024', '2025',
    'Target for 2030' is no trend of three editions)."""
    years = years_of(labels)
    return years is not None and len({b - a for a, b in itertools.pairwise(years)}) == 1


#: A year a label names: four digits standing alone.
_ANY_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|2[0-2]\d\d)(?!\d)")


def _year_series(labels: Sequence[str]) -> tuple[int, tuple[str, str], list[int]] | None:
    """The one label at an end of `labels` that names no year, where every other one (three or
    more) is a year of one shape ('2022', '2023年') in a consistent order: its index, the shape
    (the words before and after the year) and the others' years; or None."""
    count = len(labels)
    shaped = [_SHAPED.fullmatch(label.strip()) for label in labels]
    for odd in (count - 1, 0):
        others = [i for i in range(count) if i != odd]
        if count < 3 or _ANY_YEAR.search(labels[odd]):
            continue
        kinds = {(m.group(1), m.group(3)) if m else None for m in (shaped[i] for i in others)}
        years = years_of([labels[i] for i in others])
        if len(kinds) != 1 or None in kinds or years is None:
            continue
        if not ordering([labels[i] for i in others]).kept:
            continue
        (shape,) = kinds
        return odd, shape or ("", ""), years
    return None


def _with_current_year(
    labels: Sequence[str], may_cut: Sequence[bool], year: int | None
) -> tuple[str, ...] | None:
    """The series with its current edition's category named by the event's `year`, or None."""
    found = _year_series(labels)
    if year is None or found is None:
        return None
    odd, (before, after), years = found
    if not may_cut[odd] or year in years:
        return None
    cut = [label.strip() for label in labels]
    cut[odd] = f"{before}{year}{after}"
    then = ordering(cut)
    stepped = len(labels) > 3 or _evenly_stepped(cut)  # two years and this one: their next
    return tuple(cut) if then.kept and then.kind == "years" and stepped else None


def untold_year(labels: Sequence[str], cuttable: Sequence[bool], year: int | None) -> tuple[int, int] | None:
    """Where a key figure at an end of a series of years names no year and the event's `year`
    does not continue the series, the figure's index and the year that would ('2026' after '2022'
    … '2025': the step the series takes); None where the chart reads it (`as_their_kind`) or it
    is no such series."""
    found = _year_series(labels)
    if found is None or not cuttable[found[0]] or _with_current_year(labels, cuttable, year):
        return None
    odd, _shape, years = found
    if tuple(as_their_kind(labels, cuttable)) != tuple(labels):
        return None
    if odd == 0:  # the series' first: the step before it
        return odd, years[0] - (years[1] - years[0])
    return odd, years[-1] + (years[-1] - years[-2])
