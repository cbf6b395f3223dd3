"""Build the default templates: templates/briefing.docx and templates/deck.pptx.

Run `python scripts/make_templates.py` after changing this file; commit the script and the two
files it writes. The templates are ordinary Word and PowerPoint files: designers restyle and reword
them in Word and PowerPoint afterwards, so everything here uses real styles, placeholders and text
boxes, never anything a person could not edit by hand. Colours and fonts come from reportgen.charts.theme,
the same theme the charts use.
"""

from __future__ import annotations

import copy
import io
import sys
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn as wqn
from docx.shared import Cm, Pt, RGBColor
from lxml import etree
from pptx import Presentation
from pptx.dml.color import RGBColor as PptxRGB
from pptx.enum.dml import MSO_THEME_COLOR
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.oxml.ns import qn
from pptx.util import Emu, Inches
from pptx.util import Pt as PPt

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from reportgen.charts.theme import DEFAULT_THEME as THEME
from reportgen.data.typography import FREED_SPACE
from reportgen.office.look import theme_look
from reportgen.office.word_theme import resolve_theme_colours

ROOT = Path(__file__).resolve().parents[1]
FIXED_TIME = datetime(2024, 1, 1)

# Every fixed word is a message, `_("...")`, looked up in the event's language as the template
# renders (reportgen/locale, docs/templates.md); the marks that join words are the language's own
# (`punct`, `|listing`, `|quoted`). Named values sit inside a message, so a language can move them.
# The place is whole, so a line breaks at a separator, never before its country ('Lisboa, /
# Portugal': review T).
PLACE = (
    '{% if event.country %}{{ _("%(city)s, %(country)s", city=event.city, country=event.country)|whole }}'
    "{% else %}{{ event.city|whole }}{% endif %}"
)
# The name is the sentence's subject with its article where the language needs one ('Die
# Internationale Fachmesse …'); where that article is not sure, a sentence that needs none. The
# short name in brackets unless the name says it ('Leeds Civic Data Hack 2026'). `in_city` is the
# city with the word for 'in' as the language says it ('no Porto', 'au Havre'; data/places.py).
STORY = (
    # a name that says its city names no city again ('Wattle Grove Spring Fair 2026 ended on …')
    "{% if event.city_in_name %}"
    "{% if event.subject and event.short_name in event.subject %}"
    '{{ _("%(name)s ended on %(date)s.", name=event.subject, date=event.closing_date|date) }}'
    '{% elif event.subject %}{{ _("%(name)s (%(short_name)s) ended on %(date)s.", '
    "name=event.subject, short_name=event.short_name, date=event.closing_date|date) }}"
    '{% else %}{{ _("%(name)s (%(short_name)s): closing on %(date)s.", name=event.name, '
    "short_name=event.short_name, date=event.closing_date|date) }}{% endif %}"
    "{% elif event.subject and event.short_name in event.subject %}"
    '{{ _("%(name)s ended %(in_city)s on %(date)s.", name=event.subject, '
    "in_city=event.in_city, date=event.closing_date|date) }}"
    '{% elif event.subject %}{{ _("%(name)s (%(short_name)s) ended %(in_city)s on %(date)s.", '
    "name=event.subject, short_name=event.short_name, in_city=event.in_city, date=event.closing_date|date) }}"
    '{% else %}{{ _("%(name)s (%(short_name)s): closing %(in_city)s on %(date)s.", name=event.name, '
    "short_name=event.short_name, in_city=event.in_city, date=event.closing_date|date) }}{% endif %}"
)
# The same sentence right under a title that prints the name: the event named a second time, as an
# editor names it (`event.again`: 'TASMARS 2026', 'Il festival', 'Der Fachkongress'); where that
# is not sure, the short name after a generic noun ('Die Veranstaltung IIN 2026 ging … zu Ende');
# where the short name is the name, the sentence above (review MM: the name twice in a row).
STORY_AGAIN = (
    "{% if event.again %}{% if event.city_in_name %}"
    '{{ _("%(name)s ended on %(date)s.", name=event.again, date=event.closing_date|date) }}'
    '{% else %}{{ _("%(name)s ended %(in_city)s on %(date)s.", name=event.again, '
    "in_city=event.in_city, date=event.closing_date|date) }}{% endif %}"
    "{% elif event.short_name != event.name %}{% if event.city_in_name %}"
    '{{ _("%(name)s: closing on %(date)s.", name=event.short_name, date=event.closing_date|date) }}'
    '{% else %}{{ _("%(name)s: closing %(in_city)s on %(date)s.", name=event.short_name, '
    "in_city=event.in_city, date=event.closing_date|date) }}{% endif %}"
    "{% else %}" + STORY + "{% endif %}"
)
#: The kind follows only where the event file gives one: a default would be an English word
#: ('Rapporto di chiusura · Event') in every other language.
KICKER = (
    '{{ _("Closing briefing") }}'
    "{% if event.kind %}{{ punct.separator }}{{ event.kind|capitalize }}{% endif %}"
)
AS_OF = "{% if f.as_of_text %}{{ punct.clause }}{{ f.as_of_text }}{% endif %}"
#: A figure's note, printed with it wherever it is shown ('A record since 2018').
NOTE = "{% if f.note %}{{ punct.stop }}{{ punct.space }}{{ f.note }}{% endif %}"


def rgb(hex_colour: str) -> tuple[int, int, int]:
    value = hex_colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


# --------------------------------------------------------------------------------------------------
# Word briefing
# --------------------------------------------------------------------------------------------------


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


#: The theme's colours by their Word names, as the theme part written below gives them: a style or
#: cell refers to the name (Word restyles it with the theme) and carries the colour for readers that
#: do not resolve theme references (LibreOffice 7.4; reportgen writes the template's own there).
WORD_THEME = {
    "text1": THEME.text,
    "background1": "#FFFFFF",
    "text2": THEME.primary,
    "background2": THEME.light,
    **{f"accent{n}": colour for n, colour in enumerate(THEME.palette, 1)},
}


def _shade(cell, theme_colour: str) -> None:
    """A cell filled with a theme colour (w:themeFill), by name."""
    tc_pr = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(wqn("w:val"), "clear")
    shading.set(wqn("w:color"), "auto")
    shading.set(wqn("w:fill"), WORD_THEME[theme_colour].lstrip("#"))
    shading.set(wqn("w:themeFill"), theme_colour)
    tc_pr.append(shading)


def _theme_values(doc) -> None:
    """Every theme reference in the styles (python-docx's default ones name Office 2007's colours
    beside theirs: the Title's rule, table styles) carries our theme's colour, tint or shade
    applied, so LibreOffice shows what Word shows."""
    look = theme_look(doc.part.part_related_by(RT.THEME).blob)
    assert look is not None, "the briefing's theme"
    resolve_theme_colours(doc.styles.element, look)
    resolve_theme_colours(doc.element.body, look)


def _theme_text(font, theme_colour: str) -> None:
    """A run's or style's text in a theme colour (w:themeColor), by name."""
    font.color.rgb = RGBColor(*rgb(WORD_THEME[theme_colour]))
    font.color._color.set(wqn("w:themeColor"), theme_colour)


def _style_font(
    style, size: float | None = None, colour: str | None = None, bold: bool | None = None
) -> None:
    """Size, colour and weight only: every style inherits its typeface from Normal."""
    font = style.font
    if size:
        font.size = Pt(size)
    if colour in WORD_THEME:
        _theme_text(font, colour)
    elif colour:
        font.color.rgb = RGBColor(*rgb(colour))
    if bold is not None:
        font.bold = bold
    r_pr = style.element.rPr
    if r_pr is not None:
        for r_fonts in r_pr.findall(wqn("w:rFonts")):
            r_pr.remove(r_fonts)


