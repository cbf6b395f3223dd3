"""A tile's words set shorter where its text is taller than the tile (tile_room.py): its last short
line (a note: 'Record', 'A record since 2018') on the line before it, and its label's lines a step
smaller.

Review MM: the nl fair's money tile, 'bijna / 310 miljoen / euro / Waarde van de op de beurs
afgesloten handelscontracten / Record', was five lines in a tile of four. A designer sets the
record word after the label where its last line has room ('… handelscontracten · Record'), and
else sets the label a size down, before the number, the tile's largest text, is set smaller. Both
are measured as the document check measures the tile (tile_lines.py, `text_need`): a change that
saves no height is undone.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from typing import Any

from lxml import etree

from reportgen.office.ooxml import qn
from reportgen.office.powerpoint.tile_lines import _parts, _text, text_need

#: Between a label and the note set after it, where the language sets no separator of its own.
SEPARATOR = "\u00a0\u00b7 "
#: The sizes (pt) a line is set a step down along, as PowerPoint's "Decrease Font Size" steps.
SIZES = (8, 9, 10, 10.5, 11, 12, 14, 16, 18, 20, 24, 28, 32, 36, 40, 44, 48, 54, 60, 66, 72, 80, 88, 96)
#: A label's lines are set no smaller than this (pt): a tile's note is 13 pt in the default deck.
LEAST = 12.0


def note_on_label(tile: Any, separator: str = SEPARATOR) -> bool:
    """Set the last line of `tile` under its label, a note (set smaller than the line before it:
    'Record', not a detail at the label's size), after the line before it, `separator` between
    them, where that makes the tile's text shorter as measured. Whether it did."""
    under = _under_label(tile)
    if len(under) < 2 or not _text(under[-1]) or not _text(under[-2]):
        return False
    note, before = under[-1], under[-2]
    if max(_sizes(note), default=0) >= min(_sizes(before), default=0):
        return False  # a line as large as the one before it is no note ('for 15 early-stage companies')
    body = tile._element.find(qn("p:txBody"))
    kept = copy.deepcopy(body)
    need = text_need(tile)
    runs = note.findall(qn("a:r"))
    if not runs:
        return False
    joint = copy.deepcopy(runs[0])
    joint.find(qn("a:t")).text = separator
    mark = before.find(qn("a:endParaRPr"))
    for run in [joint, *runs]:
        if mark is not None:
            mark.addprevious(run)
        else:
            before.append(run)
    note.getparent().remove(note)
    if text_need(tile) < need:
        return True
    body.getparent().replace(body, kept)  # no line saved: the note keeps its own
    return False


def smaller_labels(tiles: Iterable[Any]) -> bool:
    """Set the lines of each tile from its label down (label, detail, note) a step smaller (SIZES),
    no smaller than LEAST: the number and the lines over it keep their size. Whether any changed."""
    changed = False
    for tile in tiles:
        for p in _under_label(tile):
            for r_pr in p.iter(qn("a:rPr"), qn("a:endParaRPr")):
                size = r_pr.get("sz", "")
                if not size.isdigit():
                    continue
                smaller = _step_down(int(size) / 100)
                if smaller is not None:
                    r_pr.set("sz", str(int(smaller * 100)))
                    changed = True
    return changed


def _sizes(p: etree._Element) -> list[int]:
    """The sizes (hundredths of a point) of a paragraph's runs that print something."""
    return [
        int(r.get("sz"))
        for r in p.iter(qn("a:rPr"))
        if r.get("sz", "").isdigit() and (r.getparent().findtext(qn("a:t")) or "").strip()
    ]


def _step_down(size: float) -> float | None:
    """The next size down from `size` (pt), not under LEAST; None where there is none."""
    below = [s for s in SIZES if s < size - 1e-9 and s >= LEAST]
    return max(below) if below else None


def _under_label(tile: Any) -> list[etree._Element]:
    """A tile's label paragraph and the paragraphs after it."""
    parts = _parts(tile._element)
    if parts is None or parts[3] is None:
        return []
    label = parts[3]
    paragraphs = label.getparent().findall(qn("a:p"))
    return paragraphs[paragraphs.index(label) :]
