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
        # a reviewer's German quote, as the user typed it
        (
            "Die auf der Messe angekündigten Investitionen summieren sich auf mehr als 3,8 Milliarden Euro.",
            "de_DE",
            "Die auf der Messe angekündigten Investitionen summieren sich auf mehr als "
            f"3,8{NB}Milliarden{NB}Euro.",
        ),
        ("rund 1,2 Milliarden Euro", "de_DE", f"rund 1,2{NB}Milliarden{NB}Euro"),
        ("knapp 500 Euro", "de_DE", f"knapp 500{NB}Euro"),
        ("2,35 Milliarden US-Dollar", "de_DE", f"2,35{NB}Milliarden{NB}US-Dollar"),
        ("plus de 15 milliards d’euros", "fr_FR", f"plus de 15{NB}milliards{NB}d’euros"),
        ("nearly 2.1 billion dollars", "en_GB", f"nearly 2.1{NB}billion{NB}dollars"),
        ("quasi 2 milioni di euro", "it_IT", f"quasi 2{NB}milioni{NB}di{NB}euro"),
        ("casi 480 millones de euros", "es_ES", f"casi 480{NB}millones{NB}de{NB}euros"),
        ("1,2 Millionen m²", "de_DE", f"1,2{NB}Millionen{NB}m²"),
        # 'Japanese yen' names a currency, 'Japanese' alone none
        ("3 million Japanese visitors", "en_GB", f"3{NB}million Japanese visitors"),
    ],
)
def test_a_number_keeps_its_scale_word_and_currency(text: str, locale: str, expected: str) -> None:
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
    assert (
        Formatter("de_DE").typeset('"mehr als 3,8 Milliarden Euro"')
        == f"„mehr als 3,8{NB}Milliarden{NB}Euro“"
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
    ],
)
def test_a_credit_never_breaks_a_hyphenated_name(name: str, whole: bool, expected: str) -> None:
    assert credit_name(name, whole) == expected
