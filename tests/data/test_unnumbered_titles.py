"""A chart slide's title without the number a bar of its chart prints again, its finding in words
kept (data/plan/unnumbered_titles.py): round 21's check named 41 such titles in 35 of 119 corpus
decks, in every language; each shape, in several of them. A title whose number is its finding
keeps it here (plan/title_echoes.py then titles the slide with its lead's words)."""

from __future__ import annotations

import pytest

from reportgen.data.plan.unnumbered_titles import unnumbered
from reportgen.data.title_numbers import among, numbers


@pytest.mark.parametrize(
    ("title", "bars", "locale", "kept"),
    [
        # a phrase of the numbers after the finding: a preposition, a colon, brackets
        ("Hovedudstillingen på Trapholt i front med omkring 38 %", ["38 %", "21 %"], "da_DK",
         "Hovedudstillingen på Trapholt i front"),
        ("Allemagne et Espagne en tête avec 212 et 187 délégués", ["212", "187", "40"], "fr_FR",
         "Allemagne et Espagne en tête"),
        ("Sju av tio åkare kom från Sverige, och Norge var största utlandsnation med 2 100 åkare",
         ["9 800", "2 100"], "sv_SE",
         "Sju av tio åkare kom från Sverige, och Norge var största utlandsnation"),
        ("Marathon first, with 39,870", ["39,870", "12,000"], "en_GB", "Marathon first"),
        ("Deutschland an der Spitze: 820", ["820", "310"], "de_DE", "Deutschland an der Spitze"),
        ("主论坛居首（4,200）", ["4,200", "1,800"], "zh_CN", "主论坛居首"),
        ("Un quarto delle cantine veniva dal Piemonte, 312 su 1240", ["312", "250"], "it_IT",
         "Un quarto delle cantine veniva dal Piemonte"),
        # before it
        ("Con 41,750 visitantes, 2026 superó en casi la mitad la edición de 2019", ["28,400", "41,750"],
         "es_MX", "2026 superó en casi la mitad la edición de 2019"),
        # an amount whose place the words after it take, its qualifier and currency with it
        ("Saturday drew 62,000 festival-goers, a third of the four-day total", ["62,000", "41,000"],
         "en_CA", "Saturday drew a third of the four-day total"),
        ("Single tickets brought in about $2.65 million, more than passes and the gala combined",
         ["$2.65 million", "$1.1 million"], "en_US",
         "Single tickets brought in more than passes and the gala combined"),
        ("De Hanzefabriek trok 58.400 bezoeken, ruim een kwart van alle bezoeken", ["58.400", "31.000"],
         "nl_NL", "De Hanzefabriek trok ruim een kwart van alle bezoeken"),
        ("消费电子意向成交额约42亿元，居各品类之首", ["42亿元", "18亿元"], "zh_CN",
         "消费电子意向成交额居各品类之首"),
        # a Japanese or Korean amount set in its clause by a particle
        ("決勝が行われた最終日の入場者は1万900人で、大会期間中で最も多くなりました", ["1万900人", "6200人"],
         "ja_JP", "決勝が行われた最終日の入場者は大会期間中で最も多くなりました"),
        ("해외 참가기업 214곳 가운데 일본 기업이 54곳으로 가장 많았습니다", ["54곳", "38곳"], "ko_KR",
         "해외 참가기업 214곳 가운데 일본 기업이 가장 많았습니다"),
        # the number is the finding, or the words after it are about something else: kept
        ("España aportó 980 de los 1.450 expositores", ["980", "120"], "es_ES", ""),
        ("San Ildefonso recibió alrededor de 54,000 visitantes, la sede más concurrida", ["54,000"],
         "es_MX", ""),
        ("Les visiteurs en 2024", ["2024", "12 000"], "fr_FR", ""),  # no bar's number: nothing to do
    ],
)  # fmt: skip
def test_a_title_keeps_its_finding_and_leaves_the_number_to_the_bar(
    title: str, bars: list[str], locale: str, kept: str
) -> None:
    printed = numbers(bars, locale)
    assert unnumbered(title, printed, locale) == kept
    if kept:
        assert among(kept, printed, locale) == []


@pytest.mark.parametrize(
    ("title", "bars", "locale", "names", "kept"),
    [
        # a clause naming another category is no number phrase: kept whole (review YY2 #3, the
        # rally's podium: 'Pedersoli terzo a 19,2' was said nowhere on its slide)
        ("Crugnola ha chiuso secondo a 8,7 secondi, Pedersoli terzo a 19,2", ["19,2 s", "34,5 s"], "it_IT",
         ("Bertolini / Ravera", "Crugnola / Ometto", "Pedersoli / Tomasini"), ""),
        ("Evans finished second, 8.7 seconds back, Rovanperä third at 19.2", ["19.2 s", "34.5 s"], "en_GB",
         ("Ogier", "Evans", "Rovanperä"), ""),
        ("Martin termine deuxième à 8,7 secondes, Bernard troisième à 19,2", ["19,2 s"], "fr_FR",
         ("Petit", "Martin", "Bernard"), ""),
        # a number phrase naming none: cut as before, in every shape
        ("Müller wurde Zweiter mit 8,7 Sekunden, Schmidt Dritter mit 19,2", ["19,2 s", "34,5 s"], "de_DE",
         ("Weber", "Müller", "Schmidt"), "Müller wurde Zweiter mit 8,7 Sekunden, Schmidt Dritter"),
        ("Allemagne et Espagne en tête avec 212 et 187 délégués", ["212", "187", "40"], "fr_FR",
         ("Allemagne", "Espagne", "Italie"), "Allemagne et Espagne en tête"),
        ("Marathon first, with 39,870", ["39,870", "12,000"], "en_GB", ("Marathon", "Half marathon"),
         "Marathon first"),
        ("主论坛居首（4,200）", ["4,200", "1,800"], "zh_CN", ("主论坛", "分论坛"), "主论坛居首"),
        ("De Hanzefabriek trok 58.400 bezoeken, ruim een kwart van alle bezoeken", ["58.400", "31.000"],
         "nl_NL", ("Hanzefabriek", "Stadhuis"), "De Hanzefabriek trok ruim een kwart van alle bezoeken"),
    ],
)  # fmt: skip
def test_a_clause_naming_a_category_is_never_cut(
    title: str, bars: list[str], locale: str, names: tuple[str, ...], kept: str
) -> None:
    assert unnumbered(title, numbers(bars, locale), locale, names) == kept
