"""A rise of a doubling or more, said as an editor says it: a multiple of the start, not a share
('More than six times 2022's', 'Ponad sześć razy więcej niż w 2022 roku', '2022년 대비 6배 이상'),
review RR1: 'O ponad 539% więcej niż w 2022' read as machine output.

The multiple is rounded down, 'more than' where the amounts are not a whole multiple (or the last is
a lower bound: 'more than PLN 2.43 million'), never rounded up; spelled where the language spells
small numbers, in digits elsewhere (Chinese, Japanese, Korean write '6倍', '6배'). A bare year the
change is counted from takes the language's year form (`YEAR`: '2025년', '2023年', '2022 roku').
"""

from __future__ import annotations

import math
import re
from decimal import Decimal

from reportgen.data import messages
from reportgen.data.messages import N_, NC_

#: A rise to twice the start, and to more than twice it.
DOUBLE = N_("Twice %(start)s's")
MORE_THAN_DOUBLE = N_("More than twice %(start)s's")
#: A rise to a whole multiple of the start from three on, and to more than one.
TIMES = N_("%(times)s times %(start)s's")
MORE_THAN_TIMES = N_("More than %(times)s times %(start)s's")
#: A year as a change's sentence names it: '2025년', '2023年', '2022 roku' ('niż w 2022 roku').
YEAR = NC_("a year a change is counted from", "%(year)s")

#: Three to twelve in the languages that spell them (by catalogue name); digits elsewhere.
_SPELLED: dict[str, tuple[str, ...]] = {
    "en": ("three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"),
    "de": ("drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf"),
    "fr": ("trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze"),
    "es": ("tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce"),
    "it": ("tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci", "undici", "dodici"),
    "pt": ("três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez", "onze", "doze"),
    "nl": ("drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf"),
    "pl": (
        "trzy", "cztery", "pięć", "sześć", "siedem", "osiem", "dziewięć", "dziesięć",
        "jedenaście", "dwanaście",
    ),
    "sv": ("tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv"),
    "da": ("tre", "fire", "fem", "seks", "syv", "otte", "ni", "ti", "elleve", "tolv"),
    "nb": ("tre", "fire", "fem", "seks", "sju", "åtte", "ni", "ti", "elleve", "tolv"),
    "tr": ("üç", "dört", "beş", "altı", "yedi", "sekiz", "dokuz", "on", "on bir", "on iki"),
}  # fmt: skip
_FIRST_SPELLED = 3
_BARE_YEAR = re.compile(r"(?:1[89]|2\d)\d\d")


def multiple(first: float, last: float, above: bool) -> tuple[int, bool]:
    """The whole multiple `last` is of `first`, rounded down, and whether the truth is more than it
    (not whole, or `last` a lower bound); (0, False) below a doubling."""
    if first <= 0:
        return 0, False
    ratio = Decimal(str(last)) / Decimal(str(first))
    times = math.floor(ratio)
    if times < 2:
        return 0, False
    return times, above or ratio != times


def rise_words(first: float, last: float, above: bool, start: str, locale: str) -> str:
    """A rise from `first` to `last` since `start` as a multiple in `locale`'s words ('More than
    six times 2022's'), capitalised; '' below a doubling."""
    times, more = multiple(first, last, above)
    if not times:
        return ""
    if times == 2:
        said = messages.gettext(locale, MORE_THAN_DOUBLE if more else DOUBLE, start=start)
    else:
        pattern = MORE_THAN_TIMES if more else TIMES
        said = messages.gettext(locale, pattern, times=_spelled(times, locale), start=start)
    return said[:1].upper() + said[1:]


def year_form(label: str, locale: str) -> str:
    """`label` as a change's sentence names it: a bare year in the language's year form ('2025년',
    '2022 roku'), anything else as it is."""
    if not _BARE_YEAR.fullmatch(label.strip()):
        return label
    return messages.interpolate(messages.pgettext(locale, YEAR), {"year": label.strip()})


def _spelled(times: int, locale: str) -> str:
    words = _SPELLED.get(messages.catalogue_name(locale).split("_")[0], ())
    index = times - _FIRST_SPELLED
    return words[index] if 0 <= index < len(words) else str(times)
