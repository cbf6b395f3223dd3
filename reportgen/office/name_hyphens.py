"""A name's hyphen a line may not break at, as each format writes one that is still a hyphen.

The plan marks it U+2011 (typography.credit_name: 'Carrère\u2011Dumontel' in a quotation's
credit). Written as that character, a search for 'Müller-Gerber' in the DOCX, the PPTX or the
deck's PDF missed the name (review U), so the renderers write their format's own form: Word's
no-break hyphen element (`w:noBreakHyphen`, read as a hyphen by python-docx, Word and LibreOffice,
whose PDF prints a plain '-'), and in a slide, whose DrawingML has no such element, the plain
hyphen with a word joiner after it (no break there; LibreOffice's PDF prints 'Müller-Gerber').

A briefing's prose ties the hyphen of every name it prints, not only a credit's: a name's hyphen
is no place for a line to end ('Rabobank Noord- / Nederland', 'Royal A- / ware', review MM). A
name is read as a hyphenated word of letters whose first letter is a capital ('Noord-Nederland',
'A-ware', 'Saint-Étienne', 'Trás-os-Montes'); a capitalised compound at a sentence's start
('Self-driving') is tied too, which costs a line at most its last word. An address's words
('…/Agrifood-Noord'), words of Chinese, Japanese or Korean letters, which have no capitals, and a
table cell's words, whose hyphen may be the only place a narrow cell can break them, are left.
"""

from __future__ import annotations

import re
from typing import Any

from reportgen.data.typography import NO_BREAK_HYPHEN, WORD_JOINER
from reportgen.office.ooxml import qn

#: A hyphenated word of letters, not inside an address or an e-mail ('…/Foo-Bar', 'a-b@x.org').
_HYPHENATED = re.compile(r"(?<![\w\-\u2011/.@])[^\W\d_]+(?:-[^\W\d_]+)+(?![\w\-/@])")


def tie_name_hyphens(text: str) -> str:
    """`text` with the hyphens of its names as U+2011 ('Royal A\u2011ware')."""
    if "-" not in text:
        return text
    return _HYPHENATED.sub(lambda m: m[0].replace("-", NO_BREAK_HYPHEN) if m[0][0].isupper() else m[0], text)


def word_name_hyphens(part: Any) -> None:
    """In a Word part (body, header, footer), each name's hyphen outside a table cell as U+2011,
    which word_no_break_hyphens then writes as Word's no-break hyphen."""
    cell = qn("w:tc")
    for text in part.iter(qn("w:t")):
        if text.text and "-" in text.text and not any(a.tag == cell for a in text.iterancestors()):
            text.text = tie_name_hyphens(text.text)


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