def _normal_font(style) -> None:
    """The one typeface of the briefing, on Normal; East Asian text gets a font that has it."""
    r_pr = style.element.get_or_add_rPr()
    r_fonts = r_pr.find(wqn("w:rFonts"))
    if r_fonts is None:
        r_fonts = OxmlElement("w:rFonts")
        r_pr.insert(0, r_fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs"):
        r_fonts.set(wqn(attr), THEME.font)
    r_fonts.set(wqn("w:eastAsia"), THEME.east_asian_font)


def _no_borders(table) -> None:
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{side}")
        element.set(wqn("w:val"), "nil")
        borders.append(element)
    tbl_pr.append(borders)


def _widths(table, widths) -> None:
    table.autofit = False
    for column, width in enumerate(widths):
        table.columns[column].width = width  # LibreOffice reads the grid; Word reads the cells
        for cell in table.columns[column].cells:
            cell.width = width


#: The band's labels' line height (pt, exact, for 9 pt): one in every cell, whatever font sets it
#: (its numbers' lines are set as their size needs: office/word_band.py).
BAND_LABEL_LINE = 12.5
#: ... and a band of one figure's, for 11 pt: the band's full width, set larger (`_band`)
LONE_LABEL_LINE = 15


def _note_line(cell, condition: str, f: str, size: float, line: float = BAND_LABEL_LINE) -> None:
    """A figure's note where it is shown at its largest (the band, the key-figures table), a
    paragraph of its own under its words, bold in the numbers' colour: 'A record' is the figure's
    news, not a fragment after its label ('Raised for charity. A record', review NN). A paragraph,
    not a line break: a cell's lines are measured paragraph by paragraph (word_cells.py)."""
    cell.add_paragraph(f"{{%p if {condition} %}}")
    note = cell.add_paragraph()
    note.paragraph_format.space_before = Pt(0)
    note.paragraph_format.space_after = Pt(6)
    note.paragraph_format.line_spacing = Pt(line)
    note.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    # the figure's news ('A record') bold in the numbers' colour; a note of the file's own
    # ('Stima degli organizzatori …') a note, regular weight and muted (review YY2 #10, YY1 #5)
    mark = note.add_run(f"{{{{ {f}.tile_mark }}}}")
    mark.bold, mark.font.size = True, Pt(size)
    _theme_text(mark.font, "accent1")  # as the number above it: 4.5:1 on the band's fill
    remark = note.add_run(f"{{% if not {f}.tile_mark %}}{{{{ {f}.tile_note }}}}{{% endif %}}")
    remark.font.size = Pt(size)
    remark.font.color.rgb = RGBColor(*rgb(THEME.muted))
    cell.add_paragraph("{%p endif %}")


def _band_label(cell, guard: str, f: str, after: float, lone: bool = False) -> None:
    """A band cell's label paragraph, with its conversions, `after` points of space under it;
    larger in a band of one figure (`lone`)."""
    label = cell.add_paragraph()
    label.paragraph_format.space_before = Pt(0)
    label.paragraph_format.space_after = Pt(after)
    label.paragraph_format.line_spacing = Pt(LONE_LABEL_LINE if lone else BAND_LABEL_LINE)
    label.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    run = label.add_run(
        f"{guard}{{{{ {f}.label }}}}{{% if {f}.conversions_text %}}{{{{ punct.open }}}}"
        f"{{{{ {f}.conversions_text }}}}{{{{ punct.close }}}}{{% endif %}}{{% endif %}}"
    )
    run.font.size = Pt(11 if lone else 9)
    run.font.color.rgb = RGBColor(*rgb(THEME.muted))


def _band(doc, cols: int, figures: str = "band_figures") -> None:
    """The band of the briefing's headline figures: `cols` shaded cells, a number and its words. One
    figure is the page's one statement: the band's full width, its number and words larger (review
    SS2 F9: the gala's 'rund 1,2 Millionen Euro' in a half-width box with nothing beside it).
    `figures`: the list it prints (`band_more`: the band's second row)."""
    lone = cols == 1
    numbers = doc.add_table(rows=1, cols=cols)
    _on_text_edge(numbers)  # its fill on the text's edges, as the key figures (review YY3 #7)
    _no_borders(numbers)
    for index, cell in enumerate(numbers.rows[0].cells):
        _shade(cell, "background2")  # as the deck's tiles
        f = f"{figures}[{index}]"
        guard = f"{{% if {figures}|length > {index} %}}"
        # The qualifier leads the number in the same line ("more than 1,800"), smaller: the band
        # is where a headline figure is printed, so it reads whole there: qualifier, amount, scale
        # word and unit on one line (`whole`: no-break spaces), set smaller where the cell is narrow.
        number = cell.paragraphs[0]
        number.paragraph_format.space_before = Pt(10 if lone else 6)
        number.paragraph_format.space_after = Pt(0)
        qualifier = number.add_run(
            f"{guard}{{{{ {f}.qualifier_text|whole }}}}"
            f"{{% if {f}.qualifier_text %}}{{{{ punct.space|whole }}}}{{% endif %}}{{% endif %}}"
        )
        qualifier.font.size = Pt(14 if lone else 10)
        qualifier.font.color.rgb = RGBColor(*rgb(THEME.muted))
        amount = (
            number.add_run(  # a no-break space (none in Chinese, `unit_gap`): number and unit on one line
                # one `whole` over amount and unit: a qualifier after them ('3,400社以上') is tied to
                # the number as one run, which two separate pieces could not be
                f"{guard}{{% if {f}.unit_text %}}"
                f"{{{{ ({f}.amount_text ~ {f}.unit_gap ~ {f}.unit_text)|whole }}}}"
                + (  # a band of four: a currency's name may take a second line ('de euros')
                    f"{{% else %}}{{% for line in {f}.band_lines %}}{{{{ line|whole }}}}"
                    "{% if not loop.last %}" + FREED_SPACE + "{% endif %}{% endfor %}{% endif %}"
                    if cols == 4
                    else f"{{% else %}}{{{{ {f}.amount_text|whole }}}}{{% endif %}}"
                )
                + "{% endif %}"
            )
        )
        amount.bold, amount.font.size = True, Pt(26 if lone else 17)
        _theme_text(amount.font, "accent1")  # as the deck's tile numbers
        # with its conversions, as the table printed them; its date on a line of its own under it,
        # smaller: 'Sedda timmar i sändningarna, per den 30 juni 2026 kl. 12.00' ran to four lines
        # of a narrow cell (review RR2)
        line = LONE_LABEL_LINE if lone else BAND_LABEL_LINE
        dated = f"{figures}|length > {index} and {f}.as_of_text"
        cell.add_paragraph(f"{{%p if {dated} %}}")
        _band_label(cell, guard, f, 0, lone)
        as_of = cell.add_paragraph()
        as_of.paragraph_format.space_before = Pt(1)
        as_of.paragraph_format.space_after = Pt(6)
        as_of.paragraph_format.line_spacing = Pt(line - 1)
        as_of.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        run = as_of.add_run(f"{{{{ {f}.as_of_text }}}}")
        run.font.size = Pt(10 if lone else 8)
        run.font.color.rgb = RGBColor(*rgb(THEME.muted))
        cell.add_paragraph("{%p else %}")
        _band_label(cell, guard, f, 6, lone)
        cell.add_paragraph("{%p endif %}")
        _note_line(cell, f"{figures}|length > {index} and {f}.tile_note", f, 11 if lone else 9, line)
    widths = {1: (Cm(16.6),), 2: (Cm(8.3), Cm(8.3)), 3: (Cm(5.53), Cm(5.53), Cm(5.54)), 4: (Cm(4.15),) * 4}
    _widths(numbers, widths[cols])


def _on_text_edge(table) -> None:
    """A table at the left whose edge, not its first cell's text, stands on the text's left edge:
    indented by its cell margin (108 twips), as Word 2010's compatibility places it; a band's
    second row, narrowed to its first row's grid, stays there too."""
    indent = OxmlElement("w:tblInd")
    indent.set(wqn("w:w"), "108")
    indent.set(wqn("w:type"), "dxa")
    properties = table._tbl.tblPr
    after = properties.find(wqn("w:tblW"))
    if after is not None:
        after.addnext(indent)
    else:
        properties.insert(0, indent)


def _band_gap(doc) -> None:
    """A thin paragraph between a band's two rows (two tables in a row with none between them are
    one table to Word), as office/word_band_rows.py sets between a band of four's: a seam as thin
    as a line, not a gap that makes the second row a block of its own (review XX5 #7)."""
    gap = doc.add_paragraph()
    gap.paragraph_format.space_before = Pt(0)
    gap.paragraph_format.space_after = Pt(0)
    gap.paragraph_format.line_spacing = Pt(1)
    gap.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    gap.paragraph_format.keep_with_next = True


def _chart_picture(doc, keep_with_caption: bool) -> None:
    """A briefing chart's picture paragraph, centred, kept with its caption where it has one."""
    picture = doc.add_paragraph("{{ chart(cid, 16.6) }}")
    picture.alignment = WD_ALIGN_PARAGRAPH.CENTER
    picture.paragraph_format.keep_with_next = keep_with_caption
    picture.paragraph_format.space_before = Pt(8)
    picture.paragraph_format.space_after = Pt(2 if keep_with_caption else 8)


def make_briefing(path: Path) -> None:
    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(2.2))
    section.top_margin, section.bottom_margin = Cm(2.0), Cm(1.8)

    styles = doc.styles
    _apply_theme(doc.part.part_related_by(RT.THEME))  # the deck's theme: one palette for both
    _style_font(styles["Normal"], 10.5, "text1")
    _normal_font(styles["Normal"])
    styles["Normal"].paragraph_format.space_after = Pt(5)
    styles["Normal"].paragraph_format.line_spacing = 1.1
    for name, size, colour, bold in (
        ("Title", 24, "text2", True),  # as the deck's slide titles
        ("Subtitle", 12, THEME.muted, False),
        ("Heading 1", 14, "text2", True),
        ("Heading 2", 11.5, "text2", True),
        ("List Bullet", 10.5, "text1", None),
        ("Caption", 9, THEME.muted, False),
        ("Header", 8.5, THEME.muted, None),
        ("Footer", 8.5, THEME.muted, None),
        ("Quote", 9.5, THEME.muted, None),
    ):
        _style_font(styles[name], size, colour, bold)
    for style in styles:  # every other style inherits the typeface from Normal
        r_pr = style.element.rPr
        if style.name != "Normal" and r_pr is not None:
            for r_fonts in r_pr.findall(wqn("w:rFonts")):
                r_pr.remove(r_fonts)
    styles["Subtitle"].font.italic = False
    styles["Title"].paragraph_format.space_after = Pt(4)
    styles["Heading 1"].paragraph_format.space_before = Pt(14)
    styles["Heading 1"].paragraph_format.space_after = Pt(4)
    styles["Heading 2"].paragraph_format.space_before = Pt(8)
    for name in ("Heading 1", "Heading 2", "Caption"):
        styles[name].paragraph_format.keep_with_next = name != "Caption"
    styles["List Bullet"].paragraph_format.space_after = Pt(2)
    styles["Caption"].paragraph_format.space_after = Pt(10)
    styles["Quote"].font.italic = True
    styles["Quote"].paragraph_format.space_after = Pt(3)
    styles["Quote"].paragraph_format.left_indent = Cm(0.6)
    # a quotation printed in its person's paragraph (office/word_pages.py) takes the character
    # style linked to Quote: set as Quote's text is, as Word keeps a linked pair
    _style_font(styles["Quote Char"], 9.5, THEME.muted, None)
    styles["Quote Char"].font.italic = True

    header = section.header.paragraphs[0]
    header.text = '{{ event.short_name }}{{ punct.separator }}{{ _("Closing briefing") }}'
    header.style = styles["Header"]
    footer = section.footer.paragraphs[0]
    footer.style = styles["Footer"]
    # the words around the page's number as the language counts pages ('Seite 1', '第1页', '1ページ')
    footer.add_run("{{ event.running_name }}{{ punct.separator }}{{ page_words[0] }}")
    _page_number_field(footer)
    footer.add_run("{{ page_words[1] }}")

    doc.add_paragraph("{{ event.name }}", style="Title")
    doc.add_paragraph(
        '{{ _("Closing briefing") }}{{ punct.separator }}{{ event.dates }}{{ punct.separator }}' + PLACE,
        style="Subtitle",
    )
    doc.add_paragraph("{%p if event.theme %}")
    # the theme set as the deck sets it, a quoted line of its own under the title, not a label for
    # it ('Motto: „…“', 'Lema: «…»' read as a form's field)
    theme_line = doc.add_paragraph()
    theme_line.add_run("{{ event.theme|quoted }}").italic = True
    doc.add_paragraph("{%p endif %}")

    # the news first, in the data's words, where the data marks one (`news_lede`: review RR4), then
    # the closing sentence and the summary
    story = doc.add_paragraph(
        "{% if news_lede %}{{ news_lede }}{{ punct.space }}{% endif %}"
        + STORY_AGAIN
        + "{% if event.summary %}{{ punct.space }}{{ event.summary }}{% endif %}"
    )
    story.paragraph_format.space_after = Pt(10)

    # One block of key figures: its heading over the band where a table follows it (under the band,
    # it read as the table's alone: review VV3 #4)
    doc.add_paragraph("{%p if table_rows %}")
    doc.add_heading('{{ _("Key figures") }}', level=1)
    doc.add_paragraph("{%p endif %}")
    # Three headline numbers, large, with what they count beneath; four where the key-figures table
    # would have held a single row (data/derive.py, band_figures); one or two in as many cells (an
    # empty shaded cell read as a figure missing)
    doc.add_paragraph("{%p if band_figures|length > 3 %}")
    _band(doc, 4)
    for count in (3, 2, 1):
        doc.add_paragraph(f"{{%p elif band_figures|length == {count} %}}")
        _band(doc, count)
    doc.add_paragraph("{%p endif %}")
    # the key figures too few for a table (two): the band's second row, a thin line under the first
    # (a table of two rows read as a second block of key figures: review VV3 #4, WW1 #11)
    doc.add_paragraph("{%p if band_more %}")
    _band_gap(doc)
    _band(doc, 2, "band_more")
    doc.add_paragraph("{%p endif %}")

    # The key figures the band does not show, three or more (each figure once on the first page)
    doc.add_paragraph("{%p if table_rows %}")
    table = doc.add_table(rows=4, cols=2)
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    # a press office's heads: what is counted and its value ('As reported' read as a doubt, review LL)
    for column, text in enumerate(('{{ _("Key figure") }}', '{{ _("Value") }}')):
        cell = table.rows[0].cells[column]
        cell.text = ""
        run = cell.paragraphs[0].add_run(text)
        run.bold = True
        _theme_text(run.font, "background1")
        _shade(cell, "accent1")  # as the deck's title band
    table.rows[1].cells[0].text = "{%tr for f in table_rows %}"
    table.rows[2].cells[0].text = "{{ f.label }}"
    value = table.rows[2].cells[1].paragraphs[0]
    value.add_run("{{ f.value_text }}").bold = True
    value.add_run(AS_OF)
    _note_line(table.rows[2].cells[1], "f.tile_note", "f", 9)
    table.rows[3].cells[0].text = "{%tr endfor %}"
    _widths(table, (Cm(8.6), Cm(8.0)))
    doc.add_paragraph("{%p endif %}")

    # a section whose figures are all on the first page, with nothing else to say: no heading
    doc.add_paragraph("{%p for s in section_list if s.in_briefing %}")
    doc.add_heading("{{ s.title }}", level=1)
    doc.add_paragraph("{%p if s.summary %}")
    doc.add_paragraph("{{ s.summary }}")
    doc.add_paragraph("{%p endif %}")
    doc.add_paragraph("{%p for line in s.chart_sentences %}")  # findings of two-value charts
    doc.add_paragraph("{{ line }}")
    doc.add_paragraph("{%p endfor %}")
    # the source's words for a figure the first page prints (the band, the key figures), in its
    # section: the figure's second printing, and the reader learns what it stands for
    doc.add_paragraph("{%p for f in s.figure_list if f.ref in s.quoted_first %}")
    _quotation(doc, "f")
    doc.add_paragraph("{%p endfor %}")
    # a list of results (winners by category) is the section's content, before the people who
    # comment on it, as the deck sets it: a table under the list's label, not 'Winners:' over
    # bullets 'Poetry: …' (review QQ1)
    doc.add_paragraph("{%p for l in s.pair_tables %}")
    _pair_table(doc)
    _quotation(doc, "l")
    doc.add_paragraph("{%p endfor %}")
    # Each fact as a sentence (reportgen/data/sentences.py), and a quote under what it is about,
    # credited to the person who said it or to the source that reports it.
    doc.add_paragraph("{%p for person in s.people %}")
    doc.add_paragraph("{{ person.sentence }}", style="List Bullet")
    _quotation(doc, "person")
    doc.add_paragraph("{%p endfor %}")
    doc.add_paragraph("{%p for launch in s.launches %}")
    launch = doc.add_paragraph()
    launch.paragraph_format.space_before = Pt(4)
    launch.add_run("{{ launch.name }}").bold = True  # a proper name: no quotation marks
    launch.add_run(  # its summary and items, then its figures' bullets under it
        "{% if launch.summary %}{{ punct.pair }}{{ launch.summary }}{% endif %}"
        "{% if launch.items %}{% if launch.summary %}{{ punct.space }}{% else %}{{ punct.pair }}{% endif %}"
        '{{ launch.items_label or _("Among them") }}{{ punct.pair }}'
        "{{ launch.items|listing }}{{ punct.stop }}"
        "{% endif %}"
    )
    _quotation(doc, "launch")
    _figure_bullets(doc, "s.briefing_figures if f.ref in launch.refs")
    doc.add_paragraph("{%p endfor %}")
    # those the first page does not show, and no launch
    _figure_bullets(doc, "s.briefing_figures if f.ref not in s.launch_refs")
    doc.add_paragraph("{%p for l in s.lists.values() if not l.rows %}")  # a table of pairs above
    # a long list: a lead line, then an item a bullet; a long list of short names (sponsors) run
    # on after its bold label below, not a column of one-line bullets (review UU2 F2)
    doc.add_paragraph("{%p if l.lead and not l.run_on %}")
    doc.add_paragraph("{%p if not l.echoes_title %}")  # not 'Partners:' under 'Partners'
    doc.add_paragraph("{{ l.lead }}")
    doc.add_paragraph("{%p endif %}")
    doc.add_paragraph("{%p for item in l.items %}")
    doc.add_paragraph("{{ item }}", style="List Bullet")
    doc.add_paragraph("{%p endfor %}")
    # a short list: apart from the people and figures, not one more bullet after a quotation;
    # under a heading that says its label ('Partnerzy'), its names a bullet each, the label not
    # printed again; else a paragraph of its own, its label bold (review RR1 #7)
    doc.add_paragraph("{%p elif l.named_by_title and not l.run_on %}")
    doc.add_paragraph("{%p for item in l.items %}")
    doc.add_paragraph("{{ item }}", style="List Bullet")
    doc.add_paragraph("{%p endfor %}")
    doc.add_paragraph("{%p else %}")
    named = doc.add_paragraph()
    named.add_run("{{ l.label }}{{ punct.pair }}").bold = True
    named.add_run("{{ l.names }}")
    doc.add_paragraph("{%p endif %}")
    _quotation(doc, "l")
    doc.add_paragraph("{%p endfor %}")
    doc.add_paragraph("{%p for cid in s.briefing_charts %}")
    # a chart with a caption is kept with it; one without (its title is in the picture, its finding
    # in the paragraph above it) has no empty caption line, and is kept with nothing after it
    doc.add_paragraph("{%p if charts[cid].caption %}")
    _chart_picture(doc, keep_with_caption=True)
    doc.add_paragraph("{{ charts[cid].caption }}", style="Caption")
    doc.add_paragraph("{%p else %}")
    _chart_picture(doc, keep_with_caption=False)
    doc.add_paragraph("{%p endif %}")
    # the notes of the figures its bars label (rather than a bullet that prints the amount again)
    doc.add_paragraph("{%p for note in charts[cid].notes %}")
    doc.add_paragraph("{{ note }}", style="Caption")
    doc.add_paragraph("{%p endfor %}")
    doc.add_paragraph("{%p endfor %}")
    doc.add_paragraph("{%p endfor %}")

    doc.add_heading('{{ _("Sources") }}', level=1)
    doc.add_paragraph("{%p for src in sources %}")
    bullet = doc.add_paragraph(style="List Bullet")
    bullet.add_run('{{ src.title|quoted("work") }}').italic = True
    bullet.add_run(
        "{% if src.publisher %}{{ punct.clause }}{{ src.publisher }}{% endif %}"
        "{% if src.published %}{{ punct.clause }}{{ src.published|date }}{% endif %}{{ punct.stop }}"
        "{% if src.note %}{{ punct.space }}{{ src.note }}{% endif %}{% if src.url %} {{ src.url }}{% endif %}"
    )
    doc.add_paragraph("{%p endfor %}")
    # A figure's note and quote are printed with the figure (NOTE, s.quoted), not in an appendix.

    props = doc.core_properties
    props.title = '{{ _("%(name)s: closing briefing", name=event.name) }}'
    props.subject = "{{ event.short_name }}"
    props.author = ""
    props.last_modified_by = ""
    props.comments = ""
    props.keywords = ""
    props.created = props.modified = FIXED_TIME
    props.revision = 1
    _theme_values(doc)
    buffer = io.BytesIO()
    doc.save(buffer)
    _write_reproducibly(buffer.getvalue(), path)


