"""Reviews QQ1 and QQ2: an award's winners by category came last, in small type, after two slides
of people titled 'Winners by category (continued)'; three speakers and their partners' sentence
were split 1 + 2 over a '(forts.)' slide; a list of partners or sponsors was set as one large
centred sentence. Built once per event; the assertions read the decks as a reader does."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation
from pptx.enum.text import PP_ALIGN

from reportgen.office.list_setting import list_statements, unlike_continuations
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

REVIEWS = ROOT / "tests" / "data" / "review_events"
EVENTS = (
    "northern-lights-book-awards-en-gb",
    "nordlar-umea-sv-se",
    "bieg-dla-szpitala-pl",
    "jogos-juventude-goiania-pt-br",
)


@pytest.fixture(scope="module")
def decks(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = {}
    for name in EVENTS:
        result = build(REVIEWS / f"{name}.yaml", Settings.simple(tmp_path_factory.mktemp(name), TEMPLATES))
        out[name] = next(f for f in result.files if f.suffix == ".pptx")
    return out


def _paragraphs(slide) -> list[str]:
    return [
        " ".join(p.text.split())
        for s in slide.shapes
        if s.has_text_frame
        for p in s.text_frame.paragraphs
        if p.text.strip()
    ]


def _slide_of(prs, start: str) -> int:
    return next(
        n for n, slide in enumerate(prs.slides) if any(p.startswith(start) for p in _paragraphs(slide))
    )


def test_the_winners_by_category_come_before_the_people(decks: dict[str, Path]) -> None:
    prs = Presentation(str(decks["northern-lights-book-awards-en-gb"]))
    winners = _slide_of(prs, "Poetry: Late Light over Swaledale")
    assert winners < _slide_of(prs, "Aisha Rahman, novelist"), "the results, then who comments on them"
    # all seven on their own slide: no person's line among them
    texts = _paragraphs(prs.slides[winners])
    assert sum(t.startswith(("Book of the Year:", "Fiction:", "Debut:", "Lifetime")) for t in texts) == 4
    assert not any("Rahman, novelist" in t for t in texts)


@pytest.mark.parametrize("name", EVENTS)
def test_no_continuation_holds_another_kind_and_no_list_is_a_poster(
    decks: dict[str, Path], name: str
) -> None:
    prs = Presentation(str(decks[name]))
    slides = list(prs.slides)
    assert unlike_continuations(slides, name, prs.slide_height or 1) == []
    assert [w for n, slide in enumerate(slides, 1) for w in list_statements(slide, f"slide {n}")] == []


def test_three_speakers_and_a_list_are_not_split_one_and_two(decks: dict[str, Path]) -> None:
    prs = Presentation(str(decks["nordlar-umea-sv-se"]))
    at = [_slide_of(prs, name) for name in ("Karin Lindqvist", "Mikko Räsänen", "Sara Nilsson")]
    per_slide = [at.count(n) for n in sorted(set(at))]
    assert max(per_slide) - min(per_slide) <= 1 or len(per_slide) == 1, at


@pytest.mark.parametrize(("name", "item"), [("bieg-dla-szpitala-pl", "Miasto Lublin")])
def test_a_list_of_names_is_set_an_item_a_line(decks: dict[str, Path], name: str, item: str) -> None:
    prs = Presentation(str(decks[name]))
    slide = prs.slides[_slide_of(prs, item)]
    found = [p for s in slide.shapes if s.has_text_frame for p in s.text_frame.paragraphs if item in p.text]
    assert [" ".join(p.text.split()) for p in found] == [item], "the name a line of its own"
    assert all(p.alignment != PP_ALIGN.CENTER for p in found)
