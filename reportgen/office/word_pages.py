"""Where a briefing's pages break: Word's own controls, set so that Word and LibreOffice both keep
together what a reader reads together, in any template (the bundled one sets some of them too).

- A short last block (the Sources, a heading and a few lines) is kept whole and with the last
  paragraph before it (and that paragraph's picture, where it is a picture's caption), so that a
  last page never holds that block alone (the fair's page 2 held 'Sources' and one line).
- A chart keeps its lead-in with it: the short paragraphs (two at most) between it and its heading,
  and the heading, so that no heading and summary end a page whose next one starts with their chart;
  a lead-in of two paragraphs only where that block takes at most KEPT_SHARE of a page: a taller
  one moved whole to the next page and left the first half empty. The chart then follows on the
  next page with its caption, the heading kept with its first paragraph (its style's
  keep-with-next, set here too for a template that lacks it). A heading and its summary alone are
  kept with their chart however tall (reviews CC and EE: the sv festival's 'Publik 2022–2026' and
  the showcase's '視聴回数の推移' ended page 1, their charts opening page 2): where the block does
  not fit, the chart is drawn shorter or the block moves whole (office/word_fill.py).
- A quotation printed under a line of its own (a person's, a figure's: a bullet) is printed in that
  line's paragraph, after a line break, with its credit after another (set flush right by a
  right tab stop at the body's edge), the paragraph kept whole: LibreOffice 7.4 drops a keep with
  next where the kept paragraph ends exactly at a page's foot (the innovation week's 'Wanjiru
  Kamau-Odhiambo, …' ended page 1, her quotation opened page 2; scripts/keep_experiment.py: at 24
  filler lines of 20-27 with keep with next, at none as one paragraph), and one paragraph kept
  whole is one that Word and LibreOffice both never part. The quotation's and the credit's runs
  take the character style linked to the Quote style ('Quote Char'), so that a template restyles
  them with its quotes.
- A quotation is kept on one page, with its credit ('— Paolo Rinaldi' was left alone at the top
  of the next page) and with the paragraph it is printed under (WAIC's page 2 opened with the
  quotation of a launch whose paragraph ended page 1).
- A section's summary is kept with the first bullet or quotation under it, as a launch's is.
- A launch's line (a paragraph that opens with its name in bold) is kept with the bullets printed
  under it, its figures (review V: 'Le fonds est doté de 6 millions de dollars sur trois ans.'
  opened page 2, its launch on page 1).

Only `w:keepNext` and `w:keepLines` are set, never a page break: where a chain would not fit a
page, both renderers ignore it, so nothing is pushed off a page that it fitted on.
"""

from __future__ import annotations

import copy
from typing import Any

from docx.styles import BabelFish
from lxml import etree

from reportgen.office.ooxml import insert_in_order, paragraph_properties, qn

#: A last block is short when it has at most this many paragraphs and characters (about 8 lines).
SHORT_BLOCK_PARAGRAPHS = 6
SHORT_BLOCK_CHARS = 700
#: What a quotation's credit starts with ('— Zhang Wei', '―― 张为', '– Paolo Rinaldi').
_CREDIT_MARKS = ("\u2014", "\u2013", "\u2015", "-")


def keep_blocks_together(document: Any) -> None:
    """Set keep-with-next and keep-lines-together on `document`'s (python-docx) body paragraphs."""
    styles = _style_names(document)
    _join_quotes(document, styles)
    blocks = [el for el in document.element.body if el.tag in (qn("w:p"), qn("w:tbl"))]
    _keep_quotes(blocks, styles)
    _keep_launches(blocks, styles)
    _keep_summaries(blocks, styles)
    _keep_first_lines(blocks, styles, _page_body(document)[0])
    _keep_lead_ins(blocks, styles, _page_body(document))
    _keep_captions(blocks, styles)
    _keep_tables(blocks, styles)
    _keep_list_ends(blocks, styles)
    _keep_last_block(blocks, styles)


