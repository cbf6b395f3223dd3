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
from collections.abc import Iterable, Sequence
from pathlib import Path
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


#: A hyphenated word of at most this many characters ('Noord-Nederland', 'Royal A-ware''s 'A-ware',
#: 'Vries-Bouma', 'Baden-Württemberg', 'Fondation Jean-et-Marguerite-Laborde''s 26) is never
#: broken at its own hyphen on a slide; a longer compound may be, where its line needs it.
TIED_WORD_CHARS = 30
#: A word of letters joined by hyphens, not part of an address, a number or another word of marks
#: ('…/2026-11-18/zuivel-export', 'COVID-19', '2024-2026' are none).
_HYPHENATED = re.compile(r"(?<![\w/@.\-\u2011\u2060])[^\W\d_]+(?:-[^\W\d_]+)+(?![\w/@\-\u2011\u2060])")


def tie_deck_hyphens(trees: list[Any]) -> None:
    """Each hyphen between two letters of a short word (TIED_WORD_CHARS) in the `a:t` texts of
    `trees` (slides' shape trees) marked U+2011, which `deck_no_break_hyphens` then writes as the
    plain hyphen and a word joiner: LibreOffice broke names at their own hyphen ('Rabobank Noord-'
    / 'Nederland', 'Royal A-' / 'ware', the cover's 'Agrifood Vakbeurs Noord-' / 'Nederland 2026':
    review MM), where the deck's fit measures such a word as one (powerpoint/fit.unbreakable breaks
    only at spaces), so no line the fit counted grows."""
    for tree in trees:
        for text in tree.iter(qn("a:t")):
            if text.text and "-" in text.text:
                text.text = _HYPHENATED.sub(_tied, text.text)


def _tied(word: re.Match[str]) -> str:
    """The word with its hyphens tied, where it is short; a run of Chinese, Japanese or Korean
    letters is no word (its deck breaks it as its phrases say: powerpoint/cjk_words.py)."""
    said = word.group()
    if len(said) > TIED_WORD_CHARS or _EAST_ASIAN.search(said):
        return said
    return said.replace("-", NO_BREAK_HYPHEN)


_EAST_ASIAN = re.compile(
    r"[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff]"
)


def deck_no_break_hyphens(trees: list[Any]) -> None:
    """Each U+2011 in the `a:t` texts of `trees` (slides' and notes' shape trees) as a plain
    hyphen tied to the next letter by a word joiner."""
    for tree in trees:
        for text in tree.iter(qn("a:t")):
            if NO_BREAK_HYPHEN in (text.text or ""):
                text.text = text.text.replace(NO_BREAK_HYPHEN, "-" + WORD_JOINER)


#: A line's last word ending with a hyphen after letters ('Noord-'), and a line's first word.
_LINE_END = re.compile(r"([^\W\d_]+(?:-[^\W\d_]+)*)-$")
_LINE_START = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
#: The deck's pages read (a deck has a dozen slides).
MAX_PAGES_READ = 40


def hyphenated_words(texts: Iterable[str]) -> frozenset[str]:
    """The words of `texts` that hold a hyphen between letters ('Noord-Nederland', 'A-ware'), as a
    reader reads them (joiners and no-break hyphens as the hyphen they print), short enough to be
    tied (TIED_WORD_CHARS): a longer one may break at its hyphen."""
    words: set[str] = set()
    for text in texts:
        plain = text.replace(WORD_JOINER, "").replace(NO_BREAK_HYPHEN, "-")
        words.update(m.group() for m in _HYPHENATED.finditer(plain) if len(m.group()) <= TIED_WORD_CHARS)
    return frozenset(words)


def names_parted(lines: Sequence[str], words: frozenset[str]) -> list[tuple[str, str]]:
    """(the end of a line, the start of the next) of each word of `words` a line's end breaks at its
    own hyphen ('Rabobank Noord-' / 'Nederland, FrieslandCampina'): LibreOffice's own hyphenation
    breaks a word where it has no hyphen, so only a word the deck prints with one is named."""
    found = []
    for line, after in zip(lines, [*lines[1:], ""], strict=True):
        end, start = _LINE_END.search(line.rstrip()), _LINE_START.match(after.lstrip())
        if end and start and any(w.startswith(f"{end.group(1)}-{start.group()}") for w in words):
            found.append((line.rstrip(), after.strip()))
    return found


def check_deck_names(pdf: Path, deck: Path, shown: str) -> list[str]:
    """Warnings naming `shown` (the deck's PDF), the page and each name a line's end breaks at its
    own hyphen, where that name is short enough to be tied (`hyphenated_words`): a native chart's
    name (not tied: its text is the chart's data), a user's template's text, or a renderer that
    broke it regardless."""
    from pptx import Presentation
    from pypdf import PdfReader

    texts: list[str] = []
    for slide in Presentation(str(deck)).slides:
        texts += [t.text or "" for t in slide.shapes._spTree.iter(qn("a:t"))]
        for shape in slide.shapes:
            if getattr(shape, "has_chart", False) and shape.has_chart:
                texts += [v.text or "" for v in shape.chart._chartSpace.iter(qn("c:v"))]
    words = hyphenated_words(texts)
    if not words:
        return []
    warnings = []
    for number, page in enumerate(PdfReader(str(pdf)).pages[:MAX_PAGES_READ], start=1):
        for line, after in names_parted((page.extract_text() or "").splitlines(), words):
            warnings.append(
                f"{shown}: page {number} breaks a name at its own hyphen ('{line[-30:]}' / "
                f"'{after[:20]}'): shorten the line's text or the name, or widen its box"
            )
    return warnings
