"""A record beside the story (plan/news.py, `news_heads`; plan/hero.py): a deck's one or two tiles
stand beside the summaries of the sections no slide tells, and a lone news figure beside its own
section's words. Where neither the story nor its lead claims the tile's record, the slide is titled
by it, its name a kicker above (the Lausanne congress's 'plus de 2'850' participants had been
called a record by its quote in the notes alone, under 'SSC 2026 en un coup d'œil'); where the
story says it ('Die Gala erzielte das höchste Ergebnis ihrer Geschichte'), or no tile is a record,
the slide keeps its name and the plan names no title it does not print."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from pptx import Presentation

from reportgen.data.prepare import prepare
from reportgen.data.superlatives import claims_record
from reportgen.pipeline.pipeline import BuildResult

from ..conftest import ROOT

EVENTS = ROOT / "tests" / "data" / "review_events"
LAUSANNE = EVENTS / "congres-cardio-lausanne-fr-ch.yaml"
FAIR = ROOT / "tests" / "events" / "wide-range.yaml"


def _texts(slide) -> tuple[str, list[str]]:
    """A slide's title and its other shapes' texts, as a reader reads them."""
    title = slide.shapes.title.text_frame.text if slide.shapes.title is not None else ""
    others = [s.text_frame.text for s in slide.shapes if s.has_text_frame and s != slide.shapes.title]
    return " ".join(title.split()), [" ".join(t.split()) for t in others if t.strip()]


def _recorded_fair(tmp_path: Path) -> Path:
    """The science fair of two tiles beside its story, in English, its visitors a record its
    quote claims (a clause with no number) and no headline says."""
    data = yaml.safe_load(FAIR.read_text(encoding="utf-8"))
    del data["event"]["logo"]
    data["sections"]["fair"]["figures"]["visitors"]["quote"] = {
        "source": "release",
        "text": "We welcomed 64,000 visitors, more visitors than ever before.",
    }
    event = tmp_path / "recorded-fair.yaml"
    event.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return event


@pytest.mark.parametrize(
    ("event", "title"),
    [
        (LAUSANNE, "Le congrès SSC 2026 se termine sur un record de participation"),
        (None, "More visitors than ever before"),
    ],
)
def test_a_record_beside_its_story_titles_its_slide(
    built_event: Callable[[Path], BuildResult], tmp_path: Path, event: Path | None, title: str
) -> None:
    result = built_event(event or _recorded_fair(tmp_path))
    assert not [w for w in result.warnings if "the news" in w], result.warnings
    deck = next(f for f in result.files if f.suffix == ".pptx")
    head, others = _texts(Presentation(str(deck)).slides[1])
    assert head.replace("\u00a0", " ").replace("\u202f", " ") == title
    assert claims_record(head)
    # the story beside the tile still tells the sections' summaries, and the title is said once
    assert others and not any(head in text for text in others), others


@pytest.mark.parametrize(
    "event",
    [
        EVENTS / "benefizgala-frankfurt-de.yaml",  # the story claims the record
        EVENTS / "robocon-ja-jp.yaml",  # '過去最多の応募がありました' in the story
        EVENTS / "rotterdam-watertop-nl.yaml",  # no record: its summary the story's, not a title
        ROOT / "tests" / "events" / "one-figure.yaml",
    ],
)
def test_a_story_slide_says_no_title_its_story_says(event: Path) -> None:
    derived = prepare(event).derived
    assert [len(page) for page in derived.glance_pages] in ([1], [2])
    assert derived.glance_headlines in ((), ("",))
