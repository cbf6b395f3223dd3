"""Walls of text on a slide: a title of more than TITLE_LINES lines reads as a paragraph set in
title type, not a heading; a body paragraph of more than BLOCK_LINES lines, one unbroken block,
reads as a page of the briefing pasted on a slide (round 17: a long section summary with no cut
point made a title of three lines or a lead of six). The plan gives such a summary a short title
(its section's name, or a finding) and sets it as a lead under it; this names a slide where a
title or a block still came out so. The document check runs it on each slide (office/quality.py).

Lines are counted as the renderer's fit measures them (`fit.line_texts`, at the widths the
widest fallback font sets, the autofit scale counted), per paragraph: a line break inside one
(a quotation's credit) ends its block."""

from __future__ import annotations

from typing import Any

from pptx.oxml.ns import qn

from reportgen.office.lone_texts import opens_quotation
from reportgen.office.powerpoint.fit import (
    EMU_PER_PT,
    FALLBACK_WIDER,
    autofit_scale,
    inherited_size,
    is_title,
    line_texts,
)
from reportgen.office.powerpoint.under_title import is_body

_BREAK = qn("a:br")

#: A title of more lines than this is no heading (the deck's titles take one or two).
TITLE_LINES = 2
#: A body paragraph of more lines than this, with no break, is a wall (a lead of four or five
#: lines at body size reads as a paragraph; six and more as a page: looked at on the corpus).
BLOCK_LINES = 5
#: A body this share of its slide's width or wider is full width (the deck's is about 0.9).
WIDE = 0.8
#: A body set in large type (at least LARGE_PT, the size of a statement) that runs to more than
#: LARGE_LINES lines, one paragraph of it at least LARGE_BLOCK, is prose set as a poster: review
#: OO1's JASS Fukuoka '基調講演とセッション', two sentences in eight lines of 32 pt (six as the fit
#: measures them), larger than their title, with ragged breaks. A statement of short lines (five
#: one-line points) is no wall, nor is a quotation set large with a line or two (a pull quote), nor
#: one paragraph alone (a statement, as the plan keeps it: plan/views.py `_prose`).
LARGE_PT = 28.0
LARGE_LINES = 5
LARGE_BLOCK = 4


def walls(shape: Any, where: str, sizes: dict[Any, float], slide_width: int = 0) -> list[str]:
    """Warnings naming the slide where `shape`, its title or a body, sets a title of more than
    TITLE_LINES lines or a paragraph of more than BLOCK_LINES. A body narrower than its slide
    (`slide_width`: a panel beside a chart) is measured in lines as wide as the body's: nine lines
    of a third of the slide are three of its width, no wall."""
    title = is_title(shape._element)
    if not title and not is_body(shape):
        return []
    body = shape._element.find(qn("p:txBody"))
    if body is None or not shape.width:
        return []
    body_pr = body.find(qn("a:bodyPr"))
    get = body_pr.get if body_pr is not None else {}.get
    insets = int(get("lIns", 91440)) + int(get("rIns", 91440))
    width = (shape.width - insets) / EMU_PER_PT
    scale = autofit_scale(body)
    default = inherited_size(shape, sizes)
    found = []
    share = min(shape.width / (WIDE * slide_width or shape.width), 1.0)  # of a full-width body's
    large: list[int] = []  # the lines of each paragraph set in large type (LARGE_PT)
    said: list[int] = []  # ... of those that are no quotation (set large, one is a pull quote)
    for p in body.findall(qn("a:p")):
        text = "".join("\n" if e.tag == _BREAK else e.text or "" for e in p.iter(qn("a:t"), _BREAK))
        if not text.strip():
            continue
        lines = paragraph_lines(p, text, width, default, scale)
        if not title and paragraph_size(p, default, scale) >= LARGE_PT:
            # all its lines: a Chinese or Japanese paragraph is set with a break at each phrase
            large.append(sum(paragraph_lines(p, piece, width, default, scale) for piece in text.split("\n")))
            said += [] if opens_quotation(text) else large[-1:]
        text = " ".join(text.split())
        if title and lines > TITLE_LINES:
            found.append(
                f"{where}: the title '{text[:30]}' takes {lines} lines; give the slide a short title "
                "(its section's name, or a finding) and set the rest as a lead under it"
            )
        elif not title and lines * share > BLOCK_LINES:
            found.append(
                f"{where}: the text '{text[:30]}' is one block of {lines} lines, a wall of text; "
                "cut it into a lead and points, or shorten it"
            )
    # one text alone is a statement, as the plan sets it (plan/views.py `_prose`: at body size it
    # sat at the top of an empty slide); a name's line break may give it a line more (round 21)
    if len(large) > 1 and said and sum(large) * share > LARGE_LINES and max(said) * share >= LARGE_BLOCK:
        found.append(
            f"{where}: its text runs to {sum(large)} lines in large type, prose set as a poster; "
            "set it at the body's size, as points"
        )
    return found


def paragraph_size(p: Any, default_pt: float, scale: float = 1.0) -> float:
    """The size a paragraph (`p`) is set at: its first run's that gives one, else `default_pt`,
    times the autofit `scale`."""
    for r_pr in p.iter(qn("a:rPr"), qn("a:endParaRPr")):
        if r_pr.get("sz"):
            return int(r_pr.get("sz")) / 100 * scale
    return default_pt * scale


def paragraph_lines(p: Any, text: str, width_pt: float, default_pt: float, scale: float = 1.0) -> int:
    """The lines of the longest unbroken run of a paragraph (`p`, its `text`, a line break as a
    newline: a quotation's credit starts a line, and is no part of its block) in a box `width_pt`
    wide: at its runs' size (else `default_pt`) times the autofit `scale`, its indent off the width."""
    size = paragraph_size(p, default_pt, scale)
    p_pr = p.find(qn("a:pPr"))
    margin = p_pr.get("marL", "0") if p_pr is not None else "0"
    room = width_pt - (int(margin) / EMU_PER_PT if margin.isdigit() else 0.0)
    wide = sum(1 for c in text if ord(c) > 0x2E7F) * 2 > len(text)
    room = max(room / (1.0 if wide else FALLBACK_WIDER), 1.0)
    return max((len(line_texts(piece, room, size)) for piece in text.split("\n") if piece.strip()), default=0)
