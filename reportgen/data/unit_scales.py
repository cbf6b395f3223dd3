"""A figure's unit that begins with a scale word: its count written in ten-thousands ("value: 12500,
unit: 万回", as a Japanese table heads a column "（万回）"), or in millions ("unit: million viewers").

Review Z's game showcase printed "1万2500万回": the writer's 万 was taken as part of a counted noun
and the number was scaled again. A Chinese, Japanese or Korean scale at the unit's start is merged
into the number, exactly (12500 万回 is 125,000,000 回), as it has one meaning in every one of those
languages. A Latin-script scale word is refused with the whole number to write instead: "billion"
is 10⁹ in English and 10¹² in French and German, and the model does not know the language yet.
"""

from __future__ import annotations

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
