"""How many lines a briefing's paragraph takes, for the page estimate (office/word_styles.py): its
words set one after another and a line ended before the word that would overflow it, as Word and
LibreOffice break lines (Chinese and Japanese between characters: office/powerpoint/fit.py's
`unbreakable`), each character at its width in the font LibreOffice sets it in.

The widths were measured: LibreOffice sets the bundled template's Arial in DejaVu Sans where Arial
is not installed (the PDF's fonts say so), Chinese, Japanese and Korean in Noto Sans CJK; the
widths below are those fonts' advances (read with fontTools). Taken at half an em each and
summed, the paragraphs of the 93 test events' briefings took 1,624 lines where their PDFs took
1,666: 44 of 984 Latin paragraphs a line more than estimated (the literary prize's 'Hélène
Carrère-Dumontel, …', three lines by the estimate, took four); word by word at these widths, 1,673,
10 of them a line more.
"""

from __future__ import annotations

import functools
import unicodedata

from reportgen.office.break_points import ASIAN_LATIN_GAP, unbreakable

#: DejaVu Sans's advance of each printable ASCII character, in ems, by width.
_ASCII_EMS = {
    0.27: "'",
    0.28: "ijl",
    0.29: "IJ",
    0.32: " ,.",
    0.34: "/:;\\|",
    0.35: "f",
    0.36: "-",
    0.39: "()[]t",
    0.4: "!",
    0.41: "r",
    0.46: '"',
    0.5: "*_`",
    0.52: "sz",
    0.53: "?",
    0.55: "c",
    0.56: "L",
    0.58: "Fk",
    0.59: "vxy",
    0.6: "P",
    0.61: "TYao",
    0.62: "e",
    0.63: "ESbdghnpqu",
    0.64: "$0123456789{}",
    0.66: "K",
    0.68: "AV",
    0.69: "BRXZ",
    0.7: "C",
    0.73: "U",
    0.75: "HN",
    0.77: "DG",
    0.78: "&",
    0.79: "OQ",
    0.82: "w",
    0.84: "#+<=>^~",
    0.86: "M",
    0.95: "%",
    0.97: "m",
    0.99: "W",
    1.0: "@",
}
_EMS = {char: em for em, chars in _ASCII_EMS.items() for char in chars}
_EMS.update(
    {"\u00a0": 0.32, "\u202f": 0.2, "\u2013": 0.5, "\u2014": 1.0, "\u2026": 1.0, "«": 0.61, "»": 0.61}
)
#: Hangul syllables in Noto Sans CJK KR (a Korean paragraph of 10 lines held 52.5 half-ems a line
#: where a Chinese one held 43.6); any other wide character (Chinese, Japanese, full-width) a full em.
HANGUL_EM = 0.92
#: A character of none of these kinds (Greek, Cyrillic, a symbol): about a lowercase letter's width.
_OTHER_EM = 0.6
#: How much wider a bold text's letters are (DejaVu Sans Bold's over DejaVu Sans's).
BOLD = 1.1


def char_em(char: str) -> float:
    """The width of `char` in ems, as LibreOffice sets it in the bundled template."""
    known = _EMS.get(char)
    if known is not None:
        return known
    if "\uac00" <= char <= "\ud7a3":
        return HANGUL_EM
    if unicodedata.east_asian_width(char) in ("W", "F"):
        return 1.0
    if unicodedata.category(char) in ("Cf", "Mn"):
        return 0.0  # a joiner, a soft hyphen, a combining accent
    base = unicodedata.normalize("NFD", char)[0]  # 'é' as 'e'
    return _EMS.get(base, _OTHER_EM)


def _autospace(previous: str, char: str) -> float:
    """The space LibreOffice sets where a CJK character meets a Latin letter or digit (its spacing
    between Asian and non-Asian text: '2026년', '8만'), in ems."""
    if not previous or not previous.isalnum() or not char.isalnum():
        return 0.0
    return ASIAN_LATIN_GAP if (char_em(previous) >= HANGUL_EM) != (char_em(char) >= HANGUL_EM) else 0.0


def width_em(text: str, bold: bool = False, tracking: float = 0.0) -> float:
    """The width of `text` on one line in ems, as LibreOffice sets it: each character at its
    width, a bold Latin letter or digit BOLD wider (a Hangul syllable is as wide bold), the space
    between CJK and Latin where they meet, each character `tracking` ems wider (a style's
    character spacing)."""
    width, previous = 0.0, ""
    for char in text:
        em = char_em(char)
        width += (em * BOLD if bold and em < HANGUL_EM else em) + _autospace(previous, char) + tracking
        previous = char
    return width


@functools.lru_cache(maxsize=4096)
def line_count(text: str, room: float) -> int:
    """How many lines `text` takes set `room` ems wide (its width over its type size): word by word,
    a line ended before the word that would not fit it; a word wider than a line takes lines of its
    own. At least one."""
    lines, used, previous = 1, 0.0, ""
    for spaced, piece in unbreakable(text):
        width, previous = 0.0, "" if spaced else previous
        for char in piece:
            width += char_em(char) + _autospace(previous, char)
            previous = char
        gap = _EMS[" "] if spaced and used else 0.0
        if used and used + gap + width > room:
            lines, used = lines + 1, width
        else:
            used += gap + width
        while used > room:  # a word wider than the line: broken where the line runs out
            lines, used = lines + 1, used - room
    return lines
