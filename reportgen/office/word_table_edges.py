"""A briefing's tables of the text's width on the text block's edges (review YY3 #7).

A table Word places at its left (no `w:jc`, or `left`/`start`) stands, in a document of Word 2010's
compatibility or earlier, its cell margin left of the text's margin (`tblInd` less the first
cell's left margin): the band's dark first cell began 2 mm left of the body text, and its light
cells ended 2 mm short of the centred key-figures table under it. `fit_tables_to_text` sets each
table of the body about as wide as the text block (a band, the key figures: WIDE_SHARE or more of
it) on the block's left edge and exactly as wide, its columns scaled alike (a restyled template's
other margins too). `tables_off_text` measures the same way for the document check: a table of
the text's width whose edge stands more than EDGE_TOLERANCE_MM off the text block's.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from lxml import etree

from reportgen.office.ooxml import qn

#: A table this share of the text block's width, or more, is meant to span it (a band, the key figures).
WIDE_SHARE = 0.8
#: ... and one wider than the block by more than this share is the user's own, left as it is.
WIDEST_SHARE = 1.25
#: How far a table's edge may stand off the text block's and still read as on it.
EDGE_TOLERANCE_MM = 0.7
#: Word's default left cell margin (twips): the table's edge stands this far left of its indent.
_CELL_MARGIN = 108
_TWIPS_PER_MM = 1440 / 25.4
#: The last compatibility mode in which a table's indent is measured to its first cell's text.
_TEXT_INDENT_MODE = 14


@dataclass(frozen=True)
class Edges:
    """A table's left and right edges, in twips from the text block's left edge."""

    left: int
    right: int


def fit_tables_to_text(body: etree._Element, compatibility: int = _TEXT_INDENT_MODE) -> list[etree._Element]:
    """Set each wide table of `body` (WIDE_SHARE of its section's text width or more, at most
    WIDEST_SHARE) whose edges stand off the text block's exactly as wide as the text, at its left
    edge (indented by its cell margin where Word's compatibility measures the indent to the text:
    a band's second row, narrowed to its first row's grid after this, stays at the left edge);
    return the tables changed."""
    changed: list[etree._Element] = []
    for table, text in _body_tables(body):
        widths = _grid(table)
        total = sum(widths)
        if not widths or not WIDE_SHARE * text <= total <= WIDEST_SHARE * text:
            continue
        edges = table_edges(table, text, compatibility)
        if max(abs(edges.left), abs(edges.right - text)) <= EDGE_TOLERANCE_MM * _TWIPS_PER_MM:
            continue
        _scale(table, widths, text)
        properties = _properties(table)
        for old in (*properties.findall(qn("w:jc")), *properties.findall(qn("w:tblInd"))):
            properties.remove(old)
        indent = etree.SubElement(properties, qn("w:tblInd"))
        indent.set(qn("w:w"), str(_left_margin(properties) if compatibility <= _TEXT_INDENT_MODE else 0))
        indent.set(qn("w:type"), "dxa")
        _place(properties, indent)
        width = properties.find(qn("w:tblW"))
        if width is not None and width.get(qn("w:type")) == "dxa":
            width.set(qn("w:w"), str(text))
        changed.append(table)
    return changed


def tables_off_text(
    body: etree._Element, compatibility: int = _TEXT_INDENT_MODE
) -> Iterator[tuple[int, float, float]]:
    """(table's number in the body, its left edge's and right edge's distance off the text block's
    in mm, plus to the right) for each wide band of figures whose edge stands more than EDGE_TOLERANCE_MM off
    it. `compatibility`: the document's Word compatibility mode (14 and earlier indent to the text)."""
    for number, (table, text) in enumerate(_body_tables(body), start=1):
        total = sum(_grid(table))
        if not total or not WIDE_SHARE * text <= total <= WIDEST_SHARE * text or not _band(table):
            continue
        edges = table_edges(table, text, compatibility)
        left, right = edges.left / _TWIPS_PER_MM, (edges.right - text) / _TWIPS_PER_MM
        if max(abs(left), abs(right)) > EDGE_TOLERANCE_MM:
            yield number, round(left, 1), round(right, 1)


def _band(table: etree._Element) -> bool:
    """A band of figures: a table of one row of two or more cells, each printing a digit."""
    rows = table.findall(qn("w:tr"))
    cells = rows[0].findall(qn("w:tc")) if len(rows) == 1 else []
    return len(cells) >= 2 and all(any(c.isdigit() for c in "".join(cell.itertext())) for cell in cells)


