"""Text that fits set before a chart that would move whole to the next page (office/word_fill.py,
`_set_before`): a chart under its section's people list goes right after the section's summary,
the list flowing on below it (review WW1 #7: the es marathon's 10 age bars moved whole to page 2,
away from 'La carrera', page 1 left 71 % filled); a section of a heading, its summary and a chart
takes no other section before it, the sections staying in the data's order (review YY3 #3). The
estimate only: the PDFs are in tests/office_pdf/test_page_balance.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.shared import Pt
from PIL import Image

from reportgen.office.ooxml import qn
from reportgen.office.word_fill import Filling, chart_filling_page

from ..conftest import TEMPLATES

#: Each language's lines: a section's summary, a person's line, the next section's heading and text.
TEXTS = {
    "es": ("La carrera batió su récord.", "Laura Sánchez, corredora, terminó su primer maratón.", "Premios"),
    "sv": ("Publiken ökade varje år.", "Elin Berg, formgivare, öppnade veckan i Slagthuset.", "Röster"),
    "zh": ("本届赛事人数创历史新高。", "男子冠军打破了赛会纪录，女子冠军也刷新了纪录。", "成绩与纪录"),
}


def _document(picture: Path, language: str, filler: int, people: int, tall: float) -> Document:
    """The bundled template's styles: `filler` lines, a heading, its summary kept with what follows,
    `people` bullets, a chart `tall` pt high kept with its caption, a section of text, and Sources."""
    summary, person, other = TEXTS[language]
    document = Document(str(TEMPLATES / "briefing.docx"))
    body = document.element.body
    for element in list(body)[:-1]:  # all but the section's properties
        body.remove(element)
    document.add_heading("Before", level=1)
    for number in range(filler):
        line = document.add_paragraph(f"{summary} {number}")
        line.paragraph_format.space_before, line.paragraph_format.space_after = Pt(0), Pt(14)
    document.add_heading("Audience", level=1).paragraph_format.keep_with_next = True
    document.add_paragraph(summary).paragraph_format.keep_with_next = True
    for _ in range(people):
        document.add_paragraph(person, style="List Bullet")
    document.add_picture(str(picture), height=Pt(tall))
    document.paragraphs[-1].paragraph_format.keep_with_next = True
    document.add_paragraph(summary, style="Caption")
    document.add_heading(other, level=1).paragraph_format.keep_with_next = True
    document.add_paragraph(summary).paragraph_format.keep_with_next = True
    document.add_paragraph(person, style="List Bullet")
    document.add_heading("Sources", level=1).paragraph_format.keep_with_next = True
    document.add_paragraph("A source.")
    return document


def _text(block) -> str:
    return "".join(t.text or "" for t in block.iter(qn("w:t")))


def _apply(filling: Filling) -> None:
    """The blocks moved after `filling.after`, as the renderer does (office/word.py)."""
    anchor = filling.after
    for block in filling.chart:
        anchor.addnext(block)
        anchor = block


@pytest.fixture(scope="module")
def picture(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("picture") / "chart.png"
    Image.new("RGB", (400, 300), "navy").save(path)
    return path


def _moved(picture: Path, language: str, people: int, tall: float) -> list[tuple[int, Filling]]:
    """For each count of filler lines, the filling found where it moves blocks (not a redraw)."""
    found = []
    for filler in range(7, 22):
        filling = chart_filling_page(_document(picture, language, filler, people, tall))
        if filling is not None and filling.inline is None:
            found.append((filler, filling))
    return found


@pytest.mark.parametrize("language", sorted(TEXTS))
def test_a_chart_under_a_people_list_goes_after_its_summary(picture: Path, language: str) -> None:
    summary = TEXTS[language][0]
    moved = _moved(picture, language, people=12, tall=220)
    assert moved, "no page left the chart too low to end it, not even at its least height"
    for filler, filling in moved:
        assert _text(filling.after) == summary, filler  # right under its summary, in its section
        assert filling.chart[0].find(f".//{qn('wp:inline')}") is not None
        document = filling.after.getroottree()
        pages_before = len(list(document.iter(qn("wp:inline"))))
        _apply(filling)
        blocks = [b for b in filling.after.getparent() if b.tag == qn("w:p")]
        at = blocks.index(filling.after)
        assert blocks[at + 1] is filling.chart[0] and _text(blocks[at - 1]) == "Audience"
        assert len(list(document.iter(qn("wp:inline")))) == pages_before


@pytest.mark.parametrize("language", sorted(TEXTS))
def test_no_section_is_set_before_a_headed_chart(picture: Path, language: str) -> None:
    """A heading, its summary and a chart that do not fit under the page's text keep their place:
    the next section, text only, is never set before them to fill the page (review YY3 #3: the
    en_AU show's 'Prize money' printed before 'Livestock entries'). The briefing's sections stay in
    the data's order; the chart is drawn shorter, or the page stays as it is."""
    other = TEXTS[language][2]
    for filler in range(7, 22):
        document = _document(picture, language, filler, 0, 330)
        for _ in range(4):  # as the renderer applies them (office/word.py, MAX_FILLINGS)
            filling = chart_filling_page(document)
            if filling is None or filling.inline is not None:
                break
            _apply(filling)
        blocks = [_text(b) for b in document.element.body if b.tag == qn("w:p")]
        assert blocks.index("Before") < blocks.index("Audience") < blocks.index(other), (filler, blocks)
        assert blocks.index(other) < blocks.index("Sources"), (filler, blocks)


def test_the_sources_never_go_before_a_chart(picture: Path) -> None:
    """A chart whose section is followed only by the Sources takes no section before it."""
    for filler in range(6, 26):
        document = _document(picture, "es", filler, 0, 330)
        body = document.element.body
        paragraphs = [b for b in body if b.tag == qn("w:p")]
        for block in paragraphs[-5:-2]:  # the next section: the Sources follow the chart
            body.remove(block)
        filling = chart_filling_page(document)
        assert filling is None or filling.inline is not None or _text(filling.chart[0]) != "Sources"
