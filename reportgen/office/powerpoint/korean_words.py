"""A Korean deck's lines end between words, never inside one.

Korean is written with spaces between its words (eojeol), and a Korean reader expects a line to end
only there: '대한모빌리 / 티' reads as a typo. PowerPoint breaks Hangul between any two syllables
unless a paragraph says `eaLnBrk="0"` (DrawingML's East Asian line break: "whether an East Asian
word can be broken in half"; PowerPoint's "Allow text to wrap in the middle of a word" unticked),
so every paragraph of a Korean deck's slides says so, and so do the masters' text styles and the
deck's default one (text an editor adds later). LibreOffice 7.4 leaves the attribute unread (oox's
paragraph properties import has it commented out) and keeps a Hangul word whole by itself (measured
in its PDFs: no line of the Korean decks ends inside a word; tests/office_pdf/test_cjk_lines.py),
and the deck's fit measures a Hangul word as one piece (fit.unbreakable): a word wider than its
line is set smaller rather than cut, and the document check names one too wide even so.
Chinese and Japanese, which break between characters, are powerpoint/cjk_words.py's.
"""

from __future__ import annotations

from typing import Any

from reportgen.office.ooxml import paragraph_properties, qn

#: The master's text styles: titles, bodies and other text, each level's paragraph properties.
_STYLES = ("p:titleStyle", "p:bodyStyle", "p:otherStyle")


def keep_korean_words(prs: Any, tag: str) -> None:
    """In a Korean deck, `eaLnBrk="0"` on every paragraph of its slides and its text styles' levels."""
    if tag.replace("_", "-").split("-")[0].lower() != "ko":
        return
    for slide in prs.slides:
        for p in slide.shapes._spTree.iter(qn("a:p")):
            paragraph_properties(p).set("eaLnBrk", "0")
    styles = [prs._element.find(qn("p:defaultTextStyle"))]  # a text box an editor draws
    for master in prs.slide_masters:
        found = master._element.find(qn("p:txStyles"))
        styles += [found.find(qn(name)) for name in _STYLES] if found is not None else []
    for style in styles:
        for level in range(1, 10) if style is not None else ():
            p_pr = style.find(qn(f"a:lvl{level}pPr"))
            if p_pr is not None:
                p_pr.set("eaLnBrk", "0")
