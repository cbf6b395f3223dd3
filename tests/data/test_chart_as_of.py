"""A chart's value label is its number, with its qualifier; a figure's as-of goes to the chart's
note, once (review Z: the game showcase's dot plot labelled its top point '1億2800万回以上、
2026年6月15日12:00時点', a label as long as the axis's first two decades)."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation

from reportgen.data.prepare import prepare
from reportgen.office.ooxml import qn
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES, without_quote

SHOWCASE = ROOT / "tests" / "data" / "review_events" / "game-showcase-online-ja-jp.yaml"
AS_OF = "2026年6月15日12:00時点"
#: The news's quote takes the top point's label where it is printed (data/key_quotes.py): these
#: tests read the label on the showcase without it.
SAID = "2日間の総視聴回数は"


def test_a_value_label_is_the_number_and_its_as_of_is_the_charts_note(tmp_path: Path) -> None:
    derived = prepare(without_quote(SHOWCASE, tmp_path, SAID)).derived
    chart = derived.charts["hanno"]
    views = next(b for b in chart.bars if b.label == "総視聴回数")
    assert views.text == "1億2800万回以上"  # the qualifier stays with its number
    assert not any(AS_OF in b.text for b in chart.bars)
    # the briefing's band prints it with the figure: the chart's note does not again (review GG)
    assert "総視聴回数" in [f.label for f in derived.band_figures]
    assert not [n for n in chart.notes if AS_OF in n]
    assert AS_OF in chart.alt  # said once to a reader who cannot see the chart


def test_the_decks_dot_plot_labels_carry_no_as_of(tmp_path: Path) -> None:
    result = build(without_quote(SHOWCASE, tmp_path, SAID), Settings.simple(tmp_path / "out", TEMPLATES))
    (deck,) = [f for f in result.files if f.suffix == ".pptx"]
    labels = []
    for slide in Presentation(str(deck)).slides:
        for frame in (s for s in slide.shapes if s.has_chart):
            space = frame.chart._chartSpace
            labels += ["".join(t.text or "" for t in d.iter(qn("a:t"))) for d in space.iter(qn("c:dLbl"))]
    assert any(label.startswith("1億2800万回以上") for label in labels)
    assert not any("時点" in label for label in labels)
