"""A section's summary whose count its own data contradicts: 'Trois initiatives ont été
présentées…' over one launch (review W). `validate` warns where a summary counts (in digits, or in
the language's words for 2 to 12) the section's launches, people or the items of one of its lists
(nouns known per language, or the list's own label), and the section lists another number (for
a list, fewer: a summary may count some of its items, 'three sponsors renewed').

Allow-lists per language: number words, and the nouns that name a launch or a person of a section;
a count of anything else ('three days', 'cinq continents') is not read."""

from __future__ import annotations

import re
from collections.abc import Iterator

from reportgen.data.model import EventSummary, Section

_WORDS_2_TO_12 = {
    "en": "two three four five six seven eight nine ten eleven twelve",
    "de": "zwei drei vier fünf sechs sieben acht neun zehn elf zwölf",
    "fr": "deux trois quatre cinq six sept huit neuf dix onze douze",
    "es": "dos tres cuatro cinco seis siete ocho nueve diez once doce",
    "it": "due tre quattro cinque sei sette otto nove dieci undici dodici",
    "pt": "dois três quatro cinco seis sete oito nove dez onze doze",
    "nl": "twee drie vier vijf zes zeven acht negen tien elf twaalf",
    "sv": "två tre fyra fem sex sju åtta nio tio elva tolv",
    "da": "to tre fire fem seks syv otte ni ti elleve tolv",
    "nb": "to tre fire fem seks sju åtte ni ti elleve tolv",
    "tr": "iki üç dört beş altı yedi sekiz dokuz on",  # 11 and 12 are two words: 'on bir'
    "pl": "dwa trzy cztery pięć sześć siedem osiem dziewięć dziesięć jedenaście dwanaście",
    "ja": "二 三 四 五 六 七 八 九 十 十一 十二",
    "zh": "二 三 四 五 六 七 八 九 十 十一 十二",
    "ko": "두 세 네 다섯 여섯 일곱 여덟 아홉 열 열한 열두",
}
#: Other forms of the same numbers (a feminine, a case, Chinese 两).
_MORE_WORDS = {
    "pt": {"duas": 2},
    "nb": {"syv": 7},
    "pl": {"dwie": 2, "dwóch": 2, "trzech": 3, "czterech": 4, "pięciu": 5, "sześciu": 6, "siedmiu": 7},
    "zh": {"两": 2, "兩": 2},
    "ko": {"둘": 2, "셋": 3, "넷": 4},
}
NUMBER_WORDS: dict[str, dict[str, int]] = {
    lang: {**{w: n for n, w in enumerate(words.split(), 2)}, **_MORE_WORDS.get(lang, {})}
    for lang, words in _WORDS_2_TO_12.items()
}

#: Nouns (plural forms, in small letters) that count a section's launches, per language; not
#: 'funds', which a section's figures are as often ('Three funds were launched': three figures).
LAUNCH_NOUNS: dict[str, tuple[str, ...]] = {
    "en": ("launches", "initiatives", "products", "programmes", "programs", "announcements"),
    "de": ("neuheiten", "initiativen", "produkte", "programme", "markteinführungen", "ankündigungen"),
    "fr": ("lancements", "initiatives", "produits", "programmes", "annonces", "nouveautés"),
    "es": ("lanzamientos", "iniciativas", "productos", "programas", "anuncios", "novedades"),
    "it": ("lanci", "iniziative", "prodotti", "programmi", "annunci", "novità"),
    "pt": ("lançamentos", "iniciativas", "produtos", "programas", "anúncios", "novidades"),
    "nl": ("lanceringen", "initiatieven", "producten", "programma's", "aankondigingen"),
    "sv": ("lanseringar", "initiativ", "produkter", "program", "nyheter"),
    "da": ("lanceringer", "initiativer", "produkter", "programmer", "nyheder"),
    "nb": ("lanseringer", "initiativer", "produkter", "programmer", "nyheter"),
    "tr": ("ürün", "girişim", "program", "lansman", "duyuru"),  # singular after a number: 'üç ürün'
    "pl": (
        "inicjatywy",
        "inicjatyw",
        "produkty",
        "produktów",
        "programy",
        "programów",
        "premiery",
        "premier",
    ),
    "ja": ("新製品", "製品", "取り組み", "新サービス"),
    "zh": ("新品", "产品", "產品", "倡议", "倡議", "计划", "計劃"),
    "ko": ("신제품", "제품", "이니셔티브"),
}

