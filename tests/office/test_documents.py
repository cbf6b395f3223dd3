"""The WAIC 2022 briefing and deck, reopened: every figure with its qualifier, pictures, titles, no tags."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from docx import Document
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE

from reportgen.pipeline.pipeline import BuildResult

from ..conftest import docx_paragraphs, docx_text, pptx_notes, pptx_slide_texts, seen

NBSP = "\u00a0"
# Every figure of the article as the documents must print it (qualifier included).
FIGURES = [
    f"nearly RMB{NBSP}15\u00a0billion",
    f"RMB{NBSP}1\u00a0billion",
    f"RMB{NBSP}10\u00a0billion",
    "more than 638\u00a0million",
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
    "15 billion": ("nearly RMB" + NBSP, "nearly RMB", "nearly RMB "),
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
    """Every qualified number follows its qualifier (a sentence may start with it: 'Nearly RMB';
    a tile may put it on the line above: 'nearly' / 'RMB 15 billion')."""
    text = re.sub(r"\s+", " ", text).lower()  # no-break spaces too
    for number, prefixes in QUALIFIED.items():
        prefixes = tuple(p.lower() for p in prefixes)
        for match in re.finditer(re.escape(number), text):
            before = text[max(0, match.start() - 12) : match.start()]
            assert before.endswith(prefixes), f"{number!r} without its qualifier: ...{before}{number}..."


def test_briefing_states_every_figure_with_its_qualifier(briefing_path: Path) -> None:
    text = seen(docx_text(briefing_path))  # the figures as a reader sees them: ties are not tested here
    for figure in map(seen, FIGURES):
        assert figure in text or figure[:1].upper() + figure[1:] in text, figure
    assert_qualifiers_kept(text)
    assert "as of 2 pm on 3 September 2022" in text
    # the parts in the two-value chart's sentence; no bullet after it prints them again
    assert "17 of the 25 signed projects were signed in the metaverse venue, 8 on site." in text
    assert "Signed on site: 8" not in text
    assert "More than 80 academicians at home and abroad\n" in text and "An opening ceremony\n" in text
    assert (
        "Zhang Wei, Member of the Standing Committee of CPC Shanghai Municipal Committee and Vice Mayor "
        "of Shanghai Municipal Government, declared the Conference closed.\n" in text
    )


def test_briefing_opens_with_the_story_and_three_headline_numbers(briefing_path: Path) -> None:
    doc = Document(str(briefing_path))
    paragraphs = doc.paragraphs
    assert paragraphs[0].text == "World Artificial Intelligence Conference\u00a02022"  # its last words tied
    assert paragraphs[0].style.name == "Title"
    # under the title that prints the name, the short name (review MM: the name twice in a row)
    story = next(p.text for p in paragraphs if p.text.startswith("WAIC 2022 ended"))
    assert "ended in Shanghai on 3\u00a0September\u00a02022" in story and story.count("closed") <= 1
    numbers, key = doc.tables
    cells = [cell.text for cell in numbers.rows[0].cells]
    # the qualifier leads its number on one line ("nearly RMB 15 billion"), then the label; the
    # investment, the news (`headline: true`), first though its chart draws it (its bar's label is
    # its second printing: the caption names the finding without it)
    assert cells == [
        f"nearly{NBSP}RMB{NBSP}15{NBSP}billion\nTotal investment of the signed projects",
        "25\nRepresentative AI industrial projects signed",
        "121\nActivities",
    ]
    # the key-figures table leaves out the three the band shows: each figure once on the first page
    table = [row.cells[0].text for row in key.rows[1:]]
    assert table == ["Renowned guests", "Visits to the WAIC metaverse", "Online viewers"]
    headings = [p.text for p in paragraphs if p.style.name == "Heading 1"]
    assert headings == ["Key figures", *SECTION_TITLES]
    rows = [[c.text for c in row.cells] for row in key.rows]
    assert rows[0] == ["Key figure", "Value"] and len(rows) == 4
    assert all(all(cell.strip() for cell in row) for row in rows), "a table column is empty"


def test_briefing_charts_are_pictures_with_alt_text_and_captions(briefing_path: Path) -> None:
    doc = Document(str(briefing_path))
    assert len(doc.inline_shapes) == 1
    doc_prs = list(
        doc.element.body.iter("{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr")
    )
    alts = {d.get("name"): d.get("descr") for d in doc_prs}
    assert set(alts) == {"Chart capital"}  # media and projects have two values each: sentences
    assert f"nearly{NBSP}RMB{NBSP}15\u00a0billion" in alts["Chart capital"]
    captions = [p.text for p in doc.paragraphs if p.style.name == "Caption"]
    assert captions[0] == (  # the finding; the band prints the investment and its bar labels it
        f"Project investment topped RMB{NBSP}10{NBSP}billion of credit tools "
        f"and RMB{NBSP}1{NBSP}billion of sub-funds."
    )
    body = [p.text for p in doc.paragraphs]
    assert "17 of the 25 signed projects were signed in the metaverse venue, 8 on site." in body
    assert not [c for c in captions if c.startswith("Chart:") or "logarithmic" in c]


def test_briefing_has_no_leftover_tags_and_keeps_header_and_footer(briefing_path: Path) -> None:
    paragraphs = docx_paragraphs(briefing_path)
    assert not [p for p in paragraphs if "{{" in p or "{%" in p]
    doc = Document(str(briefing_path))
    assert doc.sections[0].header.paragraphs[0].text == "WAIC 2022\u00a0· Closing briefing"
    footer = "World Artificial Intelligence Conference 2022\u00a0· page 1"
    assert doc.sections[0].footer.paragraphs[0].text == footer
    assert doc.core_properties.title == "World Artificial Intelligence Conference 2022: closing briefing"


# The slides of the WAIC deck: title slide (the Title Slide layout's title), tiles, then the sections.
DECK_TITLES = [
    "World Artificial Intelligence Conference 2022",
    "WAIC 2022 at a glance",
    # a summary too long for a title: its first sentence, or its main clause (data/titles.py)
    "Zhang Wei declared the Conference closed; Wu Jincheng summarized its results",  # no full stop
    # the signing, the news (its investment `headline: true`), keeps its slide in the file's order:
    # never 'Other highlights' (review CC)
    "Signed projects and investment",
    "Project investment topped RMB\u00a010\u00a0billion of credit tools and RMB\u00a01\u00a0billion of "
    "sub-funds",
    "121 activities in five sections, covering more\u00a0than\u00a030 specialized directions",  # its finding
    # its summary's main clause, before ', among them …'; its footer is the one source: no
    # Sources slide of one line
    "More\u00a0than\u00a0500 renowned guests",
    # the media's section, last in the file, folds onto no slide across others (round 16, fold17)
    "Reach and media",
]


def test_deck_has_a_titled_slide_per_section(deck_path: Path) -> None:
    prs = Presentation(str(deck_path))
    assert prs.slide_width * 9 == prs.slide_height * 16  # 16:9, for a projector
    titles = [seen(slide.shapes.title.text) if slide.shapes.title else "" for slide in prs.slides]
    assert titles == [seen(title) for title in DECK_TITLES]
    kickers = [
        next((s.text_frame.text for s in slide.shapes if s.name == "Section name"), "")
        for slide in prs.slides
    ]
    assert kickers[5] == "Programme"  # the section's name above the finding
    assert kickers[6] == "Participants"
    assert kickers[3] == ""  # a title that names the section needs no kicker
    names = {shape.name for shape in prs.slides[0].shapes}
    assert {"Accent band", "Event name", "Theme, dates and place"} <= names
    assert "Logo slot" not in names  # WAIC has no logo: the slot is removed, not left empty
    first = seen("\n".join(pptx_slide_texts(deck_path)[:1]))
    assert "“Intelligent connectivity, infinite multiverse”" in first
    assert "3 September 2022 · Shanghai" in first


def test_deck_states_every_figure_with_its_qualifier(deck_path: Path) -> None:
    text = seen("\n".join(pptx_slide_texts(deck_path)))
    tiled = text.replace("more than\n", "more than ")  # a tile sets its qualifier above its number
    for figure in map(seen, FIGURES):
        said = (figure, figure.replace("more than ", "over "))  # in a chart's sentence, as the source says
        assert any(f in tiled or f[:1].upper() + f[1:] in tiled for f in said), figure
    assert_qualifiers_kept(text)
    assert_qualifiers_kept("\n".join(pptx_notes(deck_path)))
    # a tile, not a bullet again on the media slide (the tiles say it): with its date
    assert "370,000\nVisits to the WAIC metaverse, as of 2 pm on 3 September 2022" in text
    # the titles that fit one line, the first first (the last alone lost why a person is named)
    assert (
        "Zhang Wei, Member of the Standing Committee of CPC Shanghai Municipal Committee, declared the "
        "Conference closed." in text
    )


def test_at_a_glance_shows_the_key_figures_as_tiles(deck_path: Path) -> None:
    prs = Presentation(str(deck_path))
    tiles = [s for s in prs.slides[1].shapes if s.name.startswith("Key figure")]
    # the news first (its chart's bar is its second printing); the two whose chart's headline
    # states them are that chart's (the bars and the headline)
    assert len(tiles) == 4
    texts = [t.text_frame.text for t in tiles]
    assert texts[0] == f"nearly\nRMB{NBSP}15\u00a0billion\nTotal investment of the signed projects"
    # an empty line over '25' where its neighbour's 'nearly' stands: the numbers on one line (review FF)
    assert seen(texts[1]) == "\n25\nRepresentative AI industrial projects signed"
    assert texts[3] == "more than\n638\u00a0million\nOnline viewers"


def test_deck_charts_are_native_with_values_and_alt_text(deck_path: Path) -> None:
    prs = Presentation(str(deck_path))
    charts = {}
    for number, slide in enumerate(prs.slides, start=1):
        for shape in slide.shapes:
            assert shape.shape_type != MSO_SHAPE_TYPE.PICTURE, "a deck chart came out as a picture"
            if shape.has_chart:
                charts[shape.name] = (number, shape)
            if shape.has_text_frame:
                assert "chart(" not in shape.text_frame.text and "{%" not in shape.text_frame.text
    assert {name: n for name, (n, _) in charts.items()} == {  # projects and media: two values, no chart
        "Chart capital": 5,
        "Chart programme": 6,
        "Chart participants": 7,
    }
    participants = charts["Chart participants"][1]
    assert "Renowned guests: more than 500" in seen(participants._element.nvGraphicFramePr.cNvPr.get("descr"))
    plot = participants.chart.plots[0]
    assert list(plot.categories)[:2] == ["Renowned guests", "Academicians at home and abroad"]
    assert list(plot.series[0].values) == [500, 80, 20, 4]
    labels = [plot.series[0].points[i].data_label.text_frame.text for i in range(4)]
    assert labels == [f"more{NBSP}than{NBSP}500", f"more{NBSP}than{NBSP}80", f"more{NBSP}than{NBSP}20", "4"]


def test_deck_notes_keep_the_source_sentences(deck_path: Path) -> None:
    notes = pptx_notes(deck_path)
    assert "The total number of online viewers exceeded 638\u00a0million" in notes[1]
    assert "Zhang Wei, Member of the Standing Committee" in notes[2]
    # the signing's slide (the news keeps one: review CC), its quotation in its notes; in the
    # quotation's running text the qualifier may end a line
    assert "with a total investment of nearly RMB15\u00a0billion." in notes[3]
    # the notes on the figures, in the last slide's notes when the deck has no Sources slide
    assert "The source counts these among the radio, television and online media outlets." in notes[-1]
    for text in pptx_slide_texts(deck_path) + notes:
        assert "{{" not in text and "{%" not in text


def test_build_result_lists_every_file(waic_build: BuildResult) -> None:
    names = sorted(f.name for f in waic_build.files)
    assert names == sorted(
        ["waic-2022-briefing.docx", "waic-2022-deck.pptx"]
        # 'media' and 'projects' (two values each) are printed as sentences: no picture of them
        + [f"waic-2022-chart-{c}.png" for c in ("capital", "participants", "programme")]
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
