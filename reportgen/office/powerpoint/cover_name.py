"""A cover's long official name, set to fit its box as a designer would (review LL).

The title slide sets the event's name in its centre-title placeholder, anchored at its foot so
that a short name sits on the accent rule. A long official name ('第5回 日本・ASEANスタートアップ共創
ビジネスサミット2026 in 福岡 〜越境イノベーションで次世代産業をつくる〜') took five lines at 44 pt,
counted as the phrase breaking of a Chinese or Japanese deck sets them (cjk_words.py), and grew up
over the kicker above its box. Here:

- a subtitle part of the name (a Japanese '〜…〜' after it, a ' – …' or ': …' in other languages)
  is set on a line of its own, smaller (SUBTITLE_SHARE of the name's size), its dash or colon
  dropped (the line break says what they said);
- the name is set at the largest size, down to FLOOR_PT, at which its lines (measured as the
  renderer and our phrase breaking set them: fit.text_height) fit its box;
- a name too long even at the floor is set from the box's top, so that it grows downward, never
  over the kicker; the document check then names the box it runs into (shape_boxes.py).
"""

from __future__ import annotations

import copy
from typing import Any

from lxml import etree
from pptx.enum.shapes import PP_PLACEHOLDER

from reportgen.data.subtitles import split_subtitle
from reportgen.office.cjk_phrases import language_of
from reportgen.office.ooxml import qn
from reportgen.office.powerpoint.cjk_words import keep_in_shape
from reportgen.office.powerpoint.fit import STATEMENT_BOLD, inherited_size, shown_text, text_height
from reportgen.office.word_titles import TIED_CHARS

#: The least size of a cover's name: a title read from the back of a room.
FLOOR_PT = 24.0
#: A subtitle part's size, as a share of the name's (44 pt: 24 pt), and its least size.
SUBTITLE_SHARE, SUBTITLE_FLOOR_PT = 0.55, 18.0
_STEP_PT = 2.0
#: The space between the name and its subtitle part (counted by fit.text_height).
SUBTITLE_GAP_PT = 6


def set_cover_names(prs: Any, tag: str) -> None:
    """Set each slide's centre title (the cover's name) to fit its box (`_set_name`)."""
    language = language_of(tag) if tag else ""
    for slide in prs.slides:
        for shape in slide.shapes:
            if (
                shape.is_placeholder
                and shape.placeholder_format.type == PP_PLACEHOLDER.CENTER_TITLE
                and shape.has_text_frame
                and shape.width
                and shape.height
            ):
                _set_name(shape, language)


def _set_name(shape: Any, language: str) -> None:
    element = shape._element
    body = element.find(qn("p:txBody"))
    paragraphs = body.findall(qn("a:p"))
    shown = [p for p in paragraphs if shown_text(p).strip()]
    if len(shown) != 1 or shown[0].find(qn("a:br")) is not None or shown[0].find(qn("a:fld")) is not None:
        return  # a name the template sets in lines of its own: left as it is
    base = inherited_size(shape)
    if _height(element, shape.width, base, language) <= shape.height:
        return  # it fits as the template sets it
    main, sub = split_subtitle(shown_text(shown[0]))
    subtitle = _part(shown[0], main, sub) if sub else None
    chosen = None
    size = base
    while size >= FLOOR_PT:
        _size(body, size, subtitle)
        if _height(element, shape.width, size, language) <= shape.height:
            chosen = size
            break
        size -= _STEP_PT
    if chosen is None:
        _size(body, FLOOR_PT, subtitle)
        body_pr = body.find(qn("a:bodyPr"))
        body_pr.set("anchor", "t")  # longer than its box even at the floor: it grows downward


#: How much wider than fit.py's table a cover's bold name sets (fit.STATEMENT_BOLD: DejaVu Sans
#: Bold, LibreOffice's fallback for Arial): measured at the table's widths, the French name's
#: third line wrapped again and its first line rose against the kicker.
_BOLD = STATEMENT_BOLD


def _height(element: etree._Element, width: int, size: float, language: str) -> int:
    """The height its lines take at `size`, in its width less the bold type's margin, broken as a
    Chinese or Japanese deck breaks them."""
    width = int(width / _BOLD)
    probe = copy.deepcopy(element)
    body_pr = probe.find(f"{qn('p:txBody')}/{qn('a:bodyPr')}")
    for autofit in body_pr.findall(qn("a:normAutofit")):
        body_pr.remove(autofit)
    if language:
        keep_in_shape(probe, width, size, language, {})
    return text_height(probe, width, size)


def _part(p: etree._Element, main: str, sub: str) -> etree._Element:
    """The name in `p`, its subtitle part in a paragraph of its own after it (returned)."""
    runs = p.findall(qn("a:r"))
    for run in runs[1:]:
        p.remove(run)
    head, _, last = main.rpartition(" ")
    if head.count(" ") and len(head.rsplit(" ", 1)[-1]) + 1 + len(last) <= TIED_CHARS:
        main = f"{head}\u00a0{last}"  # never '… Stadtentwässerung / 2026': the year alone on a line
    runs[0].find(qn("a:t")).text = main
    second = copy.deepcopy(p)
    second.find(f"{qn('a:r')}/{qn('a:t')}").text = sub
    p_pr = p.find(qn("a:pPr"))
    if p_pr is None:
        p_pr = etree.Element(qn("a:pPr"))
        p.insert(0, p_pr)
    if p_pr.find(qn("a:spcAft")) is None:  # a little air between the name and its subtitle part
        spacing = etree.Element(qn("a:spcAft"))
        etree.SubElement(spacing, qn("a:spcPts"), val=str(SUBTITLE_GAP_PT * 100))
        children = [qn("a:lnSpc"), qn("a:spcBef")]  # a:pPr's sequence: lnSpc, spcBef, spcAft, ...
        before = [c for c in p_pr if c.tag in children]
        (before[-1].addnext if before else lambda e: p_pr.insert(0, e))(spacing)
    p.addnext(second)
    return second


def _size(body: etree._Element, size: float, subtitle: etree._Element | None) -> None:
    """Every run of the name at `size`, its subtitle part's at SUBTITLE_SHARE of it, not bold; no
    autofit scale (the sizes are the fit)."""
    body_pr = body.find(qn("a:bodyPr"))
    for autofit in body_pr.findall(qn("a:normAutofit")):
        body_pr.remove(autofit)
    for p in body.findall(qn("a:p")):
        small = p is subtitle
        points = max(SUBTITLE_FLOOR_PT, round(size * SUBTITLE_SHARE)) if small else size
        for item in p.iter(qn("a:r"), qn("a:endParaRPr")):
            r_pr = item if item.tag == qn("a:endParaRPr") else item.find(qn("a:rPr"))
            if r_pr is None:
                r_pr = etree.Element(qn("a:rPr"))
                item.insert(0, r_pr)
            r_pr.set("sz", str(int(points * 100)))
            if small:
                r_pr.set("b", "0")
