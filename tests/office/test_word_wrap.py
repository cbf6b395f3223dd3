"""The page estimate's lines of a paragraph (office/word_wrap.py): word by word, each character at
its width in the font LibreOffice sets it in."""

from __future__ import annotations

from reportgen.office.word_wrap import char_em, line_count

#: A bullet's room in the bundled template, in ems at 10.5 pt: the body's 470.6 pt less its indent.
_BULLET_ROOM = (470.6 - 18) / 10.5


def test_a_paragraph_that_nearly_fills_its_lines_takes_the_line_its_breaks_add() -> None:
    """The literary prize's bullet took four lines in the PDF; at half an em a character it summed
    to 2.9 lines (three), and the briefing tightened to take its last page still overflowed."""
    text = (
        "Hélène Carrère-Dumontel, présidente du jury du Prix des Rives, membre de l’Académie Goncourt "
        "et ancienne directrice de la Maison de la poésie de Nantes et du festival Atlantide, a annoncé "
        "le palmarès et salué un premier roman d’une rare maîtrise."
    )
    assert line_count(text, _BULLET_ROOM) == 4


def test_a_line_ends_before_the_word_that_would_overflow_it() -> None:
    word = "abcde"  # 3.04 ems, a space 0.32
    assert line_count(" ".join([word] * 3), 10.0) == 1  # 9.76 ems
    assert line_count(" ".join([word] * 4), 10.0) == 2  # the fourth word on a line of its own
    assert line_count("x" * 40, 10.0) == 3  # a word wider than a line breaks where the line runs out


def test_each_script_at_its_width() -> None:
    assert char_em("峰") == 1.0 and char_em("ア") == 1.0
    assert char_em("박") == 0.92  # Noto Sans CJK KR's Hangul
    assert char_em("\u2060") == 0.0 and char_em("\u00ad") == 0.0  # a word joiner, a soft hyphen
    assert char_em("é") == char_em("e") and char_em("i") < char_em("e") < char_em("m")
    # a Chinese line's characters a full em each: 43 of them fill a bullet's line, 44 take two
    assert line_count("数" * 43, _BULLET_ROOM) == 1 and line_count("数" * 44, _BULLET_ROOM) == 2
