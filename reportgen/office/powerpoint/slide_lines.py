"""The lines of a slide's text, as the deck's line breaks measure and end them.

The passes that end a line before a word a renderer would cut (cjk_words.py, url_lines.py,
balanced_lines.py, number_lines.py) read the same measures: the text shapes of a slide (those of
its groups with them: a tile's number and label), the width a text box's lines have (its insets
and columns taken off), a list paragraph's indent (its own, else its level's on the master), and
they end a line the same way: a line break (`<a:br/>`, with the run's properties) between the two
halves of a run.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

from lxml import etree

from reportgen.office.ooxml import qn
from reportgen.office.powerpoint.fit import EMU_PER_PT, text_columns


def text_shapes(shapes: Any) -> Iterator[Any]:
    """The shapes with text among `shapes`, those of groups with them (a tile's number and label)."""
    for shape in shapes:
        if getattr(shape, "shapes", None) is not None and not getattr(shape, "has_text_frame", False):
            yield from text_shapes(shape.shapes)
        elif getattr(shape, "has_text_frame", False) and shape.has_text_frame:
            yield shape


def line_width_pt(body: etree._Element, width_emu: int) -> float:
    """The width (pt) of a line of the text body `body` in a shape `width_emu` wide: less its left
    and right insets, and of one of its columns where it sets several."""
    body_pr = body.find(qn("a:bodyPr"))
    insets = (
        int(body_pr.get("lIns", 91440)) + int(body_pr.get("rIns", 91440)) if body_pr is not None else 182880
    )
    columns, gap = text_columns(body_pr)
    return (width_emu - insets - gap * (columns - 1)) / columns / EMU_PER_PT


def list_indents(master: Any) -> dict[int, int]:
    """The left indent of each list level (0 to 8) of the master's body text, in EMU."""
    style = master._element.find(f"{qn('p:txStyles')}/{qn('p:bodyStyle')}")
    found = {}
    for level in range(9):
        p_pr = style.find(qn(f"a:lvl{level + 1}pPr")) if style is not None else None
        if p_pr is not None and p_pr.get("marL") is not None:
            found[level] = int(p_pr.get("marL"))
    return found


def paragraph_indent(p: etree._Element, levels: dict[int, int]) -> int | None:
    """A paragraph's left indent in EMU (its own, else its level's); None where unknown."""
    p_pr = p.find(qn("a:pPr"))
    if p_pr is not None and p_pr.get("marL") is not None:
        return int(p_pr.get("marL"))
    if not levels:
        return 0  # a text box: no indent unless the paragraph sets one
    return levels.get(int(p_pr.get("lvl", "0")) if p_pr is not None else 0)


def break_before(p: etree._Element, at: int) -> None:
    """Split the paragraph's run at character `at` and put a line break (`<a:br/>`, with the run's
    properties) between the halves."""
    seen = 0
    for run in p.findall(qn("a:r")):
        t = run.find(qn("a:t"))
        value = t.text or "" if t is not None else ""
        if seen + len(value) <= at:
            seen += len(value)
            continue
        head, tail = value[: at - seen], value[at - seen :]
        br = etree.Element(qn("a:br"))
        r_pr = run.find(qn("a:rPr"))
        if r_pr is not None:
            br.append(copy.deepcopy(r_pr))
        if head:
            second = copy.deepcopy(run)
            t.text = head
            second.find(qn("a:t")).text = tail
            run.addnext(br)
            br.addnext(second)
        else:
            run.addprevious(br)
        return
