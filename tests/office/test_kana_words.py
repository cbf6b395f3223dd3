"""A katakana word is never cut at a line end in a Japanese deck's titles and tiles: a reviewer's
fair printed '関西ものづくりビジネスマッチングフェ / ア 2026' (LibreOffice breaks between any two
kana and honours no joiner between them: kana_words' docstring)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from lxml import etree

from reportgen.office.ooxml import qn
from reportgen.office.powerpoint.kana_words import _break_before, line_breaks

from ..conftest import ROOT, libreoffice_pdfs
from ..pipeline.test_catalogues import built

TITLE = "関西ものづくりビジネスマッチングフェア2026"
#: The title slide's name box: 809 pt wide less its insets, at 44 pt: 18 kana to a line.
TITLE_EM = (809 - 14.4) / 44


@pytest.mark.parametrize(
    ("text", "width_em", "breaks"),
    [
        (TITLE, TITLE_EM, [7]),  # before ビジネスマッチングフェア, not between フェ and ア
        (TITLE, 30, []),  # one line: nothing to do
        ("あいうえおかきくけこさしすせそ", 5, []),  # no katakana word: the renderer's breaks stay
        ("ああああカタカナ", 6, [4]),
        ("あああああカタカナ", 6, [5]),
        ("ああああああカタカナ", 6, []),  # the word starts the next line anyway
        ("あアイウエオカキクケコサシスセソ", 6, []),  # wider than a line: left to the renderer
        # the second line would end 'マッチング フェ': a word after a space is kept whole too
        ("あいうえおマッチング フェア", 8, [5, 11]),
    ],
)
def test_a_line_break_moves_before_a_katakana_word_it_would_cut(
    text: str, width_em: float, breaks: list[int]
) -> None:
    assert line_breaks(text, width_em) == breaks


def test_the_break_splits_the_run_and_keeps_its_look() -> None:
    a = "http://schemas.openxmlformats.org/drawingml/2006/main"
    p = etree.fromstring(
        f'<a:p xmlns:a="{a}"><a:r><a:rPr sz="4400" b="1"/><a:t>関西</a:t></a:r>'
        f'<a:r><a:rPr sz="4400" b="1"/><a:t>ものづくりビジネス</a:t></a:r></a:p>'
    )
    _break_before(p, 7)
    assert [(c.tag.split("}")[1], c.findtext(qn("a:t"))) for c in p] == [
        ("r", "関西"),
        ("r", "ものづくり"),
        ("br", None),
        ("r", "ビジネス"),
    ]
    assert p[2].find(qn("a:rPr")).get("sz") == "4400"  # the break's line is as high as its text's


@pytest.mark.slow
def test_the_fairs_title_keeps_its_word_whole_in_libreoffices_pdf(soffice: str, tmp_path: Path) -> None:
    """Measured where it was seen: the title slide of the LibreOffice PDF."""
    _, deck = built(ROOT / "tests" / "events" / "languages" / "osaka-business-matching-2026.yaml", tmp_path)
    (tmp_path / "pdf").mkdir()
    (pdf,) = libreoffice_pdfs(soffice, [deck], tmp_path / "pdf")
    page = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    lines = [line.replace(" ", "") for line in page.splitlines() if line.strip()]
    assert "関西ものづくり" in lines and "ビジネスマッチングフェア2026" in lines, lines
