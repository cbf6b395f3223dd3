"""A number, its qualifier, scale word, currency or unit, and a date, never part at a line end, in
every printed text: the user's quotes and summaries as well as our own sentences (issue 19, class 7:
reviewers saw '… 3,8 Milliarden / Euro', 'le 12 / novembre 2026', '12億5000万円以 / 上')."""

from __future__ import annotations

import pytest

from reportgen.data.formatting import Formatter
from reportgen.data.typography import bind_cjk_numbers, bind_numbers, credit_name

NB, WJ = "\u00a0", "\u2060"


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        # a reviewer's German quote, as the user typed it: 'mehr als / 3,8 Milliarden' broke
        (
            "Die auf der Messe angekündigten Investitionen summieren sich auf mehr als 3,8 Milliarden Euro.",
            "de_DE",
            f"Die auf der Messe angekündigten Investitionen summieren sich auf mehr{NB}als{NB}"
            f"3,8{NB}Milliarden{NB}Euro.",
        ),
        ("rund 1,2 Milliarden Euro", "de_DE", f"rund{NB}1,2{NB}Milliarden{NB}Euro"),
        ("knapp 500 Euro", "de_DE", f"knapp{NB}500{NB}Euro"),
        ("über 60 Länder", "de_DE", f"über{NB}60 Länder"),
        ("Über 60 Länder", "de_DE", f"Über{NB}60 Länder"),  # a sentence's first word
        ("ca. 400 Aussteller", "de_DE", f"ca.{NB}400 Aussteller"),
        ("2,35 Milliarden US-Dollar", "de_DE", f"2,35{NB}Milliarden{NB}US-Dollar"),
        ("plus de 15 milliards d’euros", "fr_FR", f"plus{NB}de{NB}15{NB}milliards{NB}d’euros"),
        ("près de 300 exposants", "fr_FR", f"près{NB}de{NB}300 exposants"),
        ("environ 214 romans", "fr_FR", f"environ{NB}214 romans"),
        ("nearly 2.1 billion dollars", "en_GB", f"nearly{NB}2.1{NB}billion{NB}dollars"),
        # over the currency written before the number: 'nearly / RMB 15 billion' broke
        ("nearly RMB 15 billion", "en_GB", f"nearly{NB}RMB{NB}15{NB}billion"),
        ("Nearly $250,000 raised", "en_US", f"Nearly{NB}$250,000 raised"),
        ("more than 638 million", "en_GB", f"more{NB}than{NB}638{NB}million"),
        ("quasi 2 milioni di euro", "it_IT", f"quasi{NB}2{NB}milioni{NB}di{NB}euro"),
        ("circa 200 espositori", "it_IT", f"circa{NB}200 espositori"),
        ("casi 480 millones de euros", "es_ES", f"casi{NB}480{NB}millones{NB}de{NB}euros"),
        ("Quase R$ 4,7 bilhões", "pt_BR", f"Quase{NB}R${NB}4,7{NB}bilhões"),
        (
            "bijna 3 miljoen euro, ruim 212.000 bezoeken",
            "nl_NL",
            f"bijna{NB}3{NB}miljoen{NB}euro, ruim{NB}212.000 bezoeken",
        ),
        ("관람객 1,200명 이상", "ko_KR", f"관람객 1,200명{NB}이상"),  # a Korean qualifier after its number
        ("1,2 Millionen m²", "de_DE", f"1,2{NB}Millionen{NB}m²"),
        # 'Japanese yen' names a currency, 'Japanese' alone none
        ("3 million Japanese visitors", "en_GB", f"3{NB}million Japanese visitors"),
        # a date's day and month, month and year: 'le 12 / novembre 2026', '12 / November' broke
        (
            "a pris fin à Nantes le 12 novembre 2026.",
            "fr_FR",
            f"a pris fin à Nantes le 12{NB}novembre{NB}2026.",
        ),
        ("le 1er octobre", "fr_FR", f"le 1er{NB}octobre"),
        ("am 24. April 2026 in Hannover", "de_DE", f"am 24.{NB}April{NB}2026 in Hannover"),
        ("on 12 November 2026", "en_GB", f"on 12{NB}November{NB}2026"),
        ("on November 12, 2026", "en_US", f"on November{NB}12,{NB}2026"),
        ("el 18 de octubre de 2024", "es_ES", f"el 18{NB}de{NB}octubre{NB}de{NB}2024"),
        ("em 18 de outubro de 2024", "pt_PT", f"em 18{NB}de{NB}outubro{NB}de{NB}2024"),
        ("25 oktober 2026", "nl_NL", f"25{NB}oktober{NB}2026"),
        ("il 12 nov. 2026", "it_IT", f"il 12{NB}nov.{NB}2026"),
        ("2026년 11월 12일", "ko_KR", f"2026년{NB}11월{NB}12일"),
    ],
)
def test_a_number_keeps_its_qualifier_scale_word_currency_and_date(
    text: str, locale: str, expected: str
) -> None:
    assert bind_numbers(text, locale) == expected
    assert bind_numbers(expected, locale) == expected  # the document check compares a text with it


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("In 2026 the fair", "en_GB"),
        ("Hall 3 and more", "en_GB"),
        ("May the fair grow", "en_GB"),
        ("2026 Besucher kamen", "de_DE"),  # a counted noun of the user's own is not guessed at
        ("Euro 2024 in Berlin", "de_DE"),
        ("nearly all 3 halls", "en_GB"),  # 'all' is Albania's code, but no currency here
        ("March 3,000 visitors", "en_GB"),  # a count after a month is no day
        ("the 2022 edition over", "en_GB"),
        ("de 300 exposants", "fr_FR"),  # 'de' alone is no qualifier
    ],
)
def test_other_words_after_a_number_stay_as_typed(text: str, locale: str) -> None:
    assert bind_numbers(text, locale) == text


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("12億5000万円以上", "ja_JP", f"12{WJ}億{WJ}5000{WJ}万{WJ}円{WJ}以{WJ}上"),
        ("3,600点近く", "ja_JP", f"3,600{WJ}点{WJ}近{WJ}く"),
        ("1万人超の来場", "ja_JP", f"1{WJ}万{WJ}人{WJ}超の来場"),
        ("2026年7月26日", "ja_JP", f"2026{WJ}年{WJ}7{WJ}月{WJ}26{WJ}日"),
        ("約18万7400人", "ja_JP", f"約{WJ}18{WJ}万{WJ}7400{WJ}人"),
        ("20万人左右", "zh_CN", f"20{WJ}万{WJ}人{WJ}左{WJ}右"),
        ("2026年9月3日", "zh_CN", f"2026{WJ}年{WJ}9{WJ}月{WJ}3{WJ}日"),
    ],
)
def test_a_chinese_or_japanese_qualifier_and_date_stay_with_their_number(
    text: str, locale: str, expected: str
) -> None:
    assert bind_cjk_numbers(text, locale) == expected
    assert bind_cjk_numbers(expected, locale) == expected


