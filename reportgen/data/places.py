"""The event's city as the place of a sentence, with the word for 'in' as its language says it
(issue 19): 'in Shanghai', 'à Paris', 'au Havre', 'al Cairo', 'no Porto', 'en El Cairo'.

Some cities take an article (o Porto, le Havre, il Cairo), and French, Italian and Portuguese
join it to the preposition: 'à' + 'le' is 'au', 'a' + 'il' is 'al', 'em' + 'o' is 'no'. A city
written with an article only its own language has ('Le Havre', 'Il Cairo', 'O Porto') is
contracted by that rule (an Italian text keeps 'a Le Havre'); a city that takes one but is
usually written without it ('Porto', 'Rio de Janeiro', 'Cairo') is found in a small table of
well-known cities, a lexicon rather than a guess; the event file's `in_city` says it for any
other ('in_city: {pt: no Fundão}'). Chinese, Japanese and Korean put the city's particle
in the sentence itself ('在上海', '東京で'): the city is given alone.
"""

from __future__ import annotations

import re

from reportgen.data import turkish_suffixes
from reportgen.data.messages import N_
from reportgen.data.phrases import is_cjk

#: The word for 'in' before a city, per language.
#: The languages whose messages hold the city's particle themselves ('在上海', '大阪で', '부산에서').
_CITY_ALONE = frozenset({"zh", "ja", "ko"})
_IN = {
    "en": "in",
    "de": "in",
    "nl": "in",
    "fr": "à",
    "es": "en",
    "it": "a",
    "pt": "em",
    "sv": "i",
    "da": "i",
    "nb": "i",
}

#: The articles of a language's own that its preposition joins ('Le Havre': 'au Havre'), only
#: those no other language writes before a city: an Italian text keeps 'a Le Havre', 'a La Paz'.
_JOINED: dict[str, dict[str, str]] = {
    "fr": {"le": "au", "les": "aux"},  # 'à La Rochelle' and 'à L'Isle-Adam' stay apart
    "it": {"il": "al", "lo": "allo", "gli": "agli"},
    "pt": {"o": "no", "os": "nos", "a": "na", "as": "nas"},
}

#: Polish puts a city after 'w' in the locative, which changes the name ('w Poznaniu', 'we
#: Wrocławiu', 'w Katowicach'): the cities where fairs, festivals and congresses are held, as a
#: lexicon, never a guess. Any other city is named after the date in brackets (`in_city`), until
#: the event file's `in_city: {pl: w Nadarzynie}` says it.
_POLISH_CITIES = {
    "Warszawa": "w Warszawie", "Kraków": "w Krakowie", "Poznań": "w Poznaniu", "Gdańsk": "w Gdańsku",
    "Wrocław": "we Wrocławiu", "Łódź": "w Łodzi", "Katowice": "w Katowicach", "Kielce": "w Kielcach",
    "Lublin": "w Lublinie", "Szczecin": "w Szczecinie", "Bydgoszcz": "w Bydgoszczy",
    "Gdynia": "w Gdyni", "Sopot": "w Sopocie", "Toruń": "w Toruniu", "Rzeszów": "w Rzeszowie",
    "Białystok": "w Białymstoku", "Olsztyn": "w Olsztynie", "Opole": "w Opolu",
    "Zielona Góra": "w Zielonej Górze", "Gorzów Wielkopolski": "w Gorzowie Wielkopolskim",
    "Częstochowa": "w Częstochowie", "Radom": "w Radomiu", "Gliwice": "w Gliwicach",
    "Sosnowiec": "w Sosnowcu", "Bielsko-Biała": "w Bielsku-Białej", "Zakopane": "w Zakopanem",
    "Nadarzyn": "w Nadarzynie", "Ostróda": "w Ostródzie", "Płock": "w Płocku", "Elbląg": "w Elblągu",
    "Berlin": "w Berlinie", "Wiedeń": "w Wiedniu", "Praga": "w Pradze", "Londyn": "w Londynie",
    "Paryż": "w Paryżu", "Wilno": "w Wilnie", "Lwów": "we Lwowie", "Kijów": "w Kijowie",
}  # fmt: skip

