"""Review OO2: 'Med 86 400 besøkende er dette det høyeste tallet i festivalens 40-årige historie'
marked no record: `data/superlatives.py` knew Danish 'højeste' and Swedish 'högsta', not Norwegian
'høyeste' nor 'enn noen gang'. The record's words are audited for every language the catalogues
hold: a superlative of all time, more than ever (or never so many), and a number only counted or
only compared, which is no record."""

from __future__ import annotations

import pytest

from reportgen.data.messages import catalogues
from reportgen.data.superlatives import claims_record, label_without_claim

#: Per language: a superlative of all time, and more than ever (both a record).
ALL_TIME = {
    "en": "The Rift drew 4.7 million viewers, the highest in the tournament's history.",
    "nb": "Med 86 400 besøkende er dette det høyeste tallet i festivalens 40-årige historie.",
    "da": "Med 51.000 gæster var det det højeste antal i festivalens historie.",
    "sv": "Med 51 000 besökare var det det högsta antalet i festivalens historia.",
    "nl": "Er werd 12 miljoen euro omgezet, het hoogste bedrag in de geschiedenis van de beurs.",
    "de": "Mit 12 Millionen Euro war es der höchste Umsatz aller Zeiten.",
    "fr": "Avec 2 300 participants, c'est le chiffre le plus élevé de l'histoire du colloque.",
    "it": "Alle 17 i visitatori erano oltre 68.500, il dato più alto di sempre.",
    "es": "Más de 205.000 aficionados siguieron la carrera, la cifra más alta de su historia.",
    "pt": "Foram 205 mil visitantes, o número mais alto de todos os tempos.",
    "pl": "Targi odwiedziło 40 tys. osób, najwięcej w historii imprezy.",
    "tr": "Fuarı 40 bin kişi ziyaret etti; bu, fuar tarihinin en yüksek rakamı.",
    "ja": "来場者数は12万人で、これまでで最も多かった。",
    "ko": "관람객 수는 131만 명으로 개최 이래 가장 많았다.",
    "zh_Hans": "观众人次约8.6万，为影展有史以来最多。",
    "zh_Hant": "觀影人次約8.6萬，為影展歷史上最多。",
}
MORE_THAN_EVER = {
    "en": "More teams than ever entered the qualifiers.",
    "nb": "Flere enn noen gang kjøpte billett i år.",
    "da": "Flere end nogensinde købte billet i år.",
    "sv": "Fler än någonsin köpte biljett i år.",
    "nl": "De beurs sloot af met meer afgesloten contracten dan ooit.",
    "de": "Mit über 1.840 Teilnehmenden war die Jahrestagung so gut besucht wie nie zuvor.",
    "fr": "Les exposants ont signé plus de contrats que jamais.",
    "it": "Quest'anno sono arrivati più visitatori che mai.",
    "es": "Este año llegaron más visitantes que nunca.",
    "pt": "Este ano vieram mais visitantes do que nunca.",
    "pl": "W tym roku przyjechało więcej gości niż kiedykolwiek.",
    "tr": "Bu yıl fuara hiç olmadığı kadar çok ziyaretçi geldi.",
    "ja": "今年はかつてないほど多くの来場者が訪れた。",
    "ko": "올해는 그 어느 때보다 많은 관람객이 찾았다.",
    "zh_Hans": "今年观众人数之多前所未有。",
    "zh_Hant": "今年觀眾人數之多前所未有。",
}
#: Never so many, a few words apart.
NEVER_SO_MANY = {
    "en": "Never have so many fans watched a qualifier.",
    "nb": "Aldri før har så mange besøkt festivalen.",
    "da": "Aldrig før har så mange besøgt festivalen.",
    "sv": "Aldrig tidigare har så många besökt festivalen.",
    "nl": "Nog nooit waren er zoveel bezoekers.",
    "de": "Noch nie kamen so viele Besucher.",
    "fr": "Jamais notre colloque n'avait rassemblé autant d'acteurs.",
    "it": "Non si erano mai visti tanti visitatori.",
    "es": "Nunca habían venido tantos visitantes.",
    "pt": "Nunca vieram tantos visitantes.",
    "pl": "Nigdy wcześniej nie było tylu gości.",
}
#: No record: a number counted, compared, or a superlative not of all time; a first showing.
NO_RECORD = [
    "Das Festival zeigte 40 noch nie gezeigte Filme.",
    "Une exposition jamais vue à Paris a réuni 300 œuvres.",
    "Una muestra nunca antes vista reunió 300 obras.",
    "Never before seen footage opened the festival.",
    "Den største scenen var Stortorget, med 12 000 publikummere.",
    "Festivalen har 40 års historie i Tromsø.",
    "Más de 500 empresas participaron en la feria.",
    "Il padiglione più grande era quello del Piemonte.",
    "来場者は10万人を記録した。",
]


@pytest.mark.parametrize("lang", sorted(ALL_TIME))
def test_a_superlative_of_all_time_is_a_record(lang: str) -> None:
    assert claims_record(ALL_TIME[lang])


@pytest.mark.parametrize("lang", sorted(MORE_THAN_EVER))
def test_more_than_ever_is_a_record(lang: str) -> None:
    assert claims_record(MORE_THAN_EVER[lang])


@pytest.mark.parametrize("lang", sorted(NEVER_SO_MANY))
def test_never_so_many_is_a_record(lang: str) -> None:
    assert claims_record(NEVER_SO_MANY[lang])


@pytest.mark.parametrize("text", NO_RECORD)
def test_a_number_counted_or_compared_is_none(text: str) -> None:
    assert not claims_record(text)


def test_every_catalogue_language_is_audited() -> None:
    langs = {*catalogues(), "en"}
    assert langs == set(ALL_TIME) == set(MORE_THAN_EVER)


@pytest.mark.parametrize(
    ("text", "record"),
    [
        # a superlative over all the event's own years is a record of it (review QQ2)
        ("il dato più alto nei quarant'anni del salone", True),
        ("the highest figure in the fair's 40 years", True),
        ("the highest in its forty years", True),
        ("la cifra más alta en sus 40 años de historia", True),
        ("o maior número nos 30 anos do evento", True),
        ("le plus haut en 40 ans d’existence", True),
        # a span of years that is not all of them is no record
        ("the highest in the last ten years", False),
        ("the most in recent years", False),
        ("il più alto negli ultimi dieci anni", False),
        ("più alto nei primi anni del salone", False),
        ("the highest number in 10 years", False),
    ],
)
def test_a_superlative_over_the_events_own_years_is_a_record(text: str, record: bool) -> None:
    assert claims_record(text) is record


@pytest.mark.parametrize(
    ("label", "head"),
    [
        ("Visitatori professionali, record del salone", "Visitatori professionali"),
        ("Investimenti annunciati dagli espositori, record", "Investimenti annunciati dagli espositori"),
        ("Atletas inscritos, recorde dos Jogos", "Atletas inscritos"),
        ("Besucher (Rekord)", "Besucher"),
        ("Besøkende – ny rekord", "Besøkende"),
        ("来场观众（创历届新高）", "来场观众"),
        ("Record attendance", None),  # the label is its record: it keeps it, with no badge
        ("Visitors, of whom 40% from abroad", None),
        ("Rekordbesuch, alle Hallen", None),
    ],
)
def test_a_label_s_record_clause_is_taken_off(label: str, head: str | None) -> None:
    """Review RR2: 'Visitatori professionali, record del salone' over its tile's 'RECORD' badge;
    the clause goes, the badge says the record once."""
    assert label_without_claim(label) == head
