"""A tile's caption that is a sentence set as a label (review RR4 #7: Limerick's spectators tile
captioned 'Spectators lined the route, most of them on O'Connell Street and the Shannon bridges',
four lines down to its edge): the default deck labels it ('Spectators along the course'), and
the document check names a tile whose caption runs on so, as a user's data or template sets it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pptx import Presentation

from reportgen.office.quality import check_deck
from reportgen.office.shape_boxes import _is_tile
from reportgen.office.tile_captions import CAPTION_LINES
from reportgen.pipeline.pipeline import BuildResult

from ..conftest import ROOT

LIMERICK = ROOT / "tests" / "data" / "review_events" / "limerick-half-marathon-en-ie.yaml"
SENTENCE = "Spectators lined the route, most of them on O’Connell Street and the Shannon bridges"
NAMED = "the tile caption"


def test_a_sentence_as_a_tiles_caption_is_named(built_event: Callable[[Path], BuildResult]) -> None:
    deck = next(f for f in built_event(LIMERICK).files if f.suffix == ".pptx")
    assert not [w for w in check_deck(Presentation(str(deck)), "deck.pptx") if NAMED in w]
    prs = Presentation(str(deck))
    area = prs.slide_width * prs.slide_height
    number, tile = next(
        (n, s)
        for n, slide in enumerate(prs.slides, 1)
        for s in slide.shapes
        if _is_tile(s, area) and "Spectators" in s.text_frame.text
    )
    label = next(p for p in tile.text_frame.paragraphs if p.text.startswith("Spectators"))
    label.runs[0].text = SENTENCE  # the figure's sentence, as the tile's caption
    for run in label.runs[1:]:
        run.text = ""
    found = [w for w in check_deck(prs, "deck.pptx") if NAMED in w]
    assert found and found[0].startswith(f"deck.pptx: slide {number}: the tile caption 'Spectators lined")
    assert int(found[0].split("runs to ")[1].split()[0]) > CAPTION_LINES
