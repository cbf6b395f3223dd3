"""The bundled event's Chinese edition (data/editions/waic2022.zh.yaml, issue 20 item 6): the same facts as
the English one, each with its qualifier in Chinese words and order, in documents whose every
fixed word is Chinese."""

from __future__ import annotations

import pytest

from reportgen.build.pipeline import build
from reportgen.build.settings import Settings
from reportgen.data.load import load_event

from ..conftest import ROOT, TEMPLATES, WAIC, docx_text, pptx_slide_texts

CHINESE = ROOT / "data" / "editions" / "waic2022.zh.yaml"
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
    "reach.metaverse_visits": "370,000人次，截至2022年9月3日14:00",
    "reach.media_outlets": "超过700家",
    "reach.internet_media": "超过2,000家",
    "reach.online_viewers": "超过6.38亿人次",
}


def test_the_chinese_edition_states_the_same_facts_as_the_english_one() -> None:
    english, chinese = load_event(WAIC), load_event(CHINESE)

    def facts(summary) -> dict[str, tuple]:
        return {
            f"{sid}.{fid}": (f.value, f.qualifier, f.currency, f.as_of, f.key, sorted(f.breakdown))
            for sid, section in summary.sections.items()
            for fid, f in section.figures.items()
        }

    assert facts(chinese) == facts(english)
    assert set(FIGURES) == set(facts(english))
    assert {cid: (c.kind, c.figures, c.documents) for cid, c in chinese.charts.items()} == {
        cid: (c.kind, c.figures, c.documents) for cid, c in english.charts.items()
    }
    assert chinese.event.closing_date == english.event.closing_date
    assert chinese.formatting.locale == "zh_CN"
    assert chinese.event.slug != english.event.slug  # both editions can sit in one folder
    first = CHINESE.read_text(encoding="utf-8").splitlines()[0]  # editors get the schema's help
    assert (CHINESE.parent / first.split("=", 1)[1]).resolve() == (
        ROOT / "data" / "event.schema.json"
    ).resolve()


@pytest.fixture(scope="module")
def edition(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str, list[str]]:
    result = build(CHINESE, Settings.simple(tmp_path_factory.mktemp("waic-zh"), TEMPLATES))
    briefing = next(f for f in result.files if f.name.endswith("-briefing.docx"))
    deck = next(f for f in result.files if f.name.endswith("-deck.pptx"))
    return docx_text(briefing), "\n".join(pptx_slide_texts(deck)), result.warnings


def test_every_fact_reads_in_chinese_with_its_qualifier(edition: tuple[str, str, list[str]]) -> None:
    briefing, deck, warnings = edition
    for ref, text in FIGURES.items():
        assert text in briefing, (ref, text)
    for text in ("近150亿元", "超过\n6.38亿", "超过500位", "121场", "25", "370,000"):
        assert text in deck, text  # the deck's tiles (the qualifier over the number) and charts
    assert not [w for w in warnings if "English" in w or "font" in w]


def test_the_chinese_edition_reads_as_a_chinese_editor_sets_it(edition: tuple[str, str, list[str]]) -> None:
    briefing, deck, _ = edition
    for words in (
        "2022世界人工智能大会（WAIC 2022）于2022年9月3日在上海闭幕。",
        "闭幕简报 · 2022年9月3日 · 中国上海",
        "主题：“智联世界 元生无界”",
        "关键数据",
        "资料来源",
        "张为，上海市委常委、上海市副市长：宣布大会闭幕。",
        "人工智能代表性产业项目签约（现场签约：8、元宇宙会场签约：17）",  # its 25 is on the first page
        "五大板块：会议、展览、赛事、应用、人才",
        "面向新赛道产业的金融工具发布。",  # one line in the YAML: a folded one would insert a space
    ):
        assert words in briefing, words
    assert "WAIC 2022要点速览" in deck and "金额单位：元" in deck
    assert "部分在元宇宙会场签约。25个签约项目中" in deck  # a slide's sentences: no space between
    own_words = briefing.split("关键数据的原文表述")[0]  # the source's English sentences follow
    assert "关键数据的原文表述" in briefing and "“with a total investment of nearly RMB15" in briefing
    for english in ("more than", "nearly", "Key figures", "Sources", " at a glance", "RMB", "Theme"):
        assert english not in own_words, english
