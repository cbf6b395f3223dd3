"""The chart a chart's data calls for: the rules both renderers follow (matplotlib and native).

A chart declares what it wants (`kind`, `log_scale`, `order`); its data decides what it gets:

- fewer than MIN_VALUES values are no chart: the chart is left out of both documents and its
  caption (the finding, e.g. "more than 700 media outlets, among them over 2,000 internet media")
  is printed as a sentence in its section instead, beside the figures themselves;
- a logarithmic axis needs at least MIN_VALUES positive values spanning at least LOG_MIN_SPAN
  (two orders of magnitude); otherwise the axis is linear. Its ticks are powers of ten from the
  one at or below the least value, never 0;
- categories are sorted by value, largest first, a catch-all ("Other", "Autres pays", "その他の
  道府県と海外", "其他") last whatever its value (`is_catch_all`, the words from data/chart_words.py),
  unless they are ordered: `order: as_given`, or, with `order: auto`, labels that are dates, days
  of the week, times, ranges ("Under 12", "12–17", "70 and over") or numbered (years, "Day 1",
  "Round 2") given in a rising or falling order (data/chart_order.py); `order: value` always sorts;
- more than MAX_COLUMNS categories, or any label wider than MAX_COLUMN_LABEL_EM (measured in ems
  of the chart's type by `text_em`, a Chinese or Japanese character a full em, so "信贷创新支持工具
  （发布）" is as wide as 22 Latin letters), read across: a column chart becomes horizontal bars,
  never slanted labels; more than MAX_COLUMNS, or a word wider than LONG_WORD_EM, take the
  slide's full width (no facts beside them), where long names wrap beside a few bars.

Pure data in, data out: no drawing library is imported here.
"""

from __future__ import annotations

import itertools
import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from reportgen.lazy_pattern import of_script

MIN_VALUES = 3
LOG_MIN_SPAN = 100.0
MAX_COLUMNS = 6
#: A word (a German compound, a Chinese name: no space to break at) wider than this many ems
#: needs the whole width of a slide beside its bars: in a half-width chart it would not fit.
LONG_WORD_EM = 12.5
#: A column's name is at most this many ems wide (about 13 Latin letters, 7 CJK characters).
MAX_COLUMN_LABEL_EM = 7.5
#: Ordered categories this short ('2026', 'Day 3', '12 May') stand as columns up to
#: MAX_ORDERED_COLUMNS (a full-width chart), where other categories read across after MAX_COLUMNS.
SHORT_ORDERED_EM = 5.5
MAX_ORDERED_COLUMNS = 12
#: A full-width chart's width in ems of its type, less its margins: the briefing's picture
#: (6.5 in at 9 pt) and the deck's slot (12 in at 16 pt, 85 % for columns) alike.
FULL_WIDTH_EM = 45.0
#: Advance widths of printable ASCII (space to "~") in ems, DejaVu Sans: the widest of the fonts
#: charts fall back to, so a label measured with it fits in any of them.
_ASCII_EM = (
    0.32, 0.4, 0.46, 0.84, 0.64, 0.95, 0.78, 0.27, 0.39, 0.39, 0.5, 0.84, 0.32, 0.36, 0.32, 0.34,
    0.64, 0.64, 0.64, 0.64, 0.64, 0.64, 0.64, 0.64, 0.64, 0.64, 0.34, 0.34, 0.84, 0.84, 0.84, 0.53,
    1.0, 0.68, 0.69, 0.7, 0.77, 0.63, 0.58, 0.77, 0.75, 0.29, 0.29, 0.66, 0.56, 0.86, 0.75, 0.79,
    0.6, 0.79, 0.69, 0.63, 0.61, 0.73, 0.68, 0.99, 0.69, 0.61, 0.69, 0.39, 0.34, 0.39, 0.84, 0.5,
    0.5, 0.61, 0.63, 0.55, 0.63, 0.62, 0.35, 0.63, 0.63, 0.28, 0.28, 0.58, 0.28, 0.97, 0.63, 0.61,
    0.63, 0.63, 0.41, 0.52, 0.39, 0.63, 0.59, 0.82, 0.59, 0.59, 0.52, 0.64, 0.34, 0.64, 0.84,
)  # fmt: skip


@dataclass(frozen=True)
class Shape:
    kind: str
    log_scale: bool
    order: tuple[int, ...]  # the bars' indices in drawing order
    full_width: bool  # many categories or long words: the chart takes the whole width of its slide
    too_few: bool  # fewer than MIN_VALUES values: no chart, a sentence instead
    long_words: bool = False  # a name with a word too wide for a narrower chart: no text beside it
    #: Why the bars keep the data's order: 'as_given', or what the categories are ('dates',
    #: 'ranges': a chart_order.KIND_WORDS key); "" when they are sorted by value.
    kept_order: str = ""
    #: Ordered categories the data gives out of order (so sorted by value): what they are, or "".
    out_of_order: str = ""


