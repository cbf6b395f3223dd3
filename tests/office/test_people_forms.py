"""Reviews UU1 E, UU3 #9, UU4 G: people on one slide in two forms, the first a pull quote under
a title of what they did ('— Aisha Rahman, novelist'), the next a bullet with their words in
italics under it; and a summary's split sentence ('Cool, still weather brought fast times.') a
bullet among the people. One form of people a slide; the summary a lead line, never a bullet."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from pptx import Presentation
from pptx.oxml.ns import qn

from reportgen.office.people_forms import mixed_people_forms
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

REVIEWS = ROOT / "tests" / "data" / "review_events"
EVENTS = ("northern-lights-book-awards-en-gb", "cobalt-devsummit-en-us", "limerick-half-marathon-en-ie")
DASHES = ("—", "–", "――", "——")


@pytest.fixture(scope="module")
def decks(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = {}
    for name in EVENTS:
        result = build(REVIEWS / f"{name}.yaml", Settings.simple(tmp_path_factory.mktemp(name), TEMPLATES))
        out[name] = next(f for f in result.files if f.suffix == ".pptx")
    return out


def _people(name: str) -> list[str]:
    data = yaml.safe_load((REVIEWS / f"{name}.yaml").read_text(encoding="utf-8"))
    return [p["name"] for s in data["sections"].values() for p in s.get("people") or ()]


def _bulleted(paragraph) -> bool:
    ppr = paragraph._p.pPr
    return ppr is None or ppr.find(qn("a:buNone")) is None


def _body(slide) -> list:
    title = slide.shapes.title
    return [
        p
        for s in slide.shapes
        if s.has_text_frame and (title is None or s.shape_id != title.shape_id)
        for p in s.text_frame.paragraphs
        if p.text.strip()
    ]


@pytest.mark.parametrize("name", EVENTS)
def test_the_people_of_a_slide_are_in_one_form(decks: dict[str, Path], name: str) -> None:
    people = _people(name)
    for number, slide in enumerate(Presentation(str(decks[name])).slides, start=1):
        body = _body(slide)
        credited = [
            p.text for p in body if p.text.lstrip().startswith(DASHES) and any(n in p.text for n in people)
        ]
        bullets = [p.text for p in body if _bulleted(p) and any(n in p.text for n in people)]
        assert not (credited and bullets), (number, credited, bullets)
        assert not mixed_people_forms(slide, f"slide {number}")


def test_a_summarys_sentence_is_no_bullet_among_the_people(decks: dict[str, Path]) -> None:
    prs = Presentation(str(decks["limerick-half-marathon-en-ie"]))
    found = [p for slide in prs.slides for p in _body(slide) if p.text.startswith("Cool, still weather")]
    assert found and not any(_bulleted(p) for p in found)


def test_the_check_names_a_slide_of_people_in_two_forms(tmp_path: Path) -> None:
    """A pull quote credited to a person above another person's bullet and their words: the rule
    fires on the bad slide (made from a built one), and is silent on the corpus
    (test_review_events_clean.py)."""
    result = build(REVIEWS / "northern-lights-book-awards-en-gb.yaml", Settings.simple(tmp_path, TEMPLATES))
    prs = Presentation(str(next(f for f in result.files if f.suffix == ".pptx")))
    slide = next(s for s in prs.slides if any(p.text.startswith("Aisha Rahman, novelist") for p in _body(s)))
    assert not mixed_people_forms(slide, "slide 5")
    line = next(p for p in _body(slide) if p.text.startswith("Aisha Rahman, novelist"))
    quote = next(p for p in _body(slide) if p.text.startswith("“I wrote"))
    words = quote.text
    quote._p.getparent().remove(quote._p)
    for run in line.runs[1:]:
        run.text = ""
    line.runs[0].text = f"{words} — Aisha Rahman, novelist"  # a pull quote, credited, no bullet
    line._p.get_or_add_pPr().insert(0, line._p.makeelement(qn("a:buNone"), {}))
    assert mixed_people_forms(slide, "slide 5")