#: Well-known cities that take an article, as they follow the word for 'in', per language
#: ('Porto' is 'o Porto': 'no Porto'; 'Cairo' is 'il Cairo': 'al Cairo').
_WITH_ARTICLE: dict[str, dict[str, str]] = {
    "pt": {
        "Porto": "no Porto",
        "Rio de Janeiro": "no Rio de Janeiro",
        "Rio": "no Rio",
        "Cairo": "no Cairo",
        "Recife": "no Recife",
        "Funchal": "no Funchal",
        "Crato": "no Crato",
    },
    "it": {
        "Cairo": "al Cairo",
        "La Spezia": "alla Spezia",
        "L'Aquila": "all'Aquila",
        "L’Aquila": "all’Aquila",
        "Aia": "all'Aia",
        "L'Aia": "all'Aia",
    },
    "fr": {"Caire": "au Caire", "Havre": "au Havre"},
    "es": {"Cairo": "en El Cairo", "Haya": "en La Haya"},
    "pl": _POLISH_CITIES,
}

#: The sentences the default templates wrote before the city's preposition moved into `in_city`:
#: kept in the catalogues, so a project's own templates made from the earlier ones still read in
#: every language.
EARLIER_MESSAGES = (
    N_("%(name)s ended in %(city)s on %(date)s."),
    N_("%(name)s (%(short_name)s) ended in %(city)s on %(date)s."),
    N_("%(name)s (%(short_name)s): closing in %(city)s on %(date)s."),
)


def in_city(city: str, language: str, written: str | None = None) -> str:
    """`city` after the word for 'in' in `language` ('no Porto'); `written`, the event file's own
    `in_city`, wins. Chinese, Japanese and Korean: the city alone (their sentences hold its
    particle). Turkish: the locative ending ('İstanbul’da'). Polish: the locative from a lexicon
    ('w Poznaniu'), else the city in brackets after the date ('zakończenie 15 marca 2024
    (Nadarzyn)'), never a guessed ending. A language with no
    words here has no catalogue either, so its closing sentence is the English one: 'in Helsinki'
    (review H read '… ended Katowice on …')."""
    if written:
        return written.strip()
    city = " ".join(city.split())
    if language in _CITY_ALONE:
        return city
    known = _WITH_ARTICLE.get(language, {}).get(city)
    if known:
        return known
    if language == "tr":  # a case ending, not a word: 'İstanbul’da', 'İzmir’de', 'Paris’te'
        return city + turkish_suffixes.suffix(city, turkish_suffixes.LOCATIVE)
    if language == "pl":  # a city whose locative is not known: named, never declined by guess
        return f"({city})"
    if language not in _IN:
        return f"{_IN['en']} {city}"
    first, _, rest = city.partition(" ")
    joined = _JOINED.get(language, {}).get(first.casefold())
    if joined and rest[:1].isupper():  # 'Le Havre': 'au Havre', 'Il Cairo': 'al Cairo'
        return f"{joined} {rest}"
    if language == "it" and city[:1] in "Aa":  # the euphonic d: 'ad Alba', 'ad Ancona' (review U)
        return f"ad {city}"
    return f"{_IN[language]} {city}"


def says(whole: str, part: str) -> bool:
    """Whether `whole` already says `part`: as words of it ('Hong Kong SAR' says 'Hong Kong',
    'Singapore' says 'Singapore'), or within it in Chinese, Japanese and Korean, which put no
    spaces between words ('中國香港' says '香港')."""
    whole, part = " ".join(whole.split()).casefold(), " ".join(part.split()).casefold()
    if not whole or not part:
        return False
    if any(is_cjk(c) for c in part):
        return part in whole
    return re.search(rf"(?<!\w){re.escape(part)}(?!\w)", whole) is not None
