"""The bundled event's Chinese edition (issue 20 items 5 and 6): data/waic2022.yaml holds both languages'
text once and every figure once; the Chinese documents state the same facts as the English ones, each
with its qualifier in Chinese words and order, and every fixed word is Chinese."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportgen.data.load import load_event
from reportgen.data.prepare import editions
from reportgen.data.project import Project, ProjectConfig
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES, WAIC, WAIC_ZH, docx_text, pptx_slide_texts

DOCUMENTS = (("briefing", "docx"), ("deck", "pptx"))
#: Every figure of the event as the Chinese edition prints it, written by hand.
FIGURES = {
    "signing.projects": "25个",
    "signing.investment": "近150亿元",
    "finance.subfunds": "10亿元",
    "finance.credit_tools": "100亿元",
    "programme.activities": "121场",
    "programme.opening_ceremonies": "1场",
    "programme.plenary_meetings": "2场",
    "programme.closing_ceremonies": "1场",
    "programme.sections": "5个",
    "programme.sectors": "4个",
    "programme.directions": "超过30个",
    "participants.guests": "超过500位",
    "participants.turing_winners": "4位",
    "participants.nobel_laureates": "1位",
    "participants.fields_winners": "1位",
    "participants.marr_winners": "1位",
    "participants.academicians": "超过80位",
    "participants.university_presidents": "超过20位",
    "reach.metaverse_visits": "37万人次，截至2022年9月3日14:00",
    "reach.media_outlets": "超过700家",
    "reach.internet_media": "超过2,000家",
    "reach.online_viewers": "超过6.38亿人次",
}


def test_one_file_holds_both_editions_and_their_figures_are_shared() -> None:
    waic = load_event(WAIC)
    both = Project(ProjectConfig(languages=["en_GB", "zh_CN"]), ROOT)
    (english, en_suffix), (chinese, zh_suffix) = editions(waic, both)
    assert (en_suffix, zh_suffix) == (".en_GB", ".zh_CN")
    assert (english.formatting.locale, chinese.formatting.locale) == ("en_GB", "zh_CN")
    assert english.model_dump() == waic.model_dump() | {"formatting": english.formatting.model_dump()}
    for sid, section in english.sections.items():
        for fid, figure in section.figures.items():
            other = chinese.sections[sid].figures[fid]
            # one number, one qualifier, one date: the same objects in both editions
            assert (other.value, other.qualifier, other.currency, other.as_of) == (
                figure.value,
                figure.qualifier,
                figure.currency,
                figure.as_of,
            )
            assert other.value is figure.value
    assert set(FIGURES) == {f"{s}.{f}" for s, sec in chinese.sections.items() for f in sec.figures}
    assert chinese.charts["capital"].figures is english.charts["capital"].figures
    assert chinese.event.slug == english.event.slug == "waic-2022"  # the names differ by language
    assert chinese.sections["reach"].figures["online_viewers"].label == "线上观看"
    assert chinese.formatting.currency_labels == {"CNY": "元"}
    assert english.sections["reach"].figures["online_viewers"].label == "Online viewers"
    assert not (ROOT / "data" / "editions").exists()  # no second file repeats the figures


@pytest.fixture(scope="module")
def both_editions(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    both = Project(ProjectConfig(languages=["en_GB", "zh_CN"]), ROOT)
    out = tmp_path_factory.mktemp("waic-both")
    result = build(WAIC, Settings.simple(out, TEMPLATES, project=both))
    return {f.name: f for f in result.files}


def test_the_bilingual_build_names_each_file_by_its_language(both_editions: dict[str, Path]) -> None:
    charts = ("capital", "programme", "participants")  # 'projects', 'media': sentences, no picture
    assert sorted(both_editions) == sorted(
        [
            *(f"waic-2022-{what}.{lang}.{ext}" for lang in ("en_GB", "zh_CN") for what, ext in DOCUMENTS),
            *(f"waic-2022-chart-{chart}.{lang}.png" for lang in ("en_GB", "zh_CN") for chart in charts),
        ]
    )
    english = docx_text(both_editions["waic-2022-briefing.en_GB.docx"])
    chinese = docx_text(both_editions["waic-2022-briefing.zh_CN.docx"])
    assert "more\u00a0than\u00a0638\u00a0million" in english and "Key figures" in english
    assert "超过6.38亿人次" in chinese and "关键数据" in chinese
    assert "Online viewers" not in chinese and "线上观看" not in english


@pytest.fixture(scope="module")
def edition(both_editions: dict[str, Path]) -> tuple[str, str, list[str]]:
    result = build(
        WAIC_ZH, Settings.simple(both_editions["waic-2022-deck.zh_CN.pptx"].parent / "zh", TEMPLATES)
    )
    briefing = next(f for f in result.files if f.name.endswith("-briefing.docx"))
    deck = next(f for f in result.files if f.name.endswith("-deck.pptx"))
    return docx_text(briefing), "\n".join(pptx_slide_texts(deck)), result.warnings


def test_every_fact_reads_in_chinese_with_its_qualifier(edition: tuple[str, str, list[str]]) -> None:
    briefing, deck, warnings = edition
    for ref, text in FIGURES.items():
        assert text in briefing, (ref, text)
    for text in ("近150亿元", "超过\n6.38亿", "超过500位", "121场", "25", "37万"):
        assert text in deck, text  # the deck's tiles (the qualifier over the number) and charts
    assert not [w for w in warnings if "English" in w or "font" in w]


def test_the_chinese_edition_reads_as_a_chinese_editor_sets_it(edition: tuple[str, str, list[str]]) -> None:
    briefing, deck, _ = edition
    for words in (
        "WAIC 2022于2022年9月3日在上海闭幕。",  # under the title that prints the name (review MM)
        "闭幕简报·2022年9月3日·中国上海",
        "\n“智联世界 元生无界”\n",  # the theme as a quoted line of its own, not a labelled field
        "关键数据",
        "资料来源",
        "上海市委常委、上海市副市长张为宣布大会闭幕。",  # titles, name, what they did
        # its 25 is on the first page, its parts in its two-value chart's sentence (no bullet repeats it)
        "25个签约项目中，17个在元宇宙会场签约，8个现场签约。",
        "五大板块：会议、展览、赛事、应用和人才",
        "面向新赛道产业的金融工具发布。",  # one line in the YAML: a folded one would insert a space
    ):
        assert words in briefing, words
    assert "WAIC 2022要点速览" in deck and "金额单位：元" in deck
    # the media's summary (two sentences) on its own slide in the file's order, its first the
    # title and its second the lead (review GG: it no longer folds under the signing, across the
    # ceremony, the funds, the programme and the guests)
    assert "大会以“千站万人亿观众”为目标" in deck and "超过700家媒体报道大会盛况" in deck
    # the source's English sentences are no appendix of the Chinese briefing (it printed the key
    # figures a third time), nor quotes under its bullets: the deck's notes keep them
    own_words = briefing
    assert "关键数据的原文表述" not in briefing and "with a total investment" not in briefing
    for english in ("more than", "nearly", "Key figures", "Sources", " at a glance", "RMB", "Theme"):
        assert english not in own_words, english
