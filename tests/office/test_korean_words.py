"""Korean words (eojeol) kept whole on slides: Korean is written with spaces between its words and
a reader expects a line to end only there ('대한모빌리 / 티' reads as a typo). PowerPoint breaks
Hangul between syllables unless a paragraph says `eaLnBrk="0"` (its "Allow text to wrap in the
middle of a word" unticked); LibreOffice 7.4 keeps a Hangul word whole by itself (measured:
tests/office_pdf/test_cjk_lines.py), and the deck's fit measures a Hangul word as one piece as
both then set it."""

from __future__ import annotations

import zipfile
from pathlib import Path

from pptx import Presentation

from reportgen.office.ooxml import qn
from reportgen.office.powerpoint.fit import unbreakable

from ..conftest import ROOT
from ..pipeline.test_catalogues import built

REVIEWS = ROOT / "tests" / "data" / "review_events"


def _paragraphs(deck: Path) -> list[tuple[str, str | None]]:
    """Each slide paragraph's text and its eaLnBrk ('0', '1' or None where unset)."""
    found = []
    for slide in Presentation(str(deck)).slides:
        for p in slide.shapes._spTree.iter(qn("a:p")):
            text = "".join(t.text or "" for t in p.iter(qn("a:t")))
            p_pr = p.find(qn("a:pPr"))
            found.append((text, p_pr.get("eaLnBrk") if p_pr is not None else None))
    return found


def test_every_paragraph_of_a_korean_deck_asks_powerpoint_to_keep_words_whole(tmp_path: Path) -> None:
    _, deck = built(REVIEWS / "climatetech-ko-kr.yaml", tmp_path / "ko")
    paragraphs = [(text, brk) for text, brk in _paragraphs(deck) if text.strip()]
    assert len(paragraphs) > 20
    assert [text for text, brk in paragraphs if brk != "0"] == []
    # and the master's and the deck's text styles, for text an editor adds in PowerPoint
    prs = Presentation(str(deck))
    styles = [
        prs.slide_masters[0]._element.find(qn("p:txStyles")),
        prs._element.find(qn("p:defaultTextStyle")),
    ]
    levels = [level for style in styles for level in style.iter(qn("a:lvl1pPr"))]
    assert len(levels) == 4 and all(level.get("eaLnBrk") == "0" for level in levels)


def test_other_languages_decks_leave_the_line_breaking_to_the_renderer(tmp_path: Path) -> None:
    _, deck = built(REVIEWS / "anime-expo-ja.yaml", tmp_path / "ja")
    assert {brk for _, brk in _paragraphs(deck)} == {None}


def test_the_fit_measures_a_hangul_word_as_one_piece() -> None:
    assert unbreakable("대한모빌리티 전시회") == [(False, "대한모빌리티"), (True, "전시회")]
    # Chinese and Japanese still break between their characters
    assert unbreakable("总决赛") == [(False, "总"), (False, "决"), (False, "赛")]


def test_the_check_names_a_korean_word_wider_than_its_tile(tmp_path: Path) -> None:
    """A Korean word no tile can hold at its smallest size is named, as a German compound is,
    where a renderer would cut it between syllables."""
    from reportgen.office.quality import check_deck

    _, deck = built(REVIEWS / "climatetech-ko-kr.yaml", tmp_path / "ko")
    long = "기후테크전용펀드조성액과민간공동투자확약총액합계"
    wide = tmp_path / "wide.pptx"
    with zipfile.ZipFile(deck) as source, zipfile.ZipFile(wide, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename.startswith("ppt/slides/slide"):
                # its last two words tied where the label wraps in its tile (office/powerpoint/fit.py)
                text = data.decode().replace("기후테크 전용 펀드\xa0조성액", "기후테크 전용 펀드 조성액")
                data = text.replace("기후테크 전용 펀드 조성액", long).encode()
            target.writestr(item, data)
    assert not [w for w in check_deck(deck, deck.name, locale="ko_KR") if "inside the word" in w]
    found = [w for w in check_deck(wide, wide.name, locale="ko_KR") if "inside the word" in w]
    assert len(found) == 1 and long in found[0], found
