"""A figure's unit that begins with a scale word: its count written in ten-thousands ("value: 12500,
unit: 万回", as a Japanese table heads a column "（万回）"), or in millions ("unit: million viewers").

Review Z's game showcase printed "1万2500万回": the writer's 万 was taken as part of a counted noun
and the number was scaled again. A Chinese, Japanese or Korean scale at the unit's start is merged
into the number, exactly (12500 万回 is 125,000,000 回), as it has one meaning in every one of those
languages. A Latin-script scale word is refused with the whole number to write instead: "billion"
is 10⁹ in English and 10¹² in French and German, and the model does not know the language yet.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from reportgen.data import number_hints

#: The scales a Chinese, Japanese or Korean count is written in, at the start of its unit. Not 千,
#: 百 or 兆 alone: "千米" (km), "百分点" (percentage points) and "兆瓦" (MW) are units of their own.
CJK_UNIT_SCALES: tuple[tuple[str, int], ...] = (
    ("百万", 10**6),
    ("千万", 10**7),
    ("万", 10**4),
    ("萬", 10**4),
    ("亿", 10**8),
    ("億", 10**8),
    ("만", 10**4),
    ("억", 10**8),
)
#: Scale words the languages we write put before a noun ("million viewers", "Mio. Besucher",
#: "tys. osób"), lower case, without a final full stop.
LATIN_SCALE_WORDS = frozenset(
    {
        "thousand", "thousands", "million", "millions", "billion", "billions", "trillion",
        "bn", "mn", "mln", "mld", "mrd", "tsd", "mio", "mia", "md", "mds", "lakh", "lakhs",
        "crore", "crores", "tausend", "millionen", "milliarde", "milliarden", "billionen",
        "mille", "milliers", "milliard", "milliards", "mil", "millón", "millones", "billón",
        "billones", "mila", "milione", "milioni", "miliardo", "miliardi", "milhão", "milhões",
        "bilhão", "bilhões", "bilião", "biliões", "duizend", "miljoen", "miljard", "tys",
        "tysiąc", "tysięcy", "milion", "miliony", "milionów", "miliard", "miliardy", "miliardów",
        "tusen", "miljon", "miljoner", "miljarder", "milj", "mdr",
    }
)  # fmt: skip


def merged(data: dict[str, Any], whole: Any) -> dict[str, Any]:
    """The figure's fields with a Chinese, Japanese or Korean scale at its unit's start merged into
    its value (`whole` makes the value exact: an int or a Decimal); a ValueError for a Latin-script
    scale word, which says what to write instead. Other fields as they are."""
    unit, value = data.get("unit"), data.get("value")
    if not isinstance(unit, str) or value is None:
        return data
    word = unit.strip().split(" ")[0] if unit.strip() else ""
    if word.casefold().rstrip(".") in LATIN_SCALE_WORDS:
        rest = unit.strip()[len(word) :].strip()
        if _written_in_full(value, word):  # 'value: 38600000, unit: million hours' (review OO2)
            raise ValueError(
                f"the unit {unit!r} begins with the scale word {word!r}, and {value} looks written "
                f"in full already: keep value: {value} and write {f'unit: {rest}' if rest else 'no unit'}; "
                "reportgen prints the scale word itself, in the document's language"
            )
        read = number_hints.read(f"{value} {word}")
        number = (
            f"value: {format(read.normalize(), 'f')}" if read is not None else "the whole number as the value"
        )
        raise ValueError(
            f"the unit {unit!r} begins with the scale word {word!r}: write {number} and "
            f"{f'unit: {rest}' if rest else 'no unit'}; reportgen prints the scale word itself, "
            "in the document's language"
        )
    for scale, factor in CJK_UNIT_SCALES:
        if unit.strip().startswith(scale):
            number = whole(value)
            if not isinstance(number, int | Decimal):
                return data  # not a number: the value's own check says so
            rest = unit.strip()[len(scale) :].strip()
            return {**data, "value": number * factor} | ({"unit": rest} if rest else {"unit": None})
    return data


def _written_in_full(value: Any, word: str) -> bool:
    """Whether `value` is at least one of `word`'s scale (38600000 before 'million'): a number
    already written in full, whose unit's scale word would scale it again."""
    number, one = number_hints.read(str(value)), number_hints.read(f"1 {word}")
    return number is not None and one is not None and one > 1 and number >= one


