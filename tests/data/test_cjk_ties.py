"""Word joiners (U+2060) only where a Chinese or Japanese line would otherwise break wrongly:
between a number and the counter, scale or unit it is read with, once a pair. Review V found
'国際食品産業展2026\u2060大阪' in an event's name and '4\u2060万\u20601200\u2060\u2060件' on a tile: a
joiner is carried along when the text is copied or searched, so none goes where a break is a
word's own boundary (a name's year before its city), and two never stand side by side."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest

from reportgen.data.formatting import Formatter
from reportgen.data.typography import bind_cjk_numbers

from ..conftest import ROOT
from ..pipeline.test_catalogues import built

WJ = "\u2060"
REVIEWS = ROOT / "tests" / "data" / "review_events"


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("国際食品産業展2026大阪", "ja_JP", "国際食品産業展2026大阪"),  # a name: the year, then the city
        ("2026上海世界人工智能大会", "zh_CN", "2026上海世界人工智能大会"),
        ("4万1200件以上", "ja_JP", f"4{WJ}万{WJ}1200{WJ}件{WJ}以{WJ}上"),
        ("出展者は1420社、3150小間に", "ja_JP", f"出展者は1420{WJ}社、3150{WJ}小間に"),
        ("27の国・地域", "ja_JP", f"27{WJ}の国・地域"),  # kinsoku: never '27 / の国・地域'
        ("1,240チームから", "ja_JP", f"1,240{WJ}チームから"),
        ("25个签约项目", "zh_CN", f"25{WJ}个签约项目"),
        ("3か国から", "ja_JP", f"3{WJ}か国から"),
    ],
)
def test_a_joiner_ties_a_number_to_its_counter_only(text: str, locale: str, expected: str) -> None:
    assert bind_cjk_numbers(text, locale) == expected
    assert bind_cjk_numbers(expected, locale) == expected


@pytest.mark.parametrize("locale", ["ja_JP", "zh_CN", "zh_Hant_TW"])
def test_a_tile_number_and_its_counter_share_one_joiner(locale: str) -> None:
    fmt = Formatter(locale)
    for amount, unit in (("12万6480", "人"), ("8,300", "人"), ("4万1200", "件以上")):
        printed = fmt.typeset(fmt.whole(amount)) + fmt.typeset(fmt.counter(unit))
        assert WJ * 2 not in printed, printed
        assert printed.replace(WJ, "") == amount + unit


def test_the_japanese_documents_carry_no_doubled_joiner_and_none_in_the_name(tmp_path: Path) -> None:
    from reportgen.pipeline.pipeline import build
    from reportgen.project.settings import Settings

    from ..conftest import ROOT, TEMPLATES

    event = ROOT / "tests" / "data" / "review_events" / "shokuhin-tenjikai-ja-jp.yaml"
    result = build(event, Settings.simple(tmp_path, TEMPLATES))
    texts = []
    for file in result.files:
        if file.suffix in {".docx", ".pptx"}:
            package = zipfile.ZipFile(file)
            for name in package.namelist():
                if name.endswith(".xml"):
                    texts += re.findall(r"<[aw]:t(?: [^>]*)?>([^<]*)<", package.read(name).decode())
    assert any(f"1420{WJ}社" in t for t in texts)  # counters are still tied
    assert not [t for t in texts if WJ * 2 in t]
    named = [t for t in texts if "国際食品産業展2026" in t.replace(WJ, "")]
    assert named and all("国際食品産業展2026大阪" in t for t in named)


def test_a_line_never_starts_with_a_particle_after_a_number() -> None:
    """Kinsoku: '27 / の国・地域' on a tile (review V). A unit that starts with a particle, a small
    kana or a closing mark stays on its number's line however long, tied to it by one joiner."""
    from reportgen.data.typography import tile_counter

    assert tile_counter("の国・地域") == f"{WJ}の国・地域"
    assert tile_counter("か国") == f"{WJ}か{WJ}国"  # a counter of up to three letters, as before
    assert tile_counter("件以上") == f"{WJ}件{WJ}以{WJ}上"
    assert tile_counter("出展国・地域") == ""  # a word of its own: under the number
    fmt = Formatter("ja_JP")
    assert fmt.typeset(fmt.whole("27")) + fmt.typeset(fmt.counter("の国・地域")) == f"27{WJ}の国・地域"


def test_a_counter_keeps_its_qualifier_on_its_numbers_line() -> None:
    """Review JJ: a tile printed '1,150' / '명 가까이' while '131만 2000명 이상' stayed whole: the
    qualifier after a counter ('가까이', '以上', '近く') is not counted among its letters, so a
    counter of up to three letters keeps its qualifier, however long, on the number's line."""
    from reportgen.data.typography import NBSP, tile_counter

    assert tile_counter("명 가까이") == f"{WJ}명{NBSP}가{WJ}까{WJ}이"
    assert tile_counter("명 이상") == f"{WJ}명{NBSP}이{WJ}상"
    assert tile_counter("ブース以上") == f"{WJ}ブ{WJ}ー{WJ}ス{WJ}以{WJ}上"
    assert tile_counter("개 참가 단체") == ""  # a noun of its own, not a qualifier: under the number


def test_a_korean_tile_prints_its_counter_and_qualifier_with_its_number(tmp_path: Path) -> None:
    from pptx import Presentation

    _, deck = built(REVIEWS / "andong-talchum-ko-kr.yaml", tmp_path)
    paragraphs = [
        p.text.replace(WJ, "")
        for slide in Presentation(str(deck)).slides
        for shape in slide.shapes
        if shape.has_text_frame
        for p in shape.text_frame.paragraphs
    ]
    assert "1,150명\u00a0가까이" in paragraphs, [p for p in paragraphs if "1,150" in p]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review JJ: the band's label broke '오후 6' / '시 기준', and Writer set its gap between
        # digits and Hangul ('2000 명', '2026 년 9 월'), which widened the band's number past its cell
        ("2026년 10월 4일 오후 6시 기준", f"2026{WJ}년 10{WJ}월 4{WJ}일 오후 6{WJ}시 기준"),
        ("131만 2000명 이상", f"131{WJ}만\u00a02000{WJ}명 이상"),
        ("1,150명 가까이", f"1,150{WJ}명 가까이"),
        ("K리그1 개막", "K리그1 개막"),  # a digit before a space: nothing to tie
    ],
)
def test_a_korean_number_is_tied_to_the_word_after_its_digits(text: str, expected: str) -> None:
    assert bind_cjk_numbers(text, "ko_KR") == expected
    assert bind_cjk_numbers(expected, "ko_KR") == expected  # twice changes nothing