def _style_names(document: Any) -> dict[str, str]:
    """Each paragraph style's id and its name as python-docx reads it ('Heading 1', 'Quote'), read
    from the styles part's XML: python-docx made a proxy of each of a template's 164 styles and
    looked up its type and name, about 1 ms a build. A style without a type is a paragraph's."""
    names = {}
    for style in document.styles.element.iterchildren(qn("w:style")):
        if style.get(qn("w:type")) not in (None, "paragraph"):
            continue
        name = style.find(qn("w:name"))
        shown = name.get(qn("w:val")) if name is not None else None
        names[style.get(qn("w:styleId"))] = BabelFish.internal2ui(shown) if shown is not None else ""
    return names


def _style(paragraph: etree._Element, styles: dict[str, str]) -> str:
    found = paragraph.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
    return styles.get(found.get(qn("w:val"), ""), "") if found is not None else ""


def _text(element: etree._Element) -> str:
    """A paragraph's text, its runs' texts read once each: lxml 6's itertext over python-docx's
    elements gave it thrice (the paragraph's, the run's and the text's), so that a summary of 135
    characters was too long to lead into its chart (LEAD_IN_CHARS) and every block three times
    as tall."""
    if element.tag != qn("w:p"):
        return ""
    return "".join(t.text or "" for t in element.iter(qn("w:t"))).strip()


def _heading_level(paragraph: etree._Element, styles: dict[str, str]) -> int | None:
    name = _style(paragraph, styles)
    if paragraph.tag == qn("w:p") and name.startswith("Heading ") and name[8:].isdigit():
        return int(name[8:])
    return None


def _picture(element: etree._Element) -> bool:
    return element.tag == qn("w:p") and element.find(f".//{qn('w:drawing')}") is not None


def _set(paragraph: etree._Element, *controls: str) -> None:
    """Turn on the paragraph properties `controls` ('w:keepNext', 'w:keepLines')."""
    if paragraph.tag != qn("w:p"):
        return
    properties = paragraph_properties(paragraph)
    for control in controls:
        found = properties.find(qn(control))
        if found is None:
            found = etree.Element(qn(control))
            # w:pStyle comes first in w:pPr, then w:keepNext, w:keepLines (CT_PPrBase's order)
            style = properties.find(qn("w:pStyle"))
            at = 1 if style is not None else 0
            if control == "w:keepLines" and properties.find(qn("w:keepNext")) is not None:
                at += 1
            properties.insert(at, found)
        found.attrib.pop(qn("w:val"), None)  # on, even where the template had it off


def _join_quotes(document: Any, styles: dict[str, str]) -> None:
    """Each quotation under a bullet (and its credit) printed in the bullet's paragraph, kept whole."""
    blocks = [el for el in document.element.body if el.tag in (qn("w:p"), qn("w:tbl"))]
    character = _quote_characters(document)
    edge = round(_page_body(document)[0] * 20)  # the body's width in twips: the credit's tab stop
    joined = False
    paragraph_styles = {
        s.get(qn("w:styleId"), ""): s
        for s in document.styles.element.iterchildren(qn("w:style"))
        if s.get(qn("w:type")) in (None, "paragraph")
    }
    for index in range(1, len(blocks)):
        line, quote = blocks[index - 1], blocks[index]
        if (
            quote.tag != qn("w:p")
            or "Quote" not in _style(quote, styles)
            or _text(quote).startswith(_CREDIT_MARKS)
            or line.tag != qn("w:p")
            or not _style(line, styles).startswith("List")
            or not _text(line)
            or line.getparent() is None
        ):
            continue
        last = quote
        after = blocks[index + 1] if index + 1 < len(blocks) else None
        _append(line, quote, character)
        if after is not None and "Quote" in _style(after, styles) and _text(after).startswith(_CREDIT_MARKS):
            last = after
            _append(line, after, character, tab=True)
            _right_tab(line, edge)
        _space_after(line, last, paragraph_styles)
        _set(line, "w:keepLines")
        joined = True
    if joined:
        no_stretch_before_breaks(document)