# --------------------------------------------------------------------------------------------------
# PowerPoint deck
# --------------------------------------------------------------------------------------------------

SLIDE_W, SLIDE_H = Emu(12192000), Emu(6858000)  # 13.333 × 7.5 in: exactly 16:9
MARGIN = Inches(0.6)
CONTENT_W = SLIDE_W - 2 * MARGIN
TITLE_PT, HEADLINE_PT, BODY_PT, SMALL_PT = 32, 22, 20, 16
FINDING_PT = 28  # a slide title that states its finding: up to two lines of about 50 characters
KICKER_PT = 16  # the section's name above a slide whose title states its finding


def _apply_theme(theme_part) -> None:
    """Point a template's theme fonts and colours at the shared theme, so every text and chart
    follows them: the briefing's and the deck's themes are the same palette."""
    tree = etree.fromstring(theme_part.blob)
    ns = {"a": "http://schemas.openxmlformats.org/drawingml/2006/main"}
    for font in tree.iterfind(".//a:fontScheme/*", ns):
        font.find("a:latin", ns).set("typeface", THEME.font)
        font.find("a:ea", ns).set("typeface", THEME.east_asian_font)
    for name, colour in (
        ("dk1", THEME.text),
        ("dk2", THEME.primary),
        ("lt2", THEME.light),
        ("accent1", THEME.primary),
        ("accent2", THEME.secondary),
        ("accent3", THEME.accent),
        ("accent4", THEME.palette[3]),
        ("accent5", THEME.palette[4]),
        ("accent6", THEME.palette[5]),
    ):
        element = tree.find(f".//a:clrScheme/a:{name}", ns)
        for child in list(element):
            element.remove(child)
        etree.SubElement(element, f"{{{ns['a']}}}srgbClr", val=colour.lstrip("#").upper())
    theme_part._blob = etree.tostring(tree, xml_declaration=True, encoding="UTF-8", standalone=True)


