"""The document check's number written over its own tile (reviews KK and LL): a slide of key-figure
tiles whose lead line writes a number a tile right below it prints ('Mere end 84.000 gæster
besøgte biennalen …' over the tile 'mere end 84.000'); a reader meets it twice a few centimetres
apart, and the lead says nothing the tile does not. Each number a text of the slide writes beside
its tiles (not its title, which office/slide_titles checks, nor its speaker notes) is read as a
reader takes it (data/written_numbers.py) and matched to the numbers its tiles write.

Not a figure's own sentence that says more than its tile (`details`: round 16's '… for 15
early-stage companies' leads the page of its tile, as office/unsaid.py asks of a slide): the plan
prints what it says besides there on purpose; which of the tile and its sentence gives way is a
choice the plan has yet to make."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportgen.data.written_numbers import read
from reportgen.office.seen import AS_SEEN, quoted
from reportgen.office.shape_boxes import _is_tile

#: The apostrophes the deck sets typographic ('O’Connell' for the file's "O'Connell"): one mark.
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'"})


def over_own_tiles(slide: Any, area: int, where: str, locale: str, details: Sequence[str] = ()) -> list[str]:
    """One warning per text of `slide`, its title and tiles aside, that writes a number one of its
    tiles prints; `details`, the figures' own sentences, read out of those texts first."""
    tiles = [s for s in slide.shapes if _is_tile(s, area)]
    if not tiles:
        return []
    tiled: dict[float, str] = {}
    for tile in tiles:
        text = tile.text_frame.text.translate(AS_SEEN)
        for written in read(text, locale):
            if written.counts:
                tiled.update(dict.fromkeys(written.values, text[written.start : written.end].strip()))
    title = slide.shapes.title
    sentences = [d.translate(AS_SEEN).translate(_APOSTROPHES).strip() for d in details if d.strip()]
    warnings = []
    for shape in slide.shapes:
        if (
            shape in tiles
            or not shape.has_text_frame
            or (title is not None and shape.shape_id == title.shape_id)
        ):
            continue
        # a line break the build set before a number that would break at its line's end (after
        # its space: '지역화폐는 \v37억 4000만 원에') is no part of the sentence it is in
        plain = shape.text_frame.text.replace("\v", "").translate(AS_SEEN).translate(_APOSTROPHES)
        for sentence in sentences:
            plain = plain.replace(sentence, "")
        for written in read(plain, locale):
            found = next((tiled[v] for v in written.values if written.counts and v in tiled), None)
            if found is not None:
                said = plain[written.start : written.end].strip()
                warnings.append(
                    f"{where}: its text {quoted(said)} writes the number of the tile {quoted(found)} "
                    "under it; a reader needs it once there"
                )
                break
    return warnings