#: What follows w:compat in the settings part (CT_Settings' order), where a template has none.
_AFTER_COMPAT = (
    "w:docVars",
    "w:rsids",
    "m:mathPr",
    "w:attachedSchema",
    "w:themeFontLang",
    "w:clrSchemeMapping",
    "w:doNotIncludeSubdocsInStats",
    "w:doNotAutoCompressPictures",
    "w:forceUpgrade",
    "w:captions",
    "w:readModeInkLockDown",
    "w:smartTagType",
    "sl:schemaLibrary",
    "w:shapeDefaults",
    "w:doNotEmbedSmartTags",
    "w:decimalSymbol",
    "w:listSeparator",
)
#: What precedes w:doNotExpandShiftReturn in w:compat (CT_Compat's order).
_BEFORE_SHIFT_RETURN = (
    "w:useSingleBorderforContiguousCells",
    "w:wpJustification",
    "w:noTabHangInd",
    "w:noLeading",
    "w:spaceForUL",
    "w:noColumnBalance",
    "w:balanceSingleByteDoubleByteWidth",
    "w:noExtraLineSpacing",
    "w:doNotLeaveBackslashAlone",
    "w:ulTrailSpace",
)


def no_stretch_before_breaks(document: Any) -> None:
    """Word's and LibreOffice's compatibility option that leaves a justified paragraph's line ended
    by a line break as it is (`w:doNotExpandShiftReturn`): a person's line before their quotation
    is not stretched to the margin in a Chinese, Japanese or Korean briefing, whose prose is
    justified (office/east_asian_layout.py)."""
    settings = document.settings.element
    compat = settings.find(qn("w:compat"))
    if compat is None:
        compat = etree.Element(qn("w:compat"))
        after = {qn(name) for name in _AFTER_COMPAT}
        following = next((child for child in settings if child.tag in after), None)
        if following is not None:
            following.addprevious(compat)
        else:
            settings.append(compat)
    if compat.find(qn("w:doNotExpandShiftReturn")) is None:
        before = {qn(name) for name in _BEFORE_SHIFT_RETURN}
        compat.insert(
            sum(1 for child in compat if child.tag in before), etree.Element(qn("w:doNotExpandShiftReturn"))
        )


def expands_before_breaks(document: Any) -> bool:
    """Whether a justified line ended by a line break is stretched to the margin (Word's default)."""
    compat = document.settings.element.find(qn("w:compat"))
    found = compat.find(qn("w:doNotExpandShiftReturn")) if compat is not None else None
    return found is None or found.get(qn("w:val"), "1") in ("0", "false", "off")


def _quote_characters(document: Any) -> str | None:
    """The id of the character style linked to the Quote paragraph style ('QuoteChar'); made, as
    Word makes it, with the Quote style's run properties, where the template has none (None where
    it has no Quote style either)."""
    styles = document.styles.element
    found = {s.get(qn("w:styleId")): s for s in styles.iterchildren(qn("w:style"))}
    quote = next(
        (
            s
            for s in found.values()
            if s.get(qn("w:type"), "paragraph") == "paragraph"
            and (name := s.find(qn("w:name"))) is not None
            and (name.get(qn("w:val")) or "").lower() == "quote"
        ),
        None,
    )
    if quote is None:
        return None
    link = quote.find(qn("w:link"))
    linked = found.get(link.get(qn("w:val"))) if link is not None else None
    if linked is not None and linked.get(qn("w:type")) == "character":
        return link.get(qn("w:val"))
    made = "QuoteChar"
    while made in found:
        made += "0"
    style = etree.SubElement(styles, qn("w:style"))
    style.set(qn("w:type"), "character")
    style.set(qn("w:customStyle"), "1")
    style.set(qn("w:styleId"), made)
    etree.SubElement(style, qn("w:name")).set(qn("w:val"), "Quote Char")
    etree.SubElement(style, qn("w:link")).set(qn("w:val"), quote.get(qn("w:styleId")))
    properties = quote.find(qn("w:rPr"))
    style.append(copy.deepcopy(properties) if properties is not None else etree.Element(qn("w:rPr")))
    if link is None:
        link = etree.Element(qn("w:link"))
        # w:link comes after w:name, w:aliases, w:basedOn and w:next (CT_Style's order)
        first = (qn("w:name"), qn("w:aliases"), qn("w:basedOn"), qn("w:next"))
        quote.insert(sum(1 for child in quote if child.tag in first), link)
    link.set(qn("w:val"), made)
    return made


