"""The indefinite article for a count of exactly one: 'An opening ceremony', 'Eine Eröffnungsfeier',
'Une cérémonie d'ouverture', so a list does not read '1 opening ceremony' (issue 19 item 4).

English chooses 'a' or 'an' by the first sound. German and French choose by the noun's gender,
which the data does not give: only endings that tell it surely are used ('-ung' is feminine,
'-ment' masculine); for any other noun '' is returned and the number stays ('1 Sitzplatz').
Chinese and Japanese need none: '开幕式1场' and '開会式は1回' read as a writer puts them.
"""

from __future__ import annotations

import re

#: Words whose first letter is a vowel but whose sound is not ('a university', 'a one-day
#: forum', 'a European summit'), and those whose first letter is not but whose sound is ('an hour').
_CONSONANT_SOUND = re.compile(r"^(?:uni|use|usu|uti|eu|one|once|ewe)", re.IGNORECASE)
_VOWEL_SOUND = re.compile(r"^(?:hour|honou?r|honest|heir)", re.IGNORECASE)
#: An initialism read letter by letter starts with a vowel sound after these letters ('an AI lab').
_VOWEL_LETTERS = "AEFHILMNORSX"

#: German endings (of a compound's last part) whose gender is sure: feminine takes 'eine'; masculine
#: and neuter both 'ein' (nominative).
_DE_FEMININE = (
    "ung", "heit", "keit", "schaft", "ion", "tät", "feier", "zeremonie", "messe", "konferenz",
    "rede", "gala", "ausstellung", "verleihung", "tagung", "sitzung", "runde",
)  # fmt: skip
_DE_OTHER = (
    "chen", "lein", "ling", "ismus", "ment", "träger", "trägerin", "gewinner", "preis", "vertrag",
    "gipfel", "kongress", "forum", "festival", "konzert", "programm", "projekt", "abkommen",
    "zentrum", "institut", "wettbewerb", "vortrag", "empfang", "abend",
)  # fmt: skip
#: French endings of the label's first word (its noun) whose gender is sure.
_FR_FEMININE = (
    "tion", "sion", "ité", "ence", "ance", "ette", "cérémonie", "conférence", "exposition", "soirée",
    "table", "journée", "séance", "remise",
)  # fmt: skip
_FR_MASCULINE = (
    "ment", "isme", "prix", "lauréat", "forum", "sommet", "festival", "concert", "congrès",
    "gala", "contrat", "accord", "projet", "dîner", "atelier", "salon",
)  # fmt: skip


def indefinite(label: str, lang: str) -> str:
    """'A'/'An', 'Ein'/'Eine', 'Un'/'Une' before `label` (as it reads after a number, one singular
    noun phrase); '' where the article is not sure, so the number stays."""
    words = label.split()
    if not words or not words[0][:1].isalpha():
        return ""
    if lang == "en":
        return _english(words[0])
    if lang == "de" and len(words) == 1:  # an adjective before the noun would change its ending
        return _by_ending(words[0], _DE_FEMININE, _DE_OTHER, ("Eine", "Ein"))
    if lang == "fr":
        return _by_ending(words[0], _FR_FEMININE, _FR_MASCULINE, ("Une", "Un"))
    return ""


def _english(first: str) -> str:
    if first.isupper() and len(first) > 1:  # an initialism: 'an AI lab', 'a UN agency'
        vowel = first[0] in _VOWEL_LETTERS
    else:
        vowel = bool(_VOWEL_SOUND.match(first)) or (
            first[0].lower() in "aeiou" and not _CONSONANT_SOUND.match(first)
        )
    return "An" if vowel else "A"


def _by_ending(
    word: str, feminine: tuple[str, ...], other: tuple[str, ...], articles: tuple[str, str]
) -> str:
    word = word.casefold()
    if word.endswith(feminine):
        return articles[0]
    if word.endswith(other):
        return articles[1]
    return ""
