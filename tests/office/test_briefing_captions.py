"""A briefing chart carries its finding once (review S): its caption is the event file's, or the
finding its data states; never the chart's title again (the picture draws that above its bars),
and none where the caption gave way and the section's summary, the paragraph above the chart,
states the finding ('… quase quintuplicou', '… se ha multiplicado por cuatro …')."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from docx import Document

from reportgen.data.load import load_event
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

REVIEW = ROOT / "tests" / "data" / "review_events"
NBSP = str.maketrans({"\u00a0": " ", "\u202f": " "})


@pytest.mark.parametrize(
    ("event", "chart", "said_above"),
    [
        ("sons-do-cerrado-pt-br", "historico", "quase quintuplicou"),
        ("demo-day-es-mx", "tendencia", "multiplicado por cuatro"),
        ("targi-meblowe-nadarzyn-pl", "wystawcy_branze", "najwięcej stoisk"),
    ],
)
def test_a_caption_that_gave_way_leaves_no_title_under_the_chart(
    event: str, chart: str, said_above: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = REVIEW / f"{event}.yaml"
    title = load_event(path).charts[chart].title
    with caplog.at_level(logging.WARNING, logger="reportgen"):
        result = build(path, Settings.simple(tmp_path, TEMPLATES))
    assert not [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    briefing = next(p for p in result.files if p.suffix == ".docx")
    texts = [p.text.translate(NBSP) for p in Document(str(briefing)).paragraphs]
    assert any(said_above in t for t in texts)  # the finding, in the paragraph above the chart
    captions = [
        p.text.translate(NBSP).strip()
        for p in Document(str(briefing)).paragraphs
        if p.style.name == "Caption"
    ]
    assert title not in captions  # not the picture's own title again under it
    assert all(c for c in captions)  # and no empty caption line in its place


def test_no_briefing_caption_repeats_its_charts_title(tmp_path: Path) -> None:
    """Every corpus shape: a chart's caption is never its title (agri-fair's livestock chart, whose
    event file gives none and whose data has no finding, printed 'Livestock entries' twice)."""
    for name in ("agri-fair", "fete-science-fr", "buchmesse-de"):
        path = ROOT / "tests" / "events" / f"{name}.yaml"
        summary = load_event(path)
        titles = {c.title.translate(NBSP) for c in summary.charts.values()}
        result = build(path, Settings.simple(tmp_path / name, TEMPLATES))
        briefing = next(p for p in result.files if p.suffix == ".docx")
        captions = [
            p.text.translate(NBSP).strip().rstrip(".")
            for p in Document(str(briefing)).paragraphs
            if p.style.name == "Caption"
        ]
        assert not titles & set(captions), name
        assert all(captions), name
