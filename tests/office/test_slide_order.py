"""The deck's slides come in the plan's order (`inspect --plan`): one template block over each
section's pages, each page set by its layout's variant. A loop per variant had set a section's pull
quote after its "(continued)" slides (review M: the French prize night's deck read "Palmarès
(suite)" twice before the section's first slide, while the plan said otherwise)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from pptx import Presentation

from reportgen.cli import main

from ..conftest import ROOT, WAIC
from ..pipeline.test_catalogues import built

EVENTS = [
    ROOT / "tests" / "data" / "review_events" / "prix-litteraire-fr.yaml",
    ROOT / "tests" / "data" / "review_events" / "giornata-lavoro-spezia-2026.yaml",
    ROOT / "tests" / "events" / "awards-night-en-gb.yaml",
    ROOT / "tests" / "events" / "languages" / "salon-livre-fr.yaml",
    ROOT / "tests" / "events" / "craft-fair-lists.yaml",
    WAIC,
]


def _title(slide) -> str:
    shape = slide.shapes.title
    return _plain(shape.text_frame.text if shape is not None else "")


def _plain(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u2060", "").replace("\u2019", "'")


@pytest.mark.parametrize("event", EVENTS, ids=lambda path: path.stem)
def test_the_decks_section_slides_come_in_the_plans_order(tmp_path: Path, event: Path) -> None:
    planned = json.loads(CliRunner().invoke(main, ["inspect", "--plan", "--json", str(event)]).stdout)
    _, deck = built(event, tmp_path)
    slides = list(Presentation(str(deck)).slides)
    sections = [s for s in planned["deck"]["slides"] if s["kind"] == "section"]
    assert sections
    for entry in sections:
        title = _title(slides[entry["slide"] - 1])
        heading = _plain(entry["heading"])
        assert title.startswith(heading[:20]), (entry["slide"], title, heading)
    assert len(slides) == len(planned["deck"]["slides"])
