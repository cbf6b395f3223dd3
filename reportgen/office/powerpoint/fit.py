"""Shrinking rendered text to fit its box, as PowerPoint's "shrink text on overflow" would.

PowerPoint computes the font scale of an autofit text box only when someone edits the text, so text
we generate would otherwise spill out of its box. We estimate the rendered height from character
widths (East Asian characters count as full-width) and write the scale PowerPoint would have
stored (`<a:normAutofit fontScale=.../>`). Below a floor the text is still too long to read well;
that is reported as a warning naming the slide and shape rather than shrunk further.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable
from typing import Any

from lxml import etree

from reportgen.data.line_measure import LINE_REDUCTION, line_pt, reduces_lines
from reportgen.data.typography import FREED_SPACE, freed_space, freed_words
from reportgen.memo import Memo
from reportgen.office.break_points import ASIAN_LATIN_GAP, hangul, unbreakable, wide
from reportgen.office.hyphens import can_hyphenate, hyphenate_lines
from reportgen.office.ooxml import qn

EMU_PER_PT = 12700
DEFAULT_SIZE_PT = 18.0
#: Shrinking stops where the smallest text of a box would go below this size: slides are read
#: from the back of a room, so 16 pt is the least a projected body text may be.
MIN_FIT_PT = 16.0
_STEP = 0.025
#: A statement (a text box set centred in its middle, each paragraph centred, at STATEMENT_PT or
#: more, in a box at least STATEMENT_BOX_PT wide and half that tall: the deck's pull quote) grows
#: up to this size, while its text takes at most STATEMENT_FILL of its box's height (room for a
#: line more than the estimate): at the template's 36 pt a one-line statement sat in a box three
#: times its height, and statements of a few lines covered 22-25 % of their slide (review Q). At
#: 54 pt, bold, a sentence read as a poster over its 28 pt title (review R): 40 pt, regular.
STATEMENT_MAX_PT = 40.0
STATEMENT_PT = 28.0
STATEMENT_BOX_PT = 400.0
STATEMENT_FILL = 0.75
#: How much wider than the character table a statement's bold type sets (DejaVu Sans Bold, where
#: LibreOffice lacks Arial, is wider still: STATEMENT_FILL keeps room for a line more).
STATEMENT_BOLD = 1.12
#: How much wider than the estimate an unbreakable word may set (regular, bold): see _fit_words.
#: A word with a digit: DejaVu Sans's digits (LibreOffice's fallback for Arial) set 1.20-1.22 times
#: the table's width, bold 1.32-1.34; a word of letters has its own margin (LETTER_MARGIN).
WORD_MARGIN, WORD_MARGIN_BOLD = 1.25, 1.35
#: The same for a word of letters only: DejaVu Sans sets Swedish, German, Dutch and Spanish words
#: 1.00-1.09 times the table's width, bold 1.15-1.24 (measured with PIL on DejaVu Sans). With the
#: digits' margin a tile's 'Biljettförsäljningsintäkterna' was broken with a printed hyphen on a
#: line that held it whole.
LETTER_MARGIN, LETTER_MARGIN_BOLD = 1.1, 1.25


#: A Hangul letter's advance in ems in the Korean fonts the deck names (Noto Sans CJK KR, regular
#: and bold alike: 920 of 1000 units, read from the font's metrics); a Chinese or Japanese
#: character's is a full em. A word's width (`set_em`) is measured so; the lines' estimate
#: (`text_em`) keeps a full em, the margin its line breaks and the document check's measures of a
#: slide's space were set with.
HANGUL_EM = 0.92


def word_margin(word: str, bold: bool) -> float:
    """How much wider than the table `word` may set: a digit's margin where it has one, else a
    letter's."""
    if any(c.isdigit() for c in word):
        return WORD_MARGIN_BOLD if bold else WORD_MARGIN
    return LETTER_MARGIN_BOLD if bold else LETTER_MARGIN


def _char_em(char: str) -> float:
    if unicodedata.category(char) == "Cf":  # a word joiner, a soft hyphen's kin: nothing to see
        return 0.0
    if unicodedata.east_asian_width(char) in {"W", "F"}:
        return 1.0  # a Hangul letter sets 0.92 (HANGUL_EM): the lines' estimate keeps that margin
    if char in "mwMW@%":  # Arial's m is 0.83 em, DejaVu Sans Bold's (LibreOffice's fallback) 1.04
        return 0.85
    if char.isupper():
        return 0.68
    if char in " \u00a0\u202fil.,;:'!|":
        return 0.3
    return 0.52


