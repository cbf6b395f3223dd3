"""A Chinese or Japanese word kept whole at a line end in a briefing's table cells and title.

The band of headline figures sets each figure's caption in a narrow cell, where Word and
LibreOffice break between any two CJK characters: '2026年7 / 月20日', '来場者アンケー / ト'.
LibreOffice reads no joiner, mark or attribute there (office/cjk_phrases.py), so, as in a deck's
tiles (office/powerpoint/cjk_words.py), every line of such a caption is ended by us between words
(`<w:br/>`), from the cell's width and the runs' sizes. Only paragraphs whose layout is known are
set so: in a cell of a fixed width, with no style or indent of their own and every run sized; and
the title (Word's Title style: the event's name), across the page's text width at its style's
size, where a long name broke '〜越境イ / ノベーション…' in the largest text of the page (review LL).
The rest is left to the renderer.
"""

from __future__ import annotations

from typing import Any

from lxml import etree

from reportgen.office.cjk_phrases import language_of
from reportgen.office.line_ends import with_clock
from reportgen.office.ooxml import qn
from reportgen.office.powerpoint.cjk_words import line_breaks, title_breaks
from reportgen.office.powerpoint.url_lines import as_of_spans
from reportgen.office.word_cells import break_before_each, measured_cell_texts
from reportgen.office.word_titles import TITLE_STYLES
from reportgen.office.word_wrap import width_em


def keep_cjk_words_in_cells(body: etree._Element, tag: str) -> None:
    """In a Chinese or Japanese briefing, end each line of a table cell's paragraph between words."""
    language = language_of(tag)
    if not language:
        return
    for room, size, runs, text in measured_cell_texts(body):
        breaks = _as_of_kept(text, line_breaks(text, room / size, language), room / size, language)
        break_before_each(runs, breaks)


def _as_of_kept(text: str, breaks: list[int], room: float, language: str) -> list[int]:
    """`breaks` with none between an as-of label's opening word and its date ('现场观众，截至' /
    '2026年7月20日', review KK's class), where the two fit on one line: the line breaks before the
    word instead, and after the date where the phrase model would part them again (the date and
    its time are one phrase to it: '截至' / '2026年10月19日16:00')."""
    for start, date_end in as_of_spans(text):
        # with its clock time where the line holds it ('截至2026年10月25日18:00'), else the date
        end = with_clock(text, date_end)
        if width_em(text[start:end]) > room:
            end = date_end
        if start == 0 or not any(start < at < end for at in breaks) or width_em(text[start:end]) > room:
            continue
        rest = [at for at in line_breaks(text[start:], room, language) if at > 0]
        if any(at < end - start for at in rest):
            cut = end + 1 if text[end : end + 1] == " " else end  # a space ends the date's line
            tail = line_breaks(text[cut:], room, language) if cut < len(text) else []
            rest = ([cut - start] if cut < len(text) else []) + [cut - start + at for at in tail if at > 0]
        breaks = [at for at in breaks if at < start] + [start] + [start + at for at in rest]
    return breaks


#: The share of a title's line our breaks measure it by: its style spaces its characters apart
#: (w:spacing 5, a quarter point) and sets it bold.
_TITLE_ROOM = 0.97


def keep_cjk_words_in_titles(document: Any, tag: str) -> None:
    """In a Chinese or Japanese briefing, end each line of a title paragraph between words, across
    the first section's text width, at the size its style (or its runs) set."""
    language = language_of(tag)
    if not language or not document.sections:
        return
    section = document.sections[0]
    room = (section.page_width - section.left_margin - section.right_margin) / 12700
    for paragraph in document.paragraphs:
        style = paragraph.style
        if style is None or style.style_id not in TITLE_STYLES or paragraph.paragraph_format.left_indent:
            continue
        element = paragraph._p
        if any(child.tag not in (qn("w:pPr"), qn("w:r")) for child in element):
            continue  # a hyperlink, a field, a bookmark's content: not ours to measure
        runs = list(element.iterfind(qn("w:r")))
        if any(c.tag not in (qn("w:rPr"), qn("w:t")) for r in runs for c in r):
            continue  # a break, a tab, a picture
        size = _style_size(style, runs)
        text = "".join(t.text or "" for r in runs for t in r.iterfind(qn("w:t")))
        if size:
            break_before_each(runs, title_breaks(text, room * _TITLE_ROOM / size, language))


def _style_size(style: Any, runs: list[etree._Element]) -> float | None:
    """The size of a paragraph's text, in pt: its runs' one size, else its style's (or a style it
    is based on); None where unknown."""
    sizes = {r.find(f"{qn('w:rPr')}/{qn('w:sz')}") for r in runs} - {None}
    if sizes:
        values = {s.get(qn("w:val"), "") for s in sizes}
        if len(values) != 1 or not all(v.isdigit() for v in values) or len(sizes) != len(runs):
            return None
        return int(values.pop()) / 2
    while style is not None:
        if style.font.size is not None:
            return float(style.font.size.pt)
        style = style.base_style
    return None
