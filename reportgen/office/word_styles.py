"""A briefing's paragraph styles read for its page estimate (office/word_fill.py): each block's
height as its style chain, the document's defaults and its own properties set it (type size,
spacing, line spacing, indent), its pictures' heights, and whether it keeps with the next.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from lxml import etree

from reportgen.lazy_pattern import of_script
from reportgen.office.ooxml import qn
from reportgen.office.word_fit import cell_width_pt
from reportgen.office.word_wrap import line_count

#: A line at single spacing is this many times its type size, by script, as LibreOffice (7.4) sets
#: the bundled template's fonts: measured with paragraphs of 7 to 15 lines each (Latin, Chinese,
#: Japanese, Korean, Latin mixed with Chinese) at 10, 11 and 14 pt, single and 1.15 lines, converted
#: to PDF and their lines' tops read with `pdftotext -bbox-layout` (scripts/measure_line_heights.py).
#: Latin (Arial, set in DejaVu Sans where Arial is not installed): 12.8 pt at 11 pt, 16.3 at 14,
#: 1.164 (taken at 1.17, on the side of too tall, as before). Chinese, Japanese, Korean (Noto Sans
#: CJK's 1.16 ascent and 0.288 descent): 16.0 pt at 11 pt, 20.3 at 14, 1.45; a line holding any of
#: their characters is that tall, whatever Latin it holds too.
LINE_HEIGHTS = {"latin": 1.17, "cjk": 1.45}
_EMU_PER_PT = 12700
_TWIPS_PER_PT = 20
#: Runs of the characters set in the CJK font (Chinese, Japanese, Korean and beyond).
_WIDE_RUNS = of_script("[\u2e80-\U0010ffff]+", "\u2e80")


def extent(inline: etree._Element) -> float:
    """The height (pt) a picture (its `wp:inline`) is drawn; 0 where it does not say."""
    found = inline.find(qn("wp:extent"))
    cy = found.get("cy", "") if found is not None else ""
    return int(cy) / _EMU_PER_PT if cy.isascii() and cy.isdigit() else 0.0


class Styles:
    """Paragraph styles' sizes and spacing as their chains (and the document's defaults) set them.

    Read from the styles part's XML as python-docx reads it (a paragraph style by its id, the
    last of that id; a style's base by its id, the first of any type); each style's chain and each
    property looked up in it are kept for this object's life (a briefing's estimate asks for the
    same few styles' properties a few thousand times); each block's height by its XML (what it is
    worked out from, with the styles), so that a block changed meanwhile is measured anew."""

    def __init__(self, document: Any) -> None:
        root = document.styles.element
        self.root = root  # the styles part read: `shared_styles` serves only its document
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
        self._heights: dict[tuple[bytes, float, bool], float] = {}

    def _chain(self, style_id: str | None, normal: bool) -> list[etree._Element]:
        """The paragraph style `style_id` (None: no style named), or Normal where `normal` and it
        names none there is, then its bases, at most 20 in all."""
        key = (style_id, normal)
        if key not in self._chains:
            style = self.by_id.get(style_id) if style_id is not None else None
            if style is None and normal:
                style = next((s for s in self.by_id.values() if style_name(s) == "Normal"), None)
            chain: list[etree._Element] = []
            while style is not None and len(chain) < 20:
                chain.append(style)
                based = style.find(qn("w:basedOn"))
                style = self._first.get(based.get(qn("w:val"))) if based is not None else None
            self._chains[key] = chain
        return self._chains[key]

    def found(self, paragraph: etree._Element, path: str) -> etree._Element | None:
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
        found = self.found(block, f"{qn('w:pPr')}/{qn('w:keepNext')}") if block.tag == qn("w:p") else None
        return found is not None and found.get(qn("w:val"), "1") not in ("0", "false", "off")

    def size(self, paragraph: etree._Element) -> float:
        """The type size (pt) of `paragraph`'s largest run, as its runs or its style chain set it."""
        return self._size(paragraph)

    def _size(self, paragraph: etree._Element) -> float:
        sizes = [int(v) / 2 for s in paragraph.iter(qn("w:sz")) if (v := s.get(qn("w:val"), "")).isdigit()]
        if sizes:
            return max(sizes)
        found = self.found(paragraph, f"{qn('w:rPr')}/{qn('w:sz')}")
        value = found.get(qn("w:val"), "") if found is not None else ""
        return int(value) / 2 if value.isdigit() else 11.0

    def _character_size(self, style_id: str) -> float:
        """The type size (pt) the character style `style_id` sets; 0 where it sets none."""
        style = self._first.get(style_id)
        found = style.find(f"{qn('w:rPr')}/{qn('w:sz')}") if style is not None else None
        value = found.get(qn("w:val"), "") if found is not None else ""
        return int(value) / 2 if value.isdigit() else 0.0

    def spacing(self, paragraph: etree._Element, name: str) -> float | None:
        """The spacing attribute `name` ('w:before', 'w:after', 'w:line') that applies to the
        paragraph, in twips (or 240ths of a line); None where nothing sets it."""
        return self._spacing(paragraph, name)

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
        """The spacing attribute `name` as the paragraph style `style_id`'s chain (Normal's, where
        it names none: the default paragraph style, as Word and LibreOffice apply it; the document's
        defaults had an unstyled paragraph of the bundled template 10 pt after and 1.15 lines, the PDF
        5 pt and 1.1) or else the document's defaults set it; '' where none does."""
        key = (style_id, name)
        if key not in self._spacings:
            value = ""
            for style in self._chain(style_id, True):
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
        kept for this object's life by its XML: the height depends on nothing else but the styles
        (a block redrawn or set tighter since is another key)."""
        key = (etree.tostring(block), width, cell)
        if key not in self._heights:
            self._heights[key] = self._height(block, width, cell)
        return self._heights[key]

    def _height(self, block: etree._Element, width: float, cell: bool) -> float:
        if block.tag == qn("w:tbl"):
            return sum(self._row(row, width) for row in block.iter(qn("w:tr")))
        pictures = sum(extent(i) for i in block.iter(qn("wp:inline")))
        before = (self._spacing(block, "w:before", cell) or 0) / _TWIPS_PER_PT
        after = (self._spacing(block, "w:after", cell) or 0) / _TWIPS_PER_PT
        contextual = self.found(block, f"{qn('w:pPr')}/{qn('w:contextualSpacing')}")
        if contextual is not None and contextual.get(qn("w:val"), "1") not in ("0", "false", "off"):
            after = 0.0  # a list's items: no space between them (the last one's is lost, 2 pt)
        line = self._spacing(block, "w:line")
        rule = self.found(block, f"{qn('w:pPr')}/{qn('w:spacing')}")
        exact = rule is not None and rule.get(qn("w:lineRule")) in ("exact", "atLeast")
        size = self._size(block)
        text = "".join(t.text or "" for t in block.iter(qn("w:t")))
        lines_of = (line or 240) / 240  # a multiple of a line: each script's line that many times
        step = line / _TWIPS_PER_PT if exact and line else size * LINE_HEIGHTS["latin"] * lines_of
        tall = 0.0 if exact and line else size * (LINE_HEIGHTS["cjk"] - LINE_HEIGHTS["latin"]) * lines_of
        indent = block.find(f"{qn('w:pPr')}/{qn('w:ind')}")
        left = int(indent.get(qn("w:left"), "0") or 0) / _TWIPS_PER_PT if indent is not None else 0.0
        wide = len(_WIDE_RUNS.findall(text))  # the lines with CJK in them are at most this many
        if pictures:
            return before + after + pictures + ((step + tall * (wide > 0)) if text.strip() else 0.0)
        # a list's indent, 18 pt, where the paragraph sets none; a cell's text has none
        room = max(width - max(left, 18.0 if text and not cell else 0.0), 36.0) / size  # in ems
        bold = self.found(block, f"{qn('w:rPr')}/{qn('w:b')}")
        if bold is not None and bold.get(qn("w:val"), "1") not in ("0", "false", "off"):
            room /= 1.1  # a bold heading's letters are wider
        # word by word, each character at its width (word_wrap.py); a line break ends a line; the
        # lines after one set in a character style of another size (a quotation printed in its
        # person's paragraph, 9.5 pt in 10.5: word_pages.py) are as many and as tall as that size's
        lines = 0.0
        for part, run_style in _broken(block):
            scale = (self._character_size(run_style) or size) / size if run_style else 1.0
            lines += line_count(part, room / scale) * scale
        return before + after + lines * step + min(lines, wide) * tall

    def _row(self, row: etree._Element, width: float) -> float:
        cells = row.findall(qn("w:tc")) or [row]
        share = width / len(cells) - 11  # a cell's text, where the cell's width is not fixed
        return (
            max(
                sum(self.height(p, cell_width_pt(cell) or share, True) for p in cell.findall(qn("w:p")))
                for cell in cells
            )
            + 4
        )


_SHARED: ContextVar[Styles | None] = ContextVar("shared_styles", default=None)


@contextmanager
def shared_styles(document: Any) -> Iterator[None]:
    """Within this block, `styles_of(document)` is one `Styles`: a briefing's pages are estimated
    again after each chart redrawn and chain parted (office/word.py, `_fill_first_page`), which
    change its body, never its styles part; its blocks' heights are each measured once. The
    `Styles` is this document's alone and is dropped when the block ends."""
    token = _SHARED.set(Styles(document))
    try:
        yield
    finally:
        _SHARED.reset(token)


