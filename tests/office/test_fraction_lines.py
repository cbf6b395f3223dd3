"""A fraction in words is one word to a line's end (review UU1 A: the Japanese title
'…全体の4分の' / '1を超えました' parted '4分の1'): no title or text line of a deck ends inside
'N分のM', 'N分之M', and the spaces of 'N분의 M', '3 von 4', '1 in 4' are tied."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation

from reportgen.data.fractions import CJK_FRACTION
from reportgen.data.typography import bind_numbers
from reportgen.office.powerpoint.cjk_words import line_breaks, title_breaks
from reportgen.office.quality import check_deck
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

TEXTS = [
    ("大規模言語モデルに関する発表が最も多く、全体の4分の1を超えました", "ja"),
    ("発表のおよそ3分の2がポスター発表でした", "ja"),
    ("参观者中有三分之二来自省外，比上届明显增加", "zh"),
    ("境外选手约占全部参赛选手的4分之1，创历届新高", "zh"),
]


@pytest.mark.parametrize(("text", "language"), TEXTS)
def test_no_line_ends_inside_a_cjk_fraction_at_any_width(text: str, language: str) -> None:
    (span,) = [(m.start(), m.end()) for m in CJK_FRACTION.finditer(text)]
    for tenths in range(80, 250, 5):  # a line that holds the fraction
        for breaks in (line_breaks(text, tenths / 10, language), title_breaks(text, tenths / 10, language)):
            inside = [at for at in breaks if span[0] < at < span[1]]
            assert not inside, (tenths / 10, breaks, text)


@pytest.mark.parametrize(
    ("text", "locale", "tied"),
    [
        ("대학원생이 4분의 1을 차지했다", "ko_KR", "4분의\u00a01을"),
        ("3 von 4 Besuchern kamen aus Bayern", "de_DE", "3\u00a0von\u00a04"),
        ("1 in 4 visitors came from abroad", "en_GB", "1\u00a0in\u00a04"),
        ("1 sur 4 venait de l’étranger", "fr_FR", "1\u00a0sur\u00a04"),
        ("1 de cada 4 visitantes", "es_ES", "1\u00a0de\u00a0cada\u00a04"),
    ],
)
def test_the_spaces_of_a_fraction_in_words_are_tied(text: str, locale: str, tied: str) -> None:
    bound = bind_numbers(text, locale)
    assert tied in bound, bound
    assert bind_numbers(bound, locale) == bound


@pytest.mark.parametrize(
    "text", ["Attendance rose 12 in 2026", "Hall 3 of 2 buildings", "Stand 12 in Hall 4 of the fair"]
)
def test_no_tie_where_no_fraction_is_written(text: str) -> None:
    assert "\u00a0in\u00a0" not in bind_numbers(text, "en") and "\u00a0of\u00a0" not in bind_numbers(
        text, "en"
    )


def test_the_japanese_decks_titles_keep_their_fractions_whole(tmp_path: Path) -> None:
    event = ROOT / "tests" / "data" / "review_events" / "keisan-gengo-gakkai-ja-jp.yaml"
    result = build(event, Settings.simple(tmp_path, TEMPLATES))
    deck = next(f for f in result.files if f.suffix == ".pptx")
    seen = []
    for slide in Presentation(str(deck)).slides:
        for shape in slide.shapes:
            if not shape.has_text_frame:
                continue
            for paragraph in shape.text_frame.paragraphs:
                text = paragraph.text.replace("\u2060", "")
                plain, breaks = "", []  # the text without its line breaks, and where they were
                for char in text:
                    if char == "\x0b":
                        breaks.append(len(plain))
                    else:
                        plain += char
                for match in CJK_FRACTION.finditer(plain):
                    seen.append(match.group(0))
                    assert not [at for at in breaks if match.start() < at < match.end()], text
    assert "4分の1" in seen


def test_the_check_names_a_title_broken_inside_a_fraction(tmp_path: Path) -> None:
    event = ROOT / "tests" / "data" / "review_events" / "keisan-gengo-gakkai-ja-jp.yaml"
    result = build(event, Settings.simple(tmp_path / "out", TEMPLATES))
    deck = next(f for f in result.files if f.suffix == ".pptx")
    says = "a line break parts the fraction"
    assert not [w for w in check_deck(deck, "deck.pptx", locale="ja_JP") if says in w]
    prs = Presentation(str(deck))
    slide = next(s for s in prs.slides if "4分の1" in s.shapes.title.text_frame.text.replace("\u2060", ""))
    slide.shapes.title.text_frame.text = (
        "大規模言語モデルに関する発表が最も多く、全体の4分の\x0b1を超えました"
    )
    edited = tmp_path / "edited.pptx"
    prs.save(str(edited))
    named = [w for w in check_deck(edited, "deck.pptx", locale="ja_JP") if says in w]
    assert named and "4分の1" in named[0], named
