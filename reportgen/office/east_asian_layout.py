"""How a Chinese, Japanese or Korean briefing sets its text: upright, and spaced as the language is.

- Upright: CJK fonts have no italics, so Word, PowerPoint and LibreOffice slant the glyphs of an
  italic run (the Quote style, a quoted theme, a source's title): a slant no Chinese, Japanese or
  Korean editor sets. In those editions every italic of the template's styles and of the
  document's runs is turned off (`w:i` set to 0; in a deck, `i="0"` on the slides', layouts',
  masters', notes' and charts' text); everything else the template says of a style (its font,
  size, colour, indent) stays the template's.
- Spaced: between CJK characters and Latin letters or digits ("WAIC 2022开幕", "5G网络") Word adds a
  quarter-em gap of its own (`w:autoSpaceDE`, `w:autoSpaceDN`), and LibreOffice does as the document
  says; no character is added to the text. Chinese and Japanese set it, as Word does by default;
  Korean, which spaces its words itself, does not ("2024년", "1,200억": a gap after the digits reads
  as a space that is not there). The document's defaults say so, unless the template's already do;
  a style or paragraph of the template that says otherwise is kept.
- Justified: a Chinese or Japanese editor sets body text flush at both margins (両端揃え, 两端对齐);
  ragged line ends, the left-aligned default of a Latin template, read as unfinished
  ('…男子シングルスを制 / しました。' a third short of the margin). Korean is spaced by words, and a
  justified line of few words is stretched at its spaces alone ('2026  안동국제탈춤페스티벌(안동
  탈춤축제  2026)  행사가', review JJ): its prose keeps the template's alignment. The body's
  paragraphs (not a table's cells, whose lines word_lines.py ends) are justified where neither
  they nor their style chain set an alignment, and where they hold no line break or picture
  (Word would stretch a line ended by a break) and are no heading or title; the last line of a
  paragraph stays at its start. Only prose is justified: the default style's paragraphs, lists and
  quotes (`_PROSE`); never a caption or a source, nor any line that holds a web address, which no
  line end can cut, so the line before it was stretched with wide gaps (review S's Korean source).
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Any

from lxml import etree

from reportgen.office.ooxml import SAFE_PARSER, insert_in_order, paragraph_properties, qn
from reportgen.office.word_pages import expands_before_breaks

#: Per language: whether Latin letters and digits beside CJK characters are spaced automatically.
AUTO_SPACE = {"zh": True, "ja": True, "ko": False}
#: The languages whose prose is justified: written without spaces, a line is stretched between
#: its characters; Korean, spaced by words, would be stretched at its few spaces only.
JUSTIFIED = frozenset({"zh", "ja"})


def set_word_layout(document: Any, tag: str) -> None:
    """Upright text and the language's automatic spacing, in a zh, ja or ko briefing."""
    language = tag.replace("_", "-").split("-")[0].lower()
    if language not in AUTO_SPACE:
        return
    _upright(document)
    _auto_space(document.styles.element, AUTO_SPACE[language])
    if language in JUSTIFIED:
        _justify(document)


def set_deck_layout(prs: Any, tag: str) -> None:
    """Upright text in a zh, ja or ko deck (DrawingML has no setting for automatic spacing)."""
    if tag.replace("_", "-").split("-")[0].lower() not in AUTO_SPACE:
        return
    for part in prs.part.package.iter_parts():
        if str(part.partname).startswith(_DECK_TEXT) and hasattr(part, "_element"):
            for element in part._element.iter(qn("a:rPr"), qn("a:defRPr"), qn("a:endParaRPr")):
                if element.get("i", "0").lower() in ("1", "true"):
                    element.set("i", "0")


#: The language LibreOffice takes as its own while it sets a document for its PDF, but a CJK deck.
OFFICE_LANGUAGE = "en-US"

#: Per deck language: the one LibreOffice takes as its own while it sets the deck, among the two
#: for which its Impress sets no automatic space between CJK and other characters (Korean and
#: Japanese: sd's SdDrawDocument). A Chinese deck is set as a Japanese LibreOffice sets it: its
#: own text keeps its zh tag (fonts and line breaks follow the text's language, not the office's).
UNSPACED_OFFICE = {"ko": "ko-KR", "ja": "ja-JP", "zh": "ja-JP"}