def test_every_printed_text_is_typeset_with_them() -> None:
    """Ours and the user's pass the same place: the template environment's finalize."""
    assert Formatter("fr_FR").typeset("Le prix a pris fin le 12 novembre 2026.") == (
        f"Le prix a pris fin le 12{NB}novembre{NB}2026."
    )
    assert Formatter("de_DE").typeset('"mehr als 3,8 Milliarden Euro"') == (
        f"„mehr{NB}als{NB}3,8{NB}Milliarden{NB}Euro“"
    )
    assert Formatter("ja_JP").typeset("12億5000万円以上") == f"12{WJ}億{WJ}5000{WJ}万{WJ}円{WJ}以{WJ}上"


def test_the_band_ties_the_parts_a_template_prints_apart_in_chinese_and_japanese() -> None:
    assert Formatter("zh_CN").whole("超过") == f"超过{WJ}"
    assert Formatter("de_DE").whole("mehr als") == f"mehr{NB}als"
    assert Formatter("ja_JP").whole("") == ""


@pytest.mark.parametrize(
    ("name", "whole", "expected"),
    [
        ("Hélène Carrère-Dumontel", True, "Hélène\u00a0Carrère\u2011Dumontel"),
        (
            "Jean-Pierre Dupont-Aignan de la Tour-Martin",
            False,
            "Jean\u2011Pierre Dupont\u2011Aignan de la Tour\u2011Martin",
        ),
        ("Zhang Wei", True, "Zhang\u00a0Wei"),
        ("Team COVID-19", True, "Team\u00a0COVID-19"),  # a hyphen before digits is no name's
        # an East Asian name keeps the body's hyphen, tied as its document ties numbers (review T)
        ("東北大学「RESCUE-Q」", True, "東北大学「RESCUE\u2060-\u2060Q」"),
    ],
)
def test_a_credit_never_breaks_a_hyphenated_name(name: str, whole: bool, expected: str) -> None:
    assert credit_name(name, whole) == expected
