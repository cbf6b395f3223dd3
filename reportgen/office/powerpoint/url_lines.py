"""An address a slide prints (a source's URL) is never broken across two lines.

A renderer breaks a line inside an address wherever its rules allow, after a hyphen above all: the
Spanish deck's sources footer set '…/prensa/2026-' over 'balance' (review KK), which a reader
copies as two pieces and reads as a hyphenated word. A hyphen replaced by a no-break one (U+2011)
would keep it on one line but change the address a reader copies; so the address starts a line
of its own (`<a:br/>` before it) wherever it would not end on the line it starts on, measured at
the size the text is set (its autofit scale with it), each character at its width in the fonts
LibreOffice sets it in (office/word_wrap.py), a line with an address a little wider (SAFETY), so
that a line the measure fills exactly is not left to chance. An address wider than a whole line, or
a paragraph that holds a field, is left to the renderer; a paragraph's lines it already breaks
(a quotation's credit) are each filled so.

A name's own hyphen is no place for a line to end either ('Agrifood Vakbeurs Noord-' / 'Nederland
2026', 'Royal A-' / 'ware', review MM), and a character that ties it (a word joiner after the
hyphen) hid the name from a search of the deck. A name (office/name_hyphens.py's `name_spans`:
'Noord-Nederland', 'Vries-Bouma', 'US-Dollar') starts a line of its own the same way, wherever the
line would not hold it whole: the text stays as written, a search finds the name, and no line the
fit counted grows, as the fit measures a hyphenated word as one (fit.unbreakable breaks at spaces).

A Chinese, Japanese or Korean number is the same: the plan ties it to its counter, scale, qualifier
and date parts by word joiners ('2026\u2060年\u206010\u2060月', '約\u20608.6\u2060萬'), which the fit
reads as one word; a joiner left in the deck hid the number from a search ('8.6萬', review PP). So
in a CJK deck each tied run (`tied_runs`) starts a line of its own the same way, wherever the line
would not hold it whole, and the deck then drops every joiner (office/joiners.py): the text reads as
written and no renderer has a number to break. A number a user typed into the template is tied as
the plan ties one (typography.bind_cjk_numbers) for the measure, its text left as typed.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from lxml import etree

from reportgen.data.typography import NBSP, WORD_JOINER, bind_cjk_numbers
from reportgen.lazy_pattern import lazy
from reportgen.office.line_ends import as_of_spans, with_clock
from reportgen.office.name_hyphens import name_spans
from reportgen.office.ooxml import qn
from reportgen.office.powerpoint.fit import (
    EMU_PER_PT,
    _paragraph_size,
    autofit_scale,
    inherited_size,
    is_title,
    unbreakable,
    wrapping_body,
)
from reportgen.office.powerpoint.foot_room import foot_anchored
from reportgen.office.powerpoint.slide_lines import (
    break_before,
    line_width_pt,
    list_indents,
    paragraph_indent,
    text_shapes,
)
from reportgen.office.whole_units import Piece, placed, units_apart
from reportgen.office.word_wrap import char_em, width_em

#: An address: a scheme or 'www.', then anything but a space; not the mark that ends its sentence.
ADDRESS = re.compile(r"(?:https?://|www\.)[^\s<>\"“”«»]*[^\s<>\"“”«».,;:!?)\]’]")
#: A Hangul word tied by a no-break space to what is before or after it ('오후\u00a09시\u00a047분'):
#: LibreOffice breaks such a run inside its Hangul word where the run does not fit the rest of the
#: line ('…22일 오' / '후 9시 47분 기준', review KK's hanbit deck), though it keeps a word between
#: plain spaces whole (powerpoint/korean_words.py).
_TIED_HANGUL = lazy(r"[\uac00-\ud7a3]\u00a0|\u00a0[\u2060]?[\uac00-\ud7a3]")
#: The languages whose numbers the plan ties by word joiners (typography.bind_cjk_numbers).
_TIED_LANGUAGES = frozenset({"zh", "ja", "ko"})
#: How much wider a line that ends with a tied number is measured: its digits set in the Latin
#: font's fallback, up to a tenth wider than word_wrap.py's table in bold.
TIED_SAFETY = 1.05
#: How much wider than word_wrap.py's widths a line that holds an address is measured.
SAFETY = 1.08
#: How much wider a line that ends with a name is measured: a name set on the next line a little
#: early leaves a line a word short, one left on a line it overfills is broken at its hyphen.
NAME_SAFETY = 1.03


def keep_addresses_whole(prs: Any, language: str = "") -> list[Any]:
    """In each text box of each slide, an address that would not end on the line it starts on
    starts a line of its own; in a Korean deck (`language` 'ko'), so does a run of words tied by
    no-break spaces (`korean_runs`); and so does a name a line would end at its own hyphen. The
    slides where a text set from its foot (the sources) was given a break: the fit measures its
    lines anew, and the body above it must end above them (foot_room.py)."""
    feet = []
    tongue = language.replace("_", "-").split("-")[0].lower()
    korean = tongue == "ko"
    tied = language if tongue in _TIED_LANGUAGES else ""  # the locale whose numbers are tied
    sizes: dict[Any, float] = {}
    for slide in prs.slides:
        levels = list_indents(slide.slide_layout.slide_master)
        for shape in text_shapes(slide.shapes):
            body = wrapping_body(shape)
            text = shape.text_frame.text
            kept = (
                ADDRESS.search(text)
                or as_of_spans(text)
                or (korean and _TIED_HANGUL.search(text))
                or name_spans(text)
                or (tied and any(map(str.isdigit, text)))
            )
            if body is None or not kept:
                continue
            width = line_width_pt(body, shape.width)
            default, scale = inherited_size(shape, sizes), autofit_scale(body)
            listed = getattr(shape, "is_placeholder", False) and not is_title(shape._element)
            for p in body.findall(qn("a:p")):
                indent = paragraph_indent(p, levels if listed else {})
                if p.find(qn("a:fld")) is not None or indent is None:
                    continue
                bold = is_title(shape._element) or any(r.get("b") == "1" for r in p.iter(qn("a:rPr")))
                # a title's lines are the fit's (its last words tied): a break here made one a line taller
                runs = korean and not is_title(shape._element)
                room = width - indent / EMU_PER_PT  # a list's bullet and its indent take their part
                found, parts = [], _line_parts(p)
                for start, text, first in parts:  # a credit on its own line: its own size
                    size = _paragraph_size(first, default) * scale
                    breaks = addresses_apart(text, room, size, runs, bold, names=True, tied=tied)
                    if len(parts) > 1:  # lines ended already (a Chinese title's): a name, a number moves
                        breaks = [a for a in breaks if _starts_name(text, a) or _starts_tied(text, a, tied)]
                    found += [start + at for at in breaks]
                for at in reversed(found):
                    break_before(p, at)
                if found and foot_anchored(shape._element) and (not feet or feet[-1] is not slide):
                    feet.append(slide)
    return feet


def _starts_name(text: str, at: int) -> bool:
    """Whether the word of `text` that starts at `at` holds a name (`name_spans`)."""
    end = text.find(" ", at)
    end = len(text) if end < 0 else end
    return any(at <= start < end for start, _ in name_spans(text))


def _starts_tied(text: str, at: int, locale: str) -> bool:
    """Whether a run `locale` ties (`tied_runs` of the text as bind_cjk_numbers ties it) starts
    at character `at` of `text`."""
    bound = bind_cjk_numbers(text, locale) if locale else text
    origin = _origins(bound, text)
    return any(origin[start] == at for start, _ in tied_runs(bound))


def _origins(bound: str, text: str) -> list[int]:
    """For each index of `bound` (`text` with word joiners put in, and spaces made no-break ones,
    by bind_cjk_numbers), and its end, the index of `text` it stands at."""
    found, at = [], 0
    for char in bound:
        found.append(at)
        if at < len(text) and (char == text[at] or (char == NBSP and text[at] == " ")):
            at += 1
    found.append(at)
    return found


def tied_runs(text: str) -> list[tuple[int, int]]:
    """Where each run of characters that word joiners tie together starts and ends in `text`
    ('8.6\u2060萬', '2026\u2060年\u206010\u2060月'): the pieces a renderer keeps whole
    (fit.unbreakable) that hold a joiner between two characters."""
    return [
        (start, end)
        for start, end, _, piece in placed(unbreakable(text))
        if WORD_JOINER in piece.strip(WORD_JOINER)
    ]


def _line_parts(p: etree._Element) -> list[tuple[int, str, etree._Element]]:
    """The paragraph's parts between its line breaks (a cover's subtitle part, a quotation's
    credit): where each starts in the text of its runs, its text, and an element whose first run
    sets its size."""
    parts: list[tuple[int, str, etree._Element]] = []
    offset, text, first = 0, "", etree.Element(qn("a:p"))
    for child in p:
        if child.tag == qn("a:br"):
            parts.append((offset - len(text), text, first))
            text, first = "", etree.Element(qn("a:p"))
        elif child.tag == qn("a:r"):
            value = child.findtext(qn("a:t")) or ""
            if not len(first):
                first.append(copy.deepcopy(child))
            text += value
            offset += len(value)
    parts.append((offset - len(text), text, first))
    return parts


def addresses_apart(
    text: str,
    width_pt: float,
    size: float,
    korean: bool = False,
    bold: bool = False,
    names: bool = False,
    tied: str = "",
) -> list[int]:
    """Where in `text` a line break goes before an address (before the word that holds it, with a
    mark that opens it), `korean` a run tied by no-break spaces, or `names` a name (`name_spans`):
    each that would not end on the line it starts on, its lines filled word by word at `size` in
    `width_pt` (each character at its width in the font LibreOffice sets it in: word_wrap.py; a
    bold Latin one a tenth wider), and that a line holds whole. An address is measured SAFETY
    wider (its break is at a hyphen, unseen until printed), a name NAME_SAFETY; a Korean run as it
    is (moved too soon, it leaves a title a line longer); with a locale `tied`, a number, date or
    qualifier the locale ties (typography.bind_cjk_numbers: the plan's, and one a user typed into
    the template) TIED_SAFETY wider."""
    if not tied:
        return _apart(text, width_pt, size, korean, bold, names, False)
    bound = bind_cjk_numbers(text, tied)
    origin = _origins(bound, text)
    return [origin[at] for at in _apart(bound, width_pt, size, korean, bold, names, True)]


def _apart(
    text: str, width_pt: float, size: float, korean: bool, bold: bool, names: bool, tied: bool
) -> list[int]:
    """`addresses_apart` in a text whose numbers are tied already (`tied`: each run word joiners
    tie is kept whole)."""
    starts = [m.start() for m in ADDRESS.finditer(text)]
    runs = tied_runs(text) if tied else []
    named = name_spans(text) if names else []
    dated = {start: _dated_width(text, start, end, bold, size, width_pt) for start, end in as_of_spans(text)}
    korean = korean and bool(_TIED_HANGUL.search(text))
    if not (starts or korean or dated or named or runs):
        return []
    space = char_em(" ") * size
    pieces = []
    for start, end, spaced, piece in placed(unbreakable(text)):
        address = any(start <= s < end for s in starts)
        name = any(s < end and start < e for s, e in named)
        number = (start, end) in runs
        printed = piece.replace("\u2011", "-").replace(WORD_JOINER, "")  # as the deck prints it
        pieces.append(
            Piece(
                start,
                space if spaced else 0.0,
                width_em(printed, bold) * size,  # a credit's tied hyphen prints '-', a joiner nothing
                kept=address or name or number or bool(korean and _TIED_HANGUL.search(piece)),
                margin=SAFETY if address else NAME_SAFETY if name else TIED_SAFETY if number else 1.0,
                unit=dated.get(start),
            )
        )
    return units_apart(pieces, width_pt)


def _dated_width(text: str, start: int, end: int, bold: bool, size: float, room: float) -> float:
    """The width of an as-of label's word with its date's first word, and a Chinese or Japanese
    date's clock time where a line holds them all (`line_ends.with_clock`)."""
    timed = width_em(text[start : _piece_end(text, with_clock(text, end))], bold) * size
    return timed if timed <= room else width_em(text[start : _piece_end(text, end)], bold) * size


def _piece_end(text: str, end: int) -> int:
    """The end of the unbreakable piece of `text` that holds character `end - 1`: a date's first
    word runs on through its no-break spaces ('20.\u00a0september\u00a02026')."""
    return next((stop for _, stop, _, _ in placed(unbreakable(text)) if stop >= end), len(text))