def styles_of(document: Any) -> Styles:
    """The `Styles` `shared_styles` holds for `document`, else a new one."""
    shared = _SHARED.get()
    if shared is not None and shared.root is document.styles.element:
        return shared
    return Styles(document)


def _broken(paragraph: etree._Element) -> list[tuple[str, str | None]]:
    """The paragraph's text, in the parts its line breaks (`w:br`, `w:cr`) end, each with the
    character style its first run with text names (None: none)."""
    parts: list[tuple[str, str | None]] = [("", None)]
    for element in paragraph.iter(qn("w:t"), qn("w:br"), qn("w:cr")):
        if element.tag != qn("w:t"):
            parts.append(("", None))
            continue
        text, run_style = parts[-1]
        if not text and element.text:
            found = element.getparent().find(f"{qn('w:rPr')}/{qn('w:rStyle')}")
            run_style = found.get(qn("w:val")) if found is not None else None
        parts[-1] = (text + (element.text or ""), run_style)
    return parts


def _style_id(paragraph: etree._Element) -> str | None:
    """The id of the style a paragraph names ('' for a style tag without one), None where it names none."""
    tag = paragraph.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
    return tag.get(qn("w:val"), "") if tag is not None else None


def style_name(style: etree._Element) -> str | None:
    name = style.find(qn("w:name"))
    return name.get(qn("w:val")) if name is not None else None
