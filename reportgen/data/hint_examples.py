"""`validate`'s examples in the event file's own language: the field an author should add, written
as an author of that language writes it ('sentence: "총상금은 {value}에 달했다."', 'unit: 명',
'label: 2026년 관람객'). The warnings themselves are English; their example is the file's (review
DD: a ko_KR file was told to write 'The winner took home {value}.'). One table per kind of example,
by catalogue name (zh_Hans and zh_Hant write Chinese in their own script); English where the
language has none.
"""

from __future__ import annotations

from reportgen.data.messages import catalogue_name

#: A figure's `sentence:` around {value}, as an editor writes one.
SENTENCES = {
    "en": "The winner took home {value}.",
    "de": "Die Investitionen beliefen sich auf {value}.",
    "fr": "Le chiffre d’affaires s’est élevé à {value}.",
    "es": "El presupuesto fue de {value}.",
    "it": "Il fatturato è stato di {value}.",
    "pt": "O orçamento foi de {value}.",
    "nl": "Het prijzengeld bedroeg {value}.",
    "pl": "Pula nagród wyniosła {value}.",
    "sv": "Prissumman uppgick till {value}.",
    "da": "Præmiesummen udgjorde {value}.",
    "nb": "Premiesummen var på {value}.",
    "ja": "賞金総額は{value}に上った。",
    "ko": "총상금은 {value}에 달했다.",
    "zh_Hans": "奖金总额达{value}。",
    "zh_Hant": "獎金總額達{value}。",
}

#: A counted figure's `sentence:` around {value} (a sum of money takes `SENTENCES`): review QQ2, a
#: Swedish file told to write its 96 sessions as 'Prissumman uppgick till {value}.' (the prize money).
COUNT_SENTENCES = {
    "en": "The event drew {value}.",
    "de": "Die Veranstaltung zählte {value}.",
    "fr": "L’événement a réuni {value}.",
    "es": "El evento reunió a {value}.",
    "it": "L’evento ha riunito {value}.",
    "pt": "O evento contou com {value}.",
    "nl": "Het evenement trok {value}.",
    "pl": "W wydarzeniu wzięło udział {value}.",
    "sv": "Evenemanget samlade {value}.",
    "da": "Arrangementet samlede {value}.",
    "nb": "Arrangementet samlet {value}.",
    "ja": "参加者は{value}に上った。",
    "ko": "참가자는 {value}에 달했다.",
    "zh_Hans": "活动共吸引{value}。",
    "zh_Hant": "活動共吸引{value}。",
}

#: A figure's `label:` that says what it counts in a year ({year}).
YEAR_LABELS = {
    "en": "Visitors in {year}",
    "de": "Besucher im Jahr {year}",
    "fr": "Visiteurs en {year}",
    "es": "Visitantes en {year}",
    "it": "Visitatori nel {year}",
    "pt": "Visitantes em {year}",
    "nl": "Bezoekers in {year}",
    "pl": "Zwiedzający w {year} roku",
    "sv": "Besökare {year}",
    "da": "Besøgende i {year}",
    "nb": "Besøkende i {year}",
    "ja": "{year}年の来場者数",
    "ko": "{year}년 관람객",
    "zh_Hans": "{year}年观众人数",
    "zh_Hant": "{year}年觀眾人數",
}

#: A figure's `unit:`, the noun (or counter) it counts.
UNITS = {
    "en": "visitors",
    "de": "Besucher",
    "fr": "visiteurs",
    "es": "visitantes",
    "it": "visitatori",
    "pt": "visitantes",
    "nl": "bezoekers",
    "pl": "zwiedzających",
    "sv": "besökare",
    "da": "besøgende",
    "nb": "besøkende",
    "ja": "人",
    "ko": "명",
    "zh_Hans": "人",
    "zh_Hant": "人",
}


def sentence_example(amount: bool, locale: str) -> str:
    """A `sentence:` example for a figure: of money where it is an amount, else of a count."""
    return example(SENTENCES if amount else COUNT_SENTENCES, locale)


def example(table: dict[str, str], locale: str) -> str:
    """The table's example in the locale's language (its catalogue's), English where it has none."""
    return table.get(catalogue_name(locale), table["en"])
