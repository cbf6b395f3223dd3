"""Chinese and Japanese text in the deck's fitting (issue 20 item 4): a sentence without spaces breaks
between its characters, as renderers break it, so a Chinese slide's lead is not measured as one
unbreakable word and set in the floor size (the Chinese headlines that came out small)."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation
from pptx.util import Pt

from reportgen.office.powerpoint.fit import _words
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import TEMPLATES, WAIC, WAIC_ZH


def test_chinese_breaks_between_characters_but_not_before_closing_marks() -> None:
    pieces = _words("闭幕，“元宇宙”12个 WAIC 2022")
    widths = [round(em, 2) for _, em in pieces]
    gaps = [round(gap, 2) for gap, _ in pieces]
    # 闭 | 幕， | “元 | 宇 | 宙”12 | 个 | WAIC | 2022: a closing mark stays with the character before
    # it, an opening one with the one after it, digits and Latin words stay whole (curly quotes are
    # of ambiguous width: measured narrow, and kept with the digits after them, which errs long)
    assert widths == [1.0, 2.0, 1.52, 1.0, 2.56, 1.0, 2.89, 2.08]
    assert gaps == [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.3, 0.3]  # a space only where one was typed
    # a word joiner keeps a number with its unit; LibreOffice sets a quarter em between them (fit.py)
    assert _words("12\u2060个") == ((0.0, 2.29),)


def _lead_size(deck: Path, starts: str) -> float:
    for shape in Presentation(str(deck)).slides[2].shapes:
        for paragraph in shape.text_frame.paragraphs if shape.has_text_frame else []:
            if paragraph.text.startswith(starts):
                return paragraph.runs[0].font.size / Pt(1)
    raise AssertionError(starts)


def test_a_chinese_slides_lead_is_set_as_large_as_the_english_one(tmp_path: Path) -> None:
    decks = {}
    for name, event in (("en", WAIC), ("zh", WAIC_ZH)):
        result = build(event, Settings.simple(tmp_path / name, TEMPLATES))
        decks[name] = next(f for f in result.files if f.suffix == ".pptx")
    # the summary's first sentence is the slide's title (data/titles.py); the rest is its lead
    english = _lead_size(decks["en"], "At the ceremony")
    assert _lead_size(decks["zh"], "闭幕式上举行了") == english == 26.0  # was 16 pt, the floor
