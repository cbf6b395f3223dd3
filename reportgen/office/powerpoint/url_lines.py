"""An address a slide prints (a source's URL) is never broken across two lines.

A renderer breaks a line inside an address wherever its rules allow, after a hyphen above all: the
Spanish deck's sources footer set '…/prensa/2026-' over 'balance' (review KK), which a reader
copies as two pieces and reads as a hyphenated word. A hyphen replaced by a no-break one (U+2011)
would keep it on one line but change the address a reader copies; so the address starts a line
of its own (`<a:br/>` before it) wherever it would not end on the line it starts on, measured at
the size the text is set (its autofit scale with it), each character a little wider than fit.py's
table (SAFETY: LibreOffice's fallback font sets Latin text up to a tenth wider), so that a line
the measure fills exactly is not left to chance. An address wider than a whole line, a paragraph
that already breaks its lines or holds a field, is left to the renderer.
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

from reportgen.office.ooxml import qn
from reportgen.office.powerpoint.cjk_words import _break_before
from reportgen.office.powerpoint.fit import (
    EMU_PER_PT,
    _char_em,
    _paragraph_size,
    autofit_scale,
    inherited_size,
    text_columns,
    text_em,
    unbreakable,
    wrapping_body,
)

#: An address: a scheme or 'www.', then anything but a space; not the mark that ends its sentence.
ADDRESS = re.compile(r"(?:https?://|www\.)[^\s<>\"“”«»]*[^\s<>\"“”«».,;:!?)\]’]")
#: How much wider than fit.py's widths a line is measured.
SAFETY = 1.1


def keep_addresses_whole(prs: Any) -> None:
    """In each text box of each slide, an address that would not end on the line it starts on
    starts a line of its own."""
    sizes: dict[Any, float] = {}
    for slide in prs.slides:
        for shape in slide.shapes:
            if not getattr(shape, "has_text_frame", False) or not shape.has_text_frame:
                continue
            body = wrapping_body(shape)
            if body is None or not ADDRESS.search(shape.text_frame.text):
                continue
            width = _line_width_pt(body, shape.width)
            default, scale = inherited_size(shape, sizes), autofit_scale(body)
            for p in body.findall(qn("a:p")):
                if p.find(qn("a:br")) is not None or p.find(qn("a:fld")) is not None:
                    continue
                text = "".join(t.text or "" for t in p.iter(qn("a:t")))
                size = _paragraph_size(p, default) * scale
                for at in reversed(addresses_apart(text, width, size)):
                    _break_before(p, at)


def _line_width_pt(body: etree._Element, width_emu: int) -> float:
    body_pr = body.find(qn("a:bodyPr"))
    insets = (
        int(body_pr.get("lIns", 91440)) + int(body_pr.get("rIns", 91440)) if body_pr is not None else 182880
    )
    columns, gap = text_columns(body_pr)
    return (width_emu - insets - gap * (columns - 1)) / columns / EMU_PER_PT


def addresses_apart(text: str, width_pt: float, size: float) -> list[int]:
    """Where in `text` a line break goes before an address (before the word that holds it, with a
    mark that opens it): each address that, the lines filled word by word at `size` in `width_pt`
    (widths times SAFETY), would not end on the line it starts on, and that a line holds whole."""
    starts = [m.start() for m in ADDRESS.finditer(text)]
    found: list[int] = []
    line, offset = 0.0, 0
    for spaced, piece in unbreakable(text) if starts else ():
        offset += 1 if spaced else 0
        start, offset = offset, offset + len(piece)
        space = _char_em(" ") * size * SAFETY if spaced and line else 0.0
        width = text_em(piece) * size * SAFETY
        if line and line + space + width > width_pt:
            if any(start <= s < offset for s in starts) and width <= width_pt:
                found.append(start)  # the renderer would break inside it: it starts the next line
            line = width
        else:
            line += space + width
    return found
