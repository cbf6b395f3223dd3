"""A name's hyphen a line may not break at, as each format writes one that is still a hyphen.

The plan marks it U+2011 (typography.credit_name: 'Carrère\u2011Dumontel' in a quotation's
credit). Written as that character, a search for 'Müller-Gerber' in the DOCX, the PPTX or the
deck's PDF missed the name (review U), so the renderers write their format's own form: Word's
no-break hyphen element (`w:noBreakHyphen`, read as a hyphen by python-docx, Word and LibreOffice,
whose PDF prints a plain '-'), and in a slide, whose DrawingML has no such element, the plain
hyphen, the name kept whole by the deck's own line breaks (below).

A briefing's prose ties the hyphen of every name it prints, not only a credit's: a name's hyphen
is no place for a line to end ('Rabobank Noord- / Nederland', 'Royal A- / ware', review MM). A
name is read as a hyphenated word of letters whose first letter is a capital ('Noord-Nederland',
'A-ware', 'Saint-Étienne', 'Trás-os-Montes'); a capitalised compound at a sentence's start
('Self-driving') is tied too, which costs a line at most its last word. An address's words
('…/Agrifood-Noord'), words of Chinese, Japanese or Korean letters, which have no capitals, and a
table cell's words, whose hyphen may be the only place a narrow cell can break them, are left.

A slide's names are not tied by a character: a word joiner after the hyphen (round 20, and a
credit's before round 21) hid 'Recalcati-Ferri' and '2,35 Milliarden US-Dollar' from a search of
the deck. The deck starts a line before a name a line would otherwise end inside
(powerpoint/url_lines.py, on `name_spans`: a capitalised hyphenated word, or a credit's name the
plan tied), and with --pdf its check names a line that still ends at a name's own hyphen
(`check_deck_names`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from reportgen.data.typography import NO_BREAK_HYPHEN, WORD_JOINER
from reportgen.office.ooxml import qn

#: A hyphenated word of letters, not inside an address or an e-mail ('…/Foo-Bar', 'a-b@x.org').
_HYPHENATED = re.compile(r"(?<![\w\-\u2011/.@])[^\W\d_]+(?:-[^\W\d_]+)+(?![\w\-/@])")


#: A name of at most this many characters is kept whole on a slide ('Noord-Nederland', 'A-ware',
#: 'Baden-Württemberg', 'Jean-et-Marguerite-Laborde' of 26); a longer compound may break at its
#: hyphen, where its line needs it.
NAME_CHARS = 30


def name_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each name in `text` whose hyphen no line should end at: a hyphenated word
    of letters whose first letter is a capital ('Noord-Nederland', 'A-ware', 'Vries-Bouma',
    'US-Dollar', 'Saint-Étienne'), of at most NAME_CHARS characters, not in an address, or one
    the plan tied (a credit's 'Carrère\u2011Dumontel', a suspended part's '\u2011tallerkener');
    a common word ('binnen-', 'late-breaking') may break at its hyphen as any text does."""
    if "-" not in text and NO_BREAK_HYPHEN not in text:
        return []
    return [
        m.span()
        for m in _NAME.finditer(text)
        if (m[0][0].isupper() or NO_BREAK_HYPHEN in m[0]) and len(m[0]) <= NAME_CHARS
    ]


#: A word of letters joined by hyphens or no-break hyphens, not inside an address or an e-mail;
#: or a suspended compound's second part, whose hyphen the plan tied ('og \u2011tallerkener':
#: typography.suspended_hyphens), which a line must not leave behind at its end (review SS1).
_NAME = re.compile(
    r"(?<![\w\-\u2011/.@])(?:[^\W\d_]+(?:[-\u2011][^\W\d_]+)+|\u2011[^\W\d_]+(?:[-\u2011][^\W\d_]+)*)"
    r"(?![\w\-\u2011/@])"
)


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
    hyphen, which a search finds: the slide's line breaks (powerpoint/url_lines.py) have kept the
    name it is in whole already."""
    for tree in trees:
        for text in tree.iter(qn("a:t")):
            if NO_BREAK_HYPHEN in (text.text or ""):
                text.text = text.text.replace(NO_BREAK_HYPHEN, "-")


#: A line's last word ending with a hyphen after letters ('Noord-'), and a line's first word.
_LINE_END = re.compile(r"([^\W\d_]+(?:-[^\W\d_]+)*)-$")
_LINE_START = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
#: The deck's pages read (a deck has a dozen slides).
MAX_PAGES_READ = 40


def deck_names(texts: Iterable[str]) -> frozenset[str]:
    """The names (`name_spans`) of `texts`, as a reader reads them (a joiner or a no-break hyphen
    as the hyphen it prints)."""
    names: set[str] = set()
    for text in texts:
        plain = text.replace(WORD_JOINER, "").replace(NO_BREAK_HYPHEN, "-")
        names.update(plain[start:end] for start, end in name_spans(plain))
        names.update(_SUSPENDED_PART.findall(plain))  # '-tallerkener' of 'genbrugskrus og -tallerkener'
    return frozenset(names)


#: A suspended compound's second part as a slide prints it: its hyphen after a space, before letters.
_SUSPENDED_PART = re.compile(r"(?<=\s)-[^\W\d_]+")
#: A line's end at a suspended part's hyphen ('genbrugskrus og -').
_LONE_HYPHEN_END = re.compile(r"(?:^|\s)-$")


def names_parted(lines: Sequence[str], names: frozenset[str]) -> list[tuple[str, str]]:
    """(the end of a line, the start of the next) of each name of `names` a line's end breaks at
    its own hyphen ('Rabobank Noord-' / 'Nederland, FrieslandCampina'): a renderer's own
    hyphenation of a word that has no hyphen ('Matchmaking-' / 'gesprekken') is no name's. So is a
    suspended compound's part the deck prints ('og -' / 'tallerkener', `deck_names`)."""
    found = []
    for line, after in itertools.pairwise([*lines, ""]):
        end, start = _LINE_END.search(line.rstrip()), _LINE_START.match(after.lstrip())
        if end and start and any(n.startswith(f"{end.group(1)}-{start.group()}") for n in names):
            found.append((line.rstrip(), after.strip()))
        elif start and _LONE_HYPHEN_END.search(line.rstrip()) and f"-{start.group()}" in names:
            found.append((line.rstrip(), after.strip()))  # 'genbrugskrus og -' / 'tallerkener
    return found


def check_deck_names(pdf: Path, deck: Path, shown: str) -> list[str]:
    """Warnings naming `shown` (the deck's PDF), the page and each name a line's end breaks at its
    own hyphen: a name too long for a line of its own, a native chart's name, a user's template's
    text the deck's line breaks did not reach."""
    from pptx import Presentation
    from pypdf import PdfReader

    texts: list[str] = []
    for slide in Presentation(str(deck)).slides:
        texts += [t.text or "" for t in slide.shapes._spTree.iter(qn("a:t"))]
        for shape in slide.shapes:
            if getattr(shape, "has_chart", False) and shape.has_chart:
                texts += [v.text or "" for v in shape.chart._chartSpace.iter(qn("c:v"))]
    names = deck_names(texts)
    if not names:
        return []
    warnings = []
    for number, page in enumerate(PdfReader(str(pdf)).pages[:MAX_PAGES_READ], start=1):
        for line, after in names_parted((page.extract_text() or "").splitlines(), names):
            warnings.append(
                f"{shown}: page {number} breaks a name at its own hyphen ('{line[-30:]}' / "
                f"'{after[:20]}'): shorten the line's text or the name, or widen its box"
            )
    return warnings
