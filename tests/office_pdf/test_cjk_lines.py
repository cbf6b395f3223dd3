"""Chinese, Japanese and Korean decks as LibreOffice sets them: no line ends inside a word, and a
tile's counter stays on its number's line. Reviewers saw '…挑战赛总决 / 赛', '5万元人 / 民币',
'17:00時 / 点', '612 / 支' and '1,320 / 명 이상' (office/cjk_phrases.py, typography.tile_counter).
Read from the PDF's lines, as a reader sees them."""

from __future__ import annotations

import copy
import itertools
import re
import subprocess
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from reportgen.data.typography import WORD_JOINER, bind_cjk_numbers
from reportgen.office.ooxml import qn

from ..conftest import ROOT, libreoffice_pdfs
from ..pipeline.test_catalogues import built

REVIEW = ROOT / "tests" / "data" / "review_events"
EVENTS = {
    "zh": REVIEW / "jiqiren-dasai-2026.yaml",
    "ja": REVIEW / "anime-expo-ja.yaml",
    "ko": REVIEW / "robot-expo-ko.yaml",
    "ko money": REVIEW / "climatetech-ko-kr.yaml",
}

#: Korean decks whose titles, tiles and quotes run over several lines.
KOREAN = ("climatetech-ko-kr", "hanbit-esports-ko-kr")


def pdf_lines(pdf: Path) -> list[list[str]]:
    """Each page's lines, spaces left out (LibreOffice sets a gap between CJK and digits)."""
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return [
        [line.replace(" ", "") for line in page.splitlines() if line.strip()] for page in text.split("\f")
    ]


def straddling(pages: list[list[str]], words: list[str]) -> list[str]:
    """The words that a line end cuts: in no line, but in a line joined with the next."""
    cut = []
    for lines in pages:
        for first, second in itertools.pairwise(lines):
            joined = first + second
            cut += [w for w in words if w not in first and w not in second and w in joined]
    return cut


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, Path]]:
    """Each event's briefing and deck, by language ('zh')."""
    folder = tmp_path_factory.mktemp("cjk")
    return {language: built(source, folder / language) for language, source in EVENTS.items()}


@pytest.fixture(scope="module")
def documents(
    soffice: str, made: dict[str, tuple[Path, Path]], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, list[list[str]]]:
    """Each event's deck ('zh') and briefing ('zh briefing') as LibreOffice's PDF lines."""
    folder = tmp_path_factory.mktemp("cjk-pdf")
    names, files = [], []
    for language, (briefing, deck) in made.items():
        names += [language, f"{language} briefing"]
        files += [deck, briefing]
    (folder / "pdf").mkdir()
    pdfs = libreoffice_pdfs(soffice, files, folder / "pdf")
    return {name: pdf_lines(pdf) for name, pdf in zip(names, pdfs, strict=True)}


@pytest.fixture
def decks(documents: dict[str, list[list[str]]]) -> dict[str, list[list[str]]]:
    return documents


@pytest.mark.slow
def test_no_line_ends_inside_a_word_of_a_briefings_band(documents: dict[str, list[list[str]]]) -> None:
    """The band's captions: never '2026年7 / 月20日' nor '来場者アンケー / ト'."""
    ja, zh = documents["ja briefing"][0], documents["zh briefing"][0]  # the first page
    # pdftotext reads the band's cells line by line across them, so each word is looked for whole
    # the band's cells are as wide as their numbers need (office/word_columns.py): a caption may
    # break between the date and its time, never inside either
    flat = "".join(ja)
    assert "2026年7月26日" in flat and "17:00時点" in flat and "来場者アンケートによる" in flat, ja
    assert not any(line.endswith(("年7", "アンケー")) for line in ja + zh), (ja, zh)


@pytest.mark.slow
def test_no_line_ends_inside_a_chinese_word(decks: dict[str, list[list[str]]]) -> None:
    pages = decks["zh"]
    assert "总决赛" in pages[0][1] or "总决赛" in pages[0][2], pages[0]  # the title's last word whole
    assert not any(line in ("赛", "总决") or line.endswith("总决") for line in pages[0]), pages[0]
    assert straddling(pages, ["总决赛", "人民币", "挑战赛", "机器人"]) == []


@pytest.mark.slow
def test_no_line_ends_inside_a_japanese_word(decks: dict[str, list[list[str]]]) -> None:
    pages = decks["ja"]
    assert straddling(pages, ["時点", "アンケート", "アニメコンベンション", "上回りました"]) == []
    assert any(line.endswith("17:00時点") for line in pages[1]), pages[1]  # the tile's as-of line


@pytest.mark.slow
@pytest.mark.parametrize(
    ("language", "numbers"),
    [
        ("zh", ["612支", "2,400名", "3.5万人次"]),
        ("ja", ["18万7400人", "2万1800人"]),
        ("ko", ["612곳", "1,320명이상", "8만7500명", "1조2400억원"]),
        # a number and its currency are one unit: never '3500억' / '원'
        # and a qualifier after it stays on its line (round 15: korean10)
        ("ko money", ["3500억원", "1조2000억원이상"]),
    ],
)
def test_a_tiles_counter_stays_on_its_numbers_line(
    decks: dict[str, list[list[str]]], language: str, numbers: list[str]
) -> None:
    glance = decks[language][1]
    assert [n for n in numbers if n not in glance] == [], glance


