"""A briefing's first page filled: a chart whose kept block (its lead-in, the chart, its caption)
would not fit below the first page's text is drawn less tall, down to MIN_HEIGHT_SHARE of its
height, so that the block ends page 1 rather than moving whole to page 2 and leaving page 1 a third
empty (the wine fair's page 1 was 45 % white). Any page a chart leaves more than MOST_EMPTY
empty is filled: the chart drawn shorter, or, where it would be too short to read, the text after
it moved up to fill the page, the chart opening the next one as a figure does in print (review U:
the wine salon's 12-bar chart left page 1 a quarter empty).

Where the pages break is the word processor's to decide; here it is estimated from the styles
(type sizes, spacing, line spacing), the body's width and the pictures' heights, on the side of
too tall (a Latin character is taken at half an em, a Chinese or Japanese one at a full em; SLACK_PT
is left free), so that a shrunk chart fits: where the estimate is wrong, the chart is a little
smaller than it needed to be, or moves to page 2 as it did before.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

from lxml import etree

from reportgen.office.ooxml import qn

#: A chart is drawn at least this share of the height its slot gave it.
MIN_HEIGHT_SHARE = 0.55
#: The room left free below the estimate, in pt (about two lines).
SLACK_PT = 30.0
#: A line is this many times its type size (single spacing: ascent and descent of Arial, Calibri).
_LINE = 1.17
_EMU_PER_PT = 12700
_TWIPS_PER_PT = 20
#: The characters taken at a full em (CJK and beyond); any other at half an em.
_WIDE = re.compile("[\u2e80-\U0010ffff]")


def first_page_chart(document: Any) -> tuple[etree._Element, float] | None:
    """The picture (its `wp:inline`) whose kept block would be the first thing to leave page 1, and
    the height (pt) that lets the block end page 1; None where nothing needs to shrink (the block
    fits as it is, cannot fit even at MIN_HEIGHT_SHARE, or the document breaks its pages itself)."""
    width, height, styles, blocks = _measured(document)
    used, index = 0.0, 0
    while index < len(blocks):
        end = index
        while end + 1 < len(blocks) and styles.keeps_with_next(blocks[end]):
            end += 1  # a chain: each paragraph kept with the next
        chain = blocks[index : end + 1]
        if any(_breaks_page(b) for b in chain):
            return None
        tall = sum(styles.height(b, width) for b in chain)
        if used + tall <= height - SLACK_PT:
            used, index = used + tall, end + 1
            continue
        pictures = [i for b in chain for i in _pictures(b)]
        if used == 0 or len(pictures) != 1:
            return None  # a chain that starts the page, or no one chart to shrink
        drawn = _extent(pictures[0])
        wanted = drawn - (used + tall - (height - SLACK_PT))
        return (pictures[0], wanted) if wanted >= MIN_HEIGHT_SHARE * drawn else None
    return None


#: A last page holding at most this share of a page (its Sources and a line or two) is a leftover
#: the page before it takes, where a chart on that page can be drawn less tall to make the room.
LAST_PAGE_SHARE = 0.25
#: The last pages' text is taken at this share of its estimate: the estimate errs tall (about
#: 13 % on the summit's page 2), which here would draw the chart smaller than it needs to be.
LAST_TEXT_SHARE = 0.9
#: The room left free below the estimate on the page before the last, in pt (about a line).
LAST_SLACK_PT = 15.0


def last_page_chart(document: Any) -> tuple[etree._Element, float] | None:
    """The picture (its `wp:inline`) on the page before the last whose being drawn less tall lets
    that page take the last page's few lines (the summit's page 3 held only its Sources, its
    10-bar chart having moved whole to page 2), and the height (pt) that does; None where the
    last page is fuller than LAST_PAGE_SHARE, the page before has no one chart at its top, or the
    chart would be drawn less than MIN_HEIGHT_SHARE of its height."""
    width, height, styles, blocks = _measured(document)
    if any(_breaks_page(b) for b in blocks):
        return None
    chains = _chains(blocks, styles)
    used, starts = 0.0, [0]  # the first chain of each page
    for number, chain in enumerate(chains):
        tall = sum(styles.height(b, width) for b in chain)
        if used + tall <= height:
            used += tall
        elif used and (len(chain) > 1 or _unbreakable(chain[0], styles)):
            used, starts = tall, [*starts, number]  # moved whole to the next page
        else:
            used = (used + tall) % height  # it breaks where the page ends: the next starts in it
            starts.append(number)
    if len(starts) < 2 or used > LAST_PAGE_SHARE * height:
        return None
    before = [b for chain in chains[starts[-2] :] for b in chain]
    pictures = _pictures(before[0]) if before else []
    if len(pictures) != 1 or sum(len(_pictures(b)) for b in before) != 1:
        return None  # the page before the last starts with its one chart, or none is shrunk
    text = sum(styles.height(b, width) for b in before[1:])
    drawn = _extent(pictures[0])
    wanted = height - LAST_SLACK_PT - styles.height(before[0], width) + drawn - text * LAST_TEXT_SHARE
    return (pictures[0], wanted) if MIN_HEIGHT_SHARE * drawn <= wanted < drawn else None


#: A page before a chart that moved whole to the next page is left at most this share empty: more,
#: and the chart is drawn shorter or the text after it fills the page (`chart_filling_page`).
MOST_EMPTY = 0.15
#: The text moved up above such a chart is this many times the room its estimate leaves: the
#: estimate errs tall, and a line too many only precedes the chart on the next page, where a line
#: too few leaves a gap (the Sichuan fair's last bullet, 4 % of page 1, under its 18-bar chart).
FLOW_SHARE = 1.25
#: A page's text is taken at this share of its estimate to tell whether a chart left it too empty:
#: the film festival's page 1, estimated 88 % full, was 78 %; the tech summit's, estimated 92 %,
#: was 89 %, and filling it pushed its Sources' last line onto a page of its own.
EMPTY_TEXT_SHARE = 0.95


@dataclass(frozen=True)
class Filling:
    """How a page left too empty by a chart is filled: the chart's picture (`inline`) drawn
    `height` pt tall, or its paragraphs (`chart`) moved after the block `after`; the paragraphs
    that were kept with a chart (`unkept`: not headings) then keep with nothing."""

    inline: etree._Element | None = None
    height: float = 0.0
    chart: tuple[etree._Element, ...] = ()
    after: etree._Element | None = None
    unkept: tuple[etree._Element, ...] = ()


def chart_filling_page(document: Any) -> Filling | None:
    """For the first chart that moves whole to the next page, leaving its page more than MOST_EMPTY
    empty (the wine salon's 12 bars left page 1 a quarter empty, review U): the chart drawn short
    enough to end the page, down to MIN_HEIGHT_SHARE of its height; else its paragraphs (the
    picture's, its caption and what is kept with them) moved after the text that follows them,
    so that this text fills the page and the chart opens the next one, as a figure does in print.
    The text is taken in the blocks kept together (a heading with its first paragraph), until
    FLOW_SHARE times the room is (the page is filled, a few lines precede the chart on the
    next); never the document's last section (its Sources stay last) nor another chart. The
    page's text is taken at EMPTY_TEXT_SHARE of its estimate, which errs tall. None where no chart
    leaves such a page, or it can be neither drawn short enough nor followed by text."""
    width, height, styles, blocks = _measured(document)
    if any(_breaks_page(b) for b in blocks):
        return None
    chains = _chains(blocks, styles)
    headings = [n for n, chain in enumerate(chains) if any(_is_heading(b, styles) for b in chain)]
    last_section = headings[-1] if headings else len(chains)
    used = 0.0
    for number, chain in enumerate(chains):
        heights = [styles.height(b, width) for b in chain]
        tall = sum(heights)
        if used + tall <= height:
            used += tall
            continue
        at = next((k for k, b in enumerate(chain) if _pictures(b)), None)
        if (
            at is not None
            and used
            and used * EMPTY_TEXT_SHARE + sum(heights[:at]) <= height * (1 - MOST_EMPTY)
        ):
            following = _before_last(chains, number, last_section, styles)
            # a chart followed only by the Sources is drawn short enough for both, or left to open
            # the last page with them: drawn to end its page, it left them a page of their own
            end = sum(styles.height(b, width) for c in chains[number + 1 :] for b in c)
            end = 0.0 if any(following) else end
            found = _filling(
                chain, [*heights[:-1], heights[-1] + end], at, following, height - used, styles, width
            )
            if found is not None:
                return found
        if used and (len(chain) > 1 or _unbreakable(chain[0], styles)):
            used = tall % height  # moved whole to the next page
        else:
            used = (used + tall) % height  # it breaks where the page ends: the next starts in it
    return None


def _filling(
    chain: list[etree._Element],
    heights: list[float],
    at: int,
    following: list[list[etree._Element]],
    free: float,
    styles: _Styles,
    width: float,
) -> Filling | None:
    """The chart in `chain` (its blocks' `heights`; its picture in the block `at`) drawn short
    enough for the chain to fit the `free` pt left on the page, with SLACK_PT to spare, where it
    may be; else moved after as much of the `following` text as fills the room above it."""
    pictures = [i for b in chain for i in _pictures(b)]
    if len(pictures) != 1:
        return None
    drawn = _extent(pictures[0])
    wanted = drawn - (sum(heights) - free) - SLACK_PT
    if wanted >= MIN_HEIGHT_SHARE * drawn:
        return Filling(inline=pictures[0], height=wanted)
    # the picture's paragraph and the captions under it (its notes too: 'Lakefront Outdoor
    # Screen: …'); the text the chain keeps with them stays, and flows up with what follows
    moved, rest = [chain[at]], [list(chain[at + 1 :]), *following]
    while rest and (not rest[0] or _is_caption(rest[0][0], styles)):
        if rest[0]:
            moved.append(rest[0].pop(0))
        else:
            rest.pop(0)
    unkept = [chain[at - 1]] if at else []
    room, taken, after = free - sum(heights[:at]), 0.0, None
    for number, blocks in enumerate(rest):
        if taken >= room * FLOW_SHARE:
            after = _section_end(rest, number, styles, width, SECTION_REACH)
            break
        shown = next((k for k, b in enumerate(blocks) if _pictures(b)), None)
        if shown is not None:  # the text kept with another chart: taken without that chart
            if shown:
                after = blocks[shown - 1]
                unkept.append(after)
            break
        taken += sum(styles.height(b, width) for b in blocks)
        after = blocks[-1]
    if after is None:
        return None
    unkept += [moved[-1], after]  # the last caption, and the text before the chart, keep with nothing
    kept = tuple(b for b in unkept if not _is_heading(b, styles))
    return Filling(chart=tuple(moved), after=after, unkept=kept)


#: The text above a moved chart is taken on to its section's end where that is at most this many
#: pt further (a few bullets), so that the chart does not part a section's lines.
SECTION_REACH = 160.0


def _section_end(
    rest: list[list[etree._Element]], stop: int, styles: _Styles, width: float, reach: float
) -> etree._Element | None:
    """The block after which a chart goes where the text above it was taken up to the chain
    `stop` of `rest`: there if a section (or another chart) starts there; else at its section's
    end, if that is within `reach` pt and no chart comes first (the trade fair's chart stood
    between one bullet of 'Investitionen und Abschlüsse' and the next); else before that
    section's heading (the summit's 'Voices from the summit' alone above the chart); else
    (the section started before the chart) at `stop`."""

    def opens(blocks: list[etree._Element]) -> bool:
        return bool(blocks) and (_is_heading(blocks[0], styles) or any(_pictures(b) for b in blocks))

    def last(index: int) -> etree._Element | None:
        return next((rest[k][-1] for k in range(index - 1, -1, -1) if rest[k]), None)

    if stop >= len(rest) or opens(rest[stop]):
        return last(stop)
    extra, index = 0.0, stop
    while index < len(rest) and not opens(rest[index]):
        extra += sum(styles.height(b, width) for b in rest[index])
        index += 1
    if extra <= reach and (index == len(rest) or not any(_pictures(b) for b in rest[index])):
        return last(index)
    start = next((k for k in range(stop - 1, -1, -1) if rest[k] and _is_heading(rest[k][0], styles)), None)
    return last(start) if start is not None and last(start) is not None else last(stop)


def _before_last(
    chains: list[list[etree._Element]], number: int, last_section: int, styles: _Styles
) -> list[list[etree._Element]]:
    """The chains after the `number`th up to the last section's heading: with the text before
    that heading in its chain (a section's last line, kept with the Sources lest they stand alone)."""
    following = [list(c) for c in chains[number + 1 : last_section]]
    if last_section < len(chains):
        last = chains[last_section]
        heading = next((k for k, b in enumerate(last) if _is_heading(b, styles)), 0)
        if heading:
            following.append(list(last[:heading]))
    return following


def _is_caption(block: etree._Element, styles: _Styles) -> bool:
    """A paragraph in the caption style (Word's built-in 'caption'), without a picture."""
    tag = block.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
    style = styles.by_id.get(tag.get(qn("w:val"), "")) if tag is not None else None
    return (
        style is not None
        and (_name(style) or "").lower() == "caption"
        and block.find(f".//{qn('w:drawing')}") is None
    )


def _measured(document: Any) -> tuple[float, float, _Styles, list[etree._Element]]:
    """The last section's text width and height (pt), the styles, and the body's blocks."""
    section = document.sections[-1]
    width = _pt(section.page_width) - _pt(section.left_margin) - _pt(section.right_margin)
    height = _pt(section.page_height) - _pt(section.top_margin) - _pt(section.bottom_margin)
    blocks = [el for el in document.element.body if el.tag in (qn("w:p"), qn("w:tbl"))]
    return width, height, _Styles(document), blocks


def _chains(blocks: list[etree._Element], styles: _Styles) -> list[list[etree._Element]]:
    """The blocks in runs a page never parts: each paragraph kept with the next (keep-with-next)."""
    chains, index = [], 0
    while index < len(blocks):
        end = index
        while end + 1 < len(blocks) and styles.keeps_with_next(blocks[end]):
            end += 1
        chains.append(blocks[index : end + 1])
        index = end + 1
    return chains


def _pictures(block: etree._Element) -> list[etree._Element]:
    return [i for i in block.iter(qn("wp:inline")) if _extent(i) > 0]


def _is_heading(block: etree._Element, styles: _Styles) -> bool:
    """A paragraph whose style is a heading's (or has an outline level: Word's own headings)."""
    if block.tag != qn("w:p"):
        return False
    level = styles._found(block, f"{qn('w:pPr')}/{qn('w:outlineLvl')}")
    return level is not None and level.get(qn("w:val"), "9") not in ("9",)


def _unbreakable(block: etree._Element, styles: _Styles) -> bool:
    """A table, a picture or a paragraph kept on one page: moved whole where it does not fit."""
    if block.tag != qn("w:p") or block.find(f".//{qn('w:drawing')}") is not None:
        return True
    found = styles._found(block, f"{qn('w:pPr')}/{qn('w:keepLines')}")
    return found is not None and found.get(qn("w:val"), "1") not in ("0", "false", "off")


def _pt(length: Any) -> float:
    return (length or 0) / _EMU_PER_PT


def _extent(inline: etree._Element) -> float:
    extent = inline.find(qn("wp:extent"))
    cy = extent.get("cy", "") if extent is not None else ""
    return int(cy) / _EMU_PER_PT if cy.isascii() and cy.isdigit() else 0.0


def _breaks_page(block: etree._Element) -> bool:
    return any(
        el.tag != qn("w:br") or el.get(qn("w:type")) == "page"
        for el in block.iter(qn("w:br"), qn("w:pageBreakBefore"), qn("w:sectPr"))
    )


class _Styles:
    """Paragraph styles' sizes and spacing as their chains (and the document's defaults) set them.

    Read from the styles part's XML as python-docx reads it (a paragraph style by its id, the
    last of that id; a style's base by its id, the first of any type); each style's chain and each
    property looked up in it are kept for this object's life (a briefing's estimate asks for the
    same few styles' properties a few thousand times)."""

    def __init__(self, document: Any) -> None:
        root = document.styles.element
        self._first: dict[str | None, etree._Element] = {}  # any type, as python-docx's get_by_id
        self.by_id: dict[str | None, etree._Element] = {}  # paragraph styles (no type: paragraph)
        for style in root.iterchildren(qn("w:style")):
            style_id = style.get(qn("w:styleId"))
            self._first.setdefault(style_id, style)
            if style.get(qn("w:type"), "paragraph") == "paragraph":
                self.by_id[style_id] = style
        defaults = root.find(qn("w:docDefaults"))
        self.defaults = defaults if defaults is not None else etree.Element(qn("w:docDefaults"))
        self._chains: dict[tuple[str | None, bool], list[etree._Element]] = {}
        self._in_chain: dict[tuple[str | None, str], etree._Element | None] = {}
        self._spacings: dict[tuple[str | None, str], str] = {}
        self._heights: dict[tuple[etree._Element, float, bool], float] = {}

    def _chain(self, style_id: str | None, normal: bool) -> list[etree._Element]:
        """The paragraph style `style_id` (None: no style named), or Normal where `normal` and it
        names none there is, then its bases, at most 20 in all."""
        key = (style_id, normal)
        if key not in self._chains:
            style = self.by_id.get(style_id) if style_id is not None else None
            if style is None and normal:
                style = next((s for s in self.by_id.values() if _name(s) == "Normal"), None)
            chain: list[etree._Element] = []
            while style is not None and len(chain) < 20:
                chain.append(style)
                based = style.find(qn("w:basedOn"))
                style = self._first.get(based.get(qn("w:val"))) if based is not None else None
            self._chains[key] = chain
        return self._chains[key]

    def _found(self, paragraph: etree._Element, path: str) -> etree._Element | None:
        """The first `path` ('w:pPr/w:keepNext', 'w:rPr/w:sz') in the paragraph's properties, its
        style chain, the document's defaults."""
        own = paragraph.find(path) if path.startswith(qn("w:pPr")) else None
        if own is not None:
            return own
        style_id = _style_id(paragraph)
        key = (style_id, path)
        if key not in self._in_chain:
            found = next((f for s in self._chain(style_id, True) if (f := s.find(path)) is not None), None)
            self._in_chain[key] = found if found is not None else self.defaults.find(f".//{path}")
        return self._in_chain[key]

    def keeps_with_next(self, block: etree._Element) -> bool:
        found = self._found(block, f"{qn('w:pPr')}/{qn('w:keepNext')}") if block.tag == qn("w:p") else None
        return found is not None and found.get(qn("w:val"), "1") not in ("0", "false", "off")

    def _size(self, paragraph: etree._Element) -> float:
        sizes = [int(v) / 2 for s in paragraph.iter(qn("w:sz")) if (v := s.get(qn("w:val"), "")).isdigit()]
        if sizes:
            return max(sizes)
        found = self._found(paragraph, f"{qn('w:rPr')}/{qn('w:sz')}")
        value = found.get(qn("w:val"), "") if found is not None else ""
        return int(value) / 2 if value.isdigit() else 11.0

    def _spacing(self, paragraph: etree._Element, name: str, own_only: bool = False) -> float | None:
        own = paragraph.find(f"{qn('w:pPr')}/{qn('w:spacing')}")
        if own is not None and own.get(qn(name)) is not None:
            value = own.get(qn(name), "")
        elif own_only:
            value = ""
        else:
            value = self._style_spacing(_style_id(paragraph), name)
        return int(value) if value.lstrip("-").isdigit() else None

    def _style_spacing(self, style_id: str | None, name: str) -> str:
        """The spacing attribute `name` as the paragraph style `style_id`'s chain (not Normal's,
        where it names none) or else the document's defaults set it; '' where none does."""
        key = (style_id, name)
        if key not in self._spacings:
            value = ""
            for style in self._chain(style_id, False):
                spacing = style.find(f"{qn('w:pPr')}/{qn('w:spacing')}")
                value = spacing.get(qn(name), "") if spacing is not None else ""
                if value:
                    break
            if not value:
                spacing = self.defaults.find(f".//{qn('w:spacing')}")
                value = spacing.get(qn(name), "") if spacing is not None else ""
            self._spacings[key] = value
        return self._spacings[key]

    def height(self, block: etree._Element, width: float, cell: bool = False) -> float:
        """About how tall (pt) `block` is set `width` pt wide (in a table's `cell`, with the space
        before and after it that it sets itself: a table's style sets its cells' own); each block's
        kept for this object's life (the document is not changed meanwhile)."""
        key = (block, width, cell)
        if key not in self._heights:
            self._heights[key] = self._height(block, width, cell)
        return self._heights[key]

    def _height(self, block: etree._Element, width: float, cell: bool) -> float:
        if block.tag == qn("w:tbl"):
            return sum(self._row(row, width) for row in block.iter(qn("w:tr")))
        pictures = sum(_extent(i) for i in block.iter(qn("wp:inline")))
        before = (self._spacing(block, "w:before", cell) or 0) / _TWIPS_PER_PT
        after = (self._spacing(block, "w:after", cell) or 0) / _TWIPS_PER_PT
        if self._found(block, f"{qn('w:pPr')}/{qn('w:contextualSpacing')}") is not None:
            after = 0.0  # a list's items: no space between them (the last one's is lost, 2 pt)
        line = self._spacing(block, "w:line")
        rule = self._found(block, f"{qn('w:pPr')}/{qn('w:spacing')}")
        exact = rule is not None and rule.get(qn("w:lineRule")) in ("exact", "atLeast")
        size = self._size(block)
        step = line / _TWIPS_PER_PT if exact and line else size * _LINE * ((line or 240) / 240)
        text = "".join(t.text or "" for t in block.iter(qn("w:t")))
        indent = block.find(f"{qn('w:pPr')}/{qn('w:ind')}")
        left = int(indent.get(qn("w:left"), "0") or 0) / _TWIPS_PER_PT if indent is not None else 0.0
        if pictures:
            return before + after + pictures + (step if text.strip() else 0.0)
        ems = 0.5 * (len(text) + len(_WIDE.findall(text)))  # a CJK character a full em
        bold = self._found(block, f"{qn('w:rPr')}/{qn('w:b')}")
        if bold is not None and bold.get(qn("w:val"), "1") not in ("0", "false", "off"):
            ems *= 1.1  # a bold heading's letters are wider
        lines = max(1, math.ceil(ems * size / max(width - max(left, 18.0 if ems else 0.0), 36.0)))
        return before + after + lines * step

    def _row(self, row: etree._Element, width: float) -> float:
        cells = row.findall(qn("w:tc")) or [row]
        share = width / len(cells)
        return (
            max(sum(self.height(p, share - 11, True) for p in cell.findall(qn("w:p"))) for cell in cells) + 4
        )


def _style_id(paragraph: etree._Element) -> str | None:
    """The id of the style a paragraph names ('' for a style tag without one), None where it names none."""
    tag = paragraph.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
    return tag.get(qn("w:val"), "") if tag is not None else None


def _name(style: etree._Element) -> str | None:
    name = style.find(qn("w:name"))
    return name.get(qn("w:val")) if name is not None else None
