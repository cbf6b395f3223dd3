"""Where a briefing's pages break (office/word_pages.py): Word's own keep-with-next and
keep-lines-together, on the paragraphs a reader reads together, in any template; and the band of
headline figures that takes a lone remaining key figure rather than a table of one row."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.shared import Cm, Pt, RGBColor

from reportgen.office.ooxml import qn
from reportgen.office.word_pages import keep_blocks_together
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

EVENTS = ROOT / "tests" / "events"


def _keeps(paragraph) -> tuple[bool, bool]:
    """(keep with next, keep lines together) as the paragraph itself sets them."""
    properties = paragraph._p.pPr
    found = {child.tag for child in properties} if properties is not None else set()
    return qn("w:keepNext") in found, qn("w:keepLines") in found


def _briefing(event: Path, out: Path) -> Path:
    result = build(event, Settings.simple(out, TEMPLATES))
    return next(f for f in result.files if f.suffix == ".docx")


def test_a_plain_templates_last_block_and_quotes_are_kept_together() -> None:
    """A user's template sets none of these: the renderer's pass sets them."""
    document = Document()
    document.add_heading("Livestock", level=1)
    document.add_paragraph("Cattle entries were the highest since the fair began. " * 20)
    document.add_paragraph(
        "«Cinque anni fa ripartivamo con poche migliaia di spettatori a sera.»", style="Quote"
    )
    document.add_paragraph("\u2014 Paolo Rinaldi", style="Quote")
    document.add_paragraph("The last paragraph of the body.")
    document.add_heading("Sources", level=1)
    document.add_paragraph("“Valley County Fair closing report (sample)”.", style="List Bullet")
    keep_blocks_together(document)
    paragraphs = document.paragraphs
    assert [_keeps(p) for p in paragraphs] == [
        (False, False),  # the heading keeps with next through its style
        (True, False),  # a long paragraph is free to break, its end kept with the quotation under it
        (True, True),  # the quotation: on one page, with its credit
        (False, True),
        (True, True),  # carried over with the last block
        (True, True),  # the last block, whole
        (False, True),
    ]


def test_a_long_last_block_is_left_to_break() -> None:
    document = Document()
    document.add_paragraph("The body.")
    document.add_heading("Sources", level=1)
    for number in range(8):
        document.add_paragraph(f"Source {number}", style="List Bullet")
    keep_blocks_together(document)
    # free to break: only its last source kept with the one before it (a list's end: review XX5 #10)
    assert [_keeps(p)[0] for p in document.paragraphs] == [False] * 8 + [True, False]


def test_the_fairs_chart_and_its_heading_go_with_the_sources(tmp_path: Path) -> None:
    """The fair's page 2 held 'Sources' and one line: its last section now goes with them."""
    document = Document(str(_briefing(EVENTS / "agri-fair.yaml", tmp_path)))
    texts = [p.text for p in document.paragraphs]
    start = texts.index("Livestock")
    chain = document.paragraphs[start : texts.index("Sources") + 1]
    assert all(_keeps(p)[0] or p.style.name.startswith("Heading") for p in chain)
    assert not _keeps(document.paragraphs[start - 1])[0]  # the section before it is free to end a page


def test_a_persons_quote_is_one_paragraph_with_their_line(tmp_path: Path) -> None:
    document = Document(str(_briefing(EVENTS / "languages" / "festival-cinema-it.yaml", tmp_path)))
    # the person's line and their quotation: one paragraph, kept whole (LibreOffice dropped a keep
    # with next where the person's line ended a page: office/word_pages.py); no credit under the
    # line that names them (round 16, review GG: '… — Paolo Rinaldi' said his name twice)
    (person,) = [p for p in document.paragraphs if p.text.startswith("Paolo Rinaldi, direttore artistico")]
    line, quote = person.text.split("\n")
    assert line.endswith(".") and quote.startswith("«Cinque anni fa") and "Rinaldi" not in quote
    assert person.style.name == "List Bullet" and _keeps(person)[1] is True
    quoted = [run for run in person.runs if run.text.strip() and run.style.name == "Quote Char"]
    assert "".join(run.text for run in quoted) == quote


def test_a_lone_key_figure_joins_the_band(tmp_path: Path) -> None:
    """The marathon's fourth key figure was a key-figures table of one row. (Its four amounts
    would be set under 12 pt in a row of four: the band is two rows of two, word_band_rows.py.)"""
    document = Document(str(_briefing(EVENTS / "city-marathon.yaml", tmp_path)))
    assert all(len(table.rows) == 1 for table in document.tables)  # the band's rows, no table of one
    band = [cell for table in document.tables for cell in table.rows[0].cells]
    cells = [c.text for c in band]
    assert len(cells) == 4
    assert "Spectators along the course" in cells[3]
    assert "Key figures" not in [p.text for p in document.paragraphs]
    assert band[3].paragraphs[0].runs[-1].font.size <= Pt(17)


