"""Numbers that fit their table cell in a Word document, as tiles fit theirs on a slide.

A number is kept whole by its no-break spaces ("EUR\u00a02.75\u00a0billion"); in a narrow cell (the
briefing's band of headline figures) a word wider than the cell is broken inside it by Word and
LibreOffice ("EUR 2.75 billio / n"). `numbers_too_wide` measures each such word at its size with
the deck's character widths (office/powerpoint/fit.py); `fit_cell_numbers` sets its paragraph
smaller, down to MIN_CELL_PT; the document check reports what still does not fit.
"""

from __future__ import annotations

import copy
import math
import re
from collections.abc import Callable, Iterator

from lxml import etree

from reportgen.data.typography import FREED_SPACE, freed_words
from reportgen.office.hyphens import can_hyphenate, hyphenate_wide
from reportgen.office.ooxml import qn
from reportgen.office.powerpoint.fit import WORD_MARGIN, WORD_MARGIN_BOLD, _char_em, text_em, unbreakable

#: A number in a cell is set no smaller than this to fit.
MIN_CELL_PT = 10.0
_DEFAULT_PT = 11.0  # Word's default body size, for runs that set none
CELL_MARGINS_PT = 2 * 5.4  # Word's default left and right cell margins (108 twips each)
_BREAKABLE = re.compile(r"[ \t\n\u2002-\u200b\u3000]+")  # not U+00A0 or U+202F


def run_size(run: etree._Element) -> float:
    size = run.find(f"{qn('w:rPr')}/{qn('w:sz')}")
    value = size.get(qn("w:val"), "") if size is not None else ""
    return int(value) / 2 if value.isdigit() else _DEFAULT_PT


def _bold(run: etree._Element) -> bool:
    bold = run.find(f"{qn('w:rPr')}/{qn('w:b')}")
    return bold is not None and bold.get(qn("w:val"), "true") not in {"0", "false"}


def cell_twips(cell: etree._Element) -> int | None:
    """A table cell's width as Word stores it (twentieths of a point); None where it is not fixed."""
    width = cell.find(f"{qn('w:tcPr')}/{qn('w:tcW')}")
    if width is None or width.get(qn("w:type"), "dxa") != "dxa" or not width.get(qn("w:w"), "").isdigit():
        return None
    return int(width.get(qn("w:w")))


def cell_width_pt(cell: etree._Element) -> float | None:
    """The width of a cell's text, in points: its width less Word's default margins."""
    twips = cell_twips(cell)
    return None if twips is None else twips / 20 - CELL_MARGINS_PT


def sized_cells(body: etree._Element) -> Iterator[tuple[etree._Element, float]]:
    """Each table cell of `body` whose width is fixed, with the width of its text in points."""
    for cell in body.iter(qn("w:tc")):
        room = cell_width_pt(cell)
        if room is not None and room > 0:
            yield cell, room


def numbers_too_wide(body: etree._Element) -> Iterator[tuple[etree._Element, str, float, float]]:
    """(paragraph, word, size in pt, room in pt) for each number wider than its table cell."""
    for paragraph, word, size, _, room in _wide_numbers(body):
        yield paragraph, word, size, room


def _wide_numbers(body: etree._Element) -> Iterator[tuple[etree._Element, str, float, float, float]]:
    """(paragraph, word, its largest size, its width in pt at its runs' sizes, room in pt) for each
    number wider than its table cell."""
    for cell, room in sized_cells(body):
        for paragraph in cell.iterfind(qn("w:p")):
            found = _widest(paragraph, room)
            if found is not None:
                yield paragraph, *found, room


def number_width(paragraph: etree._Element) -> float | None:
    """The width in pt of the paragraph's widest number (and the words tied to it) at its runs'
    sizes; None where it has no number."""
    found = _widest(paragraph, 0.0, widest=True)
    return None if found is None else found[2]