def _paragraph_size(p: etree._Element, default: float) -> float:
    for r_pr in p.iter(qn("a:rPr"), qn("a:endParaRPr")):
        if r_pr.get("sz"):
            return int(r_pr.get("sz")) / 100
    return default


def _words(text: str) -> tuple[tuple[float, float], ...]:
    """Each piece of `text` a renderer keeps on one line (`unbreakable`), as (space before it, its
    width), in ems at 1 pt: a Chinese slide's lead measured as one word was set at the floor size.
    Measured once a process for each text (`_MEASURED`): a rebuild sets mostly the same texts."""
    known = _MEASURED.get(text)
    if known is None:
        space = _char_em(" ")
        known = tuple((space if spaced else 0.0, text_em(piece)) for spaced, piece in unbreakable(text))
        _MEASURED.remember(text, known)
    return known


def text_em(text: str) -> float:
    """The width of `text` on one line, in ems at 1 pt (by `_char_em`), with the space set where
    Chinese or Japanese meets a Latin letter or digit. Measured once a process for each text
    (`_WIDTHS`): the document check measures every paragraph of the deck, mostly the same ones
    again after each save under `reportgen watch`."""
    if len(text) > _WIDTHS_LONGEST:
        return _measure_em(text)  # a long text is measured each time: the memo stays small
    known = _WIDTHS.get(text)
    if known is None:
        known = _measure_em(text)
        _WIDTHS.remember(text, known)
    return known


def _measure_em(text: str) -> float:
    width, previous = 0.0, ""  # the last visible character
    for char in text:
        em = _char_em(char)
        width += em
        if em == 0.0:
            continue  # a joiner sits between the two it joins
        if previous and wide(char) != wide(previous):
            narrow = previous if wide(char) else char
            if narrow.isalnum() and (char if wide(char) else previous).isalnum():
                width += ASIAN_LATIN_GAP
        previous = char
    return width


#: The pieces and widths of texts measured by this process, by text. A deck sets a few hundred
#: texts; `reportgen watch` sets mostly the same ones again after each save.
_MEASURED: Memo[str, tuple[tuple[float, float], ...]] = Memo(4096)
#: The widths `text_em` measured, by text (paragraphs, pieces of them, numbers), of texts of at
#: most `_WIDTHS_LONGEST` characters: at most about 8 MB however long an event's texts are.
_WIDTHS: Memo[str, float] = Memo(4096)
_WIDTHS_LONGEST = 500


def text_columns(body_pr: etree._Element | None) -> tuple[int, int]:
    """A text body's columns (PowerPoint's "Columns": `a:bodyPr numCol`) and the gap between
    them in EMU; (1, 0) for one column or a value out of range."""
    count = body_pr.get("numCol", "1") if body_pr is not None else "1"
    gap = body_pr.get("spcCol", "0") if body_pr is not None else "0"
    columns = int(count) if count.isdigit() and 0 < int(count) <= 16 else 1
    return columns, (int(gap) if gap.isdigit() and int(gap) < 10**8 else 0)


def _fits_columns(
    paragraphs: list[tuple[tuple[tuple[float, float], ...], float, float]],
    width_pt: float,
    height_pt: float,
    columns: int,
    scale: float,
) -> bool:
    """Whether the paragraphs fit `columns` columns of `height_pt` at `scale`, filled one after
    the other as PowerPoint fills a text body's columns (a paragraph is not split between them)."""
    if columns <= 1:
        return _needed_height(paragraphs, width_pt, scale) <= height_pt
    used, column = 0.0, 1
    for paragraph in paragraphs:
        height = _needed_height([paragraph], width_pt, scale)
        if used and used + height > height_pt:
            column, used = column + 1, 0.0
        used += height
        if column > columns or used > height_pt:
            return False
    return True


