"""The document check names a continuation slide that holds another kind of content than the slide
it continues (office/slide_runs.py) and a list of names set centred as a statement
(office/list_setting.py; reviews QQ1, QQ2). Planted decks, no build."""

from __future__ import annotations

from pptx import Presentation
from pptx.enum.text import PP_ALIGN
from pptx.util import Inches, Pt

from reportgen.office.list_setting import list_statements
from reportgen.office.slide_runs import slide_runs


def _slide(prs, title: str, lines: list[str], centred: bool = False):
    slide = prs.slides.add_slide(prs.slide_layouts[5])  # title only
    slide.shapes.title.text = title
    box = slide.shapes.add_textbox(Inches(1), Inches(2), Inches(8), Inches(3))
    for at, line in enumerate(lines):
        paragraph = box.text_frame.paragraphs[0] if at == 0 else box.text_frame.add_paragraph()
        paragraph.text = line
        if centred:  # a statement's: centred and large
            paragraph.alignment = PP_ALIGN.CENTER
            paragraph.runs[0].font.size = Pt(28)
    return slide


def _runs(prs, locale: str) -> list[str]:
    height = prs.slide_height
    return slide_runs(list(prs.slides), prs.slide_width * height, "deck.pptx", locale, height)


PEOPLE = ["Aisha Rahman won Book of the Year.", "“I wrote this book at my kitchen table.”"]
WINNERS = ["Poetry: Late Light, by Margaret Healey", "Fiction: The Salt Roads, by Aisha Rahman"]


def test_a_list_titled_as_the_continuation_of_people_is_named() -> None:
    prs = Presentation()
    _slide(prs, "Winners by category", PEOPLE)
    _slide(prs, "Winners by category (continued)", PEOPLE)
    _slide(prs, "Winners by category (continued)", WINNERS)
    found = [w for w in _runs(prs, "en") if "continues" in w]
    assert found == [
        "deck.pptx: slide 3: it continues slide 1 (people's words) but holds a list; a continued "
        "slide holds more of what its first slide holds: give it a title of its own"
    ]


def test_a_continuation_of_its_own_kind_in_any_language_is_not() -> None:
    prs = Presentation()
    _slide(prs, "Głosy z festiwalu", PEOPLE)
    _slide(prs, "Głosy z festiwalu (cd.)", PEOPLE)
    _slide(prs, "Zwycięzcy", WINNERS)  # another title: no continuation
    assert _runs(prs, "pl") == []


def test_a_list_of_names_set_centred_is_named_and_one_set_as_a_list_is_not() -> None:
    prs = Presentation()
    poster = _slide(
        prs, "Partnerzy", ["Partnerzy: Miasto Lublin, Radio Lublin, Politechnika Lubelska i Apteki"], True
    )
    listed = _slide(prs, "Partnerzy", ["Miasto Lublin", "Radio Lublin", "Politechnika Lubelska"])
    assert len(list(list_statements(poster, "slide 1"))) == 1
    assert list(list_statements(listed, "slide 2")) == []
