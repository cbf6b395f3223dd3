"""Where a renderer may end a line of a text: the pieces it keeps whole.

Words part at spaces; Chinese and Japanese text between any two characters, except before closing
marks and after opening ones (kinsoku); a Korean word stays whole; a soft hyphen or a word's
LINE_HYPHEN (office/hyphens.py) is a place to break. The deck's fit (powerpoint/fit.py) and the
briefing's line estimate (word_wrap.py) both fill their lines with these pieces, so this sits below
both: neither renderer's room imports the other's for it.
"""

from __future__ import annotations

import unicodedata

from reportgen.office.hyphens import LINE_HYPHEN, SOFT_HYPHEN

#: Chinese and Japanese text breaks between any two characters, except before closing marks and
#: after opening ones (the line-breaking rules renderers apply, kinsoku), and never at a word joiner
#: nor a no-break space ('2억\u00a01500만' is one piece).
_NO_BREAK_BEFORE = frozenset("，。、：；！？）」』》〉】〕”’…‥ー々ゝゞ・%⁠\u00a0\u202f")
_NO_BREAK_AFTER = frozenset("（「『《〈【〔“‘⁠\u00a0\u202f")

#: The space LibreOffice sets between Chinese or Japanese and Latin letters or digits (its
#: "spacing between Asian and non-Asian text", on by default): 11.3 pt at 47 pt in a PDF of
#: '18万7400' (pdftotext -bbox), a quarter of an em on each side of '万'.
ASIAN_LATIN_GAP = 0.25


def wide(char: str) -> bool:
    """A full-width character (East Asian width W or F: ideographs, kana, Hangul)."""
    return unicodedata.east_asian_width(char) in {"W", "F"}


def hangul(char: str) -> bool:
    """A Hangul syllable or jamo: Korean, whose words a line keeps whole (`unbreakable`)."""
    return "\uac00" <= char <= "\ud7a3" or "\u1100" <= char <= "\u11ff" or "\u3130" <= char <= "\u318f"


def unbreakable(text: str) -> list[tuple[bool, str]]:
    """The pieces a renderer may break `text` between, each with whether a space comes before it:
    words at spaces and, in Chinese and Japanese, each character (a sentence without spaces is not
    one unbreakable word) but never between two Hangul letters (a Korean word is kept whole, as
    LibreOffice sets it and PowerPoint does by `eaLnBrk="0"`: powerpoint/korean_words.py), and after
    a soft hyphen or a word's LINE_HYPHEN (office/hyphens.py). No-break spaces and word joiners keep
    their neighbours in one piece."""
    pieces: list[tuple[bool, str]] = []
    for index, word in enumerate(text.split(" ")):
        spaced, start, previous = index > 0, 0, ""
        for at, char in enumerate(word):
            if (
                previous == SOFT_HYPHEN
                or (at > 1 and word[at - 2 : at] == LINE_HYPHEN)
                or (
                    previous
                    and (wide(char) or wide(previous))
                    and not (hangul(char) and hangul(previous))
                    and char not in _NO_BREAK_BEFORE
                    and previous not in _NO_BREAK_AFTER
                )
            ):
                pieces.append((spaced, word[start:at]))
                spaced, start = False, at
            previous = char
        pieces.append((spaced, word[start:]))
    return pieces