def _append(
    line: etree._Element, paragraph: etree._Element, character: str | None, tab: bool = False
) -> None:
    """`paragraph`'s runs moved to the end of `line`, after a line break (and a tab), in the quote's
    character style (else italic, as the Quote style sets them); `paragraph` removed."""
    broken = etree.SubElement(line, qn("w:r"))
    etree.SubElement(broken, qn("w:br"))
    if tab:
        etree.SubElement(broken, qn("w:tab"))
    for child in list(paragraph):
        if child.tag == qn("w:pPr"):
            continue
        for run in [child] if child.tag == qn("w:r") else list(child.iter(qn("w:r"))):
            _quote_run(run, character)
        line.append(child)
    paragraph.getparent().remove(paragraph)


def _quote_run(run: etree._Element, character: str | None) -> None:
    """The run in the quote's character style; italic where the template has none."""
    properties = run.find(qn("w:rPr"))
    if properties is None:
        properties = etree.Element(qn("w:rPr"))
        run.insert(0, properties)
    if character is not None and properties.find(qn("w:rStyle")) is None:
        style = etree.Element(qn("w:rStyle"))
        style.set(qn("w:val"), character)
        properties.insert(0, style)
    elif character is None and properties.find(qn("w:i")) is None:
        # w:rStyle, w:rFonts, w:b and w:bCs come before w:i (CT_RPr's order)
        first = (qn("w:rStyle"), qn("w:rFonts"), qn("w:b"), qn("w:bCs"))
        properties.insert(sum(1 for child in properties if child.tag in first), etree.Element(qn("w:i")))


def _right_tab(paragraph: etree._Element, position: int) -> None:
    """A right-aligned tab stop at `position` (twips from the body's left edge) on the paragraph."""
    properties = paragraph_properties(paragraph)
    tabs = properties.find(qn("w:tabs"))
    if tabs is None:
        tabs = etree.Element(qn("w:tabs"))
        insert_in_order(properties, tabs)
    stop = etree.SubElement(tabs, qn("w:tab"))
    stop.set(qn("w:val"), "right")
    stop.set(qn("w:pos"), str(position))


def _space_after(paragraph: etree._Element, quote: etree._Element, styles: Any) -> None:
    """The space after the quotation's paragraph (its style's) after the joined paragraph, however
    its list's items are spaced (a list's contextual spacing would set the next bullet under the
    credit with none)."""
    style = styles.get(_style_id(quote))
    found = style.find(f"{qn('w:pPr')}/{qn('w:spacing')}") if style is not None else None
    after = found.get(qn("w:after")) if found is not None else None
    if after is None:
        return
    properties = paragraph_properties(paragraph)
    spacing = properties.find(qn("w:spacing"))
    if spacing is None:
        spacing = etree.Element(qn("w:spacing"))
        insert_in_order(properties, spacing)
    spacing.set(qn("w:after"), after)
    contextual = properties.find(qn("w:contextualSpacing"))
    if contextual is None:
        contextual = etree.Element(qn("w:contextualSpacing"))
        insert_in_order(properties, contextual)
    contextual.set(qn("w:val"), "0")


def _style_id(paragraph: etree._Element) -> str:
    found = paragraph.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
    return found.get(qn("w:val"), "") if found is not None else ""


def _keep_quotes(blocks: list[etree._Element], styles: dict[str, str]) -> None:
    for index, quote in enumerate(blocks):
        if quote.tag != qn("w:p") or "Quote" not in _style(quote, styles):
            continue
        before = blocks[index - 1] if index else None
        if (
            before is not None
            and before.tag == qn("w:p")
            and _text(before)
            and "Quote" not in _style(before, styles)
        ):
            _set(before, "w:keepNext")  # with what it quotes: never a quotation atop a page
        if index + 1 == len(blocks):
            continue
        after = blocks[index + 1]
        credited = _text(after).startswith(_CREDIT_MARKS)
        _set(quote, "w:keepLines", *(("w:keepNext",) if credited else ()))
        if credited:
            _set(after, "w:keepLines")