def _section_with_chart(document, chart_cm: float) -> list:
    """A heading, its summary, a chart `chart_cm` tall and its caption; the paragraphs."""
    from docx.shared import Cm

    document.add_heading("Teams by province", level=1)
    document.add_paragraph("Guangdong, Jiangsu and Zhejiang sent the most teams.")
    document.add_picture(str(EVENTS / "logo.png"), width=Cm(16.6), height=Cm(chart_cm))
    document.add_paragraph("Guangdong's 78 teams were the most.", style="Caption")
    return document.paragraphs[-4:]


def test_a_tall_chart_keeps_its_heading_and_summary_alone() -> None:
    """A heading and its summary alone never end a page, their chart opening the next (reviews CC
    and EE), however tall the chart (16 bars, 17.7 cm): the estimate draws it shorter, or the three
    move whole (office/word_fill.py)."""
    document = Document()
    document.add_paragraph("The body before it.")
    heading, summary, _, _ = _section_with_chart(document, 17.7)
    keep_blocks_together(document)
    assert _keeps(heading)[0] is True
    assert _keeps(summary)[0] is True


def test_a_tall_chart_under_two_paragraphs_keeps_them_with_it() -> None:
    """A lead-in of two paragraphs over a tall chart is kept with it too (review GG: the marathon's
    '国际选手', its summary and a bullet ended page 1, its chart opened page 2); the page-fill step
    parts them before the chart where the page they leave would be less than HEADED_FULL full
    (office/word_fill.py, `kept_chain_break`: the jiqiren briefing's page 1 was left half empty
    by the block moved whole)."""
    document = Document()
    document.add_paragraph("The body before it.")
    heading, summary, _, _ = _section_with_chart(document, 17.7)
    second = summary.insert_paragraph_before("Guangdong sent the most teams for the third year running.")
    keep_blocks_together(document)
    assert _keeps(heading)[0] is True
    assert _keeps(second)[0] is True and _keeps(summary)[0] is True


def test_a_short_chart_keeps_its_heading_and_summary() -> None:
    """A chart of a quarter of a page moves with its heading and summary: no heading and summary end
    a page whose next one starts with their chart."""
    document = Document()
    document.add_paragraph("The body before it.")
    heading, summary, _, _ = _section_with_chart(document, 6.0)
    keep_blocks_together(document)
    assert _keeps(heading)[0] is True
    assert _keeps(summary)[0] is True


def test_a_persons_line_quotation_and_credit_are_one_paragraph_in_a_plain_template() -> None:
    """A user's template with a Quote style and its linked character style: the quotation and its
    credit take that character style, so that the template restyles them."""
    document = Document()
    document.add_paragraph("Wanjiru Kamau-Odhiambo, Chief Executive Officer, spoke.", style="List Bullet")
    document.add_paragraph(
        "\u201cThis year the conversation moved from pilots to scale.\u201d", style="Quote"
    )
    document.add_paragraph("\u2014 Wanjiru Kamau-Odhiambo", style="Quote")
    document.add_paragraph("What follows.")
    keep_blocks_together(document)
    person, after = document.paragraphs
    assert person.text == (
        "Wanjiru Kamau-Odhiambo, Chief Executive Officer, spoke.\n"
        "\u201cThis year the conversation moved from pilots to scale.\u201d\n\t\u2014 Wanjiru Kamau-Odhiambo"
    )
    assert _keeps(person) == (False, True) and after.text == "What follows."
    assert {run.style.name for run in person.runs[1:] if run.text.strip()} == {"Quote Char"}
    stop = person._p.find(f"{qn('w:pPr')}/{qn('w:tabs')}/{qn('w:tab')}")
    assert stop.get(qn("w:val")) == "right" and int(stop.get(qn("w:pos"))) > 8000
    compat = document.settings.element.find(f"{qn('w:compat')}/{qn('w:doNotExpandShiftReturn')}")
    assert compat is not None  # a justified person's line is not stretched before the break


def test_a_quotation_keeps_with_the_paragraph_it_is_printed_under(tmp_path: Path) -> None:
    """WAIC's page 2 opened with the quotation of a launch ('At the closing ceremony, the launch
    ceremony of “Walk hand in hand…”') whose paragraph ended page 1."""
    document = Document(str(_briefing(ROOT / "data" / "waic2022.yaml", tmp_path)))
    paragraphs = document.paragraphs
    at = next(i for i, p in enumerate(paragraphs) if p.text.startswith("Walk hand in hand to build"))
    assert paragraphs[at + 1].style.name == "Quote"
    assert _keeps(paragraphs[at])[0] is True