def _theme_colour(font_or_fill, colour) -> None:
    font_or_fill.color.theme_color = colour


def _bullets(paragraph, level_indent: int = 342900, margin: int | None = None, char: str = "•") -> None:
    """A real bullet: a:buChar with a hanging indent, as PowerPoint's own bulleted lists have."""
    p_pr = paragraph._p.get_or_add_pPr()
    p_pr.set("marL", str(margin or level_indent))
    p_pr.set("indent", str(-level_indent))
    a = "http://schemas.openxmlformats.org/drawingml/2006/main"
    for tag in ("buClr", "buFont", "buChar"):
        for old in p_pr.findall(f"{{{a}}}{tag}"):
            p_pr.remove(old)
    bu_clr = etree.SubElement(p_pr, f"{{{a}}}buClr")
    etree.SubElement(bu_clr, f"{{{a}}}schemeClr", val="accent1")
    etree.SubElement(p_pr, f"{{{a}}}buFont", typeface="Arial")
    etree.SubElement(p_pr, f"{{{a}}}buChar", char=char)


#: A section slide's kicker, its section's name small above its title: KICKER_TOP from the slide's
#: top edge, as far in as the title is from its left (round 21: at 0.08 in it sat against the edge,
#: too close for print and for a designer's eye), KICKER_H tall (a line of KICKER_PT and a little).
KICKER_TOP, KICKER_H = Inches(0.36), Inches(0.28)
#: Every slide's title ends at TITLE_FOOT, its accent bar under it; a title stating its finding
#: holds two lines of FINDING_PT between the kicker's line (0.27 in) and the bar (FINDING_H, its
#: margins included; set from its foot, its top lines clear of the kicker's).
FINDING_H = Inches(0.98)
TITLE_FOOT = KICKER_TOP + Inches(0.25) + FINDING_H
BAR_TOP = TITLE_FOOT + Inches(0.03)


def _title(slide, text: str) -> None:
    title = slide.shapes.title
    # a name, a line of TITLE_PT, set a little above the bar (a finding's two lines reach it)
    top = TITLE_FOOT - Inches(0.13) - Inches(0.9)
    title.left, title.top, title.width, title.height = MARGIN, top, CONTENT_W, Inches(0.9)
    title.text_frame.text = text
    title.text_frame.vertical_anchor = MSO_ANCHOR.BOTTOM
    paragraph = title.text_frame.paragraphs[0]
    paragraph.alignment = PP_ALIGN.LEFT
    run = paragraph.runs[0]
    run.font.size = PPt(TITLE_PT)
    run.font.bold = True
    _theme_colour(run.font, MSO_THEME_COLOR.TEXT_2)
    bar = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, MARGIN, BAR_TOP, Inches(1.2), Inches(0.07))
    bar.name = "Accent bar"
    bar.fill.solid()
    bar.fill.fore_color.theme_color = MSO_THEME_COLOR.ACCENT_3
    bar.line.fill.background()


def _text_box(
    slide, left, top, width, height, paragraphs, name: str, anchor=MSO_ANCHOR.TOP, placeholder=None
):
    """paragraphs: (text, size, bold, bullet, colour or None). With `placeholder` (an index of the
    slide's layout), the text goes in that body placeholder, so it is the slide's body text for
    PowerPoint (outline view, accessibility, a restyled master) and not a loose text box."""
    if placeholder is None:
        box = slide.shapes.add_textbox(left, top, width, height)
    else:
        box = slide.placeholders[placeholder]
        box.left, box.top, box.width, box.height = left, top, width, height
    box.name = name
    frame = box.text_frame
    frame.word_wrap = True
    frame.vertical_anchor = anchor
    frame.auto_size = MSO_AUTO_SIZE.TEXT_TO_FIT_SHAPE  # "shrink text on overflow": reportgen computes it
    for index, (text, size, bold, bullet, colour) in enumerate(paragraphs):
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
        run = paragraph.add_run()
        run.text = text
        run.font.size = PPt(size)
        run.font.bold = bold
        _theme_colour(run.font, colour or MSO_THEME_COLOR.TEXT_1)
        paragraph.space_after = PPt(8 if bullet else 6)
        if bullet == 2:  # a level down, under the bullet before it
            paragraph.level = 1
            _bullets(paragraph, margin=2 * 342900, char="–")
        elif bullet:
            _bullets(paragraph)
        elif placeholder is not None:
            _no_bullet(paragraph)
        if placeholder is not None:
            paragraph.space_before = PPt(0)
    return box


def _no_bullet(paragraph) -> None:
    """A paragraph of a body placeholder that is not a list item: no bullet, no hanging indent."""
    p_pr = paragraph._p.get_or_add_pPr()
    p_pr.set("marL", "0")
    p_pr.set("indent", "0")
    etree.SubElement(p_pr, "{http://schemas.openxmlformats.org/drawingml/2006/main}buNone")


def _drop_placeholder(slide, idx: int) -> None:
    """A layout placeholder this slide does not use (its place holds a chart slot instead)."""
    element = slide.placeholders[idx]._element
    element.getparent().remove(element)


def _chart_slot(slide, tag: str, left, top, width, height) -> None:
    """A visible box holding the chart tag: PowerPoint users see where the chart will go."""
    slot = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, left, top, width, height)
    slot.name = "Chart slot"
    slot.fill.background()
    slot.line.color.theme_color = MSO_THEME_COLOR.ACCENT_2
    slot.line.dash_style = 4  # dash
    frame = slot.text_frame
    frame.text = tag
    frame.vertical_anchor = MSO_ANCHOR.MIDDLE
    run = frame.paragraphs[0].runs[0]
    run.font.size = PPt(16)
    _theme_colour(run.font, MSO_THEME_COLOR.ACCENT_2)
    frame.paragraphs[0].alignment = PP_ALIGN.CENTER


def _figure_bullets(doc, loop: str) -> None:
    """A bullet for each figure of `loop` ('s.briefing_figures if …'), with its quote under it."""
    doc.add_paragraph("{%p for f in " + loop + " %}")
    bullet = doc.add_paragraph(style="List Bullet")
    # a figure the first page prints: its bullet gives the breakdown alone, not the amount again
    # its breakdown as a sentence says it ('Teilnehmende, davon 1.650 vor Ort in Wien und 750
    # online zugeschaltet'), never as a form's fields ('Teilnehmende (Vor Ort in Wien: 1.650, …)')
    bullet.add_run(
        "{% if f.ref in s.breakdown_only %}{{ f.parts_alone }}{% else %}{{ f.sentence_lead }}{% endif %}"
    )
    bullet.add_run("{% if f.ref not in s.breakdown_only %}{{ f.sentence_value }}{% endif %}").bold = True
    bullet.add_run(  # its breakdown after the sentence: '25 … projects signed, of which 8 on site …'
        "{% if f.ref not in s.breakdown_only %}{% if f.parts and f.ref not in s.parts_charted %}"
        "{{ f.tail_with_parts }}{% else %}{{ f.sentence_tail }}{% endif %}{% endif %}"
    )
    # the source's words for it, under its bullet (not where that would print the figure a third
    # time: the band or a chart's caption prints it too; the deck's notes keep the quote then)
    doc.add_paragraph("{%p if f.ref in s.quoted %}")
    _quotation(doc, "f")
    doc.add_paragraph("{%p endif %}")
    doc.add_paragraph("{%p endfor %}")


def _pair_table(doc) -> None:
    """A list of pairs (`l.rows`) as a table as the key figures are: the list's label a header row
    in the accent (none where it only says the section's heading again, review NN), each pair a
    row, its label bold, in widths the labels and values share."""
    table = doc.add_table(rows=6, cols=2)
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.rows[0].cells[0].text = "{%tr if not l.echoes_title %}"
    head = table.rows[1].cells[0].merge(table.rows[1].cells[1])
    head.text = ""
    run = head.paragraphs[0].add_run("{{ l.label }}")
    run.bold = True
    _theme_text(run.font, "background1")
    _shade(head, "accent1")  # as the key figures' heads
    table.rows[2].cells[0].text = "{%tr endif %}"
    table.rows[3].cells[0].text = "{%tr for row in l.rows %}"
    table.rows[4].cells[0].paragraphs[0].add_run("{{ row[0] }}").bold = True
    table.rows[4].cells[1].text = "{{ row[1] }}"
    table.rows[5].cells[0].text = "{%tr endfor %}"
    _widths(table, (Cm(5.6), Cm(11.0)))
    # the room a heading's space before would give: the bullets after it not set against its rule
    gap = doc.add_paragraph()
    gap.paragraph_format.space_before = gap.paragraph_format.space_after = Pt(0)
    gap.paragraph_format.line_spacing = Pt(6)
    gap.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY


def _quotation(doc, name: str) -> None:
    """`name.quote` as a quotation, credited on its own line: '— Zhang Wei', '— “Closing release”';
    not one that only says again what the sentence above it says (`quote.echo`)."""
    doc.add_paragraph(f"{{%p if {name}.quote and not {name}.quote.echo %}}")  # not the sentence again
    quote = doc.add_paragraph(f"{{{{ {name}.quote.text|quoted }}}}", style="Quote")
    # a quotation is not broken over two pages, nor parted from its credit (office/word_pages.py
    # does the same for any template's quotations)
    quote.paragraph_format.keep_together = quote.paragraph_format.keep_with_next = True
    doc.add_paragraph(f"{{%p if {name}.quote.credit %}}")
    credit = doc.add_paragraph(f"{{{{ punct.credit }}}}{{{{ {name}.quote.credit }}}}", style="Quote")
    credit.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph("{%p endif %}")
    doc.add_paragraph("{%p endif %}")


def _notes(slide, lines: list[str]) -> None:
    frame = slide.notes_slide.notes_text_frame
    frame.text = lines[0]
    for line in lines[1:]:
        frame.add_paragraph().text = line


