"""Whether a chart's title names the unit its labels count, in a bracket ('Distacchi dal vincitore
(secondi)', 'Wartezeit (Min.)', '距离（公里）'): the unit is then said once, and its labels print
their numbers bare ('8,7', not '8,7 s' under '(secondi)': review YY2 #7)."""

from __future__ import annotations

import re
from functools import cache

from babel import Locale, UnknownLocaleError

#: A unit symbol and CLDR's unit of it, whose names in each language a title may write.
CLDR_UNITS = {
    "s": "duration-second",
    "min": "duration-minute",
    "h": "duration-hour",
    "km": "length-kilometer",
    "m": "length-meter",
    "cm": "length-centimeter",
    "mm": "length-millimeter",
    "kg": "mass-kilogram",
    "g": "mass-gram",
    "t": "mass-tonne",
    "l": "volume-liter",
    "ml": "volume-milliliter",
    "ha": "area-hectare",
    "m²": "area-square-meter",
    "km²": "area-square-kilometer",
    "°C": "temperature-celsius",
    "kWh": "energy-kilowatt-hour",
    "MWh": "energy-megawatt-hour",
    "kW": "power-kilowatt",
    "MW": "power-megawatt",
    "GW": "power-gigawatt",
}
#: Signs a label keeps whatever its title says: a bare '61' would read as a count.
KEPT_SIGNS = frozenset({"%", "‰"})

_BRACKETED = re.compile(r"[(（]\s*([^()（）]{1,30}?)\s*[)）]")
_PLACEHOLDER = re.compile(r"\{0\}")


@cache
def unit_names(unit: str, locale: str) -> frozenset[str]:
    """The words `locale` writes for `unit` alone, folded: the symbol and CLDR's names of it in
    each length and plural ('s', 'secondo', 'secondi', 'sek.', '秒')."""
    names = {unit.casefold()}
    cldr = CLDR_UNITS.get(unit)
    if cldr is None:
        return frozenset(names)
    try:
        patterns = Locale.parse(locale)._data["unit_patterns"].get(cldr, {})
    except (ValueError, UnknownLocaleError):
        return frozenset(names)
    for forms in patterns.values():
        for plural, pattern in forms.items():
            if plural != "per":
                names.add(_PLACEHOLDER.sub("", str(pattern)).strip().casefold())
    return frozenset(n for n in names if n)


def title_names_unit(title: str, unit: str, locale: str) -> bool:
    """Whether `title` names `unit` in a bracket of its own ('(secondi)', '(s)', '（秒）')."""
    if not unit or unit in KEPT_SIGNS:
        return False
    names = unit_names(unit, locale)
    return any(m.group(1).strip().casefold() in names for m in _BRACKETED.finditer(title))
