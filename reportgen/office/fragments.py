"""A slide's title, subtitle or lead that starts mid-sentence: with an ellipsis ('… from the
start-line arch to the finishers' medals', the rest of a summary cut to make a title: review RR4
#6) or with a lower-case word ('and the city's charities…'). A reader sees machine-made text at
once. Tiles are not asked (a qualifier, 'nearly', heads a tile's number), nor the footer, nor a
quotation (an excerpt may open with '…'), nor a name whose first word is a particle ('van Gogh
Museum', 'de Wit'). The document check runs it on each slide (office/quality.py)."""

from __future__ import annotations

import re
from typing import Any

from reportgen.office.ooxml import qn
from reportgen.office.seen import AS_SEEN, quoted

#: A text that opens on one of these is cut from a longer one.
_ELLIPSES = ("…", "...")
#: A name's particle, lower case before a capitalised word: 'van Gogh', 'de Wit', "'s-Hertogenbosch".
_PARTICLES = frozenset(
    {"van", "von", "de", "da", "di", "du", "del", "della", "der", "den", "des", "la", "le", "al"}
    | {"el", "bin", "ibn", "ten", "ter", "zu", "dos", "das", "do", "y", "'s"}
)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def opens_mid_sentence(text: str) -> bool:
    """Whether `text` (a paragraph as printed) opens with an ellipsis or a lower-case word."""
    text = text.translate(AS_SEEN).replace("\x0b", " ").strip()
    if text.startswith(_ELLIPSES):
        return True
    word = _WORD.match(text)
    if word is None or not word.group().islower() or not word.group()[0].islower():
        return False  # a digit, a mark, a script without case ('展览面积12万m²'), 'iPhone'
    if word.group() != word.group().lower() or any(c.isupper() for c in word.group()):
        return False
    rest = text[word.end() :].lstrip(" -")
    return not (word.group() in _PARTICLES and rest[:1].isupper())


def fragments(shapes: list[Any], where: str) -> list[str]:
    """Warnings naming the slide where a title, subtitle, lead or body (`shapes`: the slide's, its
    footer and tiles left out by the caller) opens mid-sentence."""
    found = []
    for shape in shapes:
        body = shape._element.find(qn("p:txBody"))
        if body is None:
            continue
        first = next(
            (t for p in body.iterfind(qn("a:p")) if (t := "".join(p.itertext(qn("a:t"))).strip())), ""
        )
        if first and opens_mid_sentence(first):
            found.append(
                f"{where}: the text {quoted(' '.join(first.split())[:50])} opens mid-sentence (an "
                "ellipsis or a lower-case word), the rest of a text cut short: print its whole "
                "sentence, or leave it out"
            )
    return found
