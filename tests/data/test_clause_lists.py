"""A list whose items are all clauses of their own is printed one a bullet, however short: the peace
summit's "Commitments: Share river-flow data daily …; Notify neighbours before …; Hold a joint …"
ran together as one sentence of capitals after semicolons, set large on a slide of its own."""

from __future__ import annotations

import pytest

from reportgen.data.derive import derive
from reportgen.data.formatting import Formatter
from reportgen.data.load import load_event

from ..conftest import ROOT

EVENTS = ROOT / "tests" / "events"


@pytest.mark.parametrize(
    ("event", "section", "listed", "one_a_bullet"),
    [
        ("peace-summit.yaml", "declaration", "commitments", True),
        ("languages/salone-nautico-it.yaml", None, "anteprime", True),  # whole sentences
        ("craft-fair-lists.yaml", None, "workshops", True),  # seven: one a bullet already
    ],
)
def test_a_list_of_clauses_is_printed_one_a_bullet(
    event: str, section: str | None, listed: str, one_a_bullet: bool
) -> None:
    summary = load_event(EVENTS / event)
    derived = derive(summary, Formatter(summary.formatting.locale))
    views = [s.lists[listed] for s in derived.sections.values() if listed in s.lists]
    assert len(views) == 1
    assert bool(views[0].lead) is one_a_bullet, views[0].lead
