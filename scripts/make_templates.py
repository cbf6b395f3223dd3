"""Build the default templates: templates/briefing.docx and templates/deck.pptx.

Run `python scripts/make_templates.py` after changing this file; commit the script and the two
files it writes. The templates are ordinary Word and PowerPoint files: designers restyle and reword
them in Word and PowerPoint afterwards, so everything here uses real styles, placeholders and text
boxes, never anything a person could not edit by hand. Colours and fonts come from reportgen.charts.theme,
the same theme the charts use.
"""

from __future__ import annotations

import io
import sys
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn as wqn
from docx.shared import Cm, Pt, RGBColor
from lxml import etree
from pptx import Presentation
from pptx.dml.color import RGBColor as PptxRGB
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.util import Inches
from pptx.util import Pt as PPt

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from reportgen.charts.theme import DEFAULT_THEME as THEME

ROOT = Path(__file__).resolve().parents[1]
FIXED_TIME = datetime(2024, 1, 1)


def rgb(hex_colour: str) -> tuple[int, int, int]:
    value = hex_colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


# --------------------------------------------------------------------------------------------------
# Word briefing
# --------------------------------------------------------------------------------------------------


def _fonts(style, size: float | None = None, colour: str | None = None, bold: bool | None = None) -> None:
    font = style.font
    font.name = THEME.font
    if size:
        font.size = Pt(size)
    if colour:
        font.color.rgb = RGBColor(*rgb(colour))
    if bold is not None:
        font.bold = bold
    r_pr = style.element.get_or_add_rPr()
    r_fonts = r_pr.find(wqn("w:rFonts"))
    if r_fonts is None:
        r_fonts = OxmlElement("w:rFonts")
        r_pr.insert(0, r_fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs"):
        r_fonts.set(wqn(attr), THEME.font)
    r_fonts.set(wqn("w:eastAsia"), THEME.east_asian_font)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        r_fonts.attrib.pop(wqn(attr), None)


def _page_number_field(paragraph) -> None:
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            fld = OxmlElement("w:fldChar")
            fld.set(wqn("w:fldCharType"), kind)
            run._r.append(fld)
        elif text == " PAGE ":
            instr = OxmlElement("w:instrText")
            instr.set(wqn("xml:space"), "preserve")
            instr.text = text
            run._r.append(instr)
        else:
            t = OxmlElement("w:t")
            t.text = text
            run._r.append(t)


def _shade(cell, colour: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(wqn("w:val"), "clear")
    shading.set(wqn("w:color"), "auto")
    shading.set(wqn("w:fill"), colour.lstrip("#"))
    tc_pr.append(shading)


def make_briefing(path: Path) -> None:
    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(2.0))
    section.top_margin, section.bottom_margin = Cm(1.8), Cm(1.6)

    styles = doc.styles
    _fonts(styles["Normal"], 9.5, THEME.text)
    styles["Normal"].paragraph_format.space_after = Pt(3)
    styles["Normal"].paragraph_format.line_spacing = 1.05
    _fonts(styles["Title"], 22, THEME.primary, True)
    styles["Title"].paragraph_format.space_after = Pt(2)
    _fonts(styles["Subtitle"], 11, THEME.muted, False)
    _fonts(styles["Heading 1"], 13, THEME.primary, True)
    styles["Heading 1"].paragraph_format.space_before = Pt(8)
    styles["Heading 1"].paragraph_format.space_after = Pt(3)
    _fonts(styles["List Bullet"], 9.5, THEME.text)
    styles["List Bullet"].paragraph_format.space_after = Pt(1)
    _fonts(styles["Caption"], 8.5, THEME.muted, False)
    _fonts(styles["Header"], 8, THEME.muted)
    _fonts(styles["Footer"], 8, THEME.muted)
    _fonts(styles["Quote"], 8, THEME.muted)
    styles["Quote"].paragraph_format.space_after = Pt(1)
    styles["Quote"].paragraph_format.space_before = Pt(0)

    header = section.header.paragraphs[0]
    header.text = "{{ event.short_name }} · closing briefing"
    header.style = styles["Header"]
    footer = section.footer.paragraphs[0]
    footer.style = styles["Footer"]
    footer.add_run("{{ event.name }} · generated by reportgen from the sources listed at the end · page ")
    _page_number_field(footer)

    doc.add_paragraph("{{ event.name }}", style="Title")
    doc.add_paragraph(
        "Closing briefing · {{ event.city }}{% if event.country %}, {{ event.country }}{% endif %} · "
        "{{ event.closing_date|date }}",
        style="Subtitle",
    )
    doc.add_paragraph("{%p if event.theme %}")
    theme_line = doc.add_paragraph()
    theme_line.add_run("Theme: ").bold = True
    theme_line.add_run("“{{ event.theme }}”").italic = True
    doc.add_paragraph("{%p endif %}")

    doc.add_heading("Headline", level=1)
    doc.add_paragraph(
        "{{ event.name }} ({{ event.short_name }}) closed in {{ event.city }} "
        "on {{ event.closing_date|date }}."
        "{% if event.summary %} {{ event.summary }}{% endif %}"
    )

    doc.add_heading("Key figures", level=1)
    table = doc.add_table(rows=4, cols=3)
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = (Cm(7.4), Cm(4.4), Cm(5.2))
    for column, text in enumerate(("Figure", "Value", "Note")):
        cell = table.rows[0].cells[column]
        cell.text = ""
        run = cell.paragraphs[0].add_run(text)
        run.bold = True
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        _shade(cell, THEME.primary)
    table.rows[1].cells[0].text = "{%tr for f in key_figures %}"
    table.rows[2].cells[0].text = "{{ f.label }}"
    table.rows[2].cells[1].paragraphs[0].add_run(
        "{{ f.text }}{% if f.conversions_text %} ({{ f.conversions_text }}){% endif %}"
    ).bold = True
    table.rows[2].cells[2].text = "{{ f.as_of_text or f.note or '' }}"
    table.rows[3].cells[0].text = "{%tr endfor %}"
    table.autofit = False
    for column, width in enumerate(widths):
        table.columns[column].width = width  # LibreOffice reads the grid; Word reads the cells
        for cell in table.columns[column].cells:
            cell.width = width

    doc.add_paragraph("{%p for s in section_list %}")
    doc.add_heading("{{ s.title }}", level=1)
    doc.add_paragraph("{%p if s.summary %}")
    doc.add_paragraph("{{ s.summary }}")
    doc.add_paragraph("{%p endif %}")
    doc.add_paragraph("{%p for person in s.people %}")
    bullet = doc.add_paragraph(style="List Bullet")
    bullet.add_run("{{ person.name }}").bold = True
    bullet.add_run(
        "{% if person.titles %}, {{ person.titles|join(', ') }}{% endif %}"
        "{% if person.role %}, {{ person.role }}{% endif %}."
    )
    doc.add_paragraph("{%p endfor %}")
    doc.add_paragraph("{%p for launch in s.launches %}")
    bullet = doc.add_paragraph(style="List Bullet")
    bullet.add_run("Launch “{{ launch.name }}”").bold = True
    bullet.add_run(
        "{% if launch.summary %}: {{ launch.summary }}{% endif %}"
        "{% if launch.items %} {{ launch.items_label or 'Items' }}: {{ launch.items|join('; ') }}.{% endif %}"
    )
    doc.add_paragraph("{%p endfor %}")
    doc.add_paragraph("{%p for f in s.figure_list %}")
    bullet = doc.add_paragraph(style="List Bullet")
    bullet.add_run("{{ f.label }}: ")
    bullet.add_run("{{ f.text_full }}").bold = True
    bullet.add_run(
        "{% if f.parts %} ({% for part in f.parts %}{{ part.label|lower }}: {{ part.text }}"
        "{{ ', ' if not loop.last }}{% endfor %}){% endif %}"
        "{% if f.as_of_text %}, {{ f.as_of_text }}{% endif %}{% if f.note %}. {{ f.note }}{% endif %}"
    )
    doc.add_paragraph("{%p endfor %}")
    doc.add_paragraph("{%p for l in s.lists.values() %}")
    bullet = doc.add_paragraph(style="List Bullet")
    bullet.add_run("{{ l.label }}: ")
    bullet.add_run("{{ l.items|join(', ') }}")
    doc.add_paragraph("{%p endfor %}")
    doc.add_paragraph("{%p for cid in s.charts if 'briefing' in charts[cid].documents %}")
    picture = doc.add_paragraph("{{ chart(cid, 10.5) }}")
    picture.alignment = WD_ALIGN_PARAGRAPH.CENTER
    picture.paragraph_format.keep_with_next = True
    picture.paragraph_format.space_before = Pt(6)
    caption = doc.add_paragraph("Chart: {{ charts[cid].caption }}", style="Caption")
    caption.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("{%p endfor %}")
    doc.add_paragraph("{%p endfor %}")

    doc.add_heading("Sources", level=1)
    doc.add_paragraph("{%p for src in sources %}")
    bullet = doc.add_paragraph(style="List Bullet")
    bullet.add_run("“{{ src.title }}”").italic = True
    bullet.add_run(
        "{% if src.publisher %}, {{ src.publisher }}{% endif %}"
        "{% if src.published %}, {{ src.published|date }}{% endif %}."
        "{% if src.note %} {{ src.note }}{% endif %}{% if src.url %} {{ src.url }}{% endif %}"
    )
    doc.add_paragraph("{%p endfor %}")
    doc.add_paragraph(
        "Every figure above is printed as its source states it, qualifier included; the sentence each "
        "key figure comes from is quoted below and in the speaker notes of the deck.",
        style="Caption",
    )
    doc.add_paragraph("{%p for f in key_figures if f.quote %}")
    doc.add_paragraph("{{ f.label }}: “{{ f.quote.text }}”", style="Quote")
    doc.add_paragraph("{%p endfor %}")

    props = doc.core_properties
    props.title = "{{ event.name }}: closing briefing"
    props.subject = "{{ event.short_name }}"
    props.author = "reportgen"
    props.created = props.modified = FIXED_TIME
    props.revision = 1
    buffer = io.BytesIO()
    doc.save(buffer)
    _write_reproducibly(buffer.getvalue(), path)


# --------------------------------------------------------------------------------------------------
# PowerPoint deck
# --------------------------------------------------------------------------------------------------

SLIDE_W, SLIDE_H = Inches(13.333), Inches(7.5)
MARGIN = Inches(0.6)


def _theme_fonts(prs) -> None:
    """Point the deck's theme fonts at the shared theme, so every text inherits them."""
    theme_part = prs.slide_master.part.part_related_by(RT.THEME)
    tree = etree.fromstring(theme_part.blob)
    ns = {"a": "http://schemas.openxmlformats.org/drawingml/2006/main"}
    for font in tree.iterfind(".//a:fontScheme/*", ns):
        font.find("a:latin", ns).set("typeface", THEME.font)
        font.find("a:ea", ns).set("typeface", THEME.east_asian_font)
    for name, colour in (
        ("dk2", THEME.primary),
        ("accent1", THEME.primary),
        ("accent2", THEME.secondary),
        ("accent3", THEME.accent),
    ):
        element = tree.find(f".//a:clrScheme/a:{name}", ns)
        for child in list(element):
            element.remove(child)
        etree.SubElement(element, f"{{{ns['a']}}}srgbClr", val=colour.lstrip("#").upper())
    theme_part._blob = etree.tostring(tree, xml_declaration=True, encoding="UTF-8", standalone=True)


def _title(slide, text: str) -> None:
    title = slide.shapes.title
    title.left, title.top, title.width, title.height = MARGIN, Inches(0.35), SLIDE_W - 2 * MARGIN, Inches(0.9)
    title.text_frame.text = text
    paragraph = title.text_frame.paragraphs[0]
    paragraph.alignment = PP_ALIGN.LEFT
    run = paragraph.runs[0]
    run.font.size = PPt(30)
    run.font.bold = True
    run.font.color.rgb = PptxRGB(*rgb(THEME.primary))
    bar = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, MARGIN, Inches(1.25), Inches(1.2), Inches(0.07))
    bar.name = "Accent bar"
    bar.fill.solid()
    bar.fill.fore_color.rgb = PptxRGB(*rgb(THEME.accent))
    bar.line.fill.background()