def _needed_height(
    paragraphs: list[tuple[tuple[tuple[float, float], ...], float, float]], width_pt: float, scale: float
) -> float:
    """The height the paragraphs need at `scale`: one pass over their words (widths measured once)."""
    height = 0.0
    for words, full_size, space_after in paragraphs:
        size = full_size * scale
        line_width = 0.0
        lines = 1
        for gap_em, em in words:
            word_width = em * size
            space = gap_em * size if line_width else 0.0
            if line_width and line_width + space + word_width > width_pt:
                lines += 1 + int(word_width // width_pt)
                line_width = word_width % width_pt
            else:
                line_width += space + word_width
        height += (
            lines * line_pt(full_size, scale) + space_after
        )  # as the plan measures (data/line_measure.py)
    return height


def line_texts(text: str, width_pt: float, size: float) -> list[str]:
    """`text`'s lines at `size` in a line `width_pt` wide, as `_needed_height` fills them: whole
    pieces (`unbreakable`) one after the other, a piece wider than a line on a line of its own."""
    lines: list[str] = []
    line, line_width = "", 0.0
    for (spaced, piece), (gap_em, em) in zip(unbreakable(text), _words(text), strict=True):
        space = gap_em * size if line_width else 0.0
        if line and line_width + space + em * size > width_pt:
            lines.append(line)
            line, line_width = piece, em * size
        else:
            line += (" " if spaced and line else "") + piece
            line_width += space + em * size
    return [*lines, line]


def floor_for(sizes: list[float]) -> float:
    """The least scale that keeps every size at MIN_FIT_PT or above (1.0: text that is already small
    is never shrunk)."""
    smallest = min(sizes, default=DEFAULT_SIZE_PT)
    return min(1.0, MIN_FIT_PT / smallest) if smallest > 0 else 1.0


def inherited_size(shape: Any, known: dict[Any, float] | None = None) -> float:
    """The size a placeholder's text takes when its runs set none (python-pptx shape): its layout's,
    then its master's placeholder (first-level list style), then the master's title or body text
    style; DEFAULT_SIZE_PT for other shapes. A title slide's 44 pt event name was measured at 18 pt
    and grew over the kicker above it.

    The size follows from the slide's layout and the placeholder's index and type alone: with
    `known` (a dict the caller keeps while the deck's layouts and masters, and so their ids, stay
    as they are: one pass over a deck), each is looked up once (python-pptx finds a layout's
    placeholder by making every shape of the layout)."""
    if not getattr(shape, "is_placeholder", False):
        return DEFAULT_SIZE_PT
    if known is None:
        return _inherited_size(shape)
    try:
        layout = shape.part.slide_layout.part  # the part, not a proxy made for this call
    except AttributeError:  # not on a slide
        return _inherited_size(shape)
    element = shape._element
    key = (id(layout), type(shape), element.ph_idx, element.ph_type)
    size = known.get(key)
    if size is None:
        size = known[key] = _inherited_size(shape)
    return size


def _inherited_size(shape: Any) -> float:
    level = f"{qn('a:lstStyle')}/{qn('a:lvl1pPr')}/{qn('a:defRPr')}"
    base = shape
    while (base := getattr(base, "_base_placeholder", None)) is not None:
        found = base._element.find(f"{qn('p:txBody')}/{level}")
        if found is not None and found.get("sz"):
            return int(found.get("sz")) / 100
    try:
        master = shape.part.slide_layout.slide_master._element
    except AttributeError:
        return DEFAULT_SIZE_PT
    kind = shape._element.ph_type if hasattr(shape._element, "ph_type") else None
    style = "titleStyle" if str(kind).startswith(("TITLE", "CENTER_TITLE")) else "bodyStyle"
    found = master.find(f"{qn('p:txStyles')}/{qn('p:' + style)}/{qn('a:lvl1pPr')}/{qn('a:defRPr')}")
    return int(found.get("sz")) / 100 if found is not None and found.get("sz") else DEFAULT_SIZE_PT


def fit_text(
    shape: etree._Element,
    width_emu: int,
    height_emu: int,
    default_pt: float = DEFAULT_SIZE_PT,
    locale: str = "",
) -> float | None:
    """Set the autofit font scale a text shape needs; return the scale, or None when the text
    overflows even at the floor (its smallest text at MIN_FIT_PT), where it is left. `default_pt`
    is the size of text whose runs set none (`inherited_size`); a word too wide for the box even
    at the floor is hyphenated as `locale`'s language allows, or its run's `lang` says."""
    body = shape.find(qn("p:txBody"))
    if body is None or width_emu <= 0 or height_emu <= 0:
        return 1.0
    body_pr = body.find(qn("a:bodyPr"))
    if body_pr is None or body_pr.get("wrap") == "none":
        return 1.0
    insets = [
        int(body_pr.get(k, d))
        for k, d in (("lIns", 91440), ("rIns", 91440), ("tIns", 45720), ("bIns", 45720))
    ]
    columns, gap = text_columns(body_pr)  # each column as wide as its share, less the gaps
    width_pt = ((width_emu - insets[0] - insets[1] - gap * (columns - 1)) / columns) / EMU_PER_PT
    height_pt = (height_emu - insets[2] - insets[3]) / EMU_PER_PT
    texts = []
    for p in body.findall(qn("a:p")):
        text = shown_text(p)
        size = _paragraph_size(p, default_pt)
        p_pr = p.find(qn("a:pPr"))
        after = p_pr.find(qn("a:spcAft") + "/" + qn("a:spcPts")) if p_pr is not None else None
        texts.append((text, size, int(after.get("val")) / 100 if after is not None else 0.0))
    if not any(text for text, _, _ in texts):
        return 1.0
    texts = _fit_words(body, texts, width_pt, locale)
    title = is_title(shape)
    texts = [
        _tie_last_words(p, t, width_pt, title, locale or "en")
        for p, t in zip(body.findall(qn("a:p")), texts, strict=True)
    ]
    paragraphs = [(_words(text), size, after) for text, size, after in texts]  # widths measured once
    floor = floor_for([size for text, size, _ in texts if text])
    steps = [1.0 - _STEP * i for i in range(int((1.0 - floor) / _STEP + 1e-9) + 1)]
    chosen = _largest_fitting(
        steps, lambda scale: _fits_columns(paragraphs, width_pt, height_pt, columns, scale)
    )
    scale = chosen if chosen is not None else steps[-1]
    if scale < 1.0:
        _set_autofit(body, scale)
    elif is_statement(shape, width_emu, height_emu, default_pt):
        _grow(body, paragraphs, width_pt, height_pt)
    return chosen


def is_statement(
    shape: etree._Element, width_emu: int, height_emu: int, default_pt: float = DEFAULT_SIZE_PT
) -> bool:
    """Whether a text shape is set as a statement: centred in the middle of a large box, each of
    its paragraphs centred and at least STATEMENT_PT."""
    body = shape.find(qn("p:txBody"))
    body_pr = body.find(qn("a:bodyPr")) if body is not None else None
    if body_pr is None or body_pr.get("anchor") != "ctr":
        return False
    if width_emu < STATEMENT_BOX_PT * EMU_PER_PT or height_emu < STATEMENT_BOX_PT / 2 * EMU_PER_PT:
        return False
    shown = [p for p in body.findall(qn("a:p")) if "".join(t.text or "" for t in p.iter(qn("a:t"))).strip()]
    return bool(shown) and all(
        (p.find(qn("a:pPr")) is not None and p.find(qn("a:pPr")).get("algn") == "ctr")
        and _paragraph_size(p, default_pt) >= STATEMENT_PT
        for p in shown
    )


def _grow(
    body: etree._Element,
    paragraphs: list[tuple[tuple[tuple[float, float], ...], float, float]],
    width_pt: float,
    height_pt: float,
) -> None:
    """A statement's type made larger, by whole points, up to STATEMENT_MAX_PT, while its text
    takes at most STATEMENT_FILL of its box's height."""
    largest = max(size for _, size, _ in paragraphs)
    best = 1.0
    for points in range(int(largest) + 1, int(STATEMENT_MAX_PT) + 1):
        factor = points / largest
        # measured in a width less the bold margin: a statement is set bold (the table is Arial's)
        if _needed_height(paragraphs, width_pt / STATEMENT_BOLD, factor) > STATEMENT_FILL * height_pt:
            break
        best = factor
    if best == 1.0:
        return
    for r_pr in body.iter(qn("a:rPr"), qn("a:endParaRPr")):
        if r_pr.get("sz", "").isdigit():
            r_pr.set("sz", str(round(int(r_pr.get("sz")) * best / 100) * 100))


def _largest_fitting(steps: list[float], fits: Callable[[float], bool]) -> float | None:
    """The first of the falling `steps` at which the text fits (a smaller scale never needs more
    room), found by bisection: a few passes over the text, not one per step."""
    low, high = 0, len(steps)  # steps[:low] do not fit; steps[high:] do
    while low < high:
        middle = (low + high) // 2
        if fits(steps[middle]):
            high = middle
        else:
            low = middle + 1
    return steps[low] if low < len(steps) else None


def _fit_words(
    body: etree._Element, paragraphs: list[tuple[str, float, float]], width_pt: float, locale: str = ""
) -> list[tuple[str, float, float]]:
    """A word that cannot break ("RMB\u00a015\u00a0billion": no-break spaces keep a number whole)
    and is wider than its box sets its paragraph smaller, down to MIN_FIT_PT, so a tile fits its
    number instead of breaking it mid-word."""
    fitted = []
    for p, (text, size, after) in zip(body.findall(qn("a:p")), paragraphs, strict=True):
        # the character table is about Arial's; a bold face, or a wider fallback (DejaVu Sans
        # where Arial is missing, as in LibreOffice on Linux), sets digits up to a third wider
        bold = any(r.get("b") == "1" for r in p.iter(qn("a:rPr")))
        widest = _widest(text, bold) * size
        if widest * MIN_FIT_PT / size > width_pt and _free_words(p):  # too wide even at the floor
            text = shown_text(p)
            widest = _widest(text, bold) * size
        at_floor = widest * min(1.0, MIN_FIT_PT / size) if size > 0 else 0.0
        if widest > width_pt and size > MIN_FIT_PT:
            was, size = size, max(MIN_FIT_PT, math.floor(size * width_pt / widest * 2) / 2)
            for r_pr in p.iter(qn("a:rPr"), qn("a:endParaRPr")):  # a smaller run (a quotation's
                old = int(r_pr.get("sz")) / 100 if r_pr.get("sz", "").isdigit() else was  # credit)
                r_pr.set("sz", str(int(min(size, math.floor(old * size / was * 2) / 2) * 100)))  # stays so
        if at_floor > width_pt:  # too wide even at the floor: broken where its language allows
            text = _hyphenate(p, size, bold, width_pt, locale) or text
        fitted.append((text, size, after))
    return fitted


def shown_text(p: etree._Element) -> str:
    """A paragraph's text, a line break (`a:br`: a quotation's credit on a line of its own) as the
    space a line may end at: '187,400.”' and '— City' are no one word."""
    return "".join(" " if e.tag == _BREAK else e.text or "" for e in p.iter(qn("a:t"), _BREAK))


def _widest(text: str, bold: bool) -> float:
    """The width of `text`'s widest unbreakable piece in ems at 1 pt, with its margin (`set_em`)."""
    return max((set_em(piece, bold) for _, piece in unbreakable(text)), default=0.0)


def set_em(text: str, bold: bool) -> float:
    """The width of `text` on one line in ems at 1 pt as a renderer may set it: its Latin letters
    and digits wider than the table by their margin (`word_margin`: a bold face, a wider fallback
    font), its Chinese, Japanese and Korean characters at their own font's advance, which a bold
    face does not widen (a bold Hangul word measured with a letter's bold margin was taken for a
    third wider than it sets, and a Korean tile's number shrunk that fitted at its size)."""
    full = [c for c in text if wide(c) and _char_em(c)]
    narrow = text_em(text) - len(full)  # the table counts a wide character a full em
    return narrow * word_margin(text, bold) + sum(HANGUL_EM if hangul(c) else 1.0 for c in full)


def _hyphenate(p: etree._Element, size: float, bold: bool, width_pt: float, locale: str) -> str | None:
    """The words of `p` wider than `width_pt` at `size` (with a letter's margin) broken where the
    language of their run (its `lang`, else `locale`) allows, each with a printed hyphen
    (office/hyphens.py), not at the letter the line ran out; their lines measured with the wider
    margin, room to spare for a wider font ('Gebäudeenergieeffizienz-förderprogrammbudget', not
    '…effizienzför-derprogrammbudget' where the patterns know no seam). The paragraph's new
    text, or None where nothing changed."""
    letters, scale = size * word_margin("", bold), size * (WORD_MARGIN_BOLD if bold else WORD_MARGIN)
    changed = False
    for r in p.iter(qn("a:r")):
        t, r_pr = r.find(qn("a:t")), r.find(qn("a:rPr"))
        language = (r_pr.get("lang", "") if r_pr is not None else "") or locale
        if t is None or not t.text or not can_hyphenate(language or "-"):
            continue
        new = "".join(
            hyphenate_lines(word, language, lambda w: text_em(w) * scale, width_pt)
            if text_em(word) * letters > width_pt  # only a word that needs it
            else word
            for word in re.split(r"( +)", t.text)
        )
        changed |= new != t.text
        t.text = new
    return "".join(t.text or "" for t in p.iter(qn("a:t"))) if changed else None


#: The last two words of a centred paragraph tied take at most this share of its line; a title's,
#: at most the line: the line above may end short, but no word of a title stands alone.
_LAST_WORDS_SHARE = 0.6
_TITLE_WORDS_SHARE = 1.0


_TITLE_KINDS = frozenset({"title", "ctrTitle"})


def is_title(shape: etree._Element) -> bool:
    """Whether a shape is a slide's title placeholder."""
    ph = shape.find(f"{qn('p:nvSpPr')}/{qn('p:nvPr')}/{qn('p:ph')}")
    return ph is not None and ph.get("type") in _TITLE_KINDS


def _tie_last_words(
    p: etree._Element,
    paragraph: tuple[str, float, float],
    width_pt: float,
    title: bool = False,
    locale: str = "en",
) -> tuple[str, float, float]:
    """In a centred paragraph of more than one line (a tile's caption, a statement), or in a
    slide's title however aligned, the last space becomes a no-break one, so its last word never
    stands alone on the last line ('Total attendance over four / days', '(alrededor de 26
    millones de / dólares)': review O; '…edição de / 2027': review S), where the two words take at
    most _LAST_WORDS_SHARE of a line (a title's: _TITLE_WORDS_SHARE); measured with the words'
    widths, as the fit measures them (bold or a wider fallback font: WORD_MARGIN_BOLD)."""
    text, size, after = paragraph
    p_pr = p.find(qn("a:pPr"))
    centred = p_pr is not None and p_pr.get("algn") == "ctr"
    if not (centred or title) or width_pt <= 0 or text.count(" ") < 2:
        return paragraph
    if text_em(text) * size * WORD_MARGIN <= width_pt:
        return paragraph  # one line, in a wider fallback font too
    head, _, last = text.rstrip().rpartition(" ")
    pair = head.rsplit(" ", 1)[-1] + "\u00a0" + last
    share = _TITLE_WORDS_SHARE if title and not centred else _LAST_WORDS_SHARE
    if not last or text_em(pair) * size * WORD_MARGIN_BOLD > width_pt * share:
        return paragraph
    for t in reversed(list(p.iter(qn("a:t")))):  # the last plain space, in the run that holds it
        value = t.text or ""
        at = value.rstrip().rfind(" ")
        if at != -1 and at == freed_space(value.rstrip(), locale):
            return paragraph  # a break the fit freed on purpose (FREED_SPACE)
        if at != -1:
            t.text = value[:at] + "\u00a0" + value[at + 1 :]
            return ("".join(x.text or "" for x in p.iter(qn("a:t"))), size, after)
        if value.strip():
            return paragraph  # the last word is a run of its own: left as it is
    return paragraph


#: A number with its scale word ('58,7\u00a0millions'), then the ties of the words after it.
_TIED_WORDS = re.compile(r"(\d[\d.,\u00a0\u202f’']*\u00a0[^\W\d_]+)(\u00a0[^\d]*)$")


def _free_words(paragraph: etree._Element) -> bool:
    """Untie the words after a number and its scale word, where the whole is too wide for its box
    even at the floor: '58,7 millions' stays whole and 'de dollars canadiens' may take the next
    line, rather than the number breaking or leaving its tile. Whether a tie was freed."""
    freed = False
    for text in paragraph.iter(qn("a:t")):
        value = text.text or ""
        match = _TIED_WORDS.search(value)
        if match is not None and any(c.isalpha() for c in match.group(2)):
            text.text = value[: match.start(2)] + FREED_SPACE + freed_words(match.group(2)[1:])
            freed = True
    return freed


def autofit_scale(body: etree._Element) -> float:
    """The scale a text body's autofit sets its text at (`set_scale`): 1.0 where it sets none."""
    fit = body.find(f"{qn('a:bodyPr')}/{qn('a:normAutofit')}")
    return int(fit.get("fontScale", "100000")) / 100000 if fit is not None else 1.0


def wrapping_body(shape: Any) -> etree._Element | None:
    """The text body of `shape` where its lines wrap: None for a shape without text or width, or
    one set on one line (`wrap="none"`), whose words the check never finds breaking."""
    body = shape._element.find(qn("p:txBody"))
    if body is None or not shape.width:
        return None
    body_pr = body.find(qn("a:bodyPr"))
    return None if body_pr is not None and body_pr.get("wrap") == "none" else body


def set_scale(body: etree._Element, scale: float) -> None:
    """Set a text body's autofit scale (`fit_text` chooses it; continued.py shares it)."""
    _set_autofit(body, scale)


def _set_autofit(body: etree._Element, scale: float) -> None:
    body_pr = body.find(qn("a:bodyPr"))
    for old in (qn("a:noAutofit"), qn("a:spAutoFit"), qn("a:normAutofit")):
        for element in body_pr.findall(old):
            body_pr.remove(element)
    autofit = etree.Element(qn("a:normAutofit"))
    autofit.set("fontScale", str(int(math.floor(scale * 100000 / 2500) * 2500)))
    if reduces_lines(scale):
        autofit.set("lnSpcReduction", str(round(LINE_REDUCTION * 100000)))
    warp = body_pr.find(qn("a:prstTxWarp"))  # the schema puts autofit right after it, before 3-D effects
    body_pr.insert(body_pr.index(warp) + 1 if warp is not None else 0, autofit)


_BREAK = qn("a:br")
#: How much wider LibreOffice's fallback for a theme font it lacks (DejaVu Sans) sets a line of
#: Latin text than the widths above: 4–5 % on a Polish slide's bullets (measured with its metrics;
#: a CJK character is its full em in any font).
FALLBACK_WIDER = 1.06


def text_height(shape: etree._Element, width_emu: int, default_pt: float = DEFAULT_SIZE_PT) -> int:
    """The height (EMU) a text shape's lines take at the autofit scale it carries, its insets
    included: each paragraph at its indent, a line break starting a line, at the widths the widest
    fallback font sets (FALLBACK_WIDER), so as not to promise room that is not there; 0 for a shape
    without text."""
    body = shape.find(qn("p:txBody"))
    body_pr = body.find(qn("a:bodyPr")) if body is not None else None
    if body is None or body_pr is None or width_emu <= 0:
        return 0
    insets = [
        int(body_pr.get(k, d))
        for k, d in (("lIns", 91440), ("rIns", 91440), ("tIns", 45720), ("bIns", 45720))
    ]
    scale = autofit_scale(body)
    width_pt = (width_emu - insets[0] - insets[1]) / EMU_PER_PT
    height, any_text = 0.0, False
    for p in body.findall(qn("a:p")):
        p_pr = p.find(qn("a:pPr"))
        after = p_pr.find(qn("a:spcAft") + "/" + qn("a:spcPts")) if p_pr is not None else None
        margin = p_pr.get("marL", "0") if p_pr is not None else "0"
        indent = int(margin) / EMU_PER_PT if margin.isdigit() and int(margin) < width_emu else 0.0
        size = _paragraph_size(p, default_pt)
        # its lines: a line break ('a:br': a quotation's credit on a line of its own) starts one
        pieces = [""]
        for child in p:
            if child.tag == _BREAK:
                pieces.append("")
            else:
                pieces[-1] += "".join(t.text or "" for t in child.iter(qn("a:t")))
        any_text = any_text or any(piece.strip() for piece in pieces)
        room = max(width_pt - indent, 1.0)  # its indent; Latin text as LibreOffice's fallback sets it
        for piece in pieces:
            wider = 1.0 if sum(map(wide, piece)) * 2 > len(piece) else FALLBACK_WIDER
            height += _needed_height([(_words(piece), size, 0.0)], room / wider, scale)
        height += int(after.get("val")) / 100 if after is not None else 0.0
    if not any_text:
        return 0
    return int(height * EMU_PER_PT) + insets[2] + insets[3]
