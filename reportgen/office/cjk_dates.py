"""A Chinese or Japanese date in a justified paragraph may end a line after its year or its month.

The plan ties a date's parts with word joiners ('2026\u2060年\u206010\u2060月\u206025\u2060日'), and
LibreOffice's profile keeps a tied run whole (office_pdf/cjk_breaks.py): never '…10月25 / 日閉幕'.
Whole, a date of eleven characters that does not fit at a line's end moves to the next line, and
the line it left is justified over the room it took, with wide gaps between its characters
(review MM: the Taichung festival's opening line, '2026 第 十 二 屆 臺 中 國 際 …'). A Chinese or
Japanese editor ends a line inside a date, between its parts, never inside one: '2026年10月 /
25日'. So in the paragraphs set flush at both margins, the joiner after 年 and 月 becomes a
zero-width space (U+200B), the break opportunity LibreOffice and Word read, which sets no gap of
its own there (a plain break between 年 and the next digit gets LibreOffice's quarter-em space
between CJK and Latin: '2026年 10月'). A number and its 年, 月 or 日 stay tied; dates in table
cells, headings and titles, whose lines are not stretched, stay whole.
"""

from __future__ import annotations

import re
from typing import Any

from reportgen.office.ooxml import qn

#: The joiner between a date's year or month and the next part's digits.
_BETWEEN_PARTS = re.compile(r"(?:(?<=\d\u2060[年月])|(?<=\d[年月]))\u2060(?=\d)")
ZERO_WIDTH_SPACE = "\u200b"
#: A date's break, as `open_dates` sets it: after a year's or a month's character, before digits.
_DATE_BREAK = re.compile(r"(?:(?<=\d\u2060[年月])|(?<=\d[年月]))\u200b(?=\d)")
#: The alignments that stretch a line between its characters.
_JUSTIFIED = frozenset({"both", "distribute", "justify", "lowKashida", "mediumKashida", "highKashida"})
_LANGUAGES = frozenset({"zh", "ja"})


def open_dates(document: Any, tag: str) -> int:
    """In a Chinese or Japanese `document` (python-docx), the body's justified paragraphs' dates
    may end a line between their parts; returns how many places were opened."""
    if tag.replace("_", "-").split("-")[0].lower() not in _LANGUAGES:
        return 0
    styles = {s.style_id: s for s in document.styles if s.type == 1}  # WD_STYLE_TYPE.PARAGRAPH
    default = document.styles.default(1)
    opened = 0
    for paragraph in document.element.body.iterchildren(qn("w:p")):
        if not _justified(paragraph, styles, default):
            continue
        for text in paragraph.iter(qn("w:t")):
            if text.text and "\u2060" in text.text:
                text.text, count = _BETWEEN_PARTS.subn(ZERO_WIDTH_SPACE, text.text)
                opened += count
    return opened


def is_date_break(text: str, at: int) -> bool:
    """Whether the zero-width space at `at` in `text` stands between a date's parts ('年\u200b10')."""
    return _DATE_BREAK.match(text, at) is not None


def _justified(paragraph: Any, styles: dict[str, Any], default: Any) -> bool:
    """Whether `paragraph` is set flush at both margins: its own alignment, else its style chain's."""
    p_pr = paragraph.find(qn("w:pPr"))
    jc = p_pr.find(qn("w:jc")) if p_pr is not None else None
    if jc is not None:
        return jc.get(qn("w:val"), "") in _JUSTIFIED
    found = p_pr.find(qn("w:pStyle")) if p_pr is not None else None
    style = styles.get(found.get(qn("w:val"), "")) if found is not None else default
    seen = 0
    while style is not None and seen < 20:
        jc = style.element.find(f"{qn('w:pPr')}/{qn('w:jc')}")
        if jc is not None:
            return jc.get(qn("w:val"), "") in _JUSTIFIED
        style, seen = style.base_style, seen + 1
    return False