def _text_box(slide, left, top, width, height, paragraphs: list[tuple[str, float, bool]], name: str):
    box = slide.shapes.add_textbox(left, top, width, height)
    box.name = name
    frame = box.text_frame
    frame.word_wrap = True
    frame.auto_size = MSO_AUTO_SIZE.TEXT_TO_FIT_SHAPE  # "shrink text on overflow": reportgen computes it
    for index, (text, size, bold) in enumerate(paragraphs):
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
        run = paragraph.add_run()
        run.text = text
        run.font.size = PPt(size)
        run.font.bold = bold
        run.font.color.rgb = PptxRGB(*rgb(THEME.text))
        paragraph.space_after = PPt(6)
    return box


def _picture_slot(slide, tag: str, label: str, left, top, width, height) -> None:
    """A visible box holding the picture tag: PowerPoint users see where the chart will go."""
    slot = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, left, top, width, height)
    slot.name = f"Chart slot ({label})"
    slot.fill.background()
    slot.line.color.rgb = PptxRGB(*rgb(THEME.muted))
    slot.line.dash_style = 4  # dash
    frame = slot.text_frame
    frame.text = tag
    frame.vertical_anchor = MSO_ANCHOR.MIDDLE
    run = frame.paragraphs[0].runs[0]
    run.font.size = PPt(14)
    run.font.color.rgb = PptxRGB(*rgb(THEME.muted))
    frame.paragraphs[0].alignment = PP_ALIGN.CENTER


