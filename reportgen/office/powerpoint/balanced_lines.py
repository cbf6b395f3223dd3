"""A centred statement's lines even, as a designer sets a statement or a pull quote.

LibreOffice and PowerPoint fill a line with as many words as it holds and leave the rest to the
next: a centred statement of large type came out 'The 2027 Invitational moves to Las' over
'Vegas in August 2027.', a city parted and a short last line (review OO2). Here a centred paragraph
(`algn="ctr"`) of large type (at least LARGE_PT, as set: its autofit scale with it) that takes two
to MOST_LINES lines is broken (`<a:br/>`) where its lines come out most even, in as many lines as
the renderer would set: the longest line as short as it can be, never between two capitalised
words (a name: 'Las Vegas', 'Royal Aware'), each line measured as the deck's other breaks measure
(office/word_wrap.py widths, SAFETY wider) so that a renderer's font a little wider does not wrap a
line again. A paragraph that already breaks its lines, holds a field or is a title is left as it
is (a title's lines are the fit's); text without spaces (Chinese, Japanese) is cjk_words.py's.
"""

from __future__ import annotations

import itertools
from typing import Any

from lxml import etree

from reportgen.office.ooxml import qn
from reportgen.office.powerpoint.fit import (
    _paragraph_size,
    autofit_scale,
    inherited_size,
    is_title,
    unbreakable,
)
from reportgen.office.powerpoint.slide_lines import break_before, line_width_pt, text_shapes
from reportgen.office.whole_units import placed
from reportgen.office.word_wrap import char_em, width_em

#: The least size (pt) of a paragraph set as a statement: body text, lists and labels are smaller.
LARGE_PT = 24.0
#: The most lines balanced: a longer text is a paragraph, not a statement.
MOST_LINES = 4
#: How much wider than word_wrap.py's widths each balanced line is measured.
SAFETY = 1.06
#: The most words tried as a line's end (the breaks tried grow as words ** (lines - 1)).
MOST_WORDS = 40


def balance_statements(prs: Any) -> None:
    """Even the lines of each centred paragraph of large type on each slide (`statement_breaks`)."""
    sizes: dict[Any, float] = {}
    for slide in prs.slides:
        for shape in text_shapes(slide.shapes):
            if is_title(shape._element):
                continue
            body = shape._element.find(qn("p:txBody"))
            if body is None or not shape.width:
                continue
            body_pr = body.find(qn("a:bodyPr"))
            if body_pr is not None and body_pr.get("wrap") == "none":
                continue
            width = line_width_pt(body, shape.width)
            default, scale = inherited_size(shape, sizes), autofit_scale(body)
            for p in body.findall(qn("a:p")):
                if not _centred(p) or p.find(qn("a:br")) is not None or p.find(qn("a:fld")) is not None:
                    continue
                size = _paragraph_size(p, default) * scale
                if size < LARGE_PT:
                    continue
                text = "".join(t.text or "" for t in p.iter(qn("a:t")))
                bold = any(r.get("b") == "1" for r in p.iter(qn("a:rPr")))
                for at in reversed(statement_breaks(text, width, size, bold)):
                    _break_at_space(p, at)


def _centred(p: etree._Element) -> bool:
    p_pr = p.find(qn("a:pPr"))
    return p_pr is not None and p_pr.get("algn") == "ctr"


def statement_breaks(text: str, width_pt: float, size: float, bold: bool = False) -> list[int]:
    """Where in `text` (at the spaces, by their index) its lines break most evenly in `width_pt`
    at `size`, in as many lines as filling them word by word takes; [] where that is one line or
    more than MOST_LINES, where the text has no spaces to break at, or where no even break fits."""
    if " " not in text.strip():
        return []
    pieces = [
        (start, spaced, width_em(piece, bold) * size, piece)
        for start, _, spaced, piece in placed(unbreakable(text))
    ]
    if len(pieces) > MOST_WORDS or any(not spaced for _, spaced, _, _ in pieces[1:]):
        return []  # characters a line may end between (Chinese, Japanese): cjk_words.py's
    space = char_em(" ") * size
    lines = _greedy_lines(pieces, space, width_pt)
    if not 2 <= lines <= MOST_LINES:
        return []
    best: tuple[float, tuple[int, ...]] | None = None
    for ends in itertools.combinations(range(1, len(pieces)), lines - 1):
        if any(_parts_name(pieces[at - 1][3], pieces[at][3]) for at in ends):
            continue
        bounds = (0, *ends, len(pieces))
        longest = max(_width(pieces[a:b], space) for a, b in itertools.pairwise(bounds))
        if longest * SAFETY <= width_pt and (best is None or longest < best[0]):
            best = (longest, ends)
    if best is None:
        return []
    return [pieces[at][0] - 1 for at in best[1]]  # the space before the word that starts a line


def _greedy_lines(pieces: list[tuple[int, bool, float, str]], space: float, room: float) -> int:
    lines, line = 1, 0.0
    for _, _, width, _ in pieces:
        if line and line + space + width > room:
            lines, line = lines + 1, width
        else:
            line += (space if line else 0.0) + width
    return lines


def _width(pieces: list[tuple[int, bool, float, str]], space: float) -> float:
    return sum(width for _, _, width, _ in pieces) + space * (len(pieces) - 1)


def _parts_name(before: str, after: str) -> bool:
    """Whether a line end between these two words would part a name: both capitalised, the
    first ending no sentence or clause ('Las' 'Vegas'; not 'Vegas.' 'The')."""
    return before[:1].isupper() and after[:1].isupper() and before[-1:].isalnum() and not before.isdigit()


def _break_at_space(p: etree._Element, at: int) -> None:
    """A line break after the space at character `at` of the paragraph's text: the space kept, as
    url_lines.py keeps it, so that the text a reader copies or searches reads its words apart."""
    break_before(p, at + 1)
