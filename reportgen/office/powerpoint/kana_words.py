"""A Japanese katakana word kept whole at a line end in a deck's titles and display text.

Japanese breaks a line between any two kana, so a renderer sets 'マッチングフェ / ア2026' as readily
as anything; an editor setting a title or a tile moves the whole word to the next line instead.
No character asks renderers for that: LibreOffice 7.4 breaks kana at a WORD JOINER (U+2060), a
ZERO WIDTH JOINER and a combining grapheme joiner alike, and draws U+FEFF as a visible gap (each
measured in its PDF). So where the text's own breaking would cut a katakana word, the line is
broken before the word (`<a:br/>`), as the editor would, judged from the characters' widths
(fit.py's table: a kana is one em, exact in every Japanese font) at the size the text is set.

Only titles (title placeholders) and the text boxes of a slide (tiles, the kicker, the lead) are
set so; body placeholders (bullets, sources) run on as Japanese prose does. A word wider than its
line is left to the renderer, and so is a paragraph that already breaks its lines or holds a field.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from lxml import etree
from pptx.enum.shapes import PP_PLACEHOLDER

from reportgen.office.ooxml import qn
from reportgen.office.powerpoint.fit import EMU_PER_PT, inherited_size, text_em, unbreakable

#: A katakana word: katakana (with its small kana and the long-vowel mark ー), two or more.
KATAKANA_WORD = re.compile(r"[\u30a1-\u30fa\u30fc-\u30ff\u31f0-\u31ff\uff66-\uff9f]{2,}")
_TITLES = {PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE}
#: Where a width estimate may err (a Latin letter's width differs from font to font), a word is
#: moved only when it is cut by at least this much on either side, in ems.
_SURE_EM = 0.5


def keep_katakana_words(prs: Any, tag: str) -> None:
    """In a Japanese deck, break before each katakana word that a title or text box's line would
    cut (`line_breaks`)."""
    if tag.replace("_", "-").split("-")[0].lower() != "ja":
        return
    sizes: dict[Any, float] = {}
    for slide in prs.slides:
        for shape in slide.shapes:
            if not shape.has_text_frame or not shape.width:
                continue
            if shape.is_placeholder and shape.placeholder_format.type not in _TITLES:
                continue
            _keep_in_shape(shape._element, shape.width, inherited_size(shape, sizes))


def _keep_in_shape(element: etree._Element, width_emu: int, default_pt: float) -> None:
    body = element.find(qn("p:txBody"))
    body_pr = body.find(qn("a:bodyPr")) if body is not None else None
    if body_pr is None or body_pr.get("wrap") == "none":
        return
    insets = int(body_pr.get("lIns", 91440)) + int(body_pr.get("rIns", 91440))
    width_pt = (width_emu - insets) / EMU_PER_PT
    autofit = body_pr.find(qn("a:normAutofit"))
    scale = int(autofit.get("fontScale", 100000)) / 100000 if autofit is not None else 1.0
    for p in body.findall(qn("a:p")):
        if p.find(qn("a:br")) is not None or p.find(qn("a:fld")) is not None:
            continue  # lines it already breaks, or a field (a slide number) whose text is PowerPoint's
        text = "".join(t.text or "" for t in p.iter(qn("a:t")))
        size = _size(p, default_pt) * scale
        for at in reversed(line_breaks(text, width_pt / size)):
            _break_before(p, at)


def _size(p: etree._Element, default: float) -> float:
    for r_pr in p.iter(qn("a:rPr")):
        if r_pr.get("sz"):
            return int(r_pr.get("sz")) / 100
    return default


def line_breaks(text: str, width_em: float) -> list[int]:
    """Where to break `text` (character offsets) so that no line ends inside a katakana word, for
    lines `width_em` wide: the renderer's own breaks, simulated (any CJK character boundary,
    kinsoku kept: fit.unbreakable), each one that falls inside a word moved to the word's start."""
    words = [(m.start(), m.end()) for m in KATAKANA_WORD.finditer(text)]
    if not words or width_em <= 0:
        return []
    breaks: list[int] = []
    line, offset = 0.0, 0
    for spaced, piece in unbreakable(text):
        start = offset + (1 if spaced else 0)
        offset = start + len(piece)
        width = text_em(piece) + (text_em(" ") if spaced and line else 0.0)
        if line and line + width > width_em:
            cut = next(((a, b) for a, b in words if a < start < b), None)
            if cut is not None and _sure(text, cut, start, width_em):
                breaks.append(cut[0])
                line = text_em(text[cut[0] : offset])
                continue
            line = text_em(piece)
        else:
            line += width
    return breaks


def _sure(text: str, word: tuple[int, int], at: int, width_em: float) -> bool:
    """The word is cut for sure (by _SURE_EM or more on each side, so an estimate's error cannot
    put the renderer's break just before or after it) and fits on a line of its own."""
    start, end = word
    before, after = text_em(text[start:at]), text_em(text[at:end])
    fits_alone = text_em(text[start:end]) <= width_em
    return fits_alone and before >= _SURE_EM and after >= _SURE_EM


def _break_before(p: etree._Element, at: int) -> None:
    """Split the paragraph's run at character `at` and put a line break (`<a:br/>`, with the run's
    properties) between the halves."""
    seen = 0
    for run in p.findall(qn("a:r")):
        t = run.find(qn("a:t"))
        value = t.text or "" if t is not None else ""
        if seen + len(value) <= at:
            seen += len(value)
            continue
        head, tail = value[: at - seen], value[at - seen :]
        br = etree.Element(qn("a:br"))
        r_pr = run.find(qn("a:rPr"))
        if r_pr is not None:
            br.append(copy.deepcopy(r_pr))
        if head:
            second = copy.deepcopy(run)
            t.text = head
            second.find(qn("a:t")).text = tail
            run.addnext(br)
            br.addnext(second)
        else:
            run.addprevious(br)
        return
