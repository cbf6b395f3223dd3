"""A Chinese or Japanese word kept whole at a line end in a deck's titles and display text.

Chinese and Japanese break a line between any two characters, so a renderer sets
'2026全国青少年机器人创新挑战赛总决 / 赛' or 'マッチングフェ / ア2026' as readily as anything; an
editor setting a title or a tile moves the whole word to the next line instead. No character or
attribute asks LibreOffice for that (office/cjk_phrases.py has the measurements), so where the
renderer's own breaking would cut a word (a phrase, a number tied to its unit, a katakana word:
`cjk_phrases.kept_words`), the line is broken before the word (`<a:br/>`), as the editor would,
judged from the characters' widths (fit.py's table: a CJK character is one em, exact in every
Chinese and Japanese font) at the size the text is set. Every line of such a paragraph is ended
by us, a line with digits or Latin letters a little short of full, one of CJK characters only
full to a quarter em (each is one em): how LibreOffice breaks beside digits and marks (an
ideographic comma before digits, a joiner between two CJK characters) differs from Unicode's rules
and from PowerPoint's, so a paragraph whose lines we all end leaves none of them to chance. A
quotation's credit ('——中華民國對外貿易發展協會') starts its own line where it does not fit after
the quotation, whole, or parted between its words where it is wider than a line.

Titles, the text boxes of a slide (tiles, the kicker, the lead, sources) and lists (bullets, at
their level's indent) are set so. A word wider than its line is left to the renderer, and so is
a paragraph that already breaks its lines or holds a field.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from lxml import etree
from pptx.enum.shapes import PP_PLACEHOLDER

from reportgen.office.cjk_compounds import held_by_affix
from reportgen.office.cjk_phrases import credit_start, kept_words, language_of
from reportgen.office.ooxml import qn
from reportgen.office.powerpoint.fit import EMU_PER_PT, inherited_size, text_columns, text_em, unbreakable
from reportgen.office.powerpoint.slide_lines import break_before, list_indents, paragraph_indent

_TITLES = {PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE}


def keep_cjk_words(prs: Any, tag: str) -> None:
    """In a Chinese or Japanese deck, end each line of a title, text box or list paragraph
    between words (`line_breaks`)."""
    language = language_of(tag)
    if not language:
        return
    sizes: dict[Any, float] = {}
    for slide in prs.slides:
        levels = list_indents(slide.slide_layout.slide_master)
        for shape in slide.shapes:
            if not shape.has_text_frame or not shape.width:
                continue
            # a list: its levels' indents, the master's where a paragraph sets none
            listed = shape.is_placeholder and shape.placeholder_format.type not in _TITLES
            indents = levels if listed else {}
            keep_in_shape(shape._element, shape.width, inherited_size(shape, sizes), language, indents)


def keep_in_shape(
    element: etree._Element, width_emu: int, default_pt: float, language: str, levels: dict[int, int]
) -> None:
    """End each line of each paragraph of the shape `element` (`width_emu` wide, its text `default_pt`
    where a run sets no size) between words (`line_breaks`), a list paragraph at its level's indent."""
    body = element.find(qn("p:txBody"))
    body_pr = body.find(qn("a:bodyPr")) if body is not None else None
    if body_pr is None or body_pr.get("wrap") == "none":
        return
    insets = int(body_pr.get("lIns", 91440)) + int(body_pr.get("rIns", 91440))
    columns, gap = text_columns(body_pr)
    width_emu = (width_emu - insets - gap * (columns - 1)) // columns
    autofit = body_pr.find(qn("a:normAutofit"))
    scale = int(autofit.get("fontScale", 100000)) / 100000 if autofit is not None else 1.0
    for p in body.findall(qn("a:p")):
        breaks = p.findall(qn("a:br"))
        if (breaks and not (len(breaks) == 1 and _credit_line(breaks[0]))) or p.find(qn("a:fld")) is not None:
            continue  # lines it already breaks, or a field (a slide number) whose text is PowerPoint's
        indent = paragraph_indent(p, levels)
        if indent is None:
            continue  # a list level whose indent the master does not say: left to the renderer
        text = ""  # up to a quotation's credit on a line of its own (quote_lines.py): its lines
        for element in p:
            if element.tag == qn("a:br"):
                break
            text += "".join(t.text or "" for t in element.iter(qn("a:t")))
        room = (width_emu - indent) / EMU_PER_PT
        if breaks:  # the credit's own line, at its own size: between its words too (review LL:
            # '——日本・ASEANスタートアップ共創ビ / ジネスサミット実行委員会'), the later breaks first
            credit = breaks[0].getnext()
            said = "".join(t.text or "" for r in breaks[0].itersiblings(qn("a:r")) for t in r.iter(qn("a:t")))
            for at in reversed(line_breaks(said, room / (_size(credit, default_pt) * scale), language)):
                break_before(p, len(text) + at)
        size = _size(p, default_pt) * scale
        for at in reversed(line_breaks(text, room / size, language)):
            break_before(p, at)