def is_catch_all(label: str, words: Sequence[str]) -> bool:
    """Whether `label` names a catch-all category: it starts with one of `words` (the language's
    words for "other", from its catalogue), as a whole word in a spaced language ('Autres pays',
    never 'Autrement'), or followed by anything in Chinese and Japanese ('その他の道府県と海外')."""
    text = label.strip().casefold()
    for word in (w.strip().casefold() for w in words):
        if not word or not text.startswith(word):
            continue
        after = text[len(word) : len(word) + 1]
        if not after or not after.isalnum() or unicodedata.east_asian_width(word[-1]) in {"W", "F"}:
            return True
    return False


def char_em(char: str) -> float:
    """One character's advance width in ems: ASCII from the table, full-width characters (CJK,
    kana, hangul, full-width punctuation) one em, combining marks none, other letters (accented
    Latin, Greek, Cyrillic) as a wide Latin letter."""
    code = ord(char)
    if 32 <= code < 127:
        return _ASCII_EM[code - 32]
    if unicodedata.combining(char) or unicodedata.category(char) in {"Cf", "Mn", "Me"}:
        return 0.0
    if unicodedata.east_asian_width(char) in {"W", "F"}:
        return 1.0
    if char in "\u00a0\u202f\u2009":
        return 0.32
    return 0.7


def text_em(text: str) -> float:
    """A one-line text's width in ems of its type (its widest line if it has several)."""
    return max((sum(char_em(c) for c in line) for line in text.split("\n")), default=0.0)


#: What `wrapped_lines` answers for a text with a word wider than its box: it cannot fit.
NO_FIT = 1_000


def wrapped_lines(text: str, width_em: float) -> int:
    """How many lines `text` takes in a box `width_em` ems wide, broken at spaces only, as both
    renderers break chart labels (a no-break space keeps "EUR 300 million" whole, and a Chinese
    name without spaces is one word): NO_FIT if a word is wider than the box (it would overflow,
    be slanted or be dropped)."""
    lines, line = 1, 0.0
    for word in re.findall(r"[^ \t\n]+", text):
        word_em = text_em(word)
        if word_em > width_em:
            return NO_FIT
        if line and line + 0.32 + word_em > width_em:
            lines, line = lines + 1, word_em
        else:
            line += (0.32 if line else 0.0) + word_em
    return lines


#: LibreOffice 7.4 wraps a chart's value label that lets its text wrap (OOXML's default) at
#: about this width, whatever the chart's size or the label's type size, and breaks it at a
#: no-break space as readily as at a space ('약 3400억 / 원', review O): measured in its PDFs,
#: '00000000 1' (93.2 pt at 16 pt) stayed whole and '00000000000 1' (93.8 pt at 12 pt) did not.
LABEL_WRAP_PT = 93.0
#: A value label measured at these metrics is given this much more room (they are estimates).
LABEL_MARGIN = 1.05


#: A line of chart text needs this many times its type size (LibreOffice drops a name whose box,
#: about 1.3 times its size, comes nearer its neighbour than that).
LINE_HEIGHT = 1.4


def label_lines(labels: Sequence[str], size: float, width_pt: float) -> int:
    """The most lines any of `labels` takes at `size` points in a box `width_pt` wide."""
    return max((wrapped_lines(label, width_pt / size) for label in labels), default=1)


def fits_columns(labels: Sequence[str], size: float, column_pt: float) -> bool:
    """Whether each category name fits under its column on at most two lines (else a renderer
    slants every name, or drops some)."""
    return label_lines(labels, size, column_pt) <= 2


#: The same for Chinese, Japanese and Korean names: their fonts' lines are taller (Noto Sans CJK's
#: ascent and descent are 1.448 em, DejaVu Sans's 1.164 em), and LibreOffice dropped every other
#: one of 18 Chinese city names that fit their rows by LINE_HEIGHT (review N; in pinyin, all 18).
LINE_HEIGHT_CJK = 1.75
#: phrases._CJK's characters, written here: the drawing helper imports this module without Babel,
#: which phrases.py needs (a test keeps the two in step).
_CJK_CHAR = of_script(r"[\u3000-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]", "\u3000")


def line_height(labels: Sequence[str]) -> float:
    """A line of these names, in times their type size."""
    return LINE_HEIGHT_CJK if any(_CJK_CHAR.search(label) for label in labels) else LINE_HEIGHT


def fits_rows(labels: Sequence[str], size: float, label_pt: float, row_pt: float) -> bool:
    """Whether each category name, wrapped within `label_pt`, fits its bar's row (else a
    renderer drops every other name)."""
    lines = label_lines(labels, size, label_pt)
    return lines < NO_FIT and lines * size * line_height(labels) <= row_pt


