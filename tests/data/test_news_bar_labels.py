"""A chart's value labels are all or none, in both documents (round 25; reviews VV1 A, VV3 NEW-1,
VV4 N1, WW1 #1): the briefing had drawn the news's bar bare (or with its record mark alone) so that
its number was "printed at most twice" (lede and band), and readers took the one bare bar of a
labelled chart for a broken build. A value label of a chart whose every bar is labelled is the
picture's own reading, not a printing in the count (plan/stated.py `counted_labels`), so the bar
keeps its number and the count still holds the prose (lede, band, bullets, captions, tiles) to
MOST_REPEATS."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportgen.data.chart_data import as_drawn, shown
from reportgen.data.prepare import prepare

from ..conftest import ROOT

REVIEWS = ROOT / "tests" / "data" / "review_events"
ROUND24 = Path("/work/notes/r24/rev/WW1")

#: events whose news is the last bar of a labelled trend: falls (ko, es, zh_TW) and records (en, da)
EVENTS = [
    REVIEWS / "seomjin-riverfest-ko-kr.yaml",
    REVIEWS / "vuelta-asturias-es-es.yaml",
    REVIEWS / "wenhuajie-tainan-zh-tw.yaml",
    REVIEWS / "limerick-half-marathon-en-ie.yaml",
    REVIEWS / "havnemadmarked-aarhus-da-dk.yaml",
    REVIEWS / "bieg-dla-szpitala-pl.yaml",
]


@pytest.mark.parametrize("event", EVENTS, ids=lambda p: p.stem[:24])
def test_a_labelled_chart_labels_every_bar_in_both_documents(event: Path) -> None:
    """Every bar of a chart that labels any bar carries a number, in the deck and the briefing
    alike: the news's bar too (it had been bare or said 'A record' in the briefing alone)."""
    derived = prepare(event).derived
    checked = 0
    for chart in (c for c in derived.charts.values() if shown(c) and c.kind != "donut" and not c.series):
        for document in ("deck", "briefing"):
            labels = [b.text for b in as_drawn(chart, document).bars if not b.missing]
            if any(labels):
                checked += 1
                assert all(any(ch.isdigit() for ch in t) for t in labels), (chart.id, document, labels)
    assert checked, "no labelled chart"


def _briefing_with_picture(folder: Path, paragraphs: list[str], chart_id: str) -> Path:
    """A briefing of `paragraphs` and one chart picture named as the build names it."""
    from docx import Document
    from docx.shared import Cm
    from PIL import Image

    folder.mkdir()
    picture = folder / "chart.png"
    Image.new("RGB", (8, 8), "white").save(picture)
    document = Document()
    for text in paragraphs:
        document.add_paragraph(text)
    document.add_picture(str(picture), width=Cm(4))
    for doc_pr in document.element.body.iter("{*}docPr"):
        doc_pr.set("name", f"Chart {chart_id}")
    path = folder / "b.docx"
    document.save(str(path))
    return path


def test_the_check_counts_prose_not_a_labelled_charts_labels(tmp_path: Path) -> None:
    """The lede and the band print Limerick's news, its labelled bar draws it: no warning. A third
    printing in prose is still named, and so is a label of a chart that skips a bar (such a
    chart's labels count as they print, and the chart is named for its bare bar)."""
    from dataclasses import replace

    from reportgen.office.quality import check_briefing
    from reportgen.office.repeats import chart_labels

    trend = prepare(REVIEWS / "limerick-half-marathon-en-ie.yaml").derived.charts["trend"]
    news = "more than €1.46 million"
    two = _briefing_with_picture(tmp_path / "two", [f"Runners raised {news}.", news], trend.id)
    drawn = chart_labels([trend])
    assert [w for w in check_briefing(two, "b.docx", [news], "en_IE", drawn=drawn) if "printed" in w] == []
    three = _briefing_with_picture(
        tmp_path / "three", [f"Runners raised {news}.", news, f"In all, {news}."], trend.id
    )
    (warning,) = [w for w in check_briefing(three, "b.docx", [news], "en_IE", drawn=drawn) if "printed" in w]
    assert "3 times" in warning, warning
    skipped = replace(
        trend, bars=tuple(replace(b, text="") if i == 0 else b for i, b in enumerate(trend.bars))
    )
    found = check_briefing(two, "b.docx", [news], "en_IE", drawn=chart_labels([skipped]))
    assert any("printed 3 times" in w for w in found), found
    assert any("label every bar or none" in w for w in found), found