def _credit_line(br: etree._Element) -> bool:
    """Whether a line break starts a quotation's credit ('——外貿協會'): quote_lines.py's."""
    after = br.getnext()
    return after is not None and after.tag == qn("a:r") and (after.findtext(qn("a:t")) or "").startswith("—")


def _size(p: etree._Element, default: float) -> float:
    """The size of a paragraph's (or a run's) text, in pt: its first run's that sets one."""
    for r_pr in p.iter(qn("a:rPr")):
        if r_pr.get("sz"):
            return int(r_pr.get("sz")) / 100
    return default


#: The share of a line our breaks fill, and the extra width allowed for a Latin letter or digit:
#: a Chinese or Japanese character is one em in every CJK font, but digits and Latin letters are
#: set in the Latin font, and LibreOffice's fallback (DejaVu Sans, bold in titles and tiles) sets
#: them up to a third wider than fit.py's table. A line we end must never wrap again by itself.
_FILL, _NARROW_MARGIN = 0.96, 0.35
#: The room a line of CJK characters only keeps at its end (in ems): a rounding's worth.
_FULL_SLACK = 0.25


def _safe_em(text: str) -> float:
    full = sum(1 for c in text if c in _FULL_IN_CJK)
    narrow = "".join(c for c in text if not _wide(c))
    return text_em(text.translate(_NOT_FULL)) + full + text_em(narrow) * _NARROW_MARGIN


def _wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in {"W", "F"} or char in _FULL_IN_CJK


#: Marks of ambiguous width that a Chinese or Japanese font sets one em wide: a credit's '——', an
#: ellipsis. Measured as Latin, '——中華民國對外貿易發展協會' read 0.6 em short of its width.
_FULL_IN_CJK = frozenset("\u2014\u2015\u2026\u2025")
_NOT_FULL = dict.fromkeys(map(ord, _FULL_IN_CJK))


def line_breaks(text: str, width_em: float, language: str = "ja") -> list[int]:
    """Where to break `text` (character offsets) into lines `width_em` wide, every line ending
    where the language lets a line end (fit.unbreakable: spaces and CJK character boundaries,
    kinsoku kept) and outside every word (`kept_words`) that fits on a line of its own: each line
    filled with whole words, so that the renderer's own breaking, which cuts words, has nothing
    to do. [] where the text fits one line, has no such word, or a piece of it is wider than a line
    (the renderer breaks that one as it can)."""
    limit = width_em * _FILL
    if width_em <= 0 or _safe_em(text) <= width_em:
        return []  # one line: nothing to end (and no phrases to find)
    words = kept_words(text, language)
    if not words:
        return []
    kept = [(a, b) for a, b in words if _safe_em(text[a:b]) <= limit]
    segments: list[tuple[int, int]] = []  # (start, end) between the breaks a line may take
    offset = 0
    for spaced, piece in _pieces(text):
        start = offset + (1 if spaced else 0)
        offset = start + len(piece)
        inside = any(a < start < b for a, b in kept) or held_by_affix(text, start, language)
        if segments and (inside or not start):
            segments[-1] = (segments[-1][0], offset)
        else:
            segments.append((start, offset))
    if _safe_em(text[slice(*segments[0])]) > limit:
        return []
    breaks: list[int] = []
    line_start = segments[0][0]
    for start, end in segments[1:]:
        if _safe_em(text[start:end]) > limit:
            return []  # a piece wider than a line: the renderer's to break
        if not _fits(text[line_start:end], width_em):
            breaks.append(start)
            line_start = start
    return breaks


