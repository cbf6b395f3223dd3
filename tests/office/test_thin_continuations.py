"""The document check names a follow-on slide of text that is less than half used where its lines
would fit under the slide before it (office/thin_continuations.py; review YY3 #1: the comics
festival's '(suite)' of one author's quote and a lone bullet, the film festival's six winners two a
slide over three slides), and is silent on the slides the plan now sets (their people counted as
a reader counts them: plan/text_groups.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation

from reportgen.data.plan import deck_pages
from reportgen.data.plan.measure import MOST_ROWS, POINTS_PER_SLIDE, _rows, chunks
from reportgen.data.plan.text_groups import _kept_together
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

EVENTS = ROOT / "tests" / "data" / "continued_events"
RULE = "although its lines would fit under slide"


def _by_count(
    points: tuple[str, ...], novel: tuple[str, ...] | None, headline: str
) -> tuple[tuple[str, ...], ...]:
    """A section's bullets over slides as every line counted one bullet, a person's words too:
    the plan of round 25, which left the half-empty follow-on slides the reviewers saw."""
    groups = chunks(points, POINTS_PER_SLIDE)
    if len(groups) < 2 and _rows(headline, points) <= MOST_ROWS:
        return groups
    return _kept_together(points, len(groups), headline)


@pytest.mark.parametrize("event", ["bd-namur-fr-be", "jeonju-film-ko-kr"])
def test_a_half_empty_follow_on_slide_is_named_and_the_plan_leaves_none(
    event: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = EVENTS / f"{event}.yaml"
    with monkeypatch.context() as patched:
        patched.setattr(deck_pages, "_text_groups", _by_count)
        bad = build(path, Settings.simple(tmp_path / "bad", TEMPLATES))
    named = [w for w in bad.warnings if RULE in w]
    assert named, bad.warnings
    deck = Presentation(str(next(f for f in bad.files if f.suffix == ".pptx")))
    for warning in named:  # the slide it names is a slide of text under its section's kicker
        number = int(warning.split("slide ")[1].split(":")[0])
        assert not any(s.has_chart for s in deck.slides[number - 1].shapes if hasattr(s, "has_chart"))
    good = build(path, Settings.simple(tmp_path / "good", TEMPLATES))
    assert good.warnings == []
