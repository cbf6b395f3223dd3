"""A price, a target or a plan is a standing fact (review WW2 #5): Japanese and Korean say it in
the present ('希望小売価格は480万円です。'), never the past the copula of an outcome takes
('…480万円でした。' says the price was and is no more); and a launch's price in brackets after its
name says what it is ('「KAZE-7」（希望小売価格480万円）', never a bare '（480万円）')."""

from __future__ import annotations

import pytest

from reportgen.data import sentences

from .test_korean_press_sentences import _Figure


@pytest.mark.parametrize(
    ("label", "text", "locale", "polite", "expected"),  # the unit: the text after its digits
    [
        ("協働ロボットの希望小売価格", "480万円", "ja_JP", True, "協働ロボットの希望小売価格は480万円です。"),
        ("「AX-500」の初年度受注目標", "300台", "ja_JP", True, "「AX-500」の初年度受注目標は300台です。"),
        ("来年の開催予定", "3日間", "ja_JP", False, "来年の開催予定は3日間だ。"),
        # an outcome keeps the past
        ("総来場者数", "約5万2000人", "ja_JP", True, "総来場者数は約5万2000人でした。"),
        ("판매 목표", "300대", "ko_KR", True, "판매 목표는 300대입니다."),
        ("판매 목표", "300대", "ko_KR", False, "판매 목표는 300대이다."),
        ("관람객", "300명", "ko_KR", True, "관람객은 300명이었습니다."),
    ],
)
def test_a_standing_fact_is_said_in_the_present(
    label: str, text: str, locale: str, polite: bool, expected: str
) -> None:
    unit = text.lstrip("約0123456789万").strip() or None
    currency, unit = ("JPY", None) if unit == "円" else (None, unit)
    fig = _Figure(label, unit, currency, "exactly", text)
    assert sentences.figure(fig, locale, polite=polite).text == expected


@pytest.mark.parametrize(
    ("name", "label", "locale", "expected"),
    [
        (
            "協働ロボット「KAZE-7」",
            "協働ロボット「KAZE-7」の希望小売価格",
            "ja_JP",
            "協働ロボット「KAZE-7」（希望小売価格480万円）：",
        ),
        ("KAZE-7 로봇", "KAZE-7 로봇의 판매 가격", "ko_KR", "KAZE-7 로봇 (판매 가격 480만 원): "),
        # a label that is the name alone, or says more than a noun, keeps the bare value
        ("協働ロボット「KAZE-7」", "協働ロボット「KAZE-7」", "ja_JP", "協働ロボット「KAZE-7」（480万円）："),
    ],
)
def test_a_launchs_figure_in_brackets_says_what_it_measures(
    name: str, label: str, locale: str, expected: str
) -> None:
    value = "480万円" if locale == "ja_JP" else "480만 원"
    fig = _Figure(label, None, "JPY", "exactly", value)
    line = sentences.launch(name, "尾張精機が発表しました。", None, [], [fig], locale)
    assert line.startswith(expected)