def _korean_words(deck: Path) -> set[str]:
    """The deck's Korean words of two or more syllables, as its slides hold them."""
    from pptx import Presentation

    words = set()
    for slide in Presentation(str(deck)).slides:
        for shape in slide.shapes:
            text = shape.text_frame.text if shape.has_text_frame else ""
            words |= {w for w in re.split(r"[^\uac00-\ud7a3]+", text) if len(w) > 1}
    return words


@pytest.mark.slow
def test_no_line_ends_inside_a_korean_word(soffice: str, tmp_path: Path) -> None:
    """Korean is spaced between its words, and a line ends only there ('대한모빌리 / 티' reads as a
    typo): in titles, bullets, tiles and quotes of the decks with the longest Korean lines."""
    decks = [built(REVIEW / f"{name}.yaml", tmp_path / name)[1] for name in KOREAN]
    (tmp_path / "pdf").mkdir()
    pdfs = libreoffice_pdfs(soffice, decks, tmp_path / "pdf")
    for deck, pdf in zip(decks, pdfs, strict=True):
        words = _korean_words(deck)
        assert len(words) > 50, deck
        assert straddling(pdf_lines(pdf), sorted(words)) == [], deck.name


@pytest.mark.slow
def test_a_korean_band_label_and_tile_keep_the_number_with_its_counter(soffice: str, tmp_path: Path) -> None:
    """Review JJ: the band broke '131만 2000명' / '이상' (LibreOffice's gap between digits and
    Hangul widened it past its cell), its label '오후 6' / '시 기준', and a tile set '1,150' over
    '명 가까이'. Read from LibreOffice's lines: each stays on one line."""
    briefing, deck = built(REVIEW / "andong-talchum-ko-kr.yaml", tmp_path / "out")
    (tmp_path / "pdf").mkdir()
    briefing_pdf, deck_pdf = libreoffice_pdfs(soffice, [briefing, deck], tmp_path / "pdf")
    first = pdf_lines(briefing_pdf)[0]
    assert any("131만2000명이상" in line for line in first), first
    assert any("오후6시기준" in line for line in first), first
    tiles = [line for page in pdf_lines(deck_pdf) for line in page]
    assert any("1,150명가까이" in line for line in tiles), [t for t in tiles if "1,150" in t]


#: The locale of each event (EVENTS), as the plan ties its numbers.
LOCALES = {"zh": "zh_CN", "ja": "ja_JP", "ko": "ko_KR", "ko money": "ko_KR"}


def _paragraphs(deck: Path) -> list[etree._Element]:
    """Every paragraph of the deck's slides and notes."""
    package = zipfile.ZipFile(deck)
    parts = [n for n in package.namelist() if re.fullmatch(r"ppt/(slides|notesSlides)/\w+\.xml", n)]
    return [p for n in parts for p in etree.fromstring(package.read(n)).iter(qn("a:p"))]


def _tied(text: str, locale: str) -> list[str]:
    """The runs the plan ties in `text` ('8.6萬', '2026年10月'), as a reader searches for them."""
    bound = bind_cjk_numbers(text.replace(WORD_JOINER, ""), locale)
    atom = rf"(?:[0-9][0-9.,:]*|[^\s0-9{WORD_JOINER}])"  # a number, or any one other character
    return [run.replace(WORD_JOINER, "") for run in re.findall(rf"{atom}(?:{WORD_JOINER}{atom})+", bound)]


@pytest.mark.slow
def test_a_deck_prints_its_numbers_as_a_reader_searches_them(made: dict[str, tuple[Path, Path]]) -> None:
    """No word joiner (nor zero width space) in a slide's or a note's text: a search for '8.6萬' or
    '2026年10月' finds it (review PP); each tied number whole between the deck's own line breaks."""
    for language, (_, deck) in made.items():
        hidden, parted = [], []
        for p in _paragraphs(deck):
            lines = ["".join(t.text or "" for t in group.iter(qn("a:t"))) for group in _between_breaks(p)]
            hidden += [line for line in lines if WORD_JOINER in line or "\u200b" in line]
            whole = "".join(lines)
            parted += [run for run in _tied(whole, LOCALES[language]) if not any(run in x for x in lines)]
        assert (language, hidden, parted) == (language, [], [])


def _between_breaks(p: etree._Element) -> list[etree._Element]:
    """The paragraph's runs between its line breaks, each group as one element."""
    groups = [etree.Element("group")]
    for child in p:
        if child.tag == qn("a:br"):
            groups.append(etree.Element("group"))
        elif child.tag == qn("a:r"):
            groups[-1].append(copy.deepcopy(child))
    return groups


@pytest.mark.slow
def test_a_cjk_number_is_never_parted_by_a_line_end_of_the_deck(
    made: dict[str, tuple[Path, Path]], decks: dict[str, list[list[str]]]
) -> None:
    """With no joiner to hold it, a tied number ('3.5万人次', '2026年7月26日', '1,320명') stays on one
    line of LibreOffice's PDF: the deck's lines end before it (powerpoint/url_lines.py)."""
    for language, (_, deck) in made.items():
        texts = ["".join(t.text or "" for t in p.iter(qn("a:t"))) for p in _paragraphs(deck)]
        runs = sorted({run for text in texts for run in _tied(text, LOCALES[language])})
        words = [run.replace(" ", "").replace("\u00a0", "") for run in runs]
        assert words, language
        # a paragraph's own end is no line end inside a text: a tile's '約' over its '18万7400人'
        ends = {text.replace(" ", "").replace("\u00a0", "") for text in texts}
        cut = [
            word
            for lines in decks[language]
            for first, second in itertools.pairwise(lines)
            if first not in ends
            for word in straddling([[first, second]], words)
        ]
        assert (language, cut) == (language, [])
