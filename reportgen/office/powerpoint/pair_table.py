"""A list of pairs alone in its body (winners by category, the plan's `ListView.rows`) set as a
native table of two columns, label | value, that fills the list's box: as 20 pt bullets
'Poetry: Late Light over Swaledale, by Margaret Healey', the seven winners left the lower third of
their slide empty and read as a list of sentences (review QQ1). Sized by measure (fit.line_texts):
the largest size from the list's own down to fit.MIN_FIT_PT at which every row fits its box, rows
then spread to fill it. Styled from the theme, as the deck's tiles are: its labels bold in Accent 1
on Background 2, its values in Text 1, a rule between rows; the text in the theme's
body font and the list's language. A list that fits no size stays the bullets it was."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from lxml import etree
from pptx.enum.text import MSO_ANCHOR
from pptx.oxml.ns import qn
from pptx.util import Emu

from reportgen.data.plan.lists import PAIR_COLON
from reportgen.office.powerpoint.fit import (
    EMU_PER_PT,
    MIN_FIT_PT,
    inherited_size,
    line_texts,
    set_em,
    word_margin,
)
from reportgen.office.powerpoint.foot_room import first_line_top
from reportgen.office.powerpoint.under_title import is_body
from reportgen.office.table_limits import CELL_LINES, FOOT_GAP

#: A cell's side and top/bottom insets (EMU): PowerPoint's defaults, 0.1 in and 0.05 in.
_SIDE = 91440
_TOP = 45720
#: The label column takes at most this share of the table: a long category wraps in it (to at most
#: CELL_LINES lines, as a winner does: a size that sets either on more is too large).
LABEL_SHARE = 0.4
#: How much wider a cell's text may set than fit.py's widths measure it: DejaVu Sans, which
#: LibreOffice sets for Arial here, 5% wider over a winner's line.
WIDER = 1.06
#: A row's line height in its size, as fit.py measures text.
_LINE = 1.2
#: A row spread to fill the box grows by at most this many of its size: two winners in 2-inch rows
#: would read as a form.
MOST_SPREAD = 1.0
#: Runs' marks a fitted paragraph may hold that its item does not (tied words, soft hyphens).
#: and the typographic quotes the rendering sets ('Children’s book').
_MARKS = str.maketrans(
    {"\u00a0": " ", "\u202f": " ", "\u2060": None, "\u00ad": None, "’": "'", "‘": "'", "“": '"', "”": '"'}
)


def pair_items(sections: Any) -> frozenset[str]:
    """Every list item that is a pair (a list's `rows`), as `_plain` reads it, from the context's
    sections: the lines a table takes, printed as the slide prints them."""
    found: set[str] = set()
    for section in sections.values() if isinstance(sections, Mapping) else ():
        for item_list in getattr(section, "lists", {}).values():
            if item_list.rows:
                found |= {_plain(item) for item in item_list.items}
    return frozenset(found)


def set_pair_tables(slide: Any, items: frozenset[str], sizes: dict[Any, float]) -> list[Any]:
    """Each body of `slide` whose lines are all pair `items` (two or more) as a table, each line
    split at its first colon as printed (its typographic quotes and tied words kept); the tables'
    frames."""
    frames: list[Any] = []
    if not items:
        return frames
    for shape in list(slide.shapes):
        if not is_body(shape) or not shape.width or not shape.height:
            continue
        body = shape._element.find(qn("p:txBody"))
        shown = [p for p in body.findall(qn("a:p")) if _text(p).strip()]
        if len(shown) < 2 or not all(_plain(_text(p)) in items for p in shown):
            continue
        split = (PAIR_COLON.split(_text(p), maxsplit=1) for p in shown)
        pairs = [(label.strip(), value.strip()) for label, value in split]
        largest = max((_run_size(r, inherited_size(shape, sizes)) for r in body.iter(qn("a:r"))), default=0)
        laid = _lay_out(pairs, int(shape.width), _room(slide, shape, sizes), largest)
        if laid is not None:
            frames.append(_replace(slide, shape, pairs, laid, _language(body)))
    return frames


def keep_clear_of_footer(slide: Any, frames: list[Any], sizes: dict[Any, float]) -> None:
    """Each of `frames` (pair tables of `slide`) laid out again, no larger, where the footer's text
    under it now starts within FOOT_GAP of its foot: an address in the sources moved to a line of
    its own after the table was set (url_lines.py) took a line more (the Tasman awards' table)."""
    for frame in frames:
        room = _room(slide, frame, sizes)
        if room >= int(frame.height):
            continue
        pairs = [(row.cells[0].text, row.cells[1].text) for row in frame.table.rows]
        size = max((_run_size(r, MIN_FIT_PT) for r in frame._element.iter(qn("a:r"))), default=MIN_FIT_PT)
        laid = _lay_out(pairs, int(frame.width), room, size)
        if laid is not None:  # none: the check names the table against its footer
            _resize(frame, laid)


def _room(slide: Any, shape: Any, sizes: dict[Any, float]) -> int:
    """The table's height: its list's box, less what comes within FOOT_GAP of the first line of a
    text set under the box's top across from it (the sources' footer set from the slide's foot,
    as many lines as they take: the Tasman awards' table ran against three lines of sources)."""
    bottom = int(shape.top + shape.height)
    for other in slide.shapes:
        if other._element is shape._element or other.left is None or other.width is None:
            continue
        if not (other.left < shape.left + shape.width and shape.left < other.left + other.width):
            continue
        top = first_line_top(other, sizes)
        if top is not None and top > shape.top:
            bottom = min(bottom, top - FOOT_GAP)
    return bottom - int(shape.top)


def _lay_out(
    pairs: list[tuple[str, str]], width: int, height: int, largest: float
) -> tuple[float, int, list[int]] | None:
    """(size, label column's width, rows' heights) of the largest size at which the rows fit
    `height`, no cell over CELL_LINES lines; at that size, the label column of the widths its labels
    set at (table_room's check: 'size the table's columns to their longest entries') whose rows
    take the least height, the wider of two alike."""
    size = max(largest, MIN_FIT_PT)
    while size >= MIN_FIT_PT:
        laid = [
            (sum(heights), -label_width, label_width, heights)
            for label_width in _label_widths(pairs, width, size)
            if (heights := _row_heights(pairs, label_width, width - label_width, size)) is not None
            and sum(heights) <= height
        ]
        if laid:
            _, _, label_width, heights = min(laid)
            extra = min((height - sum(heights)) // len(heights), int(MOST_SPREAD * size * EMU_PER_PT))
            return size, label_width, [h + extra for h in heights]
        size -= 1
    return None


def _label_widths(pairs: list[tuple[str, str]], width: int, size: float) -> list[int]:
    """The label column's widths to try: each label's on one line as its bold sets (`set_em`; the
    longer then wrap), at most LABEL_SHARE of `width`, none narrower than a label's widest word."""
    least = max(set_em(word, True) for label, _ in pairs for word in label.split() or [label])
    ems = {em for label, _ in pairs if (em := set_em(label, True)) >= least} | {least}
    most = LABEL_SHARE * width
    return sorted({int(min(em * size * EMU_PER_PT + 2 * _SIDE + EMU_PER_PT, most)) for em in ems})


def _row_heights(
    pairs: list[tuple[str, str]], label_width: int, value_width: int, size: float
) -> list[int] | None:
    """Each row's height: its taller cell's lines, a label's measured in its column less its bold's
    margin (`word_margin`), a value's less WIDER (a cell, unlike a body, has no autofit to shrink
    what runs over: the Tasman awards' rows ran into the sources); None where a cell runs to more
    than CELL_LINES lines."""
    heights = []
    for label, value in pairs:
        label_pt = (label_width - 2 * _SIDE) / EMU_PER_PT / word_margin(label, True)
        lines = max(
            len(line_texts(label, label_pt, size)),
            len(line_texts(value, (value_width - 2 * _SIDE) / EMU_PER_PT / WIDER, size)),
        )
        if lines > CELL_LINES:
            return None
        heights.append(int(lines * size * _LINE * EMU_PER_PT) + 2 * _TOP)
    return heights


def _replace(
    slide: Any, shape: Any, pairs: list[tuple[str, str]], laid: tuple[float, int, list[int]], lang: str
) -> Any:
    size, _, heights = laid
    frame = slide.shapes.add_table(len(pairs), 2, shape.left, shape.top, shape.width, Emu(sum(heights)))
    frame.name = shape.name
    table = frame.table
    table.first_row = table.horz_banding = False
    for row, pair in enumerate(pairs):
        for column, text in enumerate(pair):
            _cell(table.cell(row, column), text, size, column == 0, lang)
    _resize(frame, laid)
    shape._element.addprevious(frame._element)  # where the list stood among the slide's shapes
    shape._element.getparent().remove(shape._element)
    return frame


def _resize(frame: Any, laid: tuple[float, int, list[int]]) -> None:
    """The table's columns, rows and text at the `laid` out size."""
    size, label_width, heights = laid
    table, width = frame.table, int(frame.width)  # a column's width sets the frame's: read it first
    table.columns[0].width = Emu(label_width)
    table.columns[1].width = Emu(width - label_width)
    for row, row_height in zip(table.rows, heights, strict=True):
        row.height = Emu(row_height)
    frame.height = Emu(sum(heights))
    for run in frame._element.iter(qn("a:r")):
        run.get_or_add_rPr().set("sz", str(round(size * 100)))


def _cell(cell: Any, text: str, size: float, label: bool, lang: str) -> None:
    """A cell's text and look: a label bold in Accent 1 on Background 2, a value in Text 1."""
    cell.text = text
    cell.margin_left = cell.margin_right = Emu(_SIDE)
    cell.margin_top = cell.margin_bottom = Emu(_TOP)
    cell.vertical_anchor = MSO_ANCHOR.MIDDLE
    tc_pr = cell._tc.get_or_add_tcPr()
    for run in cell.text_frame.paragraphs[0].runs:
        r_pr = run._r.get_or_add_rPr()
        r_pr.set("sz", str(round(size * 100)))
        r_pr.set("b", "1" if label else "0")
        if lang:
            r_pr.set("lang", lang)
        _scheme_fill(r_pr, "accent1" if label else "tx1", first=True)
    for edge in ("a:lnL", "a:lnR", "a:lnT", "a:lnB"):
        line = etree.SubElement(tc_pr, qn(edge), w="12700" if edge == "a:lnB" else "0")
        if edge == "a:lnB":  # a label's cell parted from the next by the slide's background
            _scheme_fill(line, "bg1" if label else "bg2")
        else:
            etree.SubElement(line, qn("a:noFill"))
    if label:
        _scheme_fill(tc_pr, "bg2")
    else:
        etree.SubElement(tc_pr, qn("a:noFill"))


def _scheme_fill(parent: etree._Element, colour: str, first: bool = False) -> None:
    fill = etree.Element(qn("a:solidFill"))
    etree.SubElement(fill, qn("a:schemeClr"), val=colour)
    if first:
        parent.insert(0, fill)
    else:
        parent.append(fill)


def _text(p: etree._Element) -> str:
    return "".join(t.text or "" for t in p.iter(qn("a:t")))


def _plain(text: str) -> str:
    return " ".join(text.translate(_MARKS).split())


def _run_size(run: etree._Element, default: float) -> float:
    r_pr = run.find(qn("a:rPr"))
    size = r_pr.get("sz", "") if r_pr is not None else ""
    return int(size) / 100 if size.isdigit() else default


def _language(body: etree._Element) -> str:
    return next((r.get("lang", "") for r in body.iter(qn("a:rPr")) if r.get("lang")), "")