def office_language(document: Path) -> str:
    """The language LibreOffice should take as its own while it sets `document` (office_pdf's helper
    passes it): a CJK deck's UNSPACED_OFFICE, else OFFICE_LANGUAGE.

    Impress spaces CJK from other characters, counting a comma or full stop after Hangul and a
    curly quote beside Han as Latin ('유럽 ,', '마무리되었습니다 .': review S; '“ 天府粮仓'),
    unless its own language is Korean or Japanese, and DrawingML has no setting for it: PowerPoint
    adds no such space, so the PDF shows the deck as PowerPoint does. (A briefing's spacing is
    its w:autoSpaceDE/DN, `_auto_space`, which LibreOffice's Writer does not read.)"""
    if document.suffix.lower() != ".pptx":
        return OFFICE_LANGUAGE
    tag = ""
    try:
        with zipfile.ZipFile(document) as package:
            root = etree.fromstring(package.read("ppt/presentation.xml"), SAFE_PARSER)
            found = root.find(f"{qn('p:defaultTextStyle')}/{qn('a:defPPr')}/{qn('a:defRPr')}")
            tag = found.get("lang", "") if found is not None else ""
            if not tag and "ppt/slides/slide1.xml" in package.namelist():
                # a deck made from a template that sets no default: its first slide's text says it
                slide = etree.fromstring(package.read("ppt/slides/slide1.xml"), SAFE_PARSER)
                tag = next((r.get("lang", "") for r in slide.iter(qn("a:rPr")) if r.get("lang")), "")
    except (OSError, KeyError, zipfile.BadZipFile, etree.XMLSyntaxError):
        return OFFICE_LANGUAGE
    return UNSPACED_OFFICE.get(tag.split("-")[0].lower(), OFFICE_LANGUAGE)


#: The deck parts whose text a reader sees or which give it its look.
_DECK_TEXT = (
    "/ppt/slides/",
    "/ppt/slideLayouts/",
    "/ppt/slideMasters/",
    "/ppt/notesSlides/",
    "/ppt/notesMasters/",
    "/ppt/charts/",
)


def _upright(document: Any) -> None:
    roots = [document.styles.element, document.element.body]
    for section in document.sections:
        for part in (section.header, section.footer):
            if not part.is_linked_to_previous:
                roots.append(part._element)
    for root in roots:
        for italic in root.iter(qn("w:i")):
            if italic.get(qn("w:val"), "1").lower() not in ("0", "false", "off"):
                italic.set(qn("w:val"), "0")


#: The styles whose paragraphs are prose, justified (beside the default style): 'List Bullet',
#: 'List Number', 'Body Text', 'Quote'. Headings, titles, captions and whatever else keep their start.
_PROSE = ("Body Text", "List", "Quote")

#: A web address in a paragraph: a token no line end may cut.
_ADDRESS = re.compile(r"(?:https?://|www\.)\S", re.IGNORECASE)


def _justify(document: Any) -> None:
    styles = {s.style_id: s for s in document.styles if s.type == 1}  # WD_STYLE_TYPE.PARAGRAPH
    default = document.styles.default(1)
    # a line break is no bar where the document says a line it ends is not stretched (a person's
    # line and their quotation, one paragraph: word_pages.py)
    stops = (qn("w:drawing"), qn("w:cr")) + ((qn("w:br"),) if expands_before_breaks(document) else ())
    for paragraph in document.element.body.iterchildren(qn("w:p")):
        p_pr = paragraph.find(qn("w:pPr"))
        if p_pr is not None and p_pr.find(qn("w:jc")) is not None:
            continue
        if next(paragraph.iter(*stops), None) is not None:
            continue
        if next(
            (b for b in paragraph.iter(qn("w:br")) if b.get(qn("w:type")) not in (None, "textWrapping")), None
        ):
            continue  # a page or column break
        text = "".join(t.text or "" for t in paragraph.iter(qn("w:t")))
        if not text.strip() or _ADDRESS.search(text):
            continue
        found = p_pr.find(qn("w:pStyle")) if p_pr is not None else None
        style = styles.get(found.get(qn("w:val"), "")) if found is not None else default
        if not (style is default or (style is not None and (style.name or "").startswith(_PROSE))):
            continue
        if not _free_to_justify(style):
            continue
        p_pr = paragraph_properties(paragraph)
        jc = etree.Element(qn("w:jc"))
        jc.set(qn("w:val"), "both")
        insert_in_order(p_pr, jc)


def _free_to_justify(style: Any) -> bool:
    """Whether a paragraph style and those it is based on leave the alignment unset."""
    seen = 0
    while style is not None and seen < 20:
        if style.element.find(f"{qn('w:pPr')}/{qn('w:jc')}") is not None:
            return False  # the raw element: a template's unknown value is the template's, not an error
        style, seen = style.base_style, seen + 1
    return True


def _auto_space(styles: Any, on: bool) -> None:
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = etree.SubElement(styles, qn("w:docDefaults"))
        styles.insert(0, defaults)
    p_pr_default = defaults.find(qn("w:pPrDefault"))
    if p_pr_default is None:
        p_pr_default = etree.SubElement(defaults, qn("w:pPrDefault"))
    p_pr = p_pr_default.find(qn("w:pPr"))
    if p_pr is None:
        p_pr = etree.SubElement(p_pr_default, qn("w:pPr"))
    for name in ("w:autoSpaceDE", "w:autoSpaceDN"):
        if p_pr.find(qn(name)) is None:
            element = etree.Element(qn(name))
            element.set(qn("w:val"), "1" if on else "0")
            insert_in_order(p_pr, element)
