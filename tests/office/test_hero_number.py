"""A deck whose only key figure is its news sets that number large (review SS2 F1: the Frankfurt
gala's 'rund 1,2 Millionen Euro' had become a line inside an italic quote, printed large nowhere).
One tile is no glance where it stands alone (tests/office/test_lone_tile.py); the news keeps its
tile, its section's slide of text beside it (plan/hero.py): its summary and its other lines on the
same slide, and no slide after it saying them again."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.util import Pt

from reportgen.pipeline.pipeline import BuildResult

from ..conftest import ROOT

REVIEWS = ROOT / "tests" / "data" / "review_events"
EVENTS = ROOT / "tests" / "events"


def _plain(text: str) -> str:
    return text.replace("\u2060", "").replace("\xa0", " ").replace("\u202f", " ").replace("\v", "\n")


def _bare(text: str) -> str:
    """Without spaces and line breaks: a line the build broke reads as written (CJK breaks)."""
    return "".join(text.split())


def _slides(deck: Path) -> list[tuple[list, list[str]]]:
    """Per slide: its key-figure tiles (shapes), and its other shapes' texts."""
    out = []
    for slide in Presentation(str(deck)).slides:
        tiles = [s for s in slide.shapes if s.has_text_frame and s.name.startswith("Key figure")]
        rest = [_plain(s.text_frame.text) for s in slide.shapes if s.has_text_frame and s not in tiles]
        out.append((tiles, rest))
    return out


@pytest.mark.parametrize(
    ("event", "number", "summary", "line"),
    [
        (
            REVIEWS / "benefizgala-frankfurt-de.yaml",
            "1,2 Millionen",
            "Die Gala erzielte das höchste Ergebnis ihrer Geschichte.",
            "Zur Gala kamen rund 480 Gäste in die Alte Oper.",
        ),
        (REVIEWS / "robocon-ja-jp.yaml", "1,240", "予選を勝ち抜いたチームが本選に進み", "48チーム"),
        (
            EVENTS / "languages" / "expo-sabores-es-mx.yaml",
            "1,350 millones",
            "Los compradores nacionales y extranjeros cerraron acuerdos",
            "6,800 citas de negocios",
        ),
    ],
    ids=["de-gala", "ja-robocon", "es-expo"],
)
def test_a_lone_news_figure_is_set_large_beside_its_sections_words(
    event: Path, number: str, summary: str, line: str, built_event: Callable[[Path], BuildResult]
) -> None:
    result = built_event(event)
    deck = next(f for f in result.files if f.suffix == ".pptx")
    slides = _slides(deck)
    held = [(i, tiles, rest) for i, (tiles, rest) in enumerate(slides, 1) if tiles]
    assert len(held) == 1, [(i, [_plain(t.text_frame.text) for t in tiles]) for i, tiles, _ in held]
    at, tiles, rest = held[0]
    assert len(tiles) == 1 and number in _plain(tiles[0].text_frame.text)
    sizes = [r.font.size for p in tiles[0].text_frame.paragraphs for r in p.runs if number[:3] in r.text]
    assert sizes and max(sizes) >= Pt(40), sizes  # the number large, not a line of text
    beside = _bare("".join(rest))
    assert _bare(summary) in beside and _bare(line) in beside, rest  # its section's words on its slide
    later = _bare("".join(text for _, texts in slides[at:] for text in texts))
    assert _bare(summary) not in later and _bare(line) not in later  # not again on a slide of their own
    assert result.warnings == []
