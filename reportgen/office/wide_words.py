"""A number kept whole by its no-break spaces, or a word with no hyphen to break it at, wider than
its slide's box at the size it is set: it would break inside it (the document check,
office/quality.py; a briefing's table cells: office/word_fit.py)."""

from __future__ import annotations

import re
from typing import Any

from reportgen.memo import Memo
from reportgen.office.hyphens import SOFT_HYPHEN
from reportgen.office.ooxml import qn
from reportgen.office.powerpoint.fit import (
    _paragraph_size,
    autofit_scale,
    inherited_size,
    set_em,
    shown_text,
    text_em,
    unbreakable,
    wrapping_body,
)
from reportgen.office.seen import quoted
from reportgen.office.shape_boxes import _EMU_PER_PT, _INSET_EMU

_BREAKABLE = re.compile(r"[ \t\n\u2002-\u200b\u3000]+")  # spaces a line may break at (not U+00A0, U+202F)


def _number_too_wide(shape: Any, where: str, sizes: dict[Any, float]) -> list[str]:
    """A number kept whole by its no-break spaces ("EUR\u00a015\u00a0billion") that is wider than
    its box at the size it is set: it would break inside the number, or run out of a tile."""
    body = shape._element.find(qn("p:txBody"))
    if body is None or not shape.width:
        return []
    scale = autofit_scale(body)
    box_pt = (shape.width - 2 * _INSET_EMU) / _EMU_PER_PT
    found = []
    default_pt = inherited_size(shape, sizes)
    for p in body.iter(qn("a:p")):
        size = _paragraph_size(p, default_pt) * scale
        text = shown_text(p)  # a line break ends a word
        bold = any(r.get("b") == "1" for r in p.iter(qn("a:rPr")))
        for word, _ in _number_words(text):
            if set_em(word, bold) * size > box_pt:  # as the fit measures it
                found.append(
                    f"{where}, shape {shape.name!r}: {quoted(word)} is wider than its "
                    f"box at {size:g} pt and would break inside the number; set it smaller or widen the box"
                )
    return found


def _word_too_wide(shape: Any, where: str, sizes: dict[Any, float]) -> list[str]:
    """A word wider than its box at the size it is set, with no soft hyphen to break it at: the
    renderer breaks it at the letter its line runs out ('Wärmepumpenheizungsersatzf / örderbeitrag',
    review V), where the fit (powerpoint/fit.py) breaks a word its language has patterns for with
    a printed hyphen (LINE_HYPHEN)."""
    body = wrapping_body(shape)
    if body is None:
        return []
    scale = autofit_scale(body)
    box_pt = (shape.width - 2 * _INSET_EMU) / _EMU_PER_PT
    default_pt = inherited_size(shape, sizes)
    found = []
    for p in body.iter(qn("a:p")):
        size = _paragraph_size(p, default_pt) * scale
        bold = any(r.get("b") == "1" for r in p.iter(qn("a:rPr")))
        # a soft hyphen is no break a slide prints a hyphen at in LibreOffice (office/hyphens.py)
        text = shown_text(p).replace(SOFT_HYPHEN, "")  # a line break ends a word
        for part in _BREAKABLE.split(text):
            for _, word in unbreakable(part):
                letters = any(c.isalpha() for c in word) and not any(c.isdigit() for c in word)
                if letters and set_em(word, bold) * size > box_pt:  # a letter's margin
                    found.append(
                        f"{where}, shape {shape.name!r}: {quoted(word)} is wider than its box at "
                        f"{size:g} pt and would break inside the word without a hyphen; "
                        "shorten it or widen the box"
                    )
    return found


def _number_words(text: str) -> tuple[tuple[str, float], ...]:
    """The pieces of `text` a line never breaks inside that hold a digit, each with its width in
    ems at 1 pt; worked out once a process for each text (a rebuild checks mostly the same ones)."""
    known = _NUMBER_WORDS.get(text)
    if known is None:
        pieces = (piece for part in _BREAKABLE.split(text) for _, piece in unbreakable(part))
        known = tuple((word, text_em(word)) for word in pieces if any(c.isdigit() for c in word))
        _NUMBER_WORDS.remember(text, known)
    return known


_NUMBER_WORDS: Memo[str, tuple[tuple[str, float], ...]] = Memo(4096)
