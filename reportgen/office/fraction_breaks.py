"""The document check's rule for a fraction parted by a line break (review UU1 A: the Japanese
title '…全体の4分の' / '1を超えました'): a break (`<a:br/>`, '\\x0b' to python-pptx) inside 'N分のM'
or 'N分之M' leaves a reader with another number. The deck's breaks keep them whole
(office/cjk_phrases.py, data/fractions.py); a template's or an editor's may not."""

from __future__ import annotations

from typing import Any

from reportgen.data.fractions import CJK_FRACTION
from reportgen.office.seen import quoted


def _parted(text: str) -> str:
    """The first fraction of `text` a line break falls inside, or ''."""
    plain, breaks = "", []
    for char in text.replace("\u2060", ""):
        if char == "\x0b":
            breaks.append(len(plain))
        else:
            plain += char
    for match in CJK_FRACTION.finditer(plain):
        if any(match.start() < at < match.end() for at in breaks):
            return match.group(0)
    return ""


def parted_fractions(slide: Any, where: str) -> list[str]:
    """A warning for each paragraph of `slide` whose line break parts a fraction in words."""
    out = []
    for shape in slide.shapes:
        if not shape.has_text_frame:
            continue
        for paragraph in shape.text_frame.paragraphs:
            parted = _parted(paragraph.text) if "\x0b" in paragraph.text else ""
            if parted:
                out.append(f"{where}: a line break parts the fraction {quoted(parted)}: keep it on one line")
    return out