# -- a chart title's scale -------------------------------------------------------------------------

#: What each Latin-script scale word a chart's title may put in brackets multiplies by, at least
#: ("billion" is 10⁹ or 10¹²: the lesser): "(in millions)", "(Mio. €)", "(en milliers)".
_TITLE_FACTORS: dict[str, int] = {
    **dict.fromkeys(
        ("thousand", "thousands", "tsd", "tausend", "mille", "milliers", "mil", "duizend", "tys",
         "tysiąc", "tysięcy", "tusen"),
        10**3,
    ),
    **dict.fromkeys(("lakh", "lakhs"), 10**5),
    **dict.fromkeys(("crore", "crores"), 10**7),
    **dict.fromkeys(
        ("million", "millions", "mn", "mln", "mio", "millionen", "millón", "millones", "milione",
         "milioni", "milhão", "milhões", "miljoen", "milion", "miliony", "milionów", "miljon",
         "miljoner", "milj"),
        10**6,
    ),
    **dict.fromkeys(
        ("billion", "billions", "bn", "mrd", "md", "mds", "mia", "milliard", "milliards",
         "milliarde", "milliarden", "miliardo", "miliardi", "miljard", "miliard", "miliardy",
         "miliardów", "miljarder", "mdr", "billón", "billones", "bilhão", "bilhões", "bilião",
         "biliões", "billionen", "trillion"),
        10**9,
    ),
}  # fmt: skip
#: A bracketed part of a title: half- or full-width brackets, with the space before it.
_BRACKETED = re.compile(r"(\s*)([(（])([^()（）]{1,30})([)）])")
#: The word a table heads its unit with ('単位：万回', '단위: 만 명'), read before the scale.
_UNIT_WORD = re.compile(r"^(?:単位|单位|單位|단위)\s*[:：]\s*")
#: The words before a scale in brackets ('in millions', 'en milliers', 'em milhões', 'w tys.').
_BEFORE_SCALE: frozenset[str] = frozenset({"in", "en", "em", "i", "w", "im", "de", "di", "x"})
#: Most words a bracketed scale and its unit take ('in Mio. Euro'): more is a phrase, kept.
_MOST_WORDS = 4


def _title_factor(inside: str) -> int | None:
    """The factor a title's bracketed text ('万回', 'in millions', 'Mio. €') scales its numbers by,
    or None where it names no scale."""
    text = _UNIT_WORD.sub("", inside.strip())
    for scale, factor in CJK_UNIT_SCALES:
        if text.startswith(scale):
            return factor
    words = re.findall(r"[^\W\d_]+", text)
    if not words or len(words) > _MOST_WORDS:
        return None
    factors = [_TITLE_FACTORS[w.casefold()] for w in words if w.casefold() in _TITLE_FACTORS]
    return factors[0] if len(factors) == 1 else None


def title_without_scale(title: str, values: Sequence[float]) -> str:
    """A chart's `title` without a bracketed scale its values already count in whole ('視聴回数の推移
    （万回）' over '1億2500万回'; 'Viewers (in millions)' over '12,500,000'): the value labels print
    each number whole, its scale in words where it has one (`merged`), so the title's was wrong
    (review CC). A scale the values are smaller than (12.5 under '(in millions)') is the only one
    the chart says, and kept; so is every other bracketed text ('(KES)', '（人）')."""
    largest = max((abs(v) for v in values), default=0.0)

    def drop(found: re.Match[str]) -> str:
        space, opening, inside, closing = found.groups()
        factor = _title_factor(inside)
        if factor is None or largest < factor:
            return found.group(0)
        if any(_UNIT_WORD.sub("", inside.strip()).startswith(scale) for scale, _ in CJK_UNIT_SCALES):
            return ""  # '（万回）': the labels print the counter ('1億2500万回')
        # a Latin-script unit after its scale stays ('Umsatz (Mio. €)': 'Umsatz (€)')
        rest = [
            w for w in inside.split() if w.casefold().rstrip(".") not in _TITLE_FACTORS.keys() | _BEFORE_SCALE
        ]
        return f"{space}{opening}{' '.join(rest)}{closing}" if rest else ""

    return _BRACKETED.sub(drop, title).strip() or title