def _notes(slide, lines: list[str]) -> None:
    frame = slide.notes_slide.notes_text_frame
    frame.text = lines[0]
    for line in lines[1:]:
        frame.add_paragraph().text = line


def _quote_notes(figures: str) -> list[str]:
    return [
        "Sources of the figures on this slide:",
        f"{{%p for f in {figures} if f.quote %}}",
        "{{ f.label }} ({{ f.text_with_unit }}): “{{ f.quote.text }}”",
        "{%p endfor %}",
    ]


def _directive_box(slide, text: str) -> None:
    """Slide directives in a small grey box the author sees in PowerPoint; rendering removes it."""
    box = slide.shapes.add_textbox(SLIDE_W - Inches(6.1), SLIDE_H - Inches(0.45), Inches(6.0), Inches(0.35))
    box.name = "Slide directives"
    frame = box.text_frame
    frame.text = text
    paragraph = frame.paragraphs[0]
    paragraph.alignment = PP_ALIGN.RIGHT
    paragraph.runs[0].font.size = PPt(9)
    paragraph.runs[0].font.color.rgb = PptxRGB(*rgb(THEME.muted))


SECTION_TEXT = [
    ("{%p if s.summary %}", 14, False),
    ("{{ s.summary }}", 14, False),
    ("{%p endif %}", 14, False),
    ("{%p for f in s.figure_list %}", 14, False),
    (
        "• {{ f.label }}: {{ f.text_full }}{% if f.as_of_text %} ({{ f.as_of_text }}){% endif %}",
        14,
        False,
    ),
    ("{%p endfor %}", 14, False),
    ("{%p for person in s.people %}", 14, False),
    ("• {{ person.name }}: {{ person.role or person.titles|join(', ') }}", 14, False),
    ("{%p endfor %}", 14, False),
    ("{%p for launch in s.launches %}", 14, False),
    ("• “{{ launch.name }}”{% if launch.items %}: {{ launch.items|join(', ') }}{% endif %}", 14, False),
    ("{%p endfor %}", 14, False),
    ("{%p for l in s.lists.values() %}", 14, False),
    ("• {{ l.label }}: {{ l.items|join(', ') }}", 14, False),
    ("{%p endfor %}", 14, False),
]
SECTION_NOTES = [
    "{{ s.title }}{% if s.summary %}: {{ s.summary }}{% endif %}",
    *_quote_notes("s.figure_list"),
    "{%p for person in s.people %}",
    "{{ person.name }}, {{ person.titles|join(', ') }}{% if person.role %}: {{ person.role }}{% endif %}.",
    "{%p endfor %}",
]


