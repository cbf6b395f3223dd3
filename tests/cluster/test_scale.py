"""validate and build agree on size: the largest valid events build with the default templates, and
an event beyond the model's limit is refused by validate, naming the limit (no timed assertions)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner
from pptx import Presentation

from reportgen.cli import main
from reportgen.data.model import MAX_EVENT_FACTS
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings
from tests.conftest import TEMPLATES


def large_event(sections: int, figures: int, people: int = 0) -> dict[str, Any]:
    """An event of `sections` sections, each with `figures` key figures (and `people` people)."""
    return {
        "event": {
            "name": "Large Event",
            "short_name": "Large",
            "kind": "expo",
            "year": 2025,
            "city": "Sampleton",
            "start_date": "2025-10-14",
            "closing_date": "2025-10-17",
        },
        "sources": {"release": {"title": "Release"}},
        "sections": {
            f"s{s}": {
                "title": f"Section {s}",
                "summary": "A section.",
                "figures": {
                    f"f{f}": {
                        "label": f"Figure {f} of section {s}",
                        "value": 1000 + f,
                        "unit": "visitors",
                        "key": True,
                    }
                    for f in range(figures)
                },
                "people": [{"name": f"Person {p}", "role": "Speaker"} for p in range(people)],
            }
            for s in range(sections)
        },
    }


def write(tmp_path: Path, event: dict[str, Any]) -> Path:
    path = tmp_path / "large.yaml"
    path.write_text(yaml.safe_dump(event, sort_keys=False), encoding="utf-8")
    return path


@pytest.mark.slow
def test_the_largest_valid_event_builds_with_the_default_templates(tmp_path: Path) -> None:
    """25 sections of 200 key figures (5,000 facts, the model's limit): each figure is a tile, 626
    slides (eight short tiles a slide since round 19: data/plan/tile_grid.py; 835 at six). It ran
    37 s and failed with 'a loop in a template may be far too large'
    when each slide copy searched the whole package for a free part name."""
    assert MAX_EVENT_FACTS == 25 * 200
    event = write(tmp_path, large_event(25, 200))
    result = build(event, Settings.simple(tmp_path / "out", TEMPLATES, use_cache=False))
    deck = Presentation(str(next(f for f in result.files if f.name.endswith("-deck.pptx"))))
    slides = list(deck.slides)
    # the title and 5,000 tiles eight a slide (200 a section: 25 slides each); the sections'
    # bullets would only repeat the tiles, so they make no slides (the briefing prints them), and
    # the one source is under the last tiles
    assert len(slides) == 1 + 625
    tiles = [
        shape.text_frame.text for slide in slides[1:626] for shape in slide.shapes if shape.has_text_frame
    ]
    # a label of a row of four may break over two lines (a line break the build sets)
    assert sum("Figure 199 of section 24" in " ".join(text.split()) for text in tiles) == 1
    names = [slide.part.partname for slide in slides]
    assert len(set(names)) == len(names)
    assert all(slide.has_notes_slide for slide in slides[1:626])


def test_an_event_beyond_the_fact_limit_is_refused_by_validate_naming_the_limit(tmp_path: Path) -> None:
    event = write(tmp_path, large_event(26, 190, people=11))  # 26 x 201 = 5,226 facts
    result = CliRunner().invoke(main, ["validate", str(event)])
    assert result.exit_code == 3
    assert (
        "sections: the event has 5,226 facts (figures, people, launches and lists over all sections); "
        "an event holds at most 5,000, so that its deck renders in time: split it into several events"
    ) in result.output