def _directive_box(slide, text: str) -> None:
    """Slide directives in a small grey box the author sees in PowerPoint; rendering removes it."""
    box = slide.shapes.add_textbox(SLIDE_W - Inches(6.1), SLIDE_H - Inches(0.42), Inches(6.0), Inches(0.35))
    box.name = "Slide directives"
    frame = box.text_frame
    frame.text = text
    paragraph = frame.paragraphs[0]
    paragraph.alignment = PP_ALIGN.RIGHT
    paragraph.runs[0].font.size = PPt(9)
    paragraph.runs[0].font.color.rgb = PptxRGB(*rgb(THEME.muted))


QUOTE = (
    "{{{{ {name}.quote.text|quoted }}}}"
    "{{% if {name}.quote.credit %}}"
    "{{{{ punct.space }}}}{{{{ punct.credit }}}}{{{{ {name}.quote.credit }}}}"
    "{{% endif %}}"
)
SECTION_NOTES = [
    # the section's name on a line of its own, its summary as the author wrote it: after a colon
    # French or Polish would need its first word in a small letter, and no list tells a name from a
    # common noun in every language (review FF: 'Frekwencja: Najwięcej …' beside 'Uitkomsten: de …')
    "{{ s.title }}",
    "{%p if s.summary %}",
    "{{ s.summary }}",
    "{%p endif %}",
    # a chart's caption where the slide's title says the summary instead: the finding, for the
    # speaker (reviewers found it on neither the slide nor its notes)
    "{%p if page.chart and charts[page.chart].finding and charts[page.chart].caption != page.headline %}",
    "{{ charts[page.chart].caption }}",
    "{%p endif %}",
    # a caption that gave way to the chart's title (it printed the news a third time): said aloud
    "{%p if page.chart and charts[page.chart].spoken %}",
    "{{ charts[page.chart].spoken }}",
    "{%p endif %}",
    # the notes of the bars its chart labels, with the slide that shows them, not only on the
    # Sources slide (review UU1 D: the Danish food market's 2021 bar and its 'coronapas'); the
    # last slide's notes list every figure's note below (fx24c: said twice on Expo Sabores' last)
    "{%p for note in (charts[page.chart].unprinted if page.chart and not page.last else ()) %}",
    "{{ note }}",
    "{%p endfor %}",
    "{%p if page.first %}",
    # the heading only over quotes to follow: never 'Where the figures come from:' and nothing
    "{%p if s.figure_list|selectattr('quote')|list %}",
    '{{ _("Where the figures come from:") }}',
    "{%p endif %}",
    "{%p for f in s.figure_list if f.quote %}",
    "{{ f.label }}{{ punct.open }}{{ f.text_with_unit }}{{ punct.close }}{{ punct.pair }}"
    "{{ f.quote.text|quoted }}"
    "{% if f.note %}{{ punct.space }}{{ f.note }}{% endif %}",
    "{%p endfor %}",
    "{%p endif %}",
    # People with their full titles, and every quote of the section credited: a slide has no
    # room for them, the speaker has (docs/templates.md); each in the notes of the slide that
    # names them (`page.voices`), not all on the section's first (review UU1 D)
    "{%p for person in s.people if person.name in page.voices %}",
    "{{ person.sentence }}",
    "{%p if person.quote %}",
    QUOTE.format(name="person"),
    "{%p endif %}",
    "{%p endfor %}",
    "{%p for launch in s.launches if launch.quote and launch.name in page.voices %}",
    "{{ launch.name }}{{ punct.pair }}" + QUOTE.format(name="launch"),
    "{%p endfor %}",
    "{%p if page.first %}",
    "{%p for l in s.lists.values() if l.quote %}",
    "{{ l.label }}{{ punct.pair }}" + QUOTE.format(name="l"),
    "{%p endfor %}",
    "{%p endif %}",
    # the sections folded onto this slide: where their figures come from
    "{%p for fid in page.folded %}",
    "{{ sections[fid].title }}",
    "{%p if sections[fid].summary %}",
    "{{ sections[fid].summary }}",
    "{%p endif %}",
    "{%p for f in sections[fid].figure_list if f.quote %}",
    "{{ f.label }}{{ punct.open }}{{ f.text_with_unit }}{{ punct.close }}{{ punct.pair }}"
    "{{ f.quote.text|quoted }}"
    "{% if f.note %}{{ punct.space }}{{ f.note }}{% endif %}",
    "{%p endfor %}",
    # and their people's, launches' and lists' quotes, as the notes of their own slide would have
    "{%p for person in sections[fid].people if person.quote %}",
    "{{ person.sentence }}",
    QUOTE.format(name="person"),
    "{%p endfor %}",
    "{%p for launch in sections[fid].launches if launch.quote %}",
    "{{ launch.name }}{{ punct.pair }}" + QUOTE.format(name="launch"),
    "{%p endfor %}",
    "{%p for l in sections[fid].lists.values() if l.quote %}",
    "{{ l.label }}{{ punct.pair }}" + QUOTE.format(name="l"),
    "{%p endfor %}",
    "{%p endfor %}",
    # the last slide, when the deck has no Sources slide: the notes that slide's notes carry
    "{%p if page.last and figures.values()|selectattr('note')|list %}",
    '{{ _("Notes on the figures:") }}',
    "{%p for f in figures.values() if f.note %}",
    "{{ f.label }}{{ punct.pair }}{{ f.note }}",
    "{%p endfor %}",
    "{%p endif %}",
]
# The headline's lead under the title: what the title does not state of it (`page.lead`).
HEADLINE = [
    (
        "{{ page.lead }}",
        HEADLINE_PT,
        False,
        False,
        MSO_THEME_COLOR.TEXT_2,
    )
]
POINTS = [  # a list's items and a person's quotation a level down, under their line (page.under);
    # a folded section's name over its bullets as a heading, not one more bullet (page.heads);
    # its summary as a paragraph, at the bullets' level, without a bullet (page.paras)
    ("{%p for point in page.points %}", BODY_PT, False, True, None),
    ("{%p if point in page.under %}", BODY_PT, False, True, None),
    ("{{ point }}", BODY_PT - 2, False, 2, None),
    ("{%p elif point in page.heads %}", BODY_PT, False, True, None),
    ("{{ point }}", BODY_PT, True, False, MSO_THEME_COLOR.TEXT_2),
    ("{%p elif point in page.paras %}", BODY_PT, False, True, None),
    ("{{ point }}", BODY_PT, False, False, None),
    ("{%p else %}", BODY_PT, False, True, None),
    ("{{ point }}", BODY_PT, False, True, None),
    ("{%p endif %}", BODY_PT, False, True, None),
    ("{%p endfor %}", BODY_PT, False, True, None),
]
ITEMS = [  # a list in columns: its items, one level
    ("{%p for point in page.points %}", BODY_PT, False, True, None),
    ("{{ point }}", BODY_PT, False, True, None),
    ("{%p endfor %}", BODY_PT, False, True, None),
]
#: The body under the bar's foot (0.07 in) and a gap, its text a little further (its box's inset).
BODY_TOP = BAR_TOP + Inches(0.12)
#: A page of tiles' lead and tiles from GLANCE_TOP to TILES_FOOT above the slide's foot, clear of a
#: source line of one line set from it: the band has the height it had under a bar at 1.41 in
#: (from 1.7 in to 0.6 in above the foot).
GLANCE_TOP = BODY_TOP + Inches(0.04)
TILES_FOOT = Inches(0.52)
STATEMENT_PT = 32  # the text of a slide with little to say (page.statement), set as a statement
PULL_PT = 36  # a statement of one or two texts (page.pull), set like a pull quote
FOOTER_H = Inches(0.95)  # below a section slide's body: its source line, on the deck's last slide
#: The source box's height: set from the slide's foot up (anchored at its bottom), three lines of
#: SOURCE_PT fit below the body (FOOTER_H); five where the plan found the body's foot empty
#: (data/derive.py, FOOTER_CHARS and FOOTER_MOST_CHARS).
SOURCE_H = Inches(1.25)
#: Sources are read in the file, not from the back of the room: 12 pt, as a designer sets a
#: slide's footnote, and off the slide's foot by SOURCE_FOOT (reviews OO: five lines of 16 pt ran
#: to 0.05 in of the edge, 3 % of the slide).
SOURCE_PT = 12
SOURCE_FOOT = Inches(0.2)


def _source_footer(slide) -> None:
    """The deck's sources, in the footer of its last slide; on another, the one source of the
    figures it prints, in a deck of several (`page.cited`); else empty."""
    paragraphs = [("{{ page.source or page.cited }}", SOURCE_PT, False, False, MSO_THEME_COLOR.TEXT_2)]
    top = SLIDE_H - SOURCE_H - SOURCE_FOOT
    box = _text_box(slide, MARGIN, top, CONTENT_W, SOURCE_H, paragraphs, "Source", anchor=MSO_ANCHOR.BOTTOM)
    box.text_frame.paragraphs[0].space_after = PPt(0)


def _section_title(slide, continued: bool = False) -> None:
    """The slide's finding as its title where the data has one (`page.title_finding`: a chart's caption,
    a section's summary of one sentence), the section's name then a small kicker above it;
    otherwise the section's name (issue 19 item 5)."""
    name = "{{ s.title }}"
    if continued:
        name = '{% if page.continued %}{{ _("%(title)s (continued)", title=s.title) }}{% else %}' + name
        name += "{% endif %}"
    # a continuation titled by its finding says it continues in its kicker ('La carrera
    # (continuación)' over the women's course record, review WW1 #3: continued_titles.py)
    _finding_title(slide, name, "page.title_finding", "page.title_finding", name)