def _widest(paragraph: etree._Element, room: float, widest: bool = False) -> tuple[str, float, float] | None:
    """(word, its largest size, its width in pt) of the paragraph's first number wider than `room`.
    A word may span runs of several sizes: a band's qualifier, smaller, tied to its amount by a
    no-break space ('casi\u00a0480\u00a0millones\u00a0de\u00a0euros')."""
    runs = list(paragraph.iter(qn("w:r")))
    sized = [(t.text or "", run_size(run)) for run in runs for t in run.iter(qn("w:t"))]
    text = "".join(part for part, _ in sized)
    if not runs or not any(c.isdigit() for c in text):
        return None
    sizes = [size for part, size in sized for _ in part]
    margin = WORD_MARGIN_BOLD if any(_bold(run) for run in runs) else WORD_MARGIN
    at, after_number = 0, False
    found: tuple[str, float, float] | None = None
    for word in _pieces(text):
        at = text.find(word, at)
        width = sum(_char_em(c) * sizes[at + i] for i, c in enumerate(word)) * margin
        at += len(word)
        # a number, or the words tied to it after it ('58,7' then 'millions\u00a0de\u00a0dollars\u00a0
        # canadiens', which a line cannot break either)
        numeric = any(c.isdigit() for c in word)
        if (numeric or after_number) and width > room and (found is None or width > found[2]):
            found = (word, max(sizes[at - len(word) : at]), width)
            if not widest:
                return found  # the first too wide
        after_number = numeric
    return found


def _pieces(text: str) -> list[str]:
    """What a line cannot break inside: words between spaces, and in Chinese and Japanese text the
    pieces between characters (`unbreakable`)."""
    return [piece for word in _BREAKABLE.split(text) for _, piece in unbreakable(word)]


def fit_cell_numbers(body: etree._Element) -> None:
    """Set each paragraph whose number is wider than its cell smaller, each run in proportion,
    none below MIN_CELL_PT (nor above its own size). A number that would keep less than KEEP_SHARE
    of its size so lets its qualifier go to the line above, as a tile sets it ('casi' over '480
    millones de euros'), or its currency or unit word take the line below ('2,3 milliarder' /
    'kroner'), or both: the first that keeps KEEP_SHARE, else one that sets it LINE_GAIN larger
    (review YY2 #5: the band's three amounts shrunk to 10 pt bold, text size, beside 17 pt
    numbers). A number that does not fit even at MIN_CELL_PT frees them as before, rather than
    break inside the number."""
    for paragraph, _, _, _, room in list(_wide_numbers(body)):
        size = _largest(paragraph)
        tried: list[tuple[list[etree._Element], float]] = []
        for frees in ((), (_free_qualifier,), (_free_unit,), (_free_qualifier, _free_unit)):
            variant = _variant(paragraph, room, frees)
            if variant is None:
                continue
            tried.append(variant)
            if variant[1] >= KEEP_SHARE * size:
                break
        chosen = next((t for t in tried if t[1] >= KEEP_SHARE * size), None)
        if chosen is None:  # a line more where it sets the number LINE_GAIN larger
            chosen = tried[0]
            for variant in (t for t in tried[1:] if t[1] > 0):
                if chosen[1] <= 0 or variant[1] >= LINE_GAIN * chosen[1]:
                    chosen = variant
        if chosen[1] <= 0:  # nothing fits at MIN_CELL_PT: as before, its qualifier then its unit freed
            _fit_freed(paragraph, room)
            continue
        for element in chosen[0]:
            paragraph.addprevious(element)
        paragraph.getparent().remove(paragraph)


def _fit_freed(paragraph: etree._Element, room: float) -> None:
    """A number that does not fit even at MIN_CELL_PT: its qualifier goes to the line above, then
    its unit or currency below it, each time at its own sizes set smaller to fit."""
    sizes = [(run, run_size(run)) for run in paragraph.iter(qn("w:r"))]
    if _shrink(paragraph, room):
        return
    for free in (_free_qualifier, _free_unit):
        if free(paragraph):
            for run, size in sizes:  # the number alone on its line: as large as it fits
                set_size(run, size)
            if _shrink(paragraph, room):
                break


