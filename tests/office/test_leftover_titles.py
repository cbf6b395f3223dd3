"""The lines a chart leaves go on from its slide under its section's name: the plan's phrase or
count for a figure never titles them (review SS2 F4: 'Près de 310 bateaux exposés à flot' over
'27 premières mondiales et européennes' after the boat show's exhibitors by category; review SS1
#4: '口頭発表は214件でした' over the poster papers after the congress's papers by field). A sentence
the event file writes may (the food market's stall fee, the Vienna congress's record abstracts).
Round 23 (tiles23): a bare count is a tile, so the boat show's 'près de 310 bateaux exposés à
flot' and '27 premières' left the chart's lines for the glance's tiles; neither titles a slide."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pptx import Presentation

from reportgen.pipeline.pipeline import BuildResult

from ..conftest import ROOT

REVIEWS = ROOT / "tests" / "data" / "review_events"


def _slides(deck: Path) -> list[tuple[str, str]]:
    """Each slide's title and its other texts, without joiners, spaces or line breaks."""
    out = []
    for slide in Presentation(str(deck)).slides:
        title = slide.shapes.title
        said = "".join(s.text_frame.text for s in slide.shapes if s.has_text_frame and s != title)
        head = title.text_frame.text if title is not None else ""
        out.append(("".join(head.replace("\u2060", "").split()), "".join(said.replace("\u2060", "").split())))
    return out


@pytest.mark.parametrize(
    ("event", "phrases", "section", "tiled"),
    [
        (
            REVIEWS / "salon-nautique-la-rochelle-fr.yaml",
            (),
            "Exposants et bateaux",
            # bare counts, both tiles of the glance (tiles23; fx23c: the glance has room for them)
            ("310", "Bateaux exposés à flot", "27", "Premières mondiales"),
        ),
        (
            ROOT / "tests" / "data" / "folding" / "keisan-gengo-gakkai-ja-jp.yaml",
            ("214件", "398件"),
            "研究発表",
            (),
        ),
    ],
    ids=["fr-boats", "ja-papers"],
)
def test_no_figure_phrase_titles_the_lines_a_chart_leaves(
    event: Path,
    phrases: tuple[str, ...],
    section: str,
    tiled: tuple[str, ...],
    built_event: Callable[[Path], BuildResult],
) -> None:
    result = built_event(event)
    slides = _slides(next(f for f in result.files if f.suffix == ".pptx"))
    bare = ["".join(p.split()) for p in phrases]
    tiles = ["".join(p.split()) for p in tiled]
    assert not [t for t, _ in slides if any(p in t for p in bare + tiles)], [t for t, _ in slides]
    assert not tiles or [b for t, b in slides if all(p in b for p in tiles)], slides  # on the glance
    if not bare:
        return
    holding = [(t, body) for t, body in slides if all(p in body for p in bare)]
    assert holding, slides
    title, body = holding[0]
    assert "".join(section.split()) in title + body  # under its section's name (title or kicker)
