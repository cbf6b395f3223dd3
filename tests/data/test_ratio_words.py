"""A caption naming a fraction or a ratio in words names a number: a finding (issue 19, review SS1
#3). The Japanese society's '発表のおよそ3分の2がポスター発表でした。' was printed in the briefing and
nowhere in the deck, which showed its two values as bare bullets; the Danish 'to ud af tre boder'
read as a description and gave way to the sentence of the chart's values."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation

from reportgen.data.derive import derive
from reportgen.data.formatting import Formatter
from reportgen.data.load import load_event
from reportgen.data.ratio_words import names_ratio
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import TEMPLATES


@pytest.mark.parametrize(
    "text",
    [
        "Streetfoodkøkkener og lokale producenter stod for to ud af tre boder.",
        "YouTube carried more than half of the livestream views.",
        "Two in three visitors came from abroad.",
        "Un tiers des visiteurs venaient de l'étranger.",
        "Deux exposants sur trois étaient français.",
        "Mehr als die Hälfte der Besucher kam aus dem Ausland.",
        "Zwei von drei Ausstellern kamen aus Bayern.",
        "Dos de cada tres visitantes eran de la región.",
        "Più della metà dei biglietti è stata venduta online.",
        "Mais da metade do público veio de fora.",
        "De helft van de bezoekers kwam uit België.",
        "Hälften av besökarna kom från Stockholm.",
        "Halvparten av publikum kom fra Oslo.",
        "Ponad połowa gości przyjechała z zagranicy.",
        "Ziyaretçilerin yarısı yurt dışından geldi.",
        "発表のおよそ3分の2がポスター発表でした。",
        "参加者の半数が学生でした。",
        "展商中三分之二来自海外。",
        "관람객의 절반이 외국인이었다.",
    ],
)
def test_a_fraction_or_a_ratio_in_words_is_read(text: str) -> None:
    assert names_ratio(text)


@pytest.mark.parametrize(
    "text",
    [
        "Domestic and international exhibitors.",
        "Teams taking part, by country.",
        "Funds raised by source of giving.",
        "Exposants par catégorie",
        "Aussteller nach Herkunft",
        "Boder efter type",
        "発表形式",
        "按类别划分的展商",
        "One of the most visited halls was the new one.",
    ],
)
def test_a_description_names_no_ratio(text: str) -> None:
    assert not names_ratio(text)


SOCIETY = """\
event: {name: 計算言語学会 年次大会, short_name: 学会2026, kind: 学会, year: 2026, city: 名古屋,
        country: 日本, closing_date: 2026-03-13}
formatting: {locale: ja_JP}
sources: {note: {title: 報告}}
sections:
  happyo:
    title: 研究発表
    summary: 発表は4つの分野にわたりました。
    figures:
      ronbun:
        label: 発表論文数
        value: 612
        unit: 件
        breakdown:
          llm: {label: 大規模言語モデル, value: 300, unit: 件}
          honyaku: {label: 機械翻訳, value: 150, unit: 件}
          taiwa: {label: 対話, value: 100, unit: 件}
          onsei: {label: 音声, value: 62, unit: 件}
      koto: {label: 口頭発表, value: 214, unit: 件}
      poster: {label: ポスター発表, value: 398, unit: 件}
      workshop:
        label: 併設ワークショップ
        value: 9
        unit: 件
        sentence: 最終日には{value}の併設ワークショップが開かれました。
charts:
  bunya:
    title: 分野別の発表論文数
    kind: hbar
    breakdown: true
    figures: [happyo.ronbun]
  keishiki:
    title: 発表形式
    kind: donut
    figures: [happyo.koto, happyo.poster]
    caption: 発表のおよそ3分の2がポスター発表でした。
"""


def test_a_two_value_charts_ratio_is_printed_on_the_slide_of_its_values(tmp_path: Path) -> None:
    path = tmp_path / "society.yaml"
    path.write_text(SOCIETY, encoding="utf-8")
    result = build(path, Settings.simple(tmp_path / "out", TEMPLATES))
    deck = next(f for f in result.files if f.suffix == ".pptx")
    slides = [
        [s.text_frame.text.replace("\x0b", "") for s in slide.shapes if s.has_text_frame]
        for slide in Presentation(str(deck)).slides
    ]
    # the slide of its values: the sentence opens its lines beside the chart (or, where they
    # have a slide of their own, titles it: the society's deck, review SS1)
    with_values = next(texts for texts in slides if any("398件" in t for t in texts))
    assert any(
        t.startswith("発表のおよそ3分の2がポスター発表でした") for t in "\n".join(with_values).split("\n")
    ), with_values
    assert not list((tmp_path / "out").glob("*-chart-keishiki.png"))  # no picture, as docs/data.md says


def test_a_danish_ratio_caption_of_two_parts_is_kept_as_the_sentence(tmp_path: Path) -> None:
    path = tmp_path / "market.yaml"
    path.write_text(
        """\
event: {name: Havnemarked 2026, short_name: Havnemarked, kind: madmarked, year: 2026, city: Aarhus,
        country: Danmark, closing_date: 2026-08-30}
formatting: {locale: da_DK}
sources: {note: {title: Note}}
sections:
  boder:
    title: Boder
    summary: Markedet havde flere boder end nogensinde.
    figures:
      boder:
        label: Boder i alt
        value: 186
        unit: boder
        breakdown:
          mad: {label: Streetfood og producenter, value: 122, unit: boder}
          andet: {label: Andre boder, value: 64, unit: boder}
charts:
  boder:
    title: Boder efter type
    kind: donut
    breakdown: true
    figures: [boder.boder]
    caption: Streetfoodkøkkener og lokale producenter stod for to ud af tre boder.
""",
        encoding="utf-8",
    )
    chart = derive(load_event(path), Formatter("da_DK")).charts["boder"]
    assert chart.too_few
    assert chart.caption == "Streetfoodkøkkener og lokale producenter stod for to ud af tre boder."
