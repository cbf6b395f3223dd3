"""A Polish one-letter word never ends a line of the briefing: it goes to the next line with the
word it belongs to.

Polish typesetting ties the one-letter conjunctions and prepositions, 'a', 'i', 'o', 'u', 'w' and
'z', to the word after them (no 'sierotka', an orphan, at a line's end): an editor corrects
'Międzynarodowe Targi Mebli i / Wyposażenia Wnętrz' in the title of the furniture fair's first
page, as they correct '… spotykali się z / kupcami'. The space after such a word becomes a
no-break space, in every paragraph of the body (tables included), header and footer; the words
stay as written, and a search for them finds them as Word matches a no-break space.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from reportgen.office.ooxml import qn

#: Per language: the one-letter words tied to the word after them.
_ONE_LETTER = {"pl": "aiouwzAIOUWZ"}


def _pattern(letters: str) -> re.Pattern[str]:
    # a word of its own: after a space, a bracket, a quotation mark or the text's start, never a
    # letter, digit, hyphen or apostrophe ('P-i', 'd’a')
    return re.compile(rf"(?<![\w\-\u2010\u2011'’.])([{letters}]) (?=\S)")


def tie_one_letter_words(parts: Iterable[Any], tag: str) -> int:
    """In a briefing whose language ties its one-letter words (Polish), the space after each in
    the text of `parts` (the body's, headers' and footers' XML) becomes a no-break space; returns
    how many were tied."""
    letters = _ONE_LETTER.get(tag.replace("_", "-").split("-")[0].lower())
    if not letters:
        return 0
    pattern = _pattern(letters)
    tied = 0
    for part in parts:
        for text in part.iter(qn("w:t")):
            if text.text and " " in text.text:
                text.text, count = pattern.subn("\\1\u00a0", text.text)
                tied += count
    return tied
