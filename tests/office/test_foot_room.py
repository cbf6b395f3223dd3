"""The deck's sources, set from the last slide's foot, and the body above them: the body's box
ends above the sources' first line, and the document check finds text that runs into other text
(review R: a Polish quote's credit printed over 'Źródła: …', with no warning)."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation

from reportgen.office.powerpoint.fit import inherited_size, text_height
from reportgen.office.powerpoint.foot_room import GAP
from reportgen.office.quality import check_deck

from ..conftest import ROOT
from ..pipeline.test_catalogues import built

EVENT = ROOT / "tests" / "events" / "languages" / "agronegocio-pt-br.yaml"


def _last_slide_boxes(deck: Path):
    prs = Presentation(str(deck))
    slide = prs.slides[len(prs.slides) - 1]
    shapes = {shape.name: shape for shape in slide.shapes}
    return prs, shapes["Section text"], shapes["Source"]


def test_the_body_ends_above_the_sources_first_line(tmp_path: Path) -> None:
    _, deck = built(EVENT, tmp_path / "out")
    _, body, source = _last_slide_boxes(deck)
    lines = text_height(source._element, source.width, inherited_size(source))
    assert source.text_frame.text.startswith("Fontes")
    assert body.top + body.height <= source.top + source.height - lines - GAP + 1
    assert check_deck(deck, "deck") == []


def test_the_check_finds_a_body_whose_text_runs_into_the_sources(tmp_path: Path) -> None:
    _, deck = built(EVENT, tmp_path / "out")
    prs, body, source = _last_slide_boxes(deck)
    body.height = source.top + source.height - body.top  # as the template's box: down to the foot
    body.text_frame.paragraphs[-1].runs[-1].text += " mais uma frase longa" * 12
    prs.save(str(deck))
    number = len(prs.slides)
    assert (
        f"deck: slide {number}: the text of 'Section text' runs into the text of 'Source' below it; "
        "shorten the text of 'Section text', or give its box in the template more room or a smaller size"
    ) in check_deck(deck, "deck")
