"""Review AA: quotations on one slide share one style. The news's key line, a credited quotation
of its own, was a bullet at the first level beside people's words set a level down under their
lines (the Busan game expo, the Kansai matching fair, the Taipei computer expo, the Montréal film
market): one read as a bullet with quotation marks, the others as quote blocks."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation

from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

EVENTS = ROOT / "tests" / "events" / "languages"
REVIEWS = ROOT / "tests" / "data" / "review_events"
OPENING = ("“", "„", "«", "「")


@pytest.mark.parametrize(
    "event",
    [
        EVENTS / "game-expo-ko.yaml",
        EVENTS / "osaka-business-matching-2026.yaml",
        EVENTS / "taipei-computer-expo-2026.yaml",
        REVIEWS / "marche-film-montreal-fr-ca.yaml",
    ],
    ids=lambda p: p.stem,
)
def test_quotations_on_a_slide_share_one_level(event: Path, tmp_path: Path) -> None:
    result = build(event, Settings.simple(tmp_path, TEMPLATES))
    deck = next(f for f in result.files if f.suffix == ".pptx")
    mixed = []
    for number, slide in enumerate(Presentation(str(deck)).slides, start=1):
        levels = {
            paragraph.level
            for shape in slide.shapes
            if shape.has_text_frame and shape.name == "Section text"
            for paragraph in shape.text_frame.paragraphs
            if "".join(r.text for r in paragraph.runs).lstrip().startswith(OPENING)
        }
        if len(levels) > 1:
            mixed.append(number)
    assert not mixed, f"slides with quotations set at two levels: {mixed}"
