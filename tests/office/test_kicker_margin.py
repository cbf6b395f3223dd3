"""A section slide's kicker (its section's name, small above a title that states the finding) sits a
margin in from the slide's top edge, like the title's from its left edge (round 21: at 0.08 in it
was too close for print and for a designer's eye), the title's two lines of 28 pt clear of it and of
the accent bar under them, on every slide kind with a kicker, in Latin and CJK text; the document
check names a kicker off the slide's safe area in any template (office/kicker_check.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.util import Inches, Pt

from reportgen.office.kicker_check import KICKER, SAFE, unsafe_kickers
from reportgen.pipeline.pipeline import BuildResult

from ..conftest import ROOT

REVIEWS = ROOT / "tests" / "data" / "review_events"
LANGUAGES = ROOT / "tests" / "events" / "languages"
EVENTS = {
    "tr": REVIEWS / "oyun-gelistiricileri-istanbul-tr-tr.yaml",
    "ja": LANGUAGES / "jass-fukuoka-ja.yaml",
    "zh_TW": REVIEWS / "taichung-animation-festival-zh-tw.yaml",
}


@pytest.fixture(scope="module")
def decks(built_event: Callable[[Path], BuildResult]) -> dict[str, Path]:
    out = {}
    for name, event in EVENTS.items():
        result = built_event(event)
        out[name] = next(f for f in result.files if f.suffix == ".pptx")
    return out


def _kicked(deck: Path) -> list[tuple[int, object]]:
    """(number, slide) of each slide with a kicker that prints."""
    slides = Presentation(str(deck)).slides
    return [
        (n, s)
        for n, s in enumerate(slides, 1)
        if any(sh.name == KICKER and sh.text_frame.text.strip() for sh in s.shapes if sh.has_text_frame)
    ]


@pytest.mark.parametrize("name", list(EVENTS))
def test_the_kicker_sits_a_margin_in_from_the_top(decks: dict[str, Path], name: str) -> None:
    kicked = _kicked(decks[name])
    assert kicked, name
    for number, slide in kicked:
        kicker = next(sh for sh in slide.shapes if sh.name == KICKER)
        title = slide.shapes.title
        bar = next(sh for sh in slide.shapes if sh.name == "Accent bar")
        assert kicker.top + kicker.text_frame.margin_top >= Inches(0.35), (name, number)
        # the title's lines start under the kicker's line (16 pt) and end above the bar
        assert title.top >= kicker.top + Pt(16) * 1.1, (name, number)
        assert title.top + title.height <= bar.top, (name, number)


def test_every_kind_of_slide_with_a_kicker(decks: dict[str, Path]) -> None:
    """A chart's slide, a chart's with its text beside it, and a slide of text carry kickers here."""
    kinds = set()
    for deck in decks.values():
        for _, slide in _kicked(deck):
            charts = any(getattr(sh, "has_chart", False) and sh.has_chart for sh in slide.shapes)
            text = any(sh.name in ("Points", "Section text") for sh in slide.shapes)
            kinds.add((charts, text))
    assert {(True, True), (False, True)} <= kinds, kinds


def test_a_two_line_finding_keeps_its_28_pt(decks: dict[str, Path]) -> None:
    """İOGK's 'Yatırımcı buluşmalarında en çok mobil ve hiper-casual oyunlar ilgi gördü' takes two
    lines: the box between the kicker and the bar holds them at the finding's size. (titles23 made
    the record claim with 'da' ('also') the lead, so the 'Konferans, …' finding titles no slide.)"""
    slide = next(s for _, s in _kicked(decks["tr"]) if s.shapes.title.text_frame.text.startswith("Yatırımcı"))
    sizes = {r.font.size for p in slide.shapes.title.text_frame.paragraphs for r in p.runs if r.text.strip()}
    assert sizes == {Pt(28)}
    assert slide.shapes.title.height >= 2 * Pt(28) * 1.2


def test_the_check_names_a_kicker_against_the_edge(decks: dict[str, Path]) -> None:
    prs = Presentation(str(decks["ja"]))
    size = (prs.slide_width, prs.slide_height)
    for number, slide in enumerate(prs.slides, 1):
        assert unsafe_kickers(slide, f"slide {number}", *size) == []
    number, slide = _kicked(decks["ja"])[0]
    kicker = next(sh for sh in slide.shapes if sh.name == KICKER)
    kicker.top = Inches(0.08)  # the template's place before round 21
    (found,) = unsafe_kickers(slide, "slide", *size)
    assert "0.08 in from the slide's top edge" in found
    kicker.top = Inches(0.3)
    kicker.left = prs.slide_width - kicker.width + Inches(0.3)  # off its right edge
    (found,) = unsafe_kickers(slide, "slide", *size)
    assert "right edge (off the slide)" in found and Inches(0.25) == SAFE