def _keep_launches(blocks: list[etree._Element], styles: dict[str, str]) -> None:
    """A launch's line, a paragraph opening with a bold run ('**Fonds francophone de doublage** :
    …'), with the bullets and quotations under it: each keeps with the next but the last."""
    for index, line in enumerate(blocks):
        if line.tag != qn("w:p") or _style(line, styles) not in ("", "Normal") or not _bold_lead(line):
            continue
        end = index
        while end + 1 < len(blocks) and _under_launch(blocks[end + 1], styles):
            end += 1
        if end == index:
            continue
        _set(line, "w:keepLines")
        for paragraph in blocks[index:end]:
            _set(paragraph, "w:keepNext")
        lead = blocks[index - 1] if index > 1 else None
        if lead is not None and _text(lead) and _heading_level(blocks[index - 2], styles) is not None:
            # the section's summary between its heading and its first launch: with them, not left
            # at a page's foot under its heading while the launches it announces start the next
            _set(lead, "w:keepNext")


def _keep_summaries(blocks: list[etree._Element], styles: dict[str, str]) -> None:
    """A section's summary (the one paragraph under its heading) with the first bullet or quotation
    it announces: review X's 'Speakers on the night' and 'Three speakers told guests…' ended page
    1, the three speakers began page 2; review Y's 'Slotverklaring' and its summary of six lines
    ended page 1, all its bullets on page 2. A long summary may still part across the pages (its
    lines are not kept together): its last lines go with the bullet."""
    for index in range(1, len(blocks) - 1):
        summary, after = blocks[index], blocks[index + 1]
        if (
            _heading_level(blocks[index - 1], styles) is not None
            and summary.tag == qn("w:p")
            and _style(summary, styles) in ("", "Normal")
            and _text(summary)
            and _under_launch(after, styles)
        ):
            _set(summary, "w:keepNext")


#: A table of at most this many rows is kept on one page (a table of winners, the key figures).
KEPT_ROWS = 14


def _keep_tables(blocks: list[etree._Element], styles: dict[str, str]) -> None:
    """A short table kept on one page, its rows never parted, with the paragraph that leads into it
    (a heading's summary): a taller band moved the prizes' table down, and its header row ended page
    1 under its heading and summary, its five winners on page 2 (demo-day es-MX)."""
    for index, table in enumerate(blocks):
        rows = table.findall(qn("w:tr")) if table.tag == qn("w:tbl") else []
        if not 2 <= len(rows) <= KEPT_ROWS:
            continue
        for row in rows:
            _cant_split(row)
            if row is not rows[-1]:
                for paragraph in row.iter(qn("w:p")):
                    _set(paragraph, "w:keepNext")
        before = blocks[index - 1] if index else None
        if before is not None and before.tag == qn("w:p") and _text(before) and not _picture(before):
            _set(before, "w:keepNext")


def _cant_split(row: etree._Element) -> None:
    properties = row.find(qn("w:trPr"))
    if properties is None:
        properties = etree.Element(qn("w:trPr"))
        at = 1 if row.find(qn("w:tblPrEx")) is not None else 0
        row.insert(at, properties)
    if properties.find(qn("w:cantSplit")) is None:
        properties.insert(0, etree.Element(qn("w:cantSplit")))


def _keep_list_ends(blocks: list[etree._Element], styles: dict[str, str]) -> None:
    """A list's last item kept with the one before it: never alone at the top of a page, parted
    from its group (review XX5 #10: the book awards' 'Grace Liu' bullet alone on page 2)."""
    for index in range(1, len(blocks)):
        item, before = blocks[index], blocks[index - 1]
        after = blocks[index + 1] if index + 1 < len(blocks) else None
        if (
            _list_item(item, styles)
            and _list_item(before, styles)
            and not (after is not None and _list_item(after, styles))
        ):
            _set(before, "w:keepNext")