def _finding_title(
    slide, name: str, when: str, finding_text: str, kicker_text: str, kicker_when: str = ""
) -> None:
    """The title `name`, or where `when` holds the finding `finding_text` as the title and
    `kicker_text` a small kicker above it (shown where `kicker_when` holds, if given)."""
    # the finding in a run of its own, smaller than a name: two lines of it fit the title's box
    _title(slide, f"{{% if not ({when}) %}}" + name + "{% endif %}")
    named = slide.shapes.title.text_frame.paragraphs[0].runs[0]._r
    finding = copy.deepcopy(named)
    named.addprevious(finding)
    finding.find(qn("a:t")).text = f"{{% if {when} %}}{{{{ {finding_text} }}}}{{% endif %}}"
    finding.find(qn("a:rPr")).set("sz", str(FINDING_PT * 100))
    kicker = _text_box(
        slide,
        MARGIN,
        KICKER_TOP,
        CONTENT_W,
        KICKER_H,
        [
            (
                f"{{% if {kicker_when or when} %}}{kicker_text}{{% endif %}}",
                KICKER_PT,
                True,
                False,
                MSO_THEME_COLOR.ACCENT_2,
            )
        ],
        "Section name",
    )
    kicker.text_frame.margin_top = kicker.text_frame.margin_bottom = 0
    kicker.text_frame.paragraphs[0].space_after = PPt(0)
    # two title lines of 28 pt fit between the kicker and the accent bar: a finding of about 90
    # characters, shrunk to fit the box rather than grown up over the kicker
    title = slide.shapes.title
    title.top, title.height = TITLE_FOOT - FINDING_H, FINDING_H
    title.text_frame.margin_top = title.text_frame.margin_bottom = Inches(0.02)


def _chart_and_points_slide(prs, directives: str) -> None:
    slide = prs.slides.add_slide(prs.slide_layouts[3])  # Two Content: the points in the first
    _section_title(slide)
    _drop_placeholder(slide, 2)
    _text_box(slide, MARGIN, BODY_TOP, CONTENT_W, Inches(0.95), HEADLINE, "Headline")
    top = BODY_TOP + Inches(1.05)
    panel_w = Inches(4.3)
    _text_box(slide, MARGIN, top, panel_w, SLIDE_H - top - FOOTER_H, POINTS, "Points", placeholder=1)
    left = MARGIN + panel_w + Inches(0.3)
    _chart_slot(
        slide, "{{ chart(page.chart) }}", left, top, SLIDE_W - MARGIN - left, SLIDE_H - top - FOOTER_H
    )
    _source_footer(slide)
    _directive_box(slide, directives)
    _notes(slide, SECTION_NOTES)


def _chart_slide(prs, directives: str) -> None:
    slide = prs.slides.add_slide(prs.slide_layouts[5])
    _section_title(slide)
    _text_box(slide, MARGIN, BODY_TOP, CONTENT_W, Inches(0.95), HEADLINE, "Headline")
    top = BODY_TOP + Inches(1.05)
    _chart_slot(slide, "{{ chart(page.chart) }}", MARGIN, top, CONTENT_W, SLIDE_H - top - FOOTER_H)
    _source_footer(slide)
    _directive_box(slide, directives)
    _notes(slide, SECTION_NOTES)


def _points_slide(prs, directives: str, statement: bool = False) -> None:
    """A slide of a section's text. A slide of facts alone sets them larger than beside a chart: it
    has the room (fitting shrinks a long one). With `statement`, the slide of text with little to
    say that the plan could not fold into another slide (`page.statement`): set large in the middle
    of the slide, rather than a few lines at the top of an empty one."""
    slide = prs.slides.add_slide(prs.slide_layouts[1])  # Title and Content: the text in its body
    _section_title(slide, continued=True)
    lead_pt, point_pt = (STATEMENT_PT, STATEMENT_PT) if statement else (26, 24)
    _text_box(
        slide,
        MARGIN,
        BODY_TOP,
        CONTENT_W,
        SLIDE_H - BODY_TOP - FOOTER_H,
        [
            (
                "{%p if page.lead %}",
                lead_pt,
                False,
                False,
                None if statement else MSO_THEME_COLOR.TEXT_2,
            ),
            ("{{ page.lead }}", lead_pt, False, False, MSO_THEME_COLOR.TEXT_2),
            ("{%p endif %}", lead_pt, False, False, None),
            *[(t, point_pt - (BODY_PT - size), b, bu, c) for t, size, b, bu, c in POINTS],
        ],
        "Section text",
        anchor=MSO_ANCHOR.MIDDLE if statement else MSO_ANCHOR.TOP,
        placeholder=1,
    )
    _source_footer(slide)
    _directive_box(slide, directives)
    _notes(slide, SECTION_NOTES)


def _pull_slide(prs, directives: str) -> None:
    """A statement of one sentence or one fact (`page.pull`), the one thing a section has to say
    that no other slide could take: set large in the middle of the slide, centred, without a
    bullet, in the accent colour, like a pull quote; a bullet of one line at the top (or the
    middle) of an empty slide reads as a slide left unfinished (issue 19)."""
    slide = prs.slides.add_slide(prs.slide_layouts[1])
    _section_title(slide, continued=True)
    box = _text_box(
        slide,
        MARGIN + Inches(0.8),
        BODY_TOP,
        CONTENT_W - Inches(1.6),
        SLIDE_H - BODY_TOP - FOOTER_H,
        [
            ("{%p if page.lead %}", PULL_PT, False, False, None),
            ("{{ page.lead }}", PULL_PT, False, False, MSO_THEME_COLOR.TEXT_2),
            ("{%p endif %}", PULL_PT, False, False, None),
            ("{%p for point in page.points %}", PULL_PT, False, False, None),
            ("{{ point }}", PULL_PT, False, False, MSO_THEME_COLOR.TEXT_2),
            ("{%p endfor %}", PULL_PT, False, False, None),
        ],
        "Statement",
        anchor=MSO_ANCHOR.MIDDLE,
        placeholder=1,
    )
    for paragraph in box.text_frame.paragraphs:  # regular weight: bold, larger than its title, it
        paragraph.alignment = PP_ALIGN.CENTER  # read as a poster (review R)
        paragraph.space_after = PPt(12)
    _source_footer(slide)
    _directive_box(slide, directives)
    _notes(slide, SECTION_NOTES)


COLUMN_PT = 20  # as data/list_layout.py measures the items (ITEM_PT)
COLUMN_GAP = Inches(0.3)


def _columns_slide(prs, directives: str, count: int) -> None:
    """A long list (countries, sponsors, exhibitors) in `count` columns (`page.columns`, 1 to 3, as
    the plan measures them): one an item a bullet took six slides for 30 exhibitors. Each column is
    its own box, the first the body placeholder, holding `page.column_points[i]`: the plan balances
    the columns, where a box's own columns are filled one after the other (12 names were 11 + 1)."""
    slide = prs.slides.add_slide(prs.slide_layouts[1])
    _section_title(slide, continued=True)
    _text_box(slide, MARGIN, BODY_TOP, CONTENT_W, Inches(1.0), HEADLINE, "Headline")  # two lines
    top = BODY_TOP + Inches(1.1)
    width = (CONTENT_W - COLUMN_GAP * (count - 1)) // count
    for index in range(count):
        column = "page.points" if count == 1 else f"page.column_points[{index}]"
        _text_box(
            slide,
            MARGIN + index * (width + COLUMN_GAP),
            top,
            width,
            SLIDE_H - top - FOOTER_H,
            [(t.replace("page.points", column), COLUMN_PT, b, bu, c) for t, _, b, bu, c in ITEMS],
            "List" if index == 0 else f"List, column {index + 1}",
            placeholder=1 if index == 0 else None,
        )
    _source_footer(slide)
    _directive_box(slide, directives)
    _notes(slide, SECTION_NOTES)


# Tile grids for 1 to 8 key figures: rows of at most three, the last row centred; seven and eight
# (short ones: data/plan/tile_grid.py) two rows of four, not two slides of four (review LL).
def _tile_rows(count: int) -> list[int]:
    return {1: [1], 2: [2], 3: [3], 4: [2, 2], 5: [3, 2], 6: [3, 3], 7: [4, 3], 8: [4, 4]}[count]


def _tile_boxes(count: int, story: bool) -> tuple[list[tuple[int, int, int, int]], int]:
    """Where the tiles go (left, top, width, height) and their number's size. One or two key
    figures are the deck's news, set large: a hero number (two, one above the other) beside the
    story of the sections no other slide tells (`glance_story`), or alone, wide, when every section
    has its own slide. Three to six: rows of at most three, the last row centred; seven and
    eight: rows of four, of one width."""
    gap = Inches(0.3)
    area_top, area_h = GLANCE_TOP, SLIDE_H - GLANCE_TOP - TILES_FOOT
    if story:
        width = Inches(5.4)
        height = (area_h - gap * (count - 1)) // count
        boxes = [(MARGIN, area_top + i * (height + gap), width, height) for i in range(count)]
        return boxes, 80 if count == 1 else 54
    if count <= 2:
        width = int(CONTENT_W * 0.62) if count == 1 else (CONTENT_W - gap) // 2
        left0 = MARGIN + (CONTENT_W - width * count - gap * (count - 1)) // 2
        return [
            (left0 + i * (width + gap), area_top, width, area_h) for i in range(count)
        ], 88 if count == 1 else 66
    rows = _tile_rows(count)
    tile_h = (area_h - gap * (len(rows) - 1)) // len(rows)
    widest = max(rows)  # four tiles are two rows of two wide ones, not two thirds in a narrow block
    tile_w = (CONTENT_W - gap * (widest - 1)) // widest  # 4 + 3: the three as wide as the four, centred
    boxes = []
    for row, in_row in enumerate(rows):
        row_w = tile_w * in_row + gap * (in_row - 1)
        left0 = MARGIN + (CONTENT_W - row_w) // 2
        boxes += [
            (left0 + c * (tile_w + gap), area_top + row * (tile_h + gap), tile_w, tile_h)
            for c in range(in_row)
        ]
    return boxes, (36 if widest > 3 else 40) if len(rows) > 1 else 48  # a row of four: narrower tiles


def _glance_lead(slide) -> None:
    """The line under a page of tiles' title (`glance_leads[loop.index0]`): a section's one
    sentence whose figures are all these tiles, or the news's quote, which no other slide has room
    for (review AA: a slide of one sentence after the tiles). Two rows at the chart slides' lead
    size over the top of the tiles' room: the build sets the tiles below the text it holds
    (office/powerpoint/tiles.py), and where it is empty they keep all their room. A template
    without this box keeps today's slides; the plan has the line in the page's speaker notes."""
    box = _text_box(
        slide,
        MARGIN,
        GLANCE_TOP,
        CONTENT_W,
        Inches(0.95),
        [("{{ glance_leads[loop.index0] }}", HEADLINE_PT, False, False, MSO_THEME_COLOR.TEXT_2)],
        "Lead",
    )
    box.text_frame.paragraphs[0].space_after = PPt(0)


