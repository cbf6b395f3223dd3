"""Sentences a native reader of Japanese or Chinese accepts (review T): a counted noun keeps its
counter ('本選出場チームは48チーム', never '…は48'), a sentence built from a fact ends with 。 as
its neighbours do, 'more than X' with 'reached' reads 'を超えました' / '超過', a list whose item holds
'及' is joined with 、 alone, and a name reads the same in its credit as in the body.

Built from the reviewer's own events (tests/data/review_events/robocon-ja-jp.yaml, shufa-zh-hk.yaml);
the documents are opened and read."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from pptx import Presentation

from reportgen.data import sentences
from reportgen.data.prepare import prepare
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

REVIEWS = ROOT / "tests" / "data" / "review_events"
_INVISIBLE = str.maketrans({"\u2060": None, "\u00a0": " ", "\x0b": None})  # joiners, a slide's line breaks


def _texts(folder: Path) -> tuple[list[str], list[str]]:
    """The briefing's paragraphs and the deck's paragraphs, word joiners removed."""
    docx = next(folder.rglob("*.docx"))
    pptx = next(folder.rglob("*.pptx"))
    briefing = [p.text.translate(_INVISIBLE) for p in Document(str(docx)).paragraphs if p.text.strip()]
    deck = [
        p.text.translate(_INVISIBLE)
        for slide in Presentation(str(pptx)).slides
        for shape in slide.shapes
        if shape.has_text_frame
        for p in shape.text_frame.paragraphs
        if p.text.strip()
    ]
    return briefing, deck


@pytest.fixture(scope="module")
def robocon(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[str], list[str]]:
    out = tmp_path_factory.mktemp("robocon")
    build(REVIEWS / "robocon-ja-jp.yaml", Settings.simple(out, TEMPLATES))
    return _texts(out)


@pytest.fixture(scope="module")
def shufa(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[str], list[str]]:
    out = tmp_path_factory.mktemp("shufa")
    build(REVIEWS / "shufa-zh-hk.yaml", Settings.simple(out, TEMPLATES))
    return _texts(out)


def _starting(texts: list[str], lead: str) -> list[str]:
    """The texts from `lead` on: a sentence may follow another in a page of tiles' lead line (the
    shufa fair's '電子書體驗區…' after its section's title, which heads no page of mixed tiles)."""
    return [t[t.index(lead) :] for t in texts if lead in t]


@pytest.mark.parametrize("document", [0, 1], ids=["briefing", "deck"])
def test_a_japanese_count_keeps_its_counter(robocon: tuple[list[str], list[str]], document: int) -> None:
    found = _starting(robocon[document], "本選出場チームは")
    assert found, robocon[document]
    assert all("48チーム" in t for t in found), found


@pytest.mark.parametrize("document", [0, 1], ids=["briefing", "deck"])
def test_a_japanese_fact_sentence_ends_with_its_stop(
    robocon: tuple[list[str], list[str]], document: int
) -> None:
    found = _starting(robocon[document], "来場者数は") + _starting(robocon[document], "本選出場チームは")
    assert len(found) == 2, robocon[document]
    assert all(t.endswith("。") for t in found), found


@pytest.mark.parametrize("document", [0, 1], ids=["briefing", "deck"])
def test_a_chinese_fact_sentence_ends_with_its_stop(
    shufa: tuple[list[str], list[str]], document: int
) -> None:
    found = _starting(shufa[document], "講座及文化活動") + _starting(shufa[document], "電子書體驗區借閱次數")
    assert len(found) == 2, shufa[document]
    assert all(t.endswith("。") for t in found), found


@pytest.mark.parametrize("document", [0, 1], ids=["briefing", "deck"])
def test_more_than_with_reached_reads_exceeded(robocon: tuple[list[str], list[str]], document: int) -> None:
    found = _starting(robocon[document], "企業協賛金の総額は")
    assert found == ["企業協賛金の総額は1億2850万円を超えました。"], found


@pytest.mark.parametrize("document", [0, 1], ids=["briefing", "deck"])
def test_a_chinese_list_whose_item_holds_and_is_joined_with_commas(
    shufa: tuple[list[str], list[str]], document: int
) -> None:
    """Round 23 (people23): a short list is set as a list, so the deck may print its label on a line
    of its own over its names, which are then the paragraph after it."""
    texts = shufa[document]
    found = _starting(texts, "主要論壇")
    assert found, texts
    said = texts[texts.index("主要論壇") + 1] if found[0] == "主要論壇" else found[0]
    assert said.endswith("國際出版論壇、電子出版及有聲書研討會。"), said  # a sentence among sentences
    assert said.startswith(("主要論壇", "名作家講座系列、")), said  # its names after their label
    assert "論壇及電子出版" not in said


@pytest.mark.parametrize("document", [0, 1], ids=["briefing", "deck"])
def test_a_name_reads_the_same_in_its_credit(robocon: tuple[list[str], list[str]], document: int) -> None:
    texts = robocon[document]
    # (round 16: a quotation under its speaker's line has no credit, so the name is in the line)
    assert [t for t in texts if "RESCUE" in t], texts
    assert all("RESCUE-Q" in t for t in texts if "RESCUE" in t), [t for t in texts if "RESCUE" in t]


def test_a_japanese_breakdown_alone_is_a_sentence_of_the_register(tmp_path: Path) -> None:
    build(REVIEWS / "anime-expo-ja.yaml", Settings.simple(tmp_path, TEMPLATES))
    briefing, _ = _texts(tmp_path)
    found = _starting(briefing, "グッズ売上のうち")
    assert found == [
        "グッズ売上のうち、会場販売が8億3000万円以上、オンライン販売が4億2000万円以上でした。"
    ], found


@pytest.mark.parametrize(
    ("tail", "clause", "stop", "expected"),
    [
        # the clause goes before the copula, never after it: '…でした、うち…。'
        ("でした。", "、うち会場販売が8億円", "。", "、うち会場販売が8億円でした。"),
        ("だった。", "、うち会場販売が8億円", "。", "、うち会場販売が8億円だった。"),
        # Korean's copula takes the form of the clause's last sound: '회였습니다', not '회이었습니다'
        ("이었습니다.", ", 이 중 온라인 3850만 회", ".", ", 이 중 온라인 3850만 회였습니다."),
        ("。", "，其中线上30万人次", "。", "，其中线上30万人次。"),
        (".", ", davon 1.650 vor Ort", ".", ", davon 1.650 vor Ort."),
    ],
)
def test_a_breakdown_clause_goes_before_the_sentence_s_end(
    tail: str, clause: str, stop: str, expected: str
) -> None:
    assert sentences.with_clause(tail, clause, stop) == expected


@pytest.mark.parametrize(
    ("event", "ref", "expected"),
    [
        # the plain register where the event's own text writes it ('…で閉幕した。')
        (ROOT / "tests/events/numbers/units-ja.yaml", "a.x4", "来場者数は500人だった。"),
        # its 'as of' time before the value, as the sentence's time
        (
            REVIEWS / "anime-expo-ja.yaml",
            "raijo.total",
            "3日間の総来場者数は2026年7月26日17:00時点で約18万7400人でした。",
        ),
        # a long note after it: the copula before the stop, the note its own sentence
        (
            REVIEWS / "anime-expo-ja.yaml",
            "kaigai.kaigai",
            "海外からの来場者は約2万1800人でした。来場者アンケートによる推計。",
        ),
        (ROOT / "tests/events/numbers/units-ko.yaml", "a.hours", "누적 시청 시간은 약 4800만 시간이었다."),
        (ROOT / "tests/events/expo-zh.yaml", "expo.visitors", "观众人次达38万。"),
    ],
)
def test_a_figure_s_sentence_ends_in_the_documents_register(event: Path, ref: str, expected: str) -> None:
    said = prepare(event).derived.figures[ref].sentence
    assert said.replace("\u00a0", " ") == expected


def test_a_korean_unit_whose_noun_the_label_says_prints_its_counter_alone(tmp_path: Path) -> None:
    """Review U: '참가 지역은 11개 지역이었습니다.' said the regions twice; the label '참가 지역'
    names the noun of the unit '개 지역', so the figure counts with its counter alone."""
    build(REVIEWS / "hanbit-esports-ko-kr.yaml", Settings.simple(tmp_path, TEMPLATES))
    briefing, deck = _texts(tmp_path)
    for texts in (briefing, deck):
        assert any("참가 지역은 11개였습니다." in t for t in texts), texts
        assert not any("11개 지역" in t for t in texts)
