"""A chart whose every value shares one qualifier says it once, under the chart, not on each
label (review LL: '約' eight times in one donut's legend, 'omkring' on every bar), in the deck and
the briefing; each number still reads with it. A chart whose values differ keeps each label's."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportgen.data.prepare import prepare
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES, chart_text, docx_paragraphs, pptx_slide_texts

EVENTS = ROOT / "tests" / "events"
REVIEWS = ROOT / "tests" / "data" / "review_events"


def test_a_donut_of_approximate_parts_says_about_once_in_both_documents(tmp_path: Path) -> None:
    from pptx import Presentation

    result = build(EVENTS / "languages" / "jass-fukuoka-ja.yaml", Settings.simple(tmp_path, TEMPLATES))
    deck = next(f for f in result.files if f.suffix == ".pptx")
    charts = [s.chart for slide in Presentation(str(deck)).slides for s in slide.shapes if s.has_chart]
    assert charts
    legend = chart_text(charts[0])
    assert "日本：1,620（58%）" in legend and "約" not in legend.replace("（計約2,800人）", ""), legend
    slide = next(t for t in pptx_slide_texts(deck) if "日本：1,620" in t)
    assert "数値はいずれも概数です。" in slide
    briefing = next(f for f in result.files if f.suffix == ".docx")
    assert "数値はいずれも概数です。" in docx_paragraphs(briefing)


@pytest.mark.parametrize(
    ("event", "chart", "texts", "note"),
    [
        # (Kolding's 'spor' left this list in round 26: its exact parts make its whole's 'mere end
        # 84.000' at its number, so their shares are exact, rounded: review YY4 #8, test_share_base)
        (
            EVENTS / "fete-science-fr.yaml",
            "frequentation",
            ["31\u202f000"],
            "Toutes les valeurs sont approximatives.",
        ),
        (
            EVENTS / "languages" / "expo-zh-bilingual.yaml",
            "pindao",
            ["42", "31"],  # its scale and currency once, in its title (data/scale_titles.py)
            "图中数值均为约数。",
        ),
        (  # one amount 'environ', the others exact: the amount keeps it, the shares say it once
            REVIEWS / "sommet-startups-bordeaux-fr.yaml",
            "levees_stade",
            [
                "environ\u00a0775\u00a0millions\u00a0d’euros (66\u00a0%)",
                "310\u00a0millions\u00a0d’euros (26\u00a0%)",
            ],
            "Toutes les parts sont approximatives.",
        ),
    ],
)
def test_a_qualifier_every_label_shares_is_said_once_in_its_note(
    event: Path, chart: str, texts: list[str], note: str
) -> None:
    data = prepare(event).derived.charts[chart]
    labels = [b.text for b in data.bars]
    assert labels[: len(texts)] == texts
    assert note in data.notes and note in data.deck_note