def _glance_slide(prs, count: int, directives: str, story: bool = False) -> None:
    slide = prs.slides.add_slide(prs.slide_layouts[5])
    glance = '{{ _("%(event)s at a glance", event=event.short_name) }}'
    # where the tiles take several slides, a page of one section's tiles is titled by its name
    # (`glance_groups`), the glance's words its kicker; a page of several sections' tiles by the
    # glance's words, and a later such page by the catalogue's word for what it holds, 'Key
    # figures': '… at a glance (continued)' did not say what it went on from (round 20: Busan's,
    # the Hannover fair's, the Taipei computer show's second page of several sections' tiles)
    group = "glance_groups[loop.index0]"
    named = (
        f"{{% if glance_groups and {group} %}}{{{{ {group} }}}}"
        "{% elif glance_groups and '' in glance_groups[:loop.index0] %}"
        '{{ _("Key figures") }}'
        "{% else %}" + glance + "{% endif %}"
    )
    if story:  # the story beside the tiles tells the summaries: the title names the slide, or
        # says its record tile's news where the plan gives one (plan/news.py), the name its kicker
        headline = "glance_headlines[loop.index0]"
        _finding_title(slide, named, f"glance_headlines and {headline}", headline, named)
    else:
        # the summary of a section whose slide would only repeat these tiles, where it has one, as
        # the title's finding (data/derive.py, glance_headlines), its section's name (a page of one
        # section's tiles) or 'at a glance' the kicker above it; over a section's name, 'at a
        # glance'. The kicker names one thing, never 'A · B' (review LL), nor 'X at a glance
        # (continued): A · B' (review JJ)
        headline = "glance_headlines[loop.index0]"
        # where another page is titled by a name, not a finding (`glance_named`), the glance's words
        # over every page: one pattern for the deck's pages of tiles (review PP)
        kicker = (
            f"{{% if glance_headlines and {headline} and glance_groups and {group} and not glance_named %}}"
            f"{{{{ {group} }}}}"
            f"{{% else %}}{glance}{{% endif %}}"
        )
        _finding_title(
            slide,
            named,
            f"glance_headlines and {headline}",
            headline,
            kicker,
            f"glance_headlines and {headline} or glance_groups and {group}",
        )
    if not story:  # beside a story, the story tells the sections' summaries (`glance_story`)
        _glance_lead(slide)
    boxes, number_pt = _tile_boxes(count, story)
    big = number_pt > 48  # a hero number: its words a size up too
    # rows of four (seven or eight short tiles): their words a size down, so that a label of two
    # lines and a unit line fit the tile under a lead of two lines (review LL: Limerick's eight)
    words = 2 if count >= 7 else 0
    for index, (left, top, width, height) in enumerate(boxes):
        f = f"page[{index}]"
        tile = slide.shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGLE, left, top, width, height)
        tile.name = f"Key figure {index + 1}"
        tile.adjustments[0] = 0.06
        tile.fill.solid()
        tile.fill.fore_color.theme_color = MSO_THEME_COLOR.BACKGROUND_2
        tile.line.fill.background()
        tile.shadow.inherit = False
        frame = tile.text_frame
        frame.word_wrap = True
        frame.vertical_anchor = MSO_ANCHOR.MIDDLE
        # "resize shape to fit text": the build sets the tiles as tall as their text needs, within
        # these boxes, and centres them there (office/powerpoint/tiles.py)
        frame.auto_size = MSO_AUTO_SIZE.SHAPE_TO_FIT_TEXT
        lines = [
            (f"{{%p if {f}.qualifier_text %}}", 20, False, MSO_THEME_COLOR.TEXT_2),
            (f"{{{{ {f}.qualifier_text }}}}", 26 if big else 20 - words, False, MSO_THEME_COLOR.TEXT_2),
            ("{%p endif %}", 20, False, None),
            (  # a unit that is a symbol ('%', 'm²') or a CJK counter ('612支', '1,320명') stays on
                # the number's line; the number and its scale word are one word, a currency's name
                # after them goes on the unit's line ('480 millones' / 'de pesos'), as a noun does
                f"{{{{ {f}.amount_head|whole }}}}{{% if {f}.unit_symbol %}}{{{{ {f}.symbol_gap }}}}"
                f"{{{{ {f}.unit_symbol }}}}{{% elif {f}.unit_text|counter %}}{{{{ {f}.unit_gap }}}}"
                f"{{{{ {f}.unit_text|counter }}}}"
                "{% endif %}",
                number_pt,
                True,
                MSO_THEME_COLOR.ACCENT_1,
            ),
            (
                f"{{%p if {f}.amount_tail or {f}.unit_text and not {f}.unit_symbol "
                f"and not {f}.unit_text|counter %}}",
                22,
                False,
                MSO_THEME_COLOR.TEXT_2,
            ),
            (
                f"{{{{ {f}.amount_tail or {f}.unit_text }}}}",
                28 if big else 22 - words,
                False,
                MSO_THEME_COLOR.TEXT_2,
            ),
            ("{%p endif %}", 20, False, None),
            (
                f"{{{{ {f}.label }}}}"
                f"{{% if {f}.conversions_text %}}{{{{ punct.open }}}}{{{{ {f}.conversions_text }}}}"
                "{{ punct.close }}{% endif %}" + AS_OF.replace("f.", f"{f}."),
                20 if big else 16 - words,
                False,
                MSO_THEME_COLOR.TEXT_1,
            ),
            # what its own sentence says after its number, where no slide prints that sentence
            # (`tile_detail`: 'lined the route, most of them on O'Connell Street…', round 20)
            (f"{{%p if {f}.tile_detail %}}", 13, False, None),
            (f"{{{{ {f}.tile_detail }}}}", 20 if big else 16 - words, False, MSO_THEME_COLOR.TEXT_2),
            ("{%p endif %}", 13, False, None),
            # a record's word, in capitals spaced as a kicker's, on the tile the build fills with
            # the theme's accent (`tile_badge`; office/powerpoint/record_tiles.py: review OO1)
            (f"{{%p if {f}.tile_badge %}}", 13, False, None),
            (f"{{{{ {f}.tile_badge }}}}", 16 if big else 13, False, MSO_THEME_COLOR.ACCENT_2),
            ("{%p endif %}", 13, False, None),
            # its note with it, where the figure is shown ('A record since 2018')
            (f"{{%p if {f}.tile_note and not {f}.tile_badge %}}", 13, False, None),
            (f"{{{{ {f}.tile_note }}}}", 16 if big else 13, False, MSO_THEME_COLOR.ACCENT_2),
            ("{%p endif %}", 13, False, None),
        ]
        for number, (text, size, bold, colour) in enumerate(lines):
            paragraph = frame.paragraphs[0] if number == 0 else frame.add_paragraph()
            paragraph.alignment = PP_ALIGN.CENTER
            run = paragraph.add_run()
            run.text = text
            run.font.size, run.font.bold = PPt(size), bold
            if colour is not None:
                _theme_colour(run.font, colour)
            if number == 7:  # the label, set off from the number above it
                paragraph.space_before = PPt(8)
            if number == 12:  # the badge: capitals, spaced as a kicker's (the text stays as written)
                run.font._rPr.set("cap", "all")
                run.font._rPr.set("spc", "150")
    if story:  # beside the hero number: what the sections without a slide of their own say
        left = MARGIN + Inches(5.4) + Inches(0.5)
        _text_box(
            slide,
            left,
            GLANCE_TOP,
            SLIDE_W - MARGIN - left,
            SLIDE_H - GLANCE_TOP - TILES_FOOT,
            [
                ("{%p for s in glance_story %}", 26, False, False, None),
                ("{{ s.title }}", 18, True, False, MSO_THEME_COLOR.ACCENT_2),  # the section, a kicker
                ("{{ s.summary }}", 26, False, False, MSO_THEME_COLOR.TEXT_2),
                ("{%p endfor %}", 26, False, False, None),
                # the rest of a lone news figure's section, its summary the story (plan/hero.py)
                ("{%p if glance_leads and glance_leads[loop.index0] %}", 26, False, False, None),
                ("{{ glance_leads[loop.index0] }}", 26, False, False, MSO_THEME_COLOR.TEXT_1),
                ("{%p endif %}", 26, False, False, None),
            ],
            "Story",
            anchor=MSO_ANCHOR.MIDDLE,
        )
    # the deck's one source under its last tiles, where the deck has no other slide to carry it
    footer = [
        (
            "{% if glance_source and page == glance_pages|last %}{{ glance_source }}{% endif %}",
            SOURCE_PT,
            False,
            False,
            MSO_THEME_COLOR.TEXT_2,
        )
    ]
    # under the tiles' room (TILES_FOOT), never in it: the tiles keep clear of a shape at their foot
    top = SLIDE_H - TILES_FOOT
    box = _text_box(
        slide, MARGIN, top, CONTENT_W, TILES_FOOT - SOURCE_FOOT, footer, "Source", anchor=MSO_ANCHOR.BOTTOM
    )
    box.text_frame.paragraphs[0].space_after = PPt(0)
    _directive_box(slide, directives)
    _notes(
        slide,
        [
            "{%p if page|selectattr('quote')|list %}",
            '{{ _("Where the key figures come from:") }}',
            "{%p endif %}",
            "{%p for f in page if f.quote %}",
            "{{ f.label }}{{ punct.open }}{{ f.text_with_unit }}{{ punct.close }}{{ punct.pair }}"
            "{{ f.quote.text|quoted }}",
            "{%p endfor %}",
            # the summaries of sections whose figures are all these tiles, which no slide prints,
            # and the page's lead line: a copy of this deck without its "Lead" box still has it
            # (a filter that left it out lost Bengaluru's once it was the lead alone, round 19)
            "{%p for line in glance_notes[loop.index0] %}",
            "{{ line }}",
            "{%p endfor %}",
            # a page with neither: its tiles' figures, so that no slide's speaker has nothing to
            # say over it (review RR4: Polarlys's second page of tiles had empty notes)
            "{%p if not page|selectattr('quote')|list and not glance_notes[loop.index0] %}",
            "{%p for f in page %}",
            "{{ f.sentence }}",  # a sentence, never a machine's 'Label: value' line
            "{%p endfor %}",
            "{%p endif %}",
        ],
    )


