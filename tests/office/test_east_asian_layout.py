"""A Chinese, Japanese or Korean briefing is set upright and spaced as its language is
(office/east_asian_layout.py): CJK fonts have no italics, so the Quote style's italic slanted the
glyphs; Word spaces Latin letters and digits beside CJK characters as the document says."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from docx import Document
from lxml import etree

from reportgen.office.east_asian_layout import set_word_layout
from reportgen.office.ooxml import qn

from ..conftest import ROOT, TEMPLATES
from ..pipeline.test_catalogues import built

HELD_OUT = ROOT / "tests" / "events" / "languages"
REVIEWS = ROOT / "tests" / "data" / "review_events"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _italics_on(xml: bytes) -> list[str]:
    """The w:i elements that turn italic on."""
    tree = etree.fromstring(xml)
    return [
        etree.tostring(i.getparent().getparent()).decode()[:120]
        for i in tree.iter(f"{W}i")
        if i.get(f"{W}val", "1") not in ("0", "false", "off")
    ]


def _auto_space(styles_xml: bytes) -> tuple[str | None, str | None]:
    tree = etree.fromstring(styles_xml)
    p_pr = tree.find(f"{W}docDefaults/{W}pPrDefault/{W}pPr")
    found = [p_pr.find(f"{W}{name}") if p_pr is not None else None for name in ("autoSpaceDE", "autoSpaceDN")]
    return tuple(e.get(f"{W}val") if e is not None else None for e in found)  # type: ignore[return-value]


@pytest.mark.parametrize(
    ("name", "spaced"), [("gipfel-zh", "1"), ("tenjikai-ja", "1"), ("jeonsihoe-ko", "0")]
)
def test_a_cjk_briefing_is_upright_and_says_how_latin_text_is_spaced(
    name: str, spaced: str, tmp_path: Path
) -> None:
    briefing, _ = built(HELD_OUT / f"{name}.yaml", tmp_path / "out")
    with zipfile.ZipFile(briefing) as package:
        styles, body = package.read("word/styles.xml"), package.read("word/document.xml")
    assert _italics_on(styles) == [] and _italics_on(body) == []
    document = Document(str(briefing))
    # the person's quote and its credit, printed in the person's paragraph in the Quote's
    # character style (office/word_pages.py)
    quotes = [
        r for p in document.paragraphs for r in p.runs if r.style is not None and r.style.name == "Quote Char"
    ]
    assert quotes, name
    assert (
        document.styles["Quote"].font.italic is False and document.styles["Quote Char"].font.italic is False
    )
    assert all(run.italic is not True for run in quotes)
    # everything else the template says of the style stays: its indent, size and colour
    assert document.styles["Quote"].paragraph_format.left_indent is not None
    assert quotes[0].style.font.size is not None and quotes[0].style.font.color.rgb is not None
    assert _auto_space(styles) == (spaced, spaced)


def test_a_latin_briefing_keeps_the_templates_italic_and_spacing(tmp_path: Path) -> None:
    briefing, _ = built(HELD_OUT / "salon-fr.yaml", tmp_path / "out")
    document = Document(str(briefing))
    assert document.styles["Quote"].font.italic is True
    with zipfile.ZipFile(briefing) as package:
        assert _auto_space(package.read("word/styles.xml")) == (None, None)


def test_a_templates_own_spacing_is_kept() -> None:
    """A template whose defaults already say how Latin text is spaced keeps its word."""
    document = Document(str(TEMPLATES / "briefing.docx"))
    p_pr = document.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:pPrDefault')}/{qn('w:pPr')}")
    assert p_pr is not None
    own = etree.SubElement(p_pr, qn("w:autoSpaceDN"))
    own.set(qn("w:val"), "1")
    set_word_layout(document, "ko-KR")
    assert _auto_space(etree.tostring(document.styles.element)) == ("0", "1")
    # in the order Word's schema requires: autoSpaceDE, autoSpaceDN before spacing
    names = [etree.QName(child).localname for child in p_pr]
    assert names.index("autoSpaceDE") < names.index("autoSpaceDN")
    assert "spacing" not in names or names.index("autoSpaceDE") < names.index("spacing")


def _italic_deck_template(folder: Path) -> Path:
    """The default deck with italic text in its master's body style and its layouts' placeholders."""
    import shutil

    from pptx import Presentation

    folder.mkdir()
    shutil.copy(TEMPLATES / "briefing.docx", folder / "briefing.docx")
    prs = Presentation(str(TEMPLATES / "deck.pptx"))
    master = prs.slide_masters[0]._element
    for element in master.iter(qn("a:defRPr")):
        element.set("i", "1")
    for layout in prs.slide_layouts:
        for element in layout._element.iter(qn("a:rPr"), qn("a:defRPr")):
            element.set("i", "1")
    prs.save(str(folder / "deck.pptx"))
    return folder


def _deck_italics(deck: Path) -> int:
    with zipfile.ZipFile(deck) as package:
        return sum(
            package.read(n).decode().count(' i="1"')
            for n in package.namelist()
            if n.startswith(("ppt/slides/", "ppt/slideLayouts/", "ppt/slideMasters/", "ppt/notesSlides/"))
        )


@pytest.mark.parametrize(
    ("name", "upright"), [("jeonsihoe-ko", True), ("gipfel-zh", True), ("salon-fr", False)]
)
def test_a_cjk_deck_is_upright_whatever_the_template_slants(name: str, upright: bool, tmp_path: Path) -> None:
    from reportgen.pipeline.pipeline import build
    from reportgen.project.settings import Settings

    templates = _italic_deck_template(tmp_path / "templates")
    result = build(HELD_OUT / f"{name}.yaml", Settings.simple(tmp_path / "out", templates))
    deck = next(f for f in result.files if f.name.endswith("-deck.pptx"))
    assert (_deck_italics(deck) == 0) is upright, name


def _alignments(document) -> dict[str, set[str | None]]:
    """Each style name of the body's paragraphs (not a table's), with the alignments they set."""
    found: dict[str, set[str | None]] = {}
    for paragraph in document.paragraphs:
        if paragraph.text.strip():
            jc = paragraph._p.find(f"{qn('w:pPr')}/{qn('w:jc')}")
            found.setdefault(paragraph.style.name, set()).add(jc.get(qn("w:val")) if jc is not None else None)
    return found


@pytest.mark.parametrize("name", ["tenjikai-ja", "gipfel-zh"])
def test_a_cjk_briefings_body_text_is_justified(name: str, tmp_path: Path) -> None:
    """The setouchi briefing's Japanese paragraphs and bullets had ragged line ends, where a Japanese
    or Chinese editor sets text flush at both margins; headings, the title and table cells
    (whose lines word_lines.py ends) keep their alignment."""
    briefing, _ = built(HELD_OUT / f"{name}.yaml", tmp_path / "out")
    document = Document(str(briefing))
    found = _alignments(document)
    assert found["Normal"] == {"both"} and found["List Bullet"] == {"both"}, found
    assert found["Title"] == {None} and found["Heading 1"] == {None}
    cells = [p for t in document.tables for row in t.rows for c in row.cells for p in c.paragraphs]
    assert cells and all(p._p.find(f"{qn('w:pPr')}/{qn('w:jc')}") is None for p in cells if p.text.strip())


@pytest.mark.parametrize("name", ["jeonsihoe-ko", "andong-talchum-ko-kr"])
def test_a_korean_briefings_body_text_keeps_its_start(name: str, tmp_path: Path) -> None:
    """Review JJ: the Korean summary, justified, was stretched at its few spaces ('2026  안동국제
    탈춤페스티벌(안동탈춤축제  2026)  행사가'): Korean is spaced by words, and a short line of few
    words opens wide gaps at them. Its prose stays flush left, as the template sets it."""
    event = HELD_OUT / f"{name}.yaml" if (HELD_OUT / f"{name}.yaml").exists() else REVIEWS / f"{name}.yaml"
    briefing, _ = built(event, tmp_path / "out")
    found = _alignments(Document(str(briefing)))
    assert found["Normal"] == {None} and found["List Bullet"] == {None}, found


def test_a_cjk_briefings_sources_and_captions_are_not_justified(tmp_path: Path) -> None:
    """Review S: the Hanbit briefing's first source stretched '“HMEC 2026 결승 폐막 보도자료”,
    한빛게임즈, …' across its line with wide gaps, its web address, which no line end can cut, on the
    next line. Only prose is justified (the body's paragraphs, its lists and quotes), never a line
    that holds a web address, nor a caption under a chart."""
    briefing, _ = built(REVIEWS / "hanbit-esports-ko-kr.yaml", tmp_path / "out")
    document = Document(str(briefing))
    sources = [p for p in document.paragraphs if "https://" in p.text]
    assert sources and all(p._p.find(f"{qn('w:pPr')}/{qn('w:jc')}") is None for p in sources)
    found = _alignments(document)
    assert found["Caption"] == {None}, found


def test_a_latin_briefing_and_a_templates_own_alignment_are_left_as_they_are(tmp_path: Path) -> None:
    briefing, _ = built(HELD_OUT / "salon-fr.yaml", tmp_path / "out")
    assert set().union(*_alignments(Document(str(briefing))).values()) <= {None, "center", "right"}
    document = Document(str(TEMPLATES / "briefing.docx"))
    document.styles["List Bullet"].paragraph_format.alignment = 0  # a template's own: left
    document.add_paragraph("东京", style="List Bullet")
    document.add_paragraph("上海")
    set_word_layout(document, "zh-CN")
    assert _alignments(document)["List Bullet"] == {None}
    assert document.paragraphs[-1]._p.find(f"{qn('w:pPr')}/{qn('w:jc')}").get(qn("w:val")) == "both"


def test_a_paragraph_with_a_web_address_is_not_justified(tmp_path: Path) -> None:
    """The Korean briefing's first source was set flush at both margins, its line before the web
    address (which cannot break) stretched to '“HMEC     2026     결승     폐막'; a paragraph that
    holds a long unbreakable run of Latin letters keeps its ragged end."""
    document = Document(str(TEMPLATES / "briefing.docx"))
    document.add_paragraph(
        "“HMEC 2026 결승 폐막 보도자료”, 한빛게임즈, 2026년 11월 22일. https://example.org/hanbit/press/hmec-2026-final",
        style="List Bullet",
    )
    document.add_paragraph(
        "“HMEC 2026 시청 지표 보고서”, e스포츠 데이터 연구소, 2026년 11월 25일.", style="List Bullet"
    )
    set_word_layout(document, "ja-JP")  # justified prose: Chinese and Japanese (Korean keeps its start)
    addressed, plain = (p._p.find(f"{qn('w:pPr')}/{qn('w:jc')}") for p in document.paragraphs[-2:])
    assert addressed is None
    assert plain is not None and plain.get(qn("w:val")) == "both"
    briefing, _ = built(
        ROOT / "tests" / "data" / "review_events" / "hanbit-esports-ko-kr.yaml", tmp_path / "out"
    )
    sources = [p for p in Document(str(briefing)).paragraphs if "https://" in p.text]
    assert sources and all(p._p.find(f"{qn('w:pPr')}/{qn('w:jc')}") is None for p in sources)