def table_edges(table: etree._Element, text: int, compatibility: int = _TEXT_INDENT_MODE) -> Edges:
    """Where `table` stands on a text block `text` twips wide, as Word and LibreOffice place it."""
    total = sum(_grid(table))
    properties = _properties(table)
    jc = properties.find(qn("w:jc"))
    where = jc.get(qn("w:val"), "left") if jc is not None else "left"
    if where == "center":
        left = (text - total) // 2
    elif where in {"right", "end"}:
        left = text - total
    else:
        left = _twips(properties.find(qn("w:tblInd")))
        if compatibility <= _TEXT_INDENT_MODE:
            left -= _left_margin(properties)
    return Edges(left, left + total)


def compatibility_mode(settings: etree._Element | None) -> int:
    """The document's Word compatibility mode (its settings part's `compatibilityMode`; 12 where none)."""
    if settings is not None:
        for setting in settings.iter(qn("w:compatSetting")):
            if setting.get(qn("w:name")) == "compatibilityMode" and setting.get(qn("w:val"), "").isdigit():
                return int(setting.get(qn("w:val")))
    return 12


def _body_tables(body: etree._Element) -> Iterator[tuple[etree._Element, int]]:
    """Each table at the body's top level, with the text width (twips) of the section it is in."""
    waiting: list[etree._Element] = []
    for child in body:
        if child.tag == qn("w:tbl"):
            waiting.append(child)
            continue
        section = child if child.tag == qn("w:sectPr") else child.find(f"{qn('w:pPr')}/{qn('w:sectPr')}")
        if section is not None and waiting:
            text = _text_width(section)
            if text:
                yield from ((table, text) for table in waiting)
            waiting = []


def _text_width(section: etree._Element) -> int:
    size, margins = section.find(qn("w:pgSz")), section.find(qn("w:pgMar"))
    if size is None or margins is None:
        return 0
    page = _twips_attr(size, "w")
    left = _twips_attr(margins, "left") or _twips_attr(margins, "start")
    right = _twips_attr(margins, "right") or _twips_attr(margins, "end")
    return max(page - left - right, 0)


def _grid(table: etree._Element) -> list[int]:
    grid = table.find(qn("w:tblGrid"))
    if grid is None:
        return []
    widths = [_twips_attr(col, "w") for col in grid.iterfind(qn("w:gridCol"))]
    return widths if widths and all(widths) else []


def _scale(table: etree._Element, widths: list[int], text: int) -> None:
    """The table's columns and cells scaled to `text` twips in all, the last taking the rounding."""
    total = sum(widths)
    scaled = [w * text // total for w in widths]
    scaled[-1] += text - sum(scaled)
    grid = table.find(qn("w:tblGrid"))
    if grid is None:
        return
    for col, width in zip(grid.iterfind(qn("w:gridCol")), scaled, strict=True):
        col.set(qn("w:w"), str(width))
    for row in table.iterfind(qn("w:tr")):
        column = 0
        for cell in row.iterfind(qn("w:tc")):
            span = cell.find(f"{qn('w:tcPr')}/{qn('w:gridSpan')}")
            count = _twips_attr(span, "val") if span is not None else 1
            width = cell.find(f"{qn('w:tcPr')}/{qn('w:tcW')}")
            if width is not None and width.get(qn("w:type"), "dxa") == "dxa":
                width.set(qn("w:w"), str(sum(scaled[column : column + max(count, 1)])))
            column += max(count, 1)


def _properties(table: etree._Element) -> etree._Element:
    properties = table.find(qn("w:tblPr"))
    if properties is None:
        properties = etree.Element(qn("w:tblPr"))
        table.insert(0, properties)
    return properties


#: tblPr's children in the schema's order before tblInd (one set after a later one is invalid).
_BEFORE_INDENT = ("w:tblStyle", "w:tblpPr", "w:tblOverlap", "w:bidiVisual", "w:tblStyleRowBandSize")
_BEFORE_INDENT += ("w:tblStyleColBandSize", "w:tblW", "w:jc", "w:tblCellSpacing")


def _place(properties: etree._Element, indent: etree._Element) -> None:
    """Move `indent` to its place in tblPr's schema order."""
    properties.remove(indent)
    index = 0
    for position, child in enumerate(properties):
        if child.tag in {qn(name) for name in _BEFORE_INDENT}:
            index = position + 1
    properties.insert(index, indent)


def _left_margin(properties: etree._Element) -> int:
    margins = properties.find(qn("w:tblCellMar"))
    if margins is not None:
        for side in ("w:left", "w:start"):
            margin = margins.find(qn(side))
            if margin is not None and margin.get(qn("w:type"), "dxa") == "dxa":
                return _twips_attr(margin, "w")
    return _CELL_MARGIN


def _twips(element: etree._Element | None) -> int:
    if element is None or element.get(qn("w:type"), "dxa") != "dxa":
        return 0
    return _twips_attr(element, "w")


def _twips_attr(element: etree._Element, name: str) -> int:
    value = element.get(qn(f"w:{name}"), "")
    return int(value) if value.lstrip("-").isdigit() else 0