def test_a_heading_at_a_pages_foot_is_found_over_its_lines() -> None:
    """The page check reads a heading that ends a page, in one line or wrapped over several;
    a heading that ends the last page, or a text line that only resembles one, is not named."""
    from reportgen.office.pdf_check import headings_at_foot

    document = Document()
    document.add_heading("Messages du congrès", level=1)
    document.add_heading("A heading long enough to wrap over two lines", level=1)
    document.add_paragraph("Messages du")
    pages = [
        ["Some text.", "Messages du congrès"],
        ["Text.", "A heading long enough to", "wrap over two lines"],
        ["Text.", "Messages du"],
        ["Messages du congrès"],
    ]
    assert headings_at_foot(pages, document) == [
        (1, "Messages du congrès"),
        (2, "A heading long enough to wrap over two lines"),
    ]


def test_a_sections_summary_keeps_with_the_list_it_announces() -> None:
    # review X: 'Speakers on the night' and its summary ended page 1, the speakers began page 2
    document = Document()
    document.add_heading("Speakers on the night", level=1)
    document.add_paragraph("Three speakers told guests what a reading coach changes in a classroom.")
    document.add_paragraph("Dr Nomvula Khumalo-Mthembu opened the gala.", style="List Bullet")
    document.add_paragraph("Thabo Mokoena pledged to extend the pilot.", style="List Bullet")
    document.add_heading("Notes", level=1)
    document.add_paragraph("A summary followed by a paragraph, not a list.")
    document.add_paragraph("The paragraph.")
    document.add_heading("Partners", level=1)
    document.add_paragraph("Fourteen companies sponsored tables. " * 12)  # long: its last lines kept
    document.add_paragraph("Standard Bank", style="List Bullet")
    document.add_paragraph("The last paragraph of the body. " * 30)  # no short last block
    keep_blocks_together(document)
    kept = {p.text[:20]: _keeps(p)[0] for p in document.paragraphs}
    assert kept["Three speakers told "] is True
    assert kept["Fourteen companies s"] is True
    assert kept["A summary followed b"] is False


def test_a_templates_quote_without_its_character_style_gets_one_with_its_look() -> None:
    """A template whose Quote style has no linked character style: one is made from Quote's run
    properties (as Word makes it), so that the quotation in its person's paragraph looks as the
    template's quotes do."""
    document = Document()
    quote_style = document.styles["Quote"]
    quote_style.font.color.rgb = RGBColor(0x12, 0x34, 0x56)
    quote_style.font.size = Pt(9)
    document.styles.element.remove(document.styles["Quote Char"].element)
    link = quote_style.element.find(qn("w:link"))
    quote_style.element.remove(link)
    document.add_paragraph("Paolo Rinaldi, artistic director, closed the festival.", style="List Bullet")
    document.add_paragraph("«Cinque anni fa ripartivamo con poche migliaia di spettatori.»", style="Quote")
    keep_blocks_together(document)
    (person,) = document.paragraphs
    (quoted,) = [run for run in person.runs if "Cinque" in run.text]
    assert quoted.style.name == "Quote Char" and quoted.style.type == WD_STYLE_TYPE.CHARACTER
    assert quoted.style.font.color.rgb == RGBColor(0x12, 0x34, 0x56) and quoted.style.font.size == Pt(9)
    assert quoted.style.font.italic is True  # the default template's Quote is italic
    assert quote_style.element.find(qn("w:link")).get(qn("w:val")) == quoted.style.style_id


def test_a_charts_notes_keep_with_its_caption_and_picture(tmp_path: Path) -> None:
    """Review MM: the Taiwanese briefing's rounding note ('各項占比經四捨五入取整。') opened page 2
    alone, its chart and caption ending page 1: a chart's captions keep together with it."""
    picture = tmp_path / "chart.png"
    picture.write_bytes(_one_pixel_png())
    document = Document()
    document.add_paragraph("Heading", style="Heading 1")
    document.add_paragraph().add_run().add_picture(str(picture), width=Cm(10))
    document.add_paragraph("The caption.", style="Caption")
    document.add_paragraph("Shares are rounded to whole percent.", style="Caption")
    document.add_paragraph("Body text after the chart.")
    keep_blocks_together(document)
    keeps = [p.paragraph_format.keep_with_next for p in document.paragraphs]
    assert keeps[1:4] == [True, True, None], keeps


def _one_pixel_png() -> bytes:
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00\xff\xff\xff"))
        + chunk(b"IEND", b"")
    )
