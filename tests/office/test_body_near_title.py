"""A short body sits under its title: a body placeholder the template anchors in its box's middle
(or foot) is set from its top where its text, so anchored, would start far below the box's top
(a list spread over its box keeps its template's anchor), so a line or three do not float far
below the title on an empty slide (review HH: the Austrian fair's 'Zwei Hallen blieben
geschlossen.' two lines below its title, slides 3 and 5). A statement (centred, set large:
`fit.is_statement`) keeps its middle. The document check names body text whose first line
starts far below its title on a slide it leaves mostly empty (office/far_below.py), in a user's
template too."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.oxml.ns import qn

from reportgen.office.far_below import far_below
from reportgen.office.powerpoint.fit import EMU_PER_PT, inherited_size, text_height
from reportgen.office.powerpoint.top_anchor import NEAR_PT
from reportgen.office.powerpoint.under_title import is_body
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

REVIEWS = ROOT / "tests" / "data" / "review_events"


def _deck(event: Path, out: Path) -> Path:
    result = build(event, Settings.simple(out, TEMPLATES))
    return next(f for f in result.files if f.suffix == ".pptx")


@pytest.mark.parametrize(
    "event",
    [
        "gebaeudetechnik-salzburg-de-at.yaml",
        "bengaluru-techexpo-en-in.yaml",
        "anime-expo-ja.yaml",
        "filbo-es-co.yaml",  # a chart's points under a headline: measured from the headline
        "diannao-zhan-taipei-zh-hant.yaml",
    ],
)
def test_no_body_starts_far_below_its_title(event: str, tmp_path: Path) -> None:
    deck = Presentation(str(_deck(REVIEWS / event, tmp_path)))
    found = []
    for number, slide in enumerate(deck.slides, 1):
        shapes = list(slide.shapes)
        for shape in shapes:
            found += far_below(shape, shapes, f"slide {number}", {})
            if is_body(shape) and len(shape.text_frame.text) < 200:  # its text starts near its top
                anchor = shape._element.find(f"{qn('p:txBody')}/{qn('a:bodyPr')}").get("anchor")
                slack = shape.height - text_height(shape._element, shape.width, inherited_size(shape))
                offset = {"ctr": slack / 2, "b": slack}.get(anchor, 0) / EMU_PER_PT
                assert offset <= NEAR_PT, (number, anchor, offset, shape.text_frame.text[:40])
    assert found == []


def test_the_check_names_a_short_body_centred_far_below_its_title(tmp_path: Path) -> None:
    deck_file = _deck(REVIEWS / "gebaeudetechnik-salzburg-de-at.yaml", tmp_path)
    deck = Presentation(str(deck_file))
    slide = next(
        s
        for s in deck.slides
        if "Zwei Hallen" in "".join(sh.text_frame.text for sh in s.shapes if sh.has_text_frame)
    )
    body = next(sh for sh in slide.shapes if is_body(sh) and "Zwei Hallen" in sh.text_frame.text)
    centred = copy.deepcopy(body._element)
    centred.find(f"{qn('p:txBody')}/{qn('a:bodyPr')}").set("anchor", "ctr")
    for after in centred.iter(qn("a:spcAft")):  # as a user's template sets it: not spread apart
        after.getparent().remove(after)
    for extra in centred.find(qn("p:txBody")).findall(qn("a:p"))[2:]:  # a short body: two lines (the
        extra.getparent().remove(extra)  # slide now prints its tiles' own lines too: round 19)
    body._element.addprevious(centred)
    body._element.getparent().remove(body._element)
    moved = next(sh for sh in slide.shapes if sh.has_text_frame and "Zwei Hallen" in sh.text_frame.text)
    (warning,) = far_below(moved, list(slide.shapes), "slide 3", {})
    assert warning.startswith("slide 3: the text 'Zwei Hallen blieben") and "below its title" in warning
