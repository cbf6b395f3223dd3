"""A CJK deck's PDF sets its punctuation and Latin letters against the Hangul or Han as the deck
says, as PowerPoint does ('유럽, 남미', '마무리되었습니다.', 'e스포츠'): review S saw
'마무리되었습니다 .' and '유럽 ,'.

LibreOffice's Impress adds a gap between East Asian and other characters (its "autospace"),
counting a comma or full stop after Hangul as Latin; DrawingML has no setting that turns it off,
and LibreOffice turns it off itself where its own language is Korean or Japanese. The office
helper therefore sets a CJK deck with one of those as its language (office/east_asian_layout.py:
office_language). Read from the PDF's text, as a reader sees it."""

from __future__ import annotations

import re
import subprocess
import zipfile
from pathlib import Path

import pytest

from reportgen.office.east_asian_layout import office_language
from reportgen.office_pdf import office_server
from reportgen.office_pdf.office_server import to_pdfs

from ..conftest import ROOT, WAIC
from ..pipeline.test_catalogues import built

REVIEWS = ROOT / "tests" / "data" / "review_events"
GAP = re.compile(r"[가-힣] [,.]")


@pytest.fixture
def own_offices(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(office_server, "_OFFICES", {})
    yield
    office_server.stop_offices()


def test_a_korean_deck_is_set_as_a_korean_office_sets_it(tmp_path: Path) -> None:
    briefing, deck = built(REVIEWS / "hanbit-esports-ko-kr.yaml", tmp_path / "ko")
    _, japanese = built(REVIEWS / "anime-expo-ja.yaml", tmp_path / "ja")
    _, chinese = built(REVIEWS / "nongbohui-zh-cn.yaml", tmp_path / "zh")
    _, english = built(WAIC, tmp_path / "en")
    assert office_language(deck) == "ko-KR"
    assert office_language(japanese) == office_language(chinese) == "ja-JP"
    assert office_language(english) == office_language(briefing) == "en-US"
    # a deck whose template sets no default language: its first slide's text says it
    bare = tmp_path / "bare.pptx"
    with zipfile.ZipFile(deck) as source, zipfile.ZipFile(bare, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "ppt/presentation.xml":
                data = re.sub(rb'(<a:defPPr>\s*<a:defRPr)[^>]*?lang="[^"]*"', rb"\1", data)
            target.writestr(item, data)
    with zipfile.ZipFile(bare) as package:
        assert b'lang="ko-KR"' not in package.read("ppt/presentation.xml").split(b"<a:lvl1pPr")[0]
    assert office_language(bare) == "ko-KR"


@pytest.mark.slow
@pytest.mark.libreoffice
def test_a_korean_decks_punctuation_follows_its_word(soffice: str, tmp_path: Path, own_offices) -> None:
    _, deck = built(REVIEWS / "hanbit-esports-ko-kr.yaml", tmp_path / "ko")
    _, chinese = built(REVIEWS / "nongbohui-zh-cn.yaml", tmp_path / "zh")
    _, english = built(WAIC, tmp_path / "en")
    (tmp_path / "pdf").mkdir()
    # the English deck after the CJK ones: each document is set in its own language
    pdf, chinese_pdf, english_pdf = to_pdfs([deck, chinese, english], tmp_path / "pdf", 240)
    zh = subprocess.run(
        ["pdftotext", str(chinese_pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "\u201c天府粮仓" in zh and "2026年10月15日" in zh  # never a gap after the quote, nor the digits
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "아시아와 유럽, 남미의" in text and "마무리되었습니다." in text and "e스포츠" in text
    slides = [line for line in text.splitlines() if GAP.search(line) and "기준" not in line]
    assert not slides, slides  # ('234만 명 이상 , … 기준' is a native chart's label: see the module)
    assert english_pdf.is_file()