#: Nouns that count a section's people, per language.
PEOPLE_NOUNS: dict[str, tuple[str, ...]] = {
    "en": ("speakers", "winners", "laureates", "panellists", "panelists"),
    "de": ("redner", "rednerinnen", "preisträger", "preisträgerinnen", "gewinner", "gewinnerinnen"),
    "fr": ("intervenants", "intervenantes", "lauréats", "lauréates", "gagnants", "gagnantes"),
    "es": ("ponentes", "oradores", "ganadores", "ganadoras", "galardonados", "galardonadas"),
    "it": ("relatori", "relatrici", "vincitori", "vincitrici", "premiati"),
    "pt": ("oradores", "palestrantes", "vencedores", "vencedoras", "premiados"),
    "nl": ("sprekers", "winnaars", "laureaten", "prijswinnaars"),
    "sv": ("talare", "vinnare", "pristagare"),
    "da": ("talere", "vindere", "prisvindere", "prismodtagere"),
    "nb": ("talere", "vinnere", "prisvinnere", "prismottakere"),
    "tr": ("konuşmacı", "kazanan"),
    "pl": ("prelegentów", "prelegenci", "laureatów", "laureaci", "zwycięzców", "zwycięzcy"),
    "ja": ("受賞者", "登壇者", "講演者"),
    "zh": ("获奖者", "獲獎者", "嘉宾", "嘉賓", "演讲嘉宾"),
    "ko": ("수상자", "연사", "발표자"),
}

_CJK = ("ja", "zh", "ko")


def _language(locale: str) -> str:
    return locale.replace("-", "_").split("_")[0].lower()


def _counts(text: str, lang: str) -> Iterator[tuple[int, str, tuple[str, ...]]]:
    """(the number, as written, and what follows it: the next two words, or a few characters of
    Chinese, Japanese or Korean, where the counter and the noun follow) for each count in `text`."""
    words = NUMBER_WORDS.get(lang, {})
    if lang in _CJK:  # '三项倡议', '세 가지 신제품': the number, a counter, the noun within a few marks
        names = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
        for found in re.finditer(rf"(\d+|{names})", text):
            number = found.group(1)
            value = int(number) if number.isdigit() else words[number]
            yield value, number, (text[found.end() : found.end() + 8],)
        return
    tokens = re.findall(r"[\w’'-]+", text)
    for index, token in enumerate(tokens):
        value = int(token) if token.isdigit() else words.get(token.casefold())
        if value is not None:
            yield value, token, tuple(tokens[index + 1 : index + 3])  # the noun, or a word and the noun


def _said(after: tuple[str, ...], nouns: tuple[str, ...], lang: str) -> str:
    """The words of `after` up to the noun of `nouns` it holds ('initiatives'), '' where none."""
    if lang in _CJK:
        ends = [after[0].find(noun) + len(noun) for noun in nouns if noun in after[0]]
        return after[0][: min(ends)] if ends else ""
    for index, word in enumerate(after):
        if word.casefold() in nouns:
            return " ".join(after[: index + 1])
    return ""


def _kinds(section: Section, lang: str) -> Iterator[tuple[tuple[str, ...], int, str]]:
    """(the nouns that count them, how many the section lists, what they are: 'launches') of a
    section's launches, people and each list's items (counted by its label's words)."""
    if section.launches:
        many = len(section.launches)
        yield LAUNCH_NOUNS.get(lang, ()), many, "launch" if many == 1 else "launches"
    if section.people:
        many = len(section.people)
        yield PEOPLE_NOUNS.get(lang, ()), many, "person" if many == 1 else "people"
    for lid, item_list in section.lists.items():
        label = tuple(w.casefold() for w in re.findall(r"\w+", str(item_list.label or "")) if len(w) > 3)
        if label and lang not in _CJK:
            many = len(item_list.items)
            yield label, many, f"{'item' if many == 1 else 'items'} in its list '{lid}'"


def summary_count_warnings(summary: EventSummary) -> list[str]:
    """`validate`'s warnings for section summaries that count what the section lists otherwise."""
    lang = _language(summary.formatting.locale)
    warnings = []
    for sid, section in summary.sections.items():
        text = str(section.summary or "")
        kinds = list(_kinds(section, lang))
        for value, number, after in _counts(text, lang):
            if any(listed == value for _, listed, _ in kinds):
                continue  # 'Ti vindere' over two people quoted and a list of ten winners (review ZZ4)
            for nouns, listed, what in kinds:
                # a list's items: a summary may count some of them ('three sponsors renewed')
                subset = what.startswith(("item ", "items ")) and value < listed
                said = _said(after, nouns, lang)
                if value != listed and not subset and said:
                    space = "" if lang in _CJK else " "
                    warnings.append(
                        f"sections.{sid}.summary: says '{number}{space}{said}' ({value}), but the section "
                        f"lists {listed} {what}; make the summary's count match what it lists, or list "
                        "the others"
                    )
    return warnings