def _section_slide(prs, directives: str, charts: int) -> None:
    """One variant of the per-section slide: text only, text beside a chart, or two charts over text."""
    slide = prs.slides.add_slide(prs.slide_layouts[5])
    _title(slide, "{{ s.title }}")
    top = Inches(1.55)
    content_w = SLIDE_W - 2 * MARGIN
    bottom = SLIDE_H - Inches(0.55)
    if charts == 0:
        _text_box(slide, MARGIN, top, content_w, bottom - top, SECTION_TEXT, "Section text")
    elif charts == 1:
        text_w = Inches(5.0)
        _text_box(slide, MARGIN, top, text_w, bottom - top, SECTION_TEXT, "Section text")
        chart_left = MARGIN + text_w + Inches(0.3)
        _picture_slot(
            slide,
            "{{ chart(s.deck_charts[0]) }}",
            "first chart",
            chart_left,
            top,
            SLIDE_W - MARGIN - chart_left,
            Inches(4.6),
        )
    else:
        half = (content_w - Inches(0.4)) // 2
        _picture_slot(slide, "{{ chart(s.deck_charts[0]) }}", "first chart", MARGIN, top, half, Inches(3.6))
        _picture_slot(
            slide,
            "{{ chart(s.deck_charts[1]) }}",
            "second chart",
            MARGIN + half + Inches(0.4),
            top,
            half,
            Inches(3.6),
        )
        figures_only = SECTION_TEXT[3:6]
        _text_box(
            slide,
            MARGIN,
            top + Inches(3.8),
            content_w,
            bottom - top - Inches(3.8),
            figures_only,
            "Section figures",
        )
    _directive_box(slide, directives)
    _notes(slide, SECTION_NOTES)


