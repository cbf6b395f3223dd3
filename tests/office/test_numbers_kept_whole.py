"""A number and its words are never parted at a line end in the produced documents: outside
reviewers' events (tests/events/numbers/nobreak-*.yaml) printed '… 3,8 Milliarden / Euro' in a
user's quote, 'le 12 / novembre 2026', 'Carrère- / Dumontel', and a Japanese tile '18万740 / 0'."""

from __future__ import annotations

import re
import subprocess
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from reportgen.data.typography import credit_name
from reportgen.office.name_hyphens import deck_no_break_hyphens, word_no_break_hyphens
from reportgen.office.powerpoint.fit import text_em

from ..conftest import ROOT, libreoffice_pdfs
from ..pipeline.test_catalogues import built

NUMBERS = ROOT / "tests" / "events" / "numbers"
REVIEW = ROOT / "tests" / "data" / "review_events"
NB, WJ = "\u00a0", "\u2060"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"


def _xml(path: Path) -> str:
    with zipfile.ZipFile(path) as package:
        names = [
            n
            for n in package.namelist()
            if n == "word/document.xml" or n.startswith(("ppt/slides/slide", "ppt/notesSlides/"))
        ]
        return "".join(package.read(n).decode() for n in names)


def test_a_users_quote_keeps_its_amount_and_currency_together(tmp_path: Path) -> None:
    briefing, deck = built(NUMBERS / "nobreak-de.yaml", tmp_path / "out")
    # the user's quote, typed with plain spaces: its amount and currency one word, its qualifier's
    # words one, which may end a line in a quotation's running text (review U), at a plain space
    # (review W: a zero width space after it was copied with the number)
    said = f"mehr{NB}als 3,8{NB}Milliarden{NB}Euro.“"
    for document in (briefing, deck):  # the deck prints it in the speaker's notes
        assert said in _xml(document), document.name
    assert f"rund{NB}1,2{NB}Milliarden{NB}Euro" in _xml(briefing)  # our key figures table


def test_a_hyphenated_name_in_a_credit_stays_whole() -> None:
    """Unbroken at its hyphen by the format's own means: Word's no-break hyphen element, which
    python-docx, Word and LibreOffice read as a hyphen, and in the deck (DrawingML has none) the
    plain hyphen, a line break before the name where a line would end inside it (round 21: a word
    joiner after the hyphen hid the name from a search too); never U+2011, which a search missed. (Round
    16: a person's quotation under their own line has no credit, so the documents of nobreak-fr
    print none; a quotation standing apart keeps one, made by these same steps.)"""
    credit = credit_name("Hélène Carrère-Dumontel")
    assert credit == f"Hélène{NB}Carrère\u2011Dumontel"
    paragraph = etree.fromstring(f'<w:p xmlns:w="{W}"><w:r><w:t>— {credit}</w:t></w:r></w:p>')
    word_no_break_hyphens(paragraph)
    xml = etree.tostring(paragraph, encoding="unicode")
    assert re.search(f"Hélène{NB}Carrère</w:t><w:noBreakHyphen/><w:t[^>]*>Dumontel", xml), xml
    assert "\u2011" not in xml
    shape = etree.fromstring(f'<a:p xmlns:a="{A}"><a:r><a:t>— {credit}</a:t></a:r></a:p>')
    deck_no_break_hyphens([shape])  # the slide's line breaks keep it whole (test_deck_name_lines.py)
    assert f"Hélène{NB}Carrère-Dumontel<" in etree.tostring(shape, encoding="unicode")


def test_a_hyphenated_name_in_a_credit_is_found_in_the_pdfs(soffice: str, tmp_path: Path) -> None:
    """Review U: 'Müller-Gerber' was not found in the deck's PDF (nor in the briefing's DOCX)."""
    from pypdf import PdfReader

    documents = list(built(REVIEW / "congres-cardio-lausanne-fr-ch.yaml", tmp_path / "out"))
    for pdf in libreoffice_pdfs(soffice, documents, tmp_path / "out"):
        text = " ".join(page.extract_text() for page in PdfReader(str(pdf)).pages)
        # the credit's '— Prof. Andreas Müller-Gerber' as the body's words print his name
        assert text.count("Müller-Gerber") == text.count("Müller") >= 1, pdf.name


def test_a_japanese_tile_and_band_tie_the_qualifier_after_the_number(tmp_path: Path) -> None:
    briefing, deck = built(NUMBERS / "nobreak-ja.yaml", tmp_path / "out")
    # joiners beside the digits only: none between two characters, which no renderer reads; and
    # none in the deck, whose lines end before the number instead (review PP: a search finds it)
    assert f"12{WJ}億{WJ}5000{WJ}万円以上" in _xml(briefing)
    assert "12億5000万円以上" in _xml(deck) and WJ not in _xml(deck)
    assert f"2026{WJ}年{WJ}7{WJ}月{WJ}26{WJ}日" in _xml(briefing)


