"""Review YY3 #5: the en_AU show's 'Prize money' slide was titled 'The supreme champion beef exhibit
took home $25,000' while the section's key figure, the record 'more than $1.2 million' pool, was a
tile alone. Where a section's key figures are the glance's tiles and its summary has a main clause
that can title its slide ('The society paid out its largest prize pool'), no lesser figure's
sentence titles it (plan/slide_titles.py `_figure_title`; round 25 did this for a summary's
joined clauses only)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pptx import Presentation

from reportgen.data.prepare import prepare
from reportgen.pipeline.pipeline import BuildResult

from ..conftest import ROOT

WAGGA = ROOT / "tests" / "data" / "section_titles" / "wagga-show-en-au.yaml"


def test_the_prize_slide_is_titled_by_its_key_figure_in_words() -> None:
    plan = prepare(WAGGA).derived
    section = next(s for s in plan.deck_sections if s.id == "prizes")
    tiled = {f.ref for page in plan.glance_pages for f in page}
    assert "prizes.prize_pool" in tiled  # the case: the key figure is a tile
    title = section.deck_pages[0].title_finding
    assert title == "The society paid out its largest prize pool", title
    # the lesser figures stay the slide's bullets
    points = [str(p) for p in section.deck_pages[0].points]
    assert "The supreme champion beef exhibit took home $25,000." in points, points


def test_the_built_slide_s_title(built_event: Callable[[Path], BuildResult]) -> None:
    deck = next(f for f in built_event(WAGGA).files if f.suffix == ".pptx")
    titles = [
        " ".join((s.shapes.title.text_frame.text if s.shapes.title is not None else "").split())
        for s in Presentation(str(deck)).slides
    ]
    assert "The society paid out its largest prize pool" in titles, titles
    assert not any("$25,000" in t or "$500" in t for t in titles), titles
