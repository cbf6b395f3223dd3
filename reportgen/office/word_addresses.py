"""An address a briefing prints (a source's URL) is never broken across two lines.

Word and LibreOffice break a line inside an address where their rules allow, after a hyphen above
all: the briefings' Sources set '…/cnema/sabores-' over '2026/balanco' (the PDF check named four
of the reviewers' events), which a reader copies in two pieces and reads as a hyphenated word. A
no-break hyphen (U+2011) would change the address a reader copies; so, as on a slide
(powerpoint/url_lines.py), the address starts a line of its own (`<w:br/>` before it) where it
would not end on the line it starts on, measured as word_wrap.py measures LibreOffice's fonts at
the paragraph's size, SAFETY wider. An address wider than a whole line is left to the renderer.
"""

from __future__ import annotations

from typing import Any

from lxml import etree

from reportgen.office.break_points import unbreakable
from reportgen.office.ooxml import qn
from reportgen.office.powerpoint.url_lines import ADDRESS
from reportgen.office.whole_units import Piece, placed, units_apart
from reportgen.office.word_paragraphs import break_in_texts, unbroken_paragraphs
from reportgen.office.word_styles import Styles
from reportgen.office.word_wrap import width_em

#: How much wider than word_wrap.py's widths a line with an address is measured.
SAFETY = 1.08
#: A list item's indent where its paragraph sets none (the bundled List Bullet's): as word_styles.py.
LIST_INDENT_PT = 18.0
_TWIPS_PER_PT = 20


def keep_briefing_addresses_whole(document: Any) -> None:
    """In each paragraph of the body (not a table's), a line break before each address that would
    not end on the line it starts on."""
    for found in unbroken_paragraphs(document, _with_address):
        room = (found.width - _indent(found.element, found.styles)) / found.size
        for at in reversed(addresses_apart(found.text, room, found.tracking)):
            break_in_texts(found.texts, at)


def _with_address(_: etree._Element, text: str) -> bool:
    return ADDRESS.search(text) is not None


def _indent(paragraph: etree._Element, styles: Styles) -> float:
    """The paragraph's left indent in pt: its own or its style's, a list's LIST_INDENT_PT at least."""
    found = styles.found(paragraph, f"{qn('w:pPr')}/{qn('w:ind')}")
    value = found.get(qn("w:left"), "") if found is not None else ""
    left = int(value) / _TWIPS_PER_PT if value.lstrip("-").isdigit() else 0.0
    style = styles.found(paragraph, f"{qn('w:pPr')}/{qn('w:pStyle')}")
    listed = style is not None and "List" in (style.get(qn("w:val")) or "")
    return max(left, LIST_INDENT_PT if listed else 0.0)


def addresses_apart(text: str, room: float, tracking: float = 0.0) -> list[int]:
    """Where in `text` (set `room` ems wide) a line break goes before an address: before the word
    that holds it, where the lines filled word by word (SAFETY wider) would not end it on the line
    it starts on, and a line holds it whole."""
    starts = [m.start() for m in ADDRESS.finditer(text)]
    if not starts:
        return []
    space = width_em(" ", tracking=tracking)
    pieces = []
    for start, end, spaced, piece in placed(unbreakable(text)):
        address = any(start <= s < end for s in starts)
        width = width_em(piece, tracking=tracking)
        pieces.append(
            Piece(start, space if spaced else 0.0, width, kept=address, margin=SAFETY if address else 1.0)
        )
    return units_apart(pieces, room)