def test_the_space_libreoffice_sets_between_japanese_and_digits_is_measured() -> None:
    """'18万7400' measured 5.66 em in a 47 pt bold tile of LibreOffice's PDF (DejaVu Sans Bold
    digits, 0.25 em either side of 万); the estimate with its margin must not fall short of it."""
    assert text_em(f"18{WJ}万{WJ}7400") * 1.35 >= 5.66  # WORD_MARGIN_BOLD
    assert text_em("abc") == text_em("abc")  # Latin text alone gains nothing
    assert text_em("万人") == 2.0


@pytest.mark.slow
def test_the_japanese_tile_prints_its_number_on_one_line_in_libreoffices_pdf(
    soffice: str, tmp_path: Path
) -> None:
    _, deck = built(NUMBERS / "nobreak-ja.yaml", tmp_path / "out")
    (tmp_path / "pdf").mkdir()
    (pdf,) = libreoffice_pdfs(soffice, [deck], tmp_path / "pdf")
    words = subprocess.run(
        ["pdftotext", "-f", "2", "-l", "2", "-bbox", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    boxes = [
        (float(y), text)
        for y, text in re.findall(r'<word xMin="[\d.]+" yMin="([\d.]+)"[^>]*>([^<]*)</word>', words)
    ]
    line = {text: y for y, text in reversed(boxes)}  # each word's first place on the page
    assert line["18"] == line["万"] == line["7400"], boxes  # one line: '18 万 7400'
    assert not any(text in ("740", "0", "上") for _, text in boxes), boxes
    # the money tile's qualifier after its currency's word stays on the number's line with
    # '12億5000万円' (the word closed up to its number, review U; review DD: never alone below it)
    yen = {y for y, text in boxes if "円" in text}
    assert yen and all(y in yen for y, text in boxes if text.endswith("以上")), boxes


def test_the_document_check_finds_a_japanese_number_a_line_may_break(tmp_path: Path) -> None:
    """Typed into a user's template without joiners: a counter after the number's digits, the date,
    and a tile whose number is wider than its box (LibreOffice broke it inside the digits)."""
    from pptx import Presentation
    from pptx.util import Emu, Pt

    from reportgen.office.quality import check_deck

    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[5])
    slide.shapes.title.text = "概要"
    for left, text, size in (
        (0, f"12{WJ}億{WJ}5000万円以上", 20),
        (3, "2026年7月26日", 20),
        (6, f"18{WJ}万{WJ}7400", 47),
    ):
        box = slide.shapes.add_textbox(Emu(914400 * left), Emu(1828800), Emu(3515360), Emu(914400))
        box.name = "Tile"
        run = box.text_frame.paragraphs[0].add_run()
        run.text, run.font.size, run.font.bold = text, Pt(size), True
        box.text_frame.word_wrap = True
    deck = tmp_path / "x-deck.pptx"
    prs.save(str(deck))
    found = check_deck(deck, "x-deck.pptx", locale="ja_JP")
    advice = (
        "may break across lines between the number and its unit, scale word, currency, qualifier or "
        "date; join them with a no-break space (in Chinese and Japanese a word joiner, U+2060)"
    )
    # a deck prints no word joiner (review PP): its check asks for none; a number wider than its
    # box, which no line end of ours can keep whole, is still found
    assert found == [
        "x-deck.pptx: slide 1, shape 'Tile': '18万7400' is wider than its box at 47 pt and "
        "would break inside the number; set it smaller or widen the box",
    ]
    assert not [w for w in found if w.endswith(advice)], found


def test_the_document_check_finds_a_korean_number_parted_from_its_counter(tmp_path: Path) -> None:
    """Review JJ's three breaks, typed into a deck without the ties: a tile's counter and its
    qualifier set under the number ('1,150' / '명 가까이'), a counter after the digits
    ('131만 2000' / '명 이상' in the band) and a time's hour ('오후 6' / '시 기준' in a label)."""
    from pptx import Presentation
    from pptx.util import Emu, Pt

    from reportgen.office.quality import check_deck

    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[5])
    slide.shapes.title.text = "개요"
    for left, lines in (
        (0, ["1,150", "명 가까이", "자원봉사자"]),
        (3, [f"131{WJ}만{NB}2000명 이상"]),
        (6, [f"총 관람객, 2026{WJ}년 10{WJ}월 4{WJ}일 오후 6시 기준"]),
    ):
        box = slide.shapes.add_textbox(Emu(914400 * left), Emu(1828800), Emu(2743200), Emu(914400))
        box.name = "Tile"
        box.text_frame.word_wrap = True
        for index, line in enumerate(lines):
            p = box.text_frame.paragraphs[0] if index == 0 else box.text_frame.add_paragraph()
            run = p.add_run()
            run.text, run.font.size = line, Pt(14)
    deck = tmp_path / "x-deck.pptx"
    prs.save(str(deck))
    found = check_deck(deck, "x-deck.pptx", locale="ko_KR")
    advice = (
        "may break across lines between the number and its unit, scale word, currency, qualifier or "
        "date; join them with a no-break space (in Chinese and Japanese a word joiner, U+2060)"
    )
    assert [w for w in found if "'1,150'" in w and "명 가까이" in w], found
    # a deck prints no word joiner (review PP): its check asks for none beside a digit
    assert not any("오후 6시 기준" in w and w.endswith(advice) for w in found), found