def _fits(line: str, width_em: float) -> bool:
    """Whether a line of ours fits `width_em`: a line of Chinese and Japanese characters only, each
    one em in every CJK font, fills the width to within _FULL_SLACK ('過去最多を / 更新しました。」'
    was ended at 12 of its 13.4 ems, review DD); a line with digits or Latin letters keeps _FILL's
    margin."""
    if all(_wide(c) or unicodedata.category(c) == "Cf" for c in line):
        return _safe_em(line) <= width_em - _FULL_SLACK
    return _safe_em(line) <= width_em * _FILL


def _pieces(text: str) -> list[tuple[bool, str]]:
    """The renderer's pieces (fit.unbreakable), and a quotation's credit parted from the marks that
    close it: a line of ours may end at '。”' and the next begin with the credit's '——', which
    Unicode's rules (and so fit.py) hold to a curly quote ('…新高。”——泉州…')."""
    credit = credit_start(text)
    pieces, offset = [], 0
    for spaced, piece in unbreakable(text):
        start = offset + (1 if spaced else 0)
        offset = start + len(piece)
        if credit and start < credit < offset:
            pieces += [(spaced, piece[: credit - start]), (False, piece[credit - start :])]
        else:
            pieces.append((spaced, piece))
    return pieces


#: Where a Chinese or Japanese name joins two names, a title's line may end best: after the word
#: that joins them ('…動畫影展暨' / '亞洲獨立動畫短片競賽'), or before a subtitle's opening wave dash
#: ('JASS福岡2026 in 福岡' / '〜越境イノベーションで次世代産業をつくる〜').
_JOINED_AFTER = frozenset("暨與与及")
_SUBTITLE_MARKS = frozenset("〜～")


def title_breaks(text: str, width_em: float, language: str = "ja") -> list[int]:
    """`line_breaks` for a title, ending a line at a joint of the name (_JOINED_AFTER,
    _SUBTITLE_MARKS) where that takes no more lines: the latest such joint (review NN: the
    briefing's '…影展暨亞洲 / 獨立動畫短片競賽' parted the competition's name where the deck's
    cover ended the line after '暨')."""
    breaks = line_breaks(text, width_em, language)
    if not breaks:
        return breaks
    joints = [i + 1 for i, c in enumerate(text) if c in _JOINED_AFTER and 0 < i < len(text) - 1]
    joints += [i for i, c in enumerate(text) if c in _SUBTITLE_MARKS and i and text[i:].count(c) >= 2]
    best: list[int] = []
    for joint in sorted(set(joints)):
        head, tail = text[:joint].rstrip(), text[joint:].lstrip()
        first = _lines_of(head, width_em, language)
        rest = _lines_of(tail, width_em, language)
        if first is None or rest is None:
            continue  # a part our breaks cannot end: the renderer's, not ours
        skipped = len(text) - len(text[joint:].lstrip())
        candidate = [*first, joint, *(skipped + at for at in rest)]
        if len(candidate) <= len(breaks):
            best = candidate
    return best or breaks


def _lines_of(text: str, width_em: float, language: str) -> list[int] | None:
    """`line_breaks` of a part of a title: [] where it fits one line, None where it fits none and
    our breaks cannot end its lines."""
    if _fits(text, width_em):
        return []
    return line_breaks(text, width_em, language) or None