def _list_item(element: etree._Element, styles: dict[str, str]) -> bool:
    """A paragraph of a list: a list style's ('List Bullet', 'List Number 2') or numbered."""
    if element.tag != qn("w:p") or not _text(element):
        return False
    return (
        _style(element, styles).startswith("List")
        or element.find(f"{qn('w:pPr')}/{qn('w:numPr')}") is not None
    )


#: A heading's first paragraph of at most this many lines is kept on one page: parted, a heading
#: ended a page over two of its lines (the science festival's 'Program i nowości', page 1).
FIRST_LINES = 5


def _keep_first_lines(blocks: list[etree._Element], styles: dict[str, str], width_pt: float) -> None:
    """A heading's first paragraph, where short, kept on one page (with its heading: the heading's
    style keeps with next), so that a heading never ends a page over a line or two of it."""
    for index in range(1, len(blocks)):
        paragraph = blocks[index]
        if (
            _heading_level(blocks[index - 1], styles) is not None
            and paragraph.tag == qn("w:p")
            and _heading_level(paragraph, styles) is None
            and 0 < _lines(paragraph, width_pt) <= FIRST_LINES
        ):
            _set(paragraph, "w:keepLines")


def _lines(paragraph: etree._Element, width_pt: float) -> int:
    """About how many lines a paragraph's text takes at about 10.5 pt, as `_block_height` reads it."""
    ems = sum(1.0 if ord(c) >= 0x2E80 else 0.5 for c in _text(paragraph))
    return int(-(-ems * 10.5 // width_pt))


def _bold_lead(paragraph: etree._Element) -> bool:
    """Whether the paragraph's first run with text is set bold (a launch's name)."""
    for run in paragraph.iter(qn("w:r")):
        if not "".join(t.text or "" for t in run.iter(qn("w:t"))).strip():
            continue
        bold = run.find(f"{qn('w:rPr')}/{qn('w:b')}")
        return bold is not None and bold.get(qn("w:val"), "true") not in ("0", "false")
    return False


def _under_launch(paragraph: etree._Element, styles: dict[str, str]) -> bool:
    """A bullet or a quotation: what the default briefing prints under a launch's line."""
    name = _style(paragraph, styles)
    return (
        paragraph.tag == qn("w:p") and bool(_text(paragraph)) and (name.startswith("List") or "Quote" in name)
    )


#: A lead-in paragraph kept with the picture after it is at most this long (about four lines).
LEAD_IN_CHARS = 320
#: A chart, its caption and its lead-in are kept together where they take at most this share of a
#: page's body: moved whole to the next page, they leave at most this much of a page white (the
#: document check of the PDF warns below 55 % filled: office/pdf_check.py).
KEPT_SHARE = 0.45
#: A picture paragraph's own space and its caption, in pt (9 pt type, 10 pt after: the bundled
#: Caption style), and a lead-in paragraph's line, in pt, for the estimate of the block's height.
_CAPTION_PT = 30.0
_LINE_PT = 15.0
_EMU_PER_PT = 12700


def _keep_lead_ins(blocks: list[etree._Element], styles: dict[str, str], page: tuple[float, float]) -> None:
    for index, element in enumerate(blocks):
        if not _picture(element):
            continue
        start, texts = index, 0
        for back in range(index - 1, -1, -1):
            before = blocks[back]
            if before.tag != qn("w:p") or _picture(before):
                break  # a picture: its block leads into no other chart
            if back and _picture(blocks[back - 1]) and _heading_level(before, styles) is None:
                break  # its caption (a heading after a chart without one leads into this chart)
            if _heading_level(before, styles) is not None:
                start = back
                break
            if _text(before):
                texts += 1
                if texts > 2 or len(_text(before)) > LEAD_IN_CHARS:
                    break
                start = back
        headed = _heading_level(blocks[start], styles) is not None and start < index
        # never at a page's foot, their chart opening the next: a heading and its summary, or its
        # summary and one bullet (review GG: '国际选手' ended page 1, its chart opened page 2);
        # office/word_fill.py parts the second before the chart where the page would be left emptier
        # than HEADED_FULL (`kept_chain_break`)
        summary = headed and texts <= 2
        if not summary and _block_height(blocks[start : index + 1], page[0]) > KEPT_SHARE * page[1]:
            if headed:
                _set(blocks[start], "w:keepNext")  # the heading with its first paragraph, no further
            continue
        for paragraph in blocks[start:index]:
            _set(paragraph, "w:keepNext")


def _keep_captions(blocks: list[etree._Element], styles: dict[str, str]) -> None:
    """A chart's captions (its caption, then its notes: 'Shares are rounded to whole percent.')
    kept together and with their picture: review MM's Taiwanese briefing ended page 1 with the
    chart and its caption, and opened page 2 with its rounding note alone, above the Sources."""
    for index, element in enumerate(blocks):
        if not _picture(element):
            continue
        end = index
        while (
            end + 1 < len(blocks) and _style(blocks[end + 1], styles) == "Caption" and _text(blocks[end + 1])
        ):
            end += 1
        for paragraph in blocks[index:end]:
            _set(paragraph, "w:keepNext")


def _caption(paragraph: etree._Element, styles: dict[str, str]) -> bool:
    """A paragraph with text in the Caption style (a chart's caption, or its note)."""
    return _style(paragraph, styles) == "Caption" and bool(_text(paragraph))


def _page_body(document: Any) -> tuple[float, float]:
    """The width and height (pt) of the last section's body: the page less its margins."""
    section = document.sections[-1]
    width = (section.page_width or 0) - (section.left_margin or 0) - (section.right_margin or 0)
    height = (section.page_height or 0) - (section.top_margin or 0) - (section.bottom_margin or 0)
    return max(width / _EMU_PER_PT, 1.0), max(height / _EMU_PER_PT, 1.0)


def _block_height(block: list[etree._Element], width_pt: float) -> float:
    """About how tall (pt) a picture's block is: its pictures' extents and caption, and its text
    at about 10.5 pt (a Chinese or Japanese character a full em, any other half of one)."""
    height = 0.0
    for paragraph in block:
        for extent in paragraph.iter(qn("wp:extent")):
            cy = extent.get("cy", "")
            height += (int(cy) if cy.isascii() and cy.isdigit() else 0) / _EMU_PER_PT + _CAPTION_PT
        text = _text(paragraph)
        if text:
            ems = sum(1.0 if ord(c) >= 0x2E80 else 0.5 for c in text)
            height += -(-ems * 10.5 // width_pt) * _LINE_PT + 6
    return height


def _keep_last_block(blocks: list[etree._Element], styles: dict[str, str]) -> None:
    """The last top-level heading's block, where it is short: whole, and with what precedes it."""
    levels = [(i, level) for i, b in enumerate(blocks) if (level := _heading_level(b, styles)) is not None]
    if not levels:
        return
    top = min(level for _, level in levels)
    start = max(i for i, level in levels if level == top)
    block = [b for b in blocks[start:] if b.tag == qn("w:tbl") or _text(b) or _picture(b)]
    short = (
        all(b.tag == qn("w:p") and not _picture(b) for b in block)
        and len(block) <= SHORT_BLOCK_PARAGRAPHS
        and sum(len(_text(b)) for b in block) <= SHORT_BLOCK_CHARS
    )
    if not short or start == 0:
        return
    for paragraph in block[:-1]:
        _set(paragraph, "w:keepNext", "w:keepLines")
    _set(block[-1], "w:keepLines")
    shown = [i for i, b in enumerate(blocks[:start]) if b.tag == qn("w:tbl") or _text(b) or _picture(b)]
    if not shown or blocks[shown[-1]].tag != qn("w:p"):
        return  # a table before it: Word keeps a table with what follows only row by row
    carried = shown[-1]
    if len(shown) > 1 and _picture(blocks[shown[-2]]) and not _picture(blocks[carried]):
        carried = shown[-2]  # a caption goes with its picture
    for paragraph in blocks[carried:start]:  # empty paragraphs between them too: an unbroken chain
        _set(paragraph, "w:keepNext")
    _set(blocks[shown[-1]], "w:keepLines")