def log_scale_fits(values: Sequence[float]) -> bool:
    positive = [v for v in values if v > 0]
    return (
        len(positive) >= MIN_VALUES
        and len(positive) == len(values)
        and (max(positive) / min(positive) >= LOG_MIN_SPAN)
    )


def log_ticks(values: Sequence[float], kind: str = "hbar") -> list[int]:
    """Powers of ten (as exponents) from the one at or below the least value to the next one above
    the largest: a bar's label sits inside a long bar or beside a short one, so the axis needs no
    whole empty decade past it (140 million and 400 million end at 10⁹). A column's label stands
    above it: a column within a third of that power reaches one decade further, room for it."""
    positive = [v for v in values if v > 0]
    low = math.floor(math.log10(min(positive)) + 1e-9)
    room = 3.0 if kind == "bar" else 1.0
    high = math.floor(math.log10(max(positive) * room) + 1e-9) + 1
    return list(range(low, high + 1))


def short_ordered(labels: Sequence[str], kept: str) -> bool:
    """Whether ordered categories (`kept`: the data's order is kept) are short enough names to
    stand as more than MAX_COLUMNS columns, across the slide's width: a series of years, dates or
    'Day n', each at most SHORT_ORDERED_EM wide, at most MAX_ORDERED_COLUMNS slots with the years
    the series leaves out (data/chart_gaps.py). Counting categories had drawn seven years and a
    gap as bars read top to bottom (review SS1 #7); their width is what a column holds."""
    if not kept or any(text_em(label) > SHORT_ORDERED_EM for label in labels):
        return False
    # here: both import this module
    from reportgen.data.chart_gaps import MOST_SLOTS
    from reportgen.data.chart_order import years_of

    slots = len(labels)
    years = years_of(list(labels)) if kept == "years" else None
    steps = [abs(b - a) for a, b in itertools.pairwise(years or ())]
    step = min(steps, default=0)
    for gap in steps if step else ():
        missing = gap // step - 1 if gap % step == 0 else 0
        slots += missing if missing <= MOST_SLOTS else 1
    return slots <= MAX_ORDERED_COLUMNS


def values_fit(texts: Sequence[str]) -> bool:
    """Whether value labels fit over more than MAX_COLUMNS columns across a full-width chart: the
    widest line of each (a label opening with its qualifier sets it over its number, as both
    renderers do) within its slot's share of FULL_WIDTH_EM. Short names had made a Korean series
    of years columns whose labels ('18만 4000명') overlapped; they read across instead."""
    from reportgen.data.chart_lines import qualifier_lines  # here: the helper needs no more

    slots = max(len(texts), 1)
    widest = max((text_em(line) for t in texts if t for line in qualifier_lines(t)), default=0.0)
    return widest <= FULL_WIDTH_EM / slots


def shape(
    kind: str,
    labels: Sequence[str],
    values: Sequence[float],
    log_scale: bool,
    order: str,
    drawn_values: int,
    other_words: Sequence[str] = (),
) -> Shape:
    """`values` are the bars' lengths (totals for stacked charts); `drawn_values` counts every value
    the chart would show (a grouped chart of two bars with three parts shows six); `other_words`
    the language's words for a catch-all category (`CATCH_ALL`), which a sorted chart puts last."""
    # here, not at the top: the drawing helper imports this module for its measures, never the rule
    from reportgen.data.chart_order import ordering

    found = ordering(labels) if order == "auto" else None
    kept = "as_given" if order == "as_given" else found.kind if found and found.kept else ""
    indices = tuple(range(len(values)))
    if not kept:
        # stable: ties keep their order; a catch-all after every named category
        indices = tuple(sorted(indices, key=lambda i: (is_catch_all(labels[i], other_words), -values[i])))
    many = len(labels) > MAX_COLUMNS
    if kind == "bar" and (
        (many and not short_ordered(labels, kept))
        or any(text_em(label) > MAX_COLUMN_LABEL_EM for label in labels)
    ):
        kind = "hbar"
    log = log_scale and kind in {"bar", "hbar"} and log_scale_fits(values)
    if log:
        kind = "hbar"  # a dot plot (never bars: on a log axis their length means nothing) reads across
    long_word = any(text_em(word) > LONG_WORD_EM for label in labels for word in label.split())
    return Shape(
        kind=kind,
        log_scale=log,
        order=indices,
        # a dot plot's axis of powers of ten needs the slide's width: beside text, LibreOffice set
        # its numbers at a slant over the axis's title
        full_width=(many and kind in ("bar", "hbar")) or (long_word and kind == "hbar") or log,
        long_words=long_word,
        too_few=drawn_values < MIN_VALUES,
        kept_order=kept,
        out_of_order=found.kind if found and not found.kept else "",
    )
