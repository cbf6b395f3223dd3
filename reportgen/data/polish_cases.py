"""A Polish unit in the wrong case after a preposition: "Zawody transmitowano na żywo w {value}."
with `unit: krajów` prints "w 27 krajów", but after "w" a place takes the locative, "w 27
krajach" (review FF). The unit is written in the form its number alone takes (docs/data.md:
"unit: krajów" for 27), which tiles and the band print; a sentence that puts the number after
"w", "we" or "na" needs another.

`validate` hints where a Polish edition's figure sentence has `{value}` right after such a
preposition and the unit is, in an allow-list of common nouns of place, a form other than the
locative plural. Nothing is guessed beyond the list: "w 3 dni" (within three days) and "na 27
krajów" (divided into 27 countries) take the accusative, so "dni" is not listed, and after "na"
only nouns where "na" means "on, at" (a stage, a stand, a continent) are.
"""

from __future__ import annotations

import re

from reportgen.data.model import EventSummary

#: Nouns of place after "w"/"we" (in), each form a number takes (genitive plural for 5 and more,
#: nominative plural for 2 to 4) with its locative plural.
_IN = {
    "krajów": "krajach", "kraje": "krajach", "państw": "państwach", "państwa": "państwach",
    "miast": "miastach", "miasta": "miastach", "regionów": "regionach", "regiony": "regionach",
    "województw": "województwach", "województwa": "województwach", "gmin": "gminach",
    "gminy": "gminach", "powiatów": "powiatach", "powiaty": "powiatach", "szkół": "szkołach",
    "szkoły": "szkołach", "hal": "halach", "hale": "halach", "sal": "salach", "sale": "salach",
    "kin": "kinach", "kina": "kinach", "teatrów": "teatrach", "teatry": "teatrach",
    "muzeów": "muzeach", "muzea": "muzeach", "galerii": "galeriach", "galerie": "galeriach",
    "lokalizacji": "lokalizacjach", "lokalizacje": "lokalizacjach", "obiektów": "obiektach",
    "obiekty": "obiektach", "pawilonów": "pawilonach", "pawilony": "pawilonach",
    "języków": "językach", "języki": "językach", "kategorii": "kategoriach",
    "kategorie": "kategoriach",
    "szpitali": "szpitalach", "szpitale": "szpitalach", "uczelni": "uczelniach",
    "uczelnie": "uczelniach", "kontynentów": "kontynentach", "kontynenty": "kontynentach",
}  # fmt: skip
#: Nouns after "na" (on, at) that take the locative: a stage, a stand, a continent, a platform.
_ON = {
    "scen": "scenach", "sceny": "scenach", "stoisk": "stoiskach", "stoiska": "stoiskach",
    "stadionów": "stadionach", "stadiony": "stadionach", "kontynentów": "kontynentach",
    "kontynenty": "kontynentach", "platform": "platformach", "platformy": "platformach",
    "kortów": "kortach", "korty": "kortach", "skoczni": "skoczniach", "skocznie": "skoczniach",
}  # fmt: skip
_BEFORE = re.compile(r"(?:^|\s)(w|we|na)\s+\{value\}", re.IGNORECASE)


def polish_case_warnings(summary: EventSummary) -> list[str]:
    """`validate`'s hint for each figure of a Polish edition whose sentence puts `{value}` after
    'w', 'we' or 'na' while its unit, a noun of place the lists know, is not in the locative."""
    if summary.formatting.locale.split("_")[0] != "pl":
        return []
    said = []
    for sid, section in summary.sections.items():
        for fid, figure in section.figures.items():
            found = _BEFORE.search(str(figure.sentence or ""))
            if not found:
                continue
            first, _, rest = str(figure.unit or "").partition(" ")
            word = found.group(1)
            table = _ON if word.lower() == "na" else _IN
            locative = table.get(first.casefold())
            if locative is None or locative == first.casefold():
                continue
            tail = f" {rest}" if rest else ""
            said.append(
                f"sections.{sid}.figures.{fid}.sentence: '{word} {{value}}' prints "
                f"'{word} {figure.value} {first}{tail}', but after '{word}' the noun takes the locative "
                f"('{word} {figure.value} {locative}{tail}'); the unit '{first}' is the form its number "
                "takes alone, so word the sentence with the number as its subject ('{value} …')"
            )
    return said
