"""A briefing's line of parts ('Closing briefing · 29 April – 3 May 2026 · Oviedo, Spain') never
ends a line with its separator, nor starts one with it.

The separator is tied to the part before it (punctuation.separator: a no-break space before the
dot), so a renderer could break only after it, and a subtitle too long for its line ended with a
dot over the place ('… de mayo de 2026 ·' / 'Oviedo, España', review KK; before the tie it had
started the next line, '· Ribeirão Preto', review FF). An editor ends the line at a separator and
drops it: where such a paragraph of the body takes more than one line, the separator where each
line ends becomes a line break (`<w:br/>`), each part whole on its line where it fits one. The
lines are measured as word_wrap.py measures the page estimate's, with the style's character
spacing (a Subtitle's 0.75 pt a letter), a little short of full (SAFETY).
"""

from __future__ import annotations

from typing import Any

from lxml import etree

from reportgen.office.ooxml import qn
from reportgen.office.word_paragraphs import break_in_texts, unbroken_paragraphs
from reportgen.office.word_wrap import width_em

#: The share of the line's width a line of parts may fill by the estimate: LibreOffice's fallback
#: fonts set some letters wider than word_wrap's table.
SAFETY = 0.95


def break_at_separators(document: Any, separator: str) -> None:
    """In the Subtitle paragraph of the body whose text joins parts by `separator` and takes more
    than one line, a line break in place of the separator that would end a line."""
    if not separator.strip():
        return

    def wanted(paragraph: etree._Element, text: str) -> bool:
        # a name's own dot is no separator: '日本・ASEAN', 'Jean·Paul' (names18's title)
        return _subtitle(paragraph) and separator in text

    for found in unbroken_paragraphs(document, wanted):
        room = found.width / found.size * SAFETY
        for at in reversed(line_ends(found.text, separator, room, found.tracking)):
            break_in_texts(found.texts, at, len(separator))


def _subtitle(paragraph: etree._Element) -> bool:
    """Whether `paragraph` is set in the Subtitle style: the line of parts under the title. A bare
    separator (zh '·', ja '・') is also a name's own mark, so no other paragraph is broken at it."""
    style = paragraph.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
    return style is not None and style.get(qn("w:val")) == "Subtitle"


def line_ends(text: str, separator: str, room: float, tracking: float = 0.0) -> list[int]:
    """Where in `text` a separator ends a line, its parts set one after another `room` ems wide
    (each character `tracking` ems wider: a style's character spacing), a part that does not fit
    after the line so far starting the next: [] where it fits one line."""
    if width_em(text, tracking=tracking) <= room:
        return []
    ends: list[int] = []
    line, at = "", 0
    for index, part in enumerate(text.split(separator)):
        if index and width_em(line + separator + part, tracking=tracking) > room:
            ends.append(at - len(separator))
            line = part
        else:
            line = line + separator + part if index else part
        at += len(part) + len(separator)
    return ends
