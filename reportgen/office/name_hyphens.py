"""A name's hyphen a line may not break at, as each format writes one that is still a hyphen.

The plan marks it U+2011 (typography.credit_name: 'Carrère\u2011Dumontel' in a quotation's
credit). Written as that character, a search for 'Müller-Gerber' in the DOCX, the PPTX or the
deck's PDF missed the name (review U), so the renderers write their format's own form: Word's
no-break hyphen element (`w:noBreakHyphen`, read as a hyphen by python-docx, Word and LibreOffice,
whose PDF prints a plain '-'), and in a slide, whose DrawingML has no such element, the plain
hyphen with a word joiner after it (no break there; LibreOffice's PDF prints 'Müller-Gerber').
"""

from __future__ import annotations

from typing import Any

from reportgen.data.typography import NO_BREAK_HYPHEN, WORD_JOINER
from reportgen.office.ooxml import qn


def word_no_break_hyphens(body: Any) -> None:
    """Each U+2011 in the text of `body` (a Word XML element) as a `w:noBreakHyphen` between the
    run's text before and after it, in the same run (its formatting kept)."""
    for text in [t for t in body.iter(qn("w:t")) if NO_BREAK_HYPHEN in (t.text or "")]:
        parts = (text.text or "").split(NO_BREAK_HYPHEN)
        text.text = parts[0]
        _preserve(text)
        after = text
        for part in parts[1:]:
            hyphen = text.makeelement(qn("w:noBreakHyphen"), {})
            after.addnext(hyphen)
            after = hyphen
            if part:
                rest = text.makeelement(qn("w:t"), {})
                rest.text = part
                _preserve(rest)
                after.addnext(rest)
                after = rest


def _preserve(text: Any) -> None:
    """Keep a `w:t`'s spaces at its ends, which Word otherwise drops."""
    if text.text and text.text != text.text.strip():
        text.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")


def deck_no_break_hyphens(trees: list[Any]) -> None:
    """Each U+2011 in the `a:t` texts of `trees` (slides' and notes' shape trees) as a plain
    hyphen tied to the next letter by a word joiner."""
    for tree in trees:
        for text in tree.iter(qn("a:t")):
            if NO_BREAK_HYPHEN in (text.text or ""):
                text.text = text.text.replace(NO_BREAK_HYPHEN, "-" + WORD_JOINER)
