"""A tile's caption that runs down its tile: a sentence set as a tile's label (review RR4 #7:
Limerick's 40,000 spectators captioned 'Spectators lined the route, most of them on O'Connell
Street and the Shannon bridges', four lines down to the tile's edge in a grid of one- and
two-word labels). A tile's caption is a label, which a glance reads in a line or two; a long
compound or a narrow tile may take a third (the reviewers' Baumesse and Demo Norte tiles, read
as they are). The document check runs it on each slide's tiles (office/quality.py).

Lines are counted as the renderer's fit measures them (walls.py `paragraph_lines`: at the widths
the widest fallback font sets, the autofit scale counted), per paragraph of the tile set smaller
than its number: its label, its unit line, its note."""

from __future__ import annotations

from typing import Any

from reportgen.office.ooxml import qn
from reportgen.office.powerpoint.fit import EMU_PER_PT, autofit_scale, inherited_size
from reportgen.office.seen import quoted
from reportgen.office.walls import paragraph_lines, paragraph_size

#: A tile's caption of more lines than this is a sentence set as a label.
CAPTION_LINES = 3


def long_captions(tiles: list[Any], where: str, sizes: dict[Any, float]) -> list[str]:
    """Warnings naming the slide where a tile's caption (a paragraph of its text set smaller than
    its number) runs to more than CAPTION_LINES lines at the size it is set."""
    found = []
    for tile in tiles:
        body = tile._element.find(qn("p:txBody"))
        if body is None or not tile.width:
            continue
        body_pr = body.find(qn("a:bodyPr"))
        get = body_pr.get if body_pr is not None else {}.get
        width = (tile.width - int(get("lIns", 91440)) - int(get("rIns", 91440))) / EMU_PER_PT
        scale, default = autofit_scale(body), inherited_size(tile, sizes)
        texts = [(p, t) for p in body.iterfind(qn("a:p")) if (t := "".join(p.itertext(qn("a:t"))).strip())]
        largest = max((paragraph_size(p, default, scale) for p, _ in texts), default=0.0)
        for p, text in texts:
            if paragraph_size(p, default, scale) >= largest:
                continue  # its number
            lines = paragraph_lines(p, text, width, default, scale)
            if lines > CAPTION_LINES:
                found.append(
                    f"{where}: the tile caption {quoted(' '.join(text.split())[:50])} runs to {lines} "
                    "lines, a sentence set as a label: give the tile a short label (its figure's "
                    "name) and leave the sentence to a slide's text"
                )
    return found