def _title_slide_layout(prs):
    """The master's Title Slide layout, laid out and styled as the title slide shows it: the event's
    name in its title placeholder, theme, dates and place in its subtitle. A designer who restyles
    the layout or the master restyles the title slide with it."""
    layout = prs.slide_layouts[0]
    left = Inches(1.2)
    width = SLIDE_W - left - Inches(0.9)
    for placeholder in layout.placeholders:
        kind = placeholder.placeholder_format.idx
        if kind == 0:
            placeholder.left, placeholder.top, placeholder.width, placeholder.height = (
                left,
                Inches(1.5),
                width,
                Inches(2.6),
            )
            _placeholder_style(placeholder, 44, True, MSO_THEME_COLOR.TEXT_2, MSO_ANCHOR.BOTTOM)
        elif kind == 1:
            placeholder.left, placeholder.top, placeholder.width, placeholder.height = (
                left,
                Inches(4.6),
                width,
                Inches(1.5),
            )
            _placeholder_style(placeholder, 22, False, MSO_THEME_COLOR.TEXT_1, MSO_ANCHOR.TOP)
    return layout


def _placeholder_style(placeholder, size: int, bold: bool, colour, anchor) -> None:
    """Left-aligned text of one size, weight and theme colour, set on the layout's placeholder."""
    frame = placeholder.text_frame
    frame.vertical_anchor = anchor
    frame.word_wrap = True
    paragraph = frame.paragraphs[0]
    paragraph.alignment = PP_ALIGN.LEFT
    a = "http://schemas.openxmlformats.org/drawingml/2006/main"
    list_style = frame._txBody.find(f"{{{a}}}lstStyle")
    for old in list(list_style):
        list_style.remove(old)
    level = etree.SubElement(list_style, f"{{{a}}}lvl1pPr", algn="l", marL="0", indent="0")
    etree.SubElement(level, f"{{{a}}}buNone")
    defaults = etree.SubElement(level, f"{{{a}}}defRPr", sz=str(size * 100), b="1" if bold else "0")
    fill = etree.SubElement(defaults, f"{{{a}}}solidFill")
    etree.SubElement(fill, f"{{{a}}}schemeClr", val={MSO_THEME_COLOR.TEXT_2: "tx2"}.get(colour, "tx1"))


def _title_slide(prs) -> None:
    slide = prs.slides.add_slide(_title_slide_layout(prs))  # its title and subtitle placeholders
    band = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, 0, 0, Inches(0.45), SLIDE_H)
    band.name = "Accent band"
    band.fill.solid()
    band.fill.fore_color.theme_color = MSO_THEME_COLOR.ACCENT_1
    band.line.fill.background()
    strip = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, Inches(0.45), 0, Inches(0.1), SLIDE_H)
    strip.name = "Accent strip"
    strip.fill.solid()
    strip.fill.fore_color.theme_color = MSO_THEME_COLOR.ACCENT_3
    strip.line.fill.background()
    left = Inches(1.2)
    _text_box(
        slide,
        left,
        Inches(0.8),
        Inches(7.5),
        Inches(0.6),
        [
            (
                KICKER,
                18,
                True,
                False,
                MSO_THEME_COLOR.ACCENT_2,
            )
        ],
        "Kicker",
    )
    title = slide.shapes.title  # the layout's place, size and style: nothing set here but the text
    title.name = "Event name"
    title.text_frame.text = "{{ event.name }}"
    rule = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, left, Inches(4.3), Inches(1.6), Inches(0.08))
    rule.name = "Accent rule"
    rule.fill.solid()
    rule.fill.fore_color.theme_color = MSO_THEME_COLOR.ACCENT_3
    rule.line.fill.background()
    subtitle = slide.placeholders[1]
    subtitle.name = "Theme, dates and place"
    frame = subtitle.text_frame
    lines = (
        ("{%p if event.theme %}", None),
        ("{{ event.theme|quoted }}", MSO_THEME_COLOR.ACCENT_2),  # the theme line in the accent colour
        ("{%p endif %}", None),
        ("{{ event.dates }}{{ punct.separator }}" + PLACE, None),
    )
    for index, (text, colour) in enumerate(lines):
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
        run = paragraph.add_run()
        run.text = text
        if colour is not None:
            _theme_colour(run.font, colour)
            run.font.size = PPt(24)
    footer = slide.shapes.add_shape(  # tall enough for a summary of four lines at 16 pt
        MSO_SHAPE.RECTANGLE, Inches(0.55), SLIDE_H - Inches(1.35), SLIDE_W, Inches(1.35)
    )
    footer.name = "Footer band"
    footer.fill.solid()
    footer.fill.fore_color.theme_color = MSO_THEME_COLOR.BACKGROUND_2
    footer.line.fill.background()
    footer.shadow.inherit = False
    frame = footer.text_frame
    frame.margin_left = Inches(0.65)
    frame.vertical_anchor = MSO_ANCHOR.MIDDLE
    frame.word_wrap = True
    frame.margin_right = Inches(1.2)
    frame.auto_size = MSO_AUTO_SIZE.TEXT_TO_FIT_SHAPE
    # The event's summary, its news, on the first slide a reader sees (issue 19 item 11)
    # (without one, the sentence the briefing opens with: not the short name the slide already shows)
    frame.text = "{% if event.summary %}{{ event.summary }}{% else %}" + STORY_AGAIN + "{% endif %}"
    run = frame.paragraphs[0].runs[0]
    run.font.size = PPt(16)
    _theme_colour(run.font, MSO_THEME_COLOR.TEXT_2)
    logo = slide.shapes.add_shape(
        MSO_SHAPE.RECTANGLE, SLIDE_W - Inches(3.3), Inches(0.6), Inches(2.6), Inches(1.2)
    )
    logo.name = "Logo slot"
    logo.fill.background()
    logo.line.color.theme_color = MSO_THEME_COLOR.ACCENT_2
    logo.line.dash_style = 4
    logo.text_frame.text = "{{ logo() }}"
    logo.text_frame.paragraphs[0].alignment = PP_ALIGN.CENTER
    logo.text_frame.paragraphs[0].runs[0].font.size = PPt(14)
    _notes(
        slide,
        [STORY],
    )


def make_deck(path: Path) -> None:
    prs = Presentation()
    prs.slide_width, prs.slide_height = SLIDE_W, SLIDE_H
    _apply_theme(prs.slide_master.part.part_related_by(RT.THEME))

    # 1. Title
    _title_slide(prs)

    # 2. At a glance: the key figures as tiles, up to eight a slide, one variant per count. One block
    #    loop over the pages, each variant kept when its count matches, so the pages stay in data order.
    #    One or two key figures beside the story of the sections no other slide tells come first.
    _glance_slide(
        prs, 1, "{%slides for page in glance_pages %}{%slide if page|length == 1 and glance_story %}", True
    )
    _glance_slide(prs, 2, "{%slide if page|length == 2 and glance_story %}", True)
    for count in range(1, 9):
        story = " and not glance_story" if count <= 2 else ""
        _glance_slide(
            prs,
            count,
            f"{{%slide if page|length == {count}{story} %}}" + ("{%slides endfor %}" if count == 8 else ""),
        )

    # 3. Each section: its pages in the plan's order, each set by the one variant its layout
    #    takes (a chart with facts beside it, a chart, facts, a list in columns, a statement, a
    #    pull quote). One block over the pages: a loop per variant set a section's pull quote after
    #    its "(continued)" slides, in another order than the plan's (review M).
    _chart_and_points_slide(
        prs,
        "{%slides for s in deck_sections %}{%slides for page in s.deck_pages %}"
        "{%slide if page.layout == 'chart-and-points' %}",
    )
    _chart_slide(prs, "{%slide if page.layout == 'chart' %}")
    _points_slide(prs, "{%slide if page.layout == 'points' and not page.statement %}")
    _columns_slide(prs, "{%slide if page.layout == 'columns' and page.columns == 3 %}", 3)
    _columns_slide(prs, "{%slide if page.layout == 'columns' and page.columns == 2 %}", 2)
    _columns_slide(prs, "{%slide if page.layout == 'columns' and page.columns not in (2, 3) %}", 1)
    _points_slide(
        prs, "{%slide if page.layout == 'points' and page.statement and not page.pull %}", statement=True
    )
    _pull_slide(
        prs, "{%slide if page.layout == 'points' and page.pull %}{%slides endfor %}{%slides endfor %}"
    )

    # 4. Sources, compact, in the body of a Title and Content slide (one source is a footer line)
    slide = prs.slides.add_slide(prs.slide_layouts[1])
    _title(slide, '{{ _("Sources") }}')
    _directive_box(slide, "{%slide if sources_slide %}")
    _text_box(
        slide,
        MARGIN,
        BODY_TOP,
        CONTENT_W,
        SLIDE_H - BODY_TOP - Inches(0.6),
        [
            ("{%p for src in sources %}", BODY_PT, False, True, None),
            (
                '{{ src.title|quoted("work") }}'
                "{% if src.publisher %}{{ punct.clause }}{{ src.publisher }}{% endif %}"
                "{% if src.published %}{{ punct.clause }}{{ src.published|date }}{% endif %}"
                "{% if src.note or src.url %}{{ punct.stop }}{% endif %}"  # as the briefing: '2026. https://…'
                "{% if src.note %}{{ punct.space }}{{ src.note }}{% endif %}"
                "{% if src.url %} {{ src.url }}{% endif %}",
                BODY_PT,
                False,
                True,
                None,
            ),
            ("{%p endfor %}", BODY_PT, False, True, None),
        ],
        "Sources",
        placeholder=1,
    )
    _notes(
        slide,
        [  # the heading only over notes to follow: never 'Notes on the figures:' and nothing
            "{%p if figures.values()|selectattr('note')|list %}",
            '{{ _("Notes on the figures:") }}',
            "{%p for f in figures.values() if f.note %}",
            "{{ f.label }}{{ punct.pair }}{{ f.note }}",
            "{%p endfor %}",
            "{%p endif %}",
        ],
    )

    props = prs.core_properties
    props.title = '{{ _("%(name)s: closing deck", name=event.name) }}'
    props.subject = "{{ event.short_name }}"
    props.author = ""
    props.last_modified_by = ""
    props.comments = ""
    props.keywords = ""
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
