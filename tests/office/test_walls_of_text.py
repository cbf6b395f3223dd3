"""Walls of text on a slide (round 17). A section summary too long for a title and with no cut
point was one paragraph under its section's name, set at the lead's size (the Watertop's
'Toezeggingen', four lines) or as a statement (the Polish ski jumps' partners, eight lines at
32 pt): the reader meets a block. The plan sets such a lead's sentences as paragraphs of their own
at the body's size (plan/slide_titles.py, `_lead_paragraphs`), under a short title; the document
check names a title of more than two lines and a paragraph that is one block of more than five
(office/walls.py), in any template."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation
from pptx.util import Pt

from reportgen.office.powerpoint.fit import is_title
from reportgen.office.walls import BLOCK_LINES, walls
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

REVIEWS = ROOT / "tests" / "data" / "review_events"


def _deck(event: str, out: Path) -> Presentation:
    result = build(REVIEWS / event, Settings.simple(out, TEMPLATES))
    assert result.warnings == []
    return Presentation(str(next(f for f in result.files if f.suffix == ".pptx")))


def _slide(deck: Presentation, words: str):
    texts = ((s, [sh.text_frame.text for sh in s.shapes if sh.has_text_frame]) for s in deck.slides)
    return next(s for s, said in texts if any(words in t for t in said))


def _body(slide):
    return next(sh for sh in slide.placeholders if sh.placeholder_format.idx == 1)


@pytest.mark.parametrize(
    ("event", "sentences"),
    [
        (
            "rotterdam-watertop-nl.yaml",
            ("De ondertekenaars zeggen toe", "Waterschappen uit Nederland bieden"),
        ),
        (
            "puchar-swiata-zakopane-pl.yaml",
            ("Zawody odbyły się dzięki wsparciu", "Sponsorem tytularnym był", "Partnerem medialnym była"),
        ),
        ("castello-it-ch.yaml", ("I tre castelli, patrimonio", "Le visite guidate al tramonto")),
    ],
)
def test_a_long_summary_is_set_as_paragraphs_under_a_short_title(
    event: str, sentences: tuple[str, ...], tmp_path: Path
) -> None:
    deck = _deck(event, tmp_path)
    slide = _slide(deck, sentences[0])
    texts = [p.text for p in _body(slide).text_frame.paragraphs]
    found = [next((at for at, t in enumerate(texts) if t.startswith(s)), None) for s in sentences]
    assert None not in found and len(set(found)) == len(sentences), texts  # a paragraph each
    title = slide.shapes.title.text_frame.text
    assert len(title) < 60 and not any(s in title for s in sentences), title
    for shape in slide.shapes:
        assert walls(shape, "slide", {}) == []


def test_the_check_names_a_title_of_three_lines_and_a_wall_of_text(tmp_path: Path) -> None:
    deck = _deck("rotterdam-watertop-nl.yaml", tmp_path)
    slide = _slide(deck, "De ondertekenaars zeggen toe")
    title, body = slide.shapes.title, _body(slide)
    assert is_title(title._element)
    long = " ".join(p.text for p in body.text_frame.paragraphs[:2])
    title.text_frame.paragraphs[0].runs[0].text = long
    assert any("the title 'De ondertekenaars" in w and "lines" in w for w in walls(title, "slide 4", {}))
    paragraph = body.text_frame.paragraphs[0]
    paragraph.runs[0].text = f"{long} {long}"
    for run in paragraph.runs:
        run.font.size = Pt(24)
    found = walls(body, "slide 4", {})
    assert len(found) == 1 and "one block of" in found[0], found
    assert int(found[0].split("one block of ")[1].split()[0]) > BLOCK_LINES