def _extra_chart_slide(prs, directives: str) -> None:
    """Charts beyond the second of a section: one big chart with its caption."""
    slide = prs.slides.add_slide(prs.slide_layouts[5])
    _title(slide, "{{ charts[c].title }}")
    top = Inches(1.55)
    _picture_slot(slide, "{{ chart(c) }}", "chart", MARGIN, top, SLIDE_W - 2 * MARGIN, Inches(4.8))
    _text_box(
        slide,
        MARGIN,
        top + Inches(4.9),
        SLIDE_W - 2 * MARGIN,
        Inches(0.6),
        [("{{ charts[c].caption }}", 13, False)],
        "Caption",
    )
    _directive_box(slide, directives)
    _notes(slide, ["{{ charts[c].alt_text }}"])


def make_deck(path: Path) -> None:
    prs = Presentation()
    prs.slide_width, prs.slide_height = SLIDE_W, SLIDE_H
    _theme_fonts(prs)
    title_layout, title_only = prs.slide_layouts[0], prs.slide_layouts[5]
    content_w = SLIDE_W - 2 * MARGIN
    body_top = Inches(1.55)
    body_h = SLIDE_H - body_top - Inches(0.5)

    # 1. Title
    slide = prs.slides.add_slide(title_layout)
    slide.shapes.title.text = "{{ event.name }}"
    slide.shapes.title.left, slide.shapes.title.top = MARGIN, Inches(2.0)
    slide.shapes.title.width, slide.shapes.title.height = content_w, Inches(1.6)
    run = slide.shapes.title.text_frame.paragraphs[0].runs[0]
    run.font.size, run.font.bold = PPt(40), True
    run.font.color.rgb = PptxRGB(*rgb(THEME.primary))
    subtitle = slide.placeholders[1]
    subtitle.left, subtitle.top, subtitle.width, subtitle.height = MARGIN, Inches(3.8), content_w, Inches(1.6)
    subtitle.text_frame.text = "{% if event.theme %}“{{ event.theme }}”{% endif %}"
    extra = subtitle.text_frame.add_paragraph()
    extra.text = "Closing briefing · {{ event.city }} · {{ event.closing_date|date }}"
    for paragraph in subtitle.text_frame.paragraphs:
        paragraph.alignment = PP_ALIGN.LEFT
        for r in paragraph.runs:
            r.font.color.rgb = PptxRGB(*rgb(THEME.muted))
            r.font.size = PPt(20)
    _notes(
        slide,
        [
            "{{ event.name }} closed in {{ event.city }} on {{ event.closing_date|date }}.",
            "{{ event.summary or '' }}",
        ],
    )

    # 2. At a glance: a table with one row per key figure
    slide = prs.slides.add_slide(title_only)
    _title(slide, "{{ event.short_name }} at a glance")
    frame = slide.shapes.add_table(4, 3, MARGIN, body_top, content_w, Inches(1.6))
    frame.name = "Key figures"
    table = frame.table
    table.columns[0].width, table.columns[1].width = Inches(5.2), Inches(3.6)
    table.columns[2].width = content_w - Inches(8.8)
    cells = [
        ("Figure", "Value", "Note"),
        ("{%tr for f in key_figures %}", "", ""),
        (
            "{{ f.label }}",
            "{{ f.text }}{% if f.conversions_text %} ({{ f.conversions_text }}){% endif %}",
            "{{ f.as_of_text or f.note or '' }}",
        ),
        ("{%tr endfor %}", "", ""),
    ]
    for r, row in enumerate(cells):
        table.rows[r].height = Inches(0.4)
        for c, text in enumerate(row):
            cell = table.cell(r, c)
            cell.text = text
            for paragraph in cell.text_frame.paragraphs:
                for run in paragraph.runs:
                    run.font.size = PPt(14 if r != 0 else 15)
                    run.font.bold = r == 0 or c == 1
    _directive_box(slide, "{%slide if key_figures %}")
    _notes(slide, _quote_notes("key_figures"))

    # 3. One slide per section, in the variant that fits its charts, then any further charts
    _section_slide(prs, "{%slides for s in section_list %}{%slide if not s.deck_charts %}", 0)
    _section_slide(prs, "{%slide if s.deck_charts|length == 1 %}", 1)
    _section_slide(prs, "{%slide if s.deck_charts|length >= 2 %}", 2)
    _extra_chart_slide(prs, "{%slide for c in s.deck_charts[2:] %}{%slides endfor %}")

    # 4. Sources
    slide = prs.slides.add_slide(title_only)
    _title(slide, "Sources")
    _text_box(
        slide,
        MARGIN,
        body_top,
        content_w,
        body_h,
        [
            ("{%p for src in sources %}", 16, False),
            (
                "“{{ src.title }}”{% if src.publisher %}, {{ src.publisher }}{% endif %}"
                "{% if src.published %}, {{ src.published|date }}{% endif %}",
                16,
                False,
            ),
            ("{{ src.note or '' }}{% if src.url %} {{ src.url }}{% endif %}", 13, False),
            ("{%p endfor %}", 16, False),
            (
                "Figures are printed as the source states them, qualifiers included; the speaker notes quote "
                "the sentence behind each one.",
                13,
                False,
            ),
        ],
        "Sources",
    )

    props = prs.core_properties
    props.title = "{{ event.name }}: closing deck"
    props.subject = "{{ event.short_name }}"
    props.author = "reportgen"
    props.created = props.modified = FIXED_TIME
    props.revision = 1
    buffer = io.BytesIO()
    prs.save(buffer)
    _write_reproducibly(buffer.getvalue(), path)


def _write_reproducibly(package: bytes, path: Path) -> None:
    """Rewrite the zip with fixed timestamps, so running the script twice gives identical files."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info.filename))
    path.write_bytes(out.getvalue())


def main() -> None:
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "templates"
    target.mkdir(parents=True, exist_ok=True)
    make_briefing(target / "briefing.docx")
    make_deck(target / "deck.pptx")
    for name in ("briefing.docx", "deck.pptx"):
        print(f"wrote {target / name} ({(target / name).stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
