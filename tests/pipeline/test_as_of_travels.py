"""A figure's as-of goes where the figure goes, once a document (review GG: the game showcase's
'2026年6月15日12:00時点' was on its one tile; with the tile gone, the deck said it in the chart's
alt text only, and the briefing printed it twice, under the band and under the chart)."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from pptx import Presentation

from reportgen.data.plan.dated import seen
from reportgen.office.asof_check import unprinted_as_of
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

SHOWCASE = ROOT / "tests" / "data" / "review_events" / "game-showcase-online-ja-jp.yaml"
AS_OF = "2026年6月15日12:00時点"


def _built(event: Path, out: Path) -> tuple[list[str], list[str], list[str]]:
    """(each slide's printed texts joined, the briefing's paragraphs and cells, the warnings)."""
    result = build(event, Settings.simple(out, TEMPLATES))
    (deck,) = [f for f in result.files if f.suffix == ".pptx"]
    (briefing,) = [f for f in result.files if f.suffix == ".docx"]
    slides = [
        " ".join(s.text_frame.text for s in slide.shapes if s.has_text_frame)
        for slide in Presentation(str(deck)).slides
    ]
    doc = Document(str(briefing))
    texts = [p.text for p in doc.paragraphs]
    texts += [c.text for t in doc.tables for row in t.rows for c in row.cells]
    return [seen(s) for s in slides], [seen(t) for t in texts], list(result.warnings)


def test_a_charted_figures_as_of_is_on_its_slide_and_once_in_the_briefing(tmp_path: Path) -> None:
    slides, paragraphs, warnings = _built(SHOWCASE, tmp_path / "out")
    on = [n for n, text in enumerate(slides, 1) if seen(AS_OF) in text]
    assert len(on) == 1, slides  # on a slide, not in the alt text or notes only; once
    assert "1億2800万回以上" in slides[on[0] - 1].replace(" ", "") or "総視聴回数" in slides[on[0] - 1]
    assert sum(text.count(seen(AS_OF)) for text in paragraphs) == 1, paragraphs
    assert not [w for w in warnings if "is dated" in w]


def test_the_check_names_a_figure_whose_as_of_no_text_prints() -> None:
    dated = [("総視聴回数", "2026\u2060年\u20606\u2060月\u206015\u2060日12:00\u2060時点")]
    missing = unprinted_as_of(dated, [("slide 2", "総視聴回数　1億2800万回以上")], "deck.pptx")
    assert len(missing) == 1 and "総視聴回数" in missing[0] and "deck.pptx" in missing[0]
    # printed with or without word joiners, in any case: said
    assert not unprinted_as_of(dated, [("slide 2", f"総視聴回数：{AS_OF}")], "deck.pptx")
    english = [("Online viewers", "as of 15\u00a0June 2026, 12:00")]
    assert not unprinted_as_of(english, [("slide 3", "Online viewers: As of 15 June 2026, 12:00")], "d")
