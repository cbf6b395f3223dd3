"""A quote's record belongs to the figure its clause names: '完走者は1万1000人を超え、完走率は過去最高
となった' says the finishers' number and the finish rate's record, and the finishers were marked a
record on the glance slide's title and tile and in the briefing's band (review ZZ3 #2, −1.5 in each
document). A record clause that names no other figure, or names the figure's own label, stays its."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation

from reportgen.data.prepare import prepare
from reportgen.data.superlatives import record_of_another
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
MARATHON = Path(__file__).parent / "list_events" / "kanazawa-marathon-ja-jp.yaml"


@pytest.mark.parametrize(
    ("text", "own", "others", "elsewhere"),
    [
        ("完走者は1万1000人を超え、完走率は過去最高となった。", "完走者", ("完走率", "出走者"), True),
        (
            "More than 11,000 finished, and the finish rate was the highest ever.",
            "Finishers",
            ("finish rate",),
            True,
        ),
        (
            "Über 11.000 kamen ins Ziel; die Zielquote erreichte einen Rekord.",
            "Finisher",
            ("Zielquote",),
            True,
        ),
        ("完走者は1万1000人を超え、過去最多となった。", "完走者", ("完走率",), False),
        ("More than 64,000 visitors came – a record.", "Visitors", ("Exhibitors",), False),
        ("The finish rate and the finishers were a record.", "finishers", ("finish rate",), False),
        ("More than 11,000 finished.", "Finishers", ("finish rate",), False),
    ],
)
def test_a_record_clause_is_the_figure_it_names(
    text: str, own: str, others: tuple[str, ...], elsewhere: bool
) -> None:
    assert record_of_another(text, own, others) is elsewhere


@pytest.mark.slow
def test_the_marathons_finishers_are_no_record(tmp_path: Path) -> None:
    derived = prepare(MARATHON).derived
    finishers = next(f for f in derived.figures.values() if f.label == "完走者")
    assert finishers.record_note == "" and finishers.tile_note == ""
    result = build(MARATHON, Settings.simple(tmp_path, ROOT / "templates"))
    deck = Presentation(str(next(p for p in result.files if p.suffix == ".pptx")))
    texts = [s.text_frame.text for slide in deck.slides for s in slide.shapes if s.has_text_frame]
    assert not any("過去最多" in t for t in texts), texts