#: The least share of its size a number keeps on one line before its qualifier or unit takes a line.
KEEP_SHARE = 0.8
#: ... and how much larger a line more must set it, where none keeps that share.
LINE_GAIN = 1.2
#: The fewest letters a unit or currency has to take a line of its own ('kroner', 'de reais').
UNIT_LETTERS = 3


def _variant(
    paragraph: etree._Element, room: float, frees: tuple[Callable[[etree._Element], bool], ...]
) -> tuple[list[etree._Element], float] | None:
    """The paragraph (with a freed qualifier's over it) as `frees` set it, then set smaller to fit
    `room`, and its number's size (0 where it does not fit); None where one of `frees` finds
    nothing to free."""
    holder = etree.Element(qn("w:tc"))
    trial = copy.deepcopy(paragraph)
    holder.append(trial)
    if not all(free(trial) for free in frees):
        return None
    freed = "".join(t.text or "" for t in trial.iter(qn("w:t"))).split(FREED_SPACE)
    if _free_unit in frees and sum(c.isalpha() for c in freed[-1]) < UNIT_LETTERS:
        return None  # a symbol ('m²', 'zł') stays on its number's line
    fits = _shrink(trial, room)
    return list(holder), (_largest(trial) if fits else 0.0)


def _largest(paragraph: etree._Element) -> float:
    return max((run_size(run) for run in paragraph.iter(qn("w:r"))), default=0.0)


def _shrink(paragraph: etree._Element, room: float) -> bool:
    """Set the paragraph's runs smaller until its numbers fit `room`; whether they do."""
    for _ in range(8):  # each pass scales by what is left; a run at MIN_CELL_PT stays there
        found = _widest(paragraph, room)
        if found is None:
            return True
        scale = room / found[2]
        changed = False
        for run in paragraph.iter(qn("w:r")):
            size = run_size(run)
            fitted = min(size, max(MIN_CELL_PT, math.floor(size * scale * 2) / 2))
            changed |= fitted < size
            set_size(run, fitted)
        if not changed:
            return False
    return _widest(paragraph, room) is None


def set_size(run: etree._Element, size: float) -> None:
    # only sizes the run sets: a new element would have to find its place in the schema's order
    for element in run.iterfind(f"{qn('w:rPr')}/{qn('w:sz')}"):
        element.set(qn("w:val"), str(int(size * 2)))
    for element in run.iterfind(f"{qn('w:rPr')}/{qn('w:szCs')}"):
        element.set(qn("w:val"), str(int(size * 2)))


def _free_qualifier(paragraph: etree._Element) -> bool:
    """The first run when it is only words (a band's qualifier, 'casi\u00a0') moves to a paragraph of
    its own over its number's, as a tile sets it: the whole does not fit one line even at the
    least size, so a space would break there too; a space and a zero width space, once the mark
    of a break the fit freed, were copied with the number ('quase \u200b4,7', review W). The two
    lines stand as close as one paragraph's (the number's paragraph adds no space before it).
    Whether it moved."""
    texts = [t for run in paragraph.iter(qn("w:r")) for t in run.iter(qn("w:t"))]
    first = texts[0] if len(texts) > 1 else None
    if (
        first is None
        or not (first.text or "").endswith("\u00a0")
        or any(c.isdigit() for c in first.text or "")
    ):
        return False
    first.text = (first.text or "")[:-1]
    over = etree.Element(qn("w:p"))
    properties = paragraph.find(qn("w:pPr"))
    if properties is not None:
        over.append(copy.deepcopy(properties))
        for spacing in over.iterfind(f"{qn('w:pPr')}/{qn('w:spacing')}"):
            for exact in (qn("w:line"), qn("w:lineRule")):  # a number's exact height: not the qualifier's
                spacing.attrib.pop(exact, None)
        for spacing in properties.iterfind(qn("w:spacing")):
            spacing.set(qn("w:before"), "0")
    run = first.getparent()
    over.append(run)  # moved: the qualifier's own run, its size and colour kept
    paragraph.addprevious(over)
    return True


