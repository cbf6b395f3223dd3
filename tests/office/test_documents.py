"""The WAIC 2022 briefing and deck, reopened: every figure with its qualifier, pictures, titles, no tags."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from docx import Document
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE

from reportgen.build.pipeline import BuildResult

from ..conftest import docx_paragraphs, docx_text, pptx_notes, pptx_slide_texts

NBSP = "\u00a0"
# Every figure of the article as the documents must print it (qualifier included).
FIGURES = [
    f"nearly RMB{NBSP}15 billion",
    f"RMB{NBSP}1 billion",
    f"RMB{NBSP}10 billion",
    "more than 638 million",
    "370,000",
    "more than 700",
    "more than 2,000",
    "more than 500",
    "more than 80",
    "more than 20",
    "more than 30",
    "121",
    "25",
]
# A number may appear only after one of these words: "RMB 15 billion" alone would be a wrong fact.
QUALIFIED = {
    "15 billion": ("nearly RMB" + NBSP, "nearly RMB"),
    "638 million": ("more than ", "exceeded "),
    "2,000": ("more than ", "over "),
    "500 ": ("more than ",),
    "700 ": ("more than ", "More than "),
}
SECTION_TITLES = [
    "Closing ceremony",
    "Signed projects and investment",
    "Finance for new tracks",
    "Programme",
    "Participants",
    "Reach and media",
    "Sources",
]


def assert_qualifiers_kept(text: str) -> None:
    for number, prefixes in QUALIFIED.items():
        for match in re.finditer(re.escape(number), text):
            before = text[max(0, match.start() - 12) : match.start()]
            assert before.endswith(prefixes), f"{number!r} without its qualifier: ...{before}{number}..."


def test_briefing_states_every_figure_with_its_qualifier(briefing_path: Path) -> None:
    text = docx_text(briefing_path)
    for figure in FIGURES:
        assert figure in text, figure
    assert_qualifiers_kept(text)
    assert "as of 2 pm on 3 September 2022" in text
    assert "signed on site: 8" in text and "signed in the metaverse venue: 17" in text


def test_briefing_structure(briefing_path: Path) -> None:
    doc = Document(str(briefing_path))
    paragraphs = doc.paragraphs
    assert paragraphs[0].text == "World Artificial Intelligence Conference 2022"
    assert paragraphs[0].style.name == "Title"
    headings = [p.text for p in paragraphs if p.style.name == "Heading 1"]
    assert headings == ["Headline", "Key figures", *SECTION_TITLES]
    (table,) = doc.tables
    rows = [[c.text for c in row.cells] for row in table.rows]
    assert rows[0] == ["Figure", "Value", "Note"]
    assert len(rows) == 1 + 9
    assert ["Online viewers", "more than 638 million", ""] in rows
    assert ["Visits to the WAIC metaverse", "370,000", "as of 2 pm on 3 September 2022"] in rows
    names = {p.text for p in paragraphs}
    for person in ("Zhang Wei", "Hang Yingwei", "Zhuang Mudi", "Wu Jincheng"):
        assert any(n.startswith(person) for n in names), person


def test_briefing_charts_are_pictures_with_alt_text_and_captions(briefing_path: Path) -> None:
    doc = Document(str(briefing_path))
    assert len(doc.inline_shapes) == 3
    doc_prs = list(
        doc.element.body.iter("{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr")
    )
    alts = {d.get("name"): d.get("descr") for d in doc_prs}
    assert set(alts) == {"Chart reach", "Chart projects", "Chart capital"}
    assert "Online viewers: more than 638 million" in alts["Chart reach"]
    assert f"nearly RMB{NBSP}15 billion" in alts["Chart capital"]
    captions = [p.text for p in doc.paragraphs if p.style.name == "Caption" and p.text.startswith("Chart:")]
    assert len(captions) == 3


def test_briefing_has_no_leftover_tags_and_keeps_header_and_footer(briefing_path: Path) -> None:
    paragraphs = docx_paragraphs(briefing_path)
    assert not [p for p in paragraphs if "{{" in p or "{%" in p]
    doc = Document(str(briefing_path))
    assert doc.sections[0].header.paragraphs[0].text == "WAIC 2022 · closing briefing"
    assert doc.core_properties.title == "World Artificial Intelligence Conference 2022: closing briefing"


DECK_TITLES = [
    "World Artificial Intelligence Conference 2022",
    "WAIC 2022 at a glance",
    "Closing ceremony",
    "Signed projects and investment",
    "Finance for new tracks",
    "Programme",
    "Participants",
    "Reach and media",
    "Sources",
]


def test_deck_has_a_titled_slide_per_section(deck_path: Path) -> None:
    prs = Presentation(str(deck_path))
    titles = [slide.shapes.title.text if slide.shapes.title else "" for slide in prs.slides]
    assert titles == DECK_TITLES


def test_deck_states_every_figure_with_its_qualifier(deck_path: Path) -> None:
    text = "\n".join(pptx_slide_texts(deck_path))
    for figure in FIGURES:
        assert figure in text, figure
    assert_qualifiers_kept(text)
    assert_qualifiers_kept("\n".join(pptx_notes(deck_path)))
    assert "Visits to the WAIC metaverse: 370,000 visits (as of 2 pm on 3 September 2022)" in text
    assert "Zhang Wei: declared the Conference closed" in text


def test_deck_pictures_fill_every_slot_with_alt_text(deck_path: Path) -> None:
    prs = Presentation(str(deck_path))
    pictures = {}
    for number, slide in enumerate(prs.slides, start=1):
        for shape in slide.shapes:
            if shape.shape_type == MSO_SHAPE_TYPE.PICTURE:
                pictures[shape.name] = (number, shape._element.nvPicPr.cNvPr.get("descr"))
            if shape.has_text_frame:
                assert "chart(" not in shape.text_frame.text and "{%" not in shape.text_frame.text
    assert {name: n for name, (n, _) in pictures.items()} == {
        "Chart projects": 4,
        "Chart capital": 5,
        "Chart programme": 6,
        "Chart participants": 7,
        "Chart reach": 8,
        "Chart media": 8,
    }
    assert "Online viewers: more than 638 million" in pictures["Chart reach"][1]
    assert "Renowned guests: more than 500" in pictures["Chart participants"][1]


def test_deck_table_notes_and_no_leftover_tags(deck_path: Path) -> None:
    prs = Presentation(str(deck_path))
    (frame,) = [s for s in prs.slides[1].shapes if s.has_table]
    rows = [[c.text for c in row.cells] for row in frame.table.rows]
    assert rows[0] == ["Figure", "Value", "Note"] and len(rows) == 10
    assert ["Total investment of the signed projects", f"nearly RMB{NBSP}15 billion", ""] in rows
    notes = pptx_notes(deck_path)
    assert "The total number of online viewers exceeded 638 million" in notes[7]
    assert "with a total investment of nearly RMB15 billion." in notes[3]
    assert "Zhang Wei, Member of the Standing Committee" in notes[2]
    for text in pptx_slide_texts(deck_path) + notes:
        assert "{{" not in text and "{%" not in text


def test_build_result_lists_every_file(waic_build: BuildResult) -> None:
    names = sorted(f.name for f in waic_build.files)
    assert names == sorted(
        ["waic-2022-briefing.docx", "waic-2022-deck.pptx"]
        + [
            f"waic-2022-chart-{c}.png"
            for c in ("reach", "media", "projects", "capital", "participants", "programme")
        ]
    )
    assert all(f.stat().st_size > 1000 for f in waic_build.files)
    out = waic_build.files[0].parent
    leftovers = [
        p for p in out.rglob("*") if p.name.endswith(".tmp") or p.name.startswith(".reportgen-staging-")
    ]
    assert leftovers == [], "a temporary file or staging folder was left anywhere in the output folder"


@pytest.mark.parametrize("kind", ["docx", "pptx"])
def test_documents_name_a_cjk_font_for_east_asian_text(
    kind: str, briefing_path: Path, deck_path: Path
) -> None:
    import zipfile

    path = briefing_path if kind == "docx" else deck_path
    with zipfile.ZipFile(path) as package:
        xml = b"".join(package.read(n) for n in package.namelist() if n.endswith(".xml"))
    assert b"Noto Sans CJK SC" in xml
