"""A tile's unit set on its number's line where the two fit there ('2,300 runners'), not on a
line of its own under it.

The template sets a unit that is a word ('runners', 'dolar', 'de pesos') on a line between a
tile's number and its label; a tile with one was a line taller than its row's others, which
tile_lines.py gives an empty line in its place: a row of a slide, or a slide's two rows, with
their labels a line lower than the tiles of another (review LL: 'nearly / 2,300 / runners /
First-time half marathoners' beside '38 / Countries represented', the tile full to its edge). On
the number's line, after a no-break space and at its own size, the unit leaves every tile the
same lines. The number and its unit are then one word: measured as the fit and the document
check measure a number (every character at the number's size, `_widest`), a unit that would not
fit keeps its line.
"""

from __future__ import annotations

from typing import Any

from lxml import etree

from reportgen.office.break_points import hangul, wide
from reportgen.office.ooxml import qn
from reportgen.office.powerpoint.fit import EMU_PER_PT, _widest, autofit_scale
from reportgen.office.powerpoint.row_type import insets, number_line
from reportgen.office.powerpoint.tile_lines import _parts, _text


def fold_units(tiles: list[Any]) -> None:
    """Each tile's unit line moved onto its number's line, where the two fit the tile's width."""
    for tile in tiles:
        parts = _parts(tile._element)
        if parts is None or len(parts[2]) != 1 or not _text(parts[2][0]):
            continue  # no unit line (or more than one line between the number and its label)
        number, unit = parts[1], parts[2][0]
        joined = (_text(number) + _gap(_text(unit)) + _text(unit)).replace(" ", "\u00a0")
        found = number_line(tile)
        if found is None or found[0] is not number:
            continue
        body = tile._element.find(qn("p:txBody"))
        size = found[1] / 100 * autofit_scale(body)
        if _widest(joined, True) * size * EMU_PER_PT > tile.width - insets(tile):
            continue  # too long for the number's line: it keeps its own
        _move(unit, number, _gap(_text(unit)))


def _gap(unit: str) -> str:
    """What joins a number and its unit on one line: a no-break space, nothing before a Chinese or
    Japanese word ('2,800人')."""
    return "" if unit and wide(unit[0]) and not hangul(unit[0]) else "\u00a0"


def _move(unit: etree._Element, number: etree._Element, gap: str) -> None:
    """The unit paragraph's runs appended to the number's (before its end mark), the first after
    `gap`; the unit's paragraph removed."""
    runs = unit.findall(qn("a:r"))
    mark = number.find(qn("a:endParaRPr"))
    for index, run in enumerate(runs):
        text = run.find(qn("a:t"))
        if text is not None:  # one word with its number: no line ends inside it ('de dollars')
            words = (text.text or "").replace(" ", "\u00a0")
            text.text = gap + words.lstrip("\u00a0") if index == 0 else words
        if mark is not None:
            mark.addprevious(run)
        else:
            number.append(run)
    unit.getparent().remove(unit)