def _free_unit(paragraph: etree._Element) -> bool:
    """The no-break space between a number's last digits and the words after them (its unit or
    currency: '1’284’500’000 Franken') becomes a plain one, so the words may take the next line
    and the number stays whole; whether there was one."""
    for text in paragraph.iter(qn("w:t")):
        value = text.text or ""
        # a scale word stays with its number ('58,7 millions' / 'de dollars canadiens'), where
        # more words follow it
        scaled = re.search(r"\d\u00a0[^\W\d_]+(\u00a0[^\d]*)$", value)
        if scaled is not None and any(c.isalpha() for c in scaled.group(1)):
            text.text = value[: scaled.start(1)] + FREED_SPACE + freed_words(scaled.group(1)[1:])
            return True
        # a clock time at the end is one unit ('à 16 h'): the amount before it frees its words
        # ('(environ 26 millions / d'euros), au 21 novembre 2026 à 16 h', review AA)
        timed = _CLOCK.search(value)
        inner = None if timed is None else _last_scaled(value[: timed.start()])
        if inner is not None:
            text.text = (
                value[: inner.start(1)]
                + FREED_SPACE
                + freed_words(inner.group(1)[1:])
                + value[inner.end(1) :]
            )
            return True
        match = re.search(r"\d[\u00a0 ](?=[^\d]*$)", value)
        if timed is None and match is not None and any(c.isalpha() for c in value[match.end() :]):
            # every tie after the digits: a long name ('58,7 millions de dollars canadiens') wraps
            # between its words, never inside one
            words = freed_words(value[match.end() :])
            text.text = value[: match.start() + 1] + FREED_SPACE + words
            return words != value[match.end() :] or value[match.start() + 1] == "\u00a0"
    return False


#: A clock time that ends a text, as `Formatter.time` writes it in each language ('16 h', '16 h 30',
#: '4 pm', '2:30 PM', '16:00 Uhr', '14.30 uur'; the others write no space in it): its ties hold.
_CLOCK = re.compile(r"\d{1,2}(?:[:.]\d\d)?\u00a0(?:h(?:\u00a0\d\d)?|Uhr|uur|[ap]m|[AP]M)$")


def _last_scaled(value: str) -> re.Match[str] | None:
    """The last amount of `value` with its scale word and more words tied after it ('26
    millions d’euros)'): group 1 is those words after the scale word, with the tie before them."""
    found = list(re.finditer(r"\d\u00a0[^\W\d_]+((?:\u00a0[^\s\u00a0\d]+)+)", value))
    return found[-1] if found and any(c.isalpha() for c in found[-1].group(1)) else None


def hyphenate_cells(body: etree._Element, locale: str) -> None:
    """A word of a table cell wider than the cell at its size ('Gebäudeenergieeffizienzförder-
    programmbudget' in the key figures' table, review V) gets soft hyphens where `locale`'s
    language allows a break (office/hyphens.py): Word and LibreOffice break it there, with a
    hyphen, not at the letter the line runs out ('…förderprogrammbu / dget')."""
    if not can_hyphenate(locale):
        return
    for cell, room in sized_cells(body):
        for run in cell.iter(qn("w:r")):
            scale = run_size(run) * (WORD_MARGIN_BOLD if _bold(run) else WORD_MARGIN)

            def width(word: str, scale: float = scale) -> float:
                return text_em(word) * scale

            for t in run.iter(qn("w:t")):
                if t.text:
                    t.text = hyphenate_wide(t.text, locale, width, room)


def words_too_wide(body: etree._Element) -> Iterator[tuple[str, float, float]]:
    """(word, size in pt, room in pt) for each word of a table cell, not a number, wider than its
    cell at its size with no soft hyphen to break at: Word and LibreOffice would break it at the
    letter the line runs out, with no hyphen."""
    for cell, room in sized_cells(body):
        for run in cell.iter(qn("w:r")):
            size = run_size(run)
            scale = size * (WORD_MARGIN_BOLD if _bold(run) else WORD_MARGIN)
            text = "".join(t.text or "" for t in run.iter(qn("w:t")))
            for word in _pieces(text):
                letters = any(c.isalpha() for c in word) and not any(c.isdigit() for c in word)
                if letters and text_em(word) * scale > room:
                    yield word, size, room
