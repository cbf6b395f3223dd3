"""One person once on a slide: where their words title the slide, the credit under the title says
who they are and what they did, and their line is no bullet further down (reviews YY1 #4: «Foi a
primeira vez …» — Salvador Sobral, then 'Salvador Sobral estreou no festival o seu novo álbum.' two
bullets later; YY3 #6: Karim Benali's the same in French). The document check names a person
credited under the title and named again in a bullet of the slide."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path

import pytest
from pptx import Presentation

from reportgen.office.people_forms import named_twice
from reportgen.pipeline.pipeline import BuildResult

from ..conftest import ROOT

EVENTS = ROOT / "tests" / "data" / "quote_events"
#: (event, speaker, what their line says they did)
CASES = [
    ("festival-mares-pt-pt.yaml", "Salvador Sobral", "estreou no festival o seu novo álbum"),
    ("bd-namur-fr-be.yaml", "Karim Benali", "a animé la rencontre"),
]


def _flat(text: str) -> str:
    return " ".join(text.replace("\u2060", "").replace("\u00a0", " ").split())


def _titled_by_quote(deck: Path, name: str) -> tuple[object, list[str]]:
    """The slide whose title is a quotation credited to `name`, and its body's paragraphs."""
    prs = Presentation(str(deck))
    for slide in prs.slides:
        title = slide.shapes.title
        if title is None or _flat(title.text_frame.text)[:1] not in '«“„"':
            continue
        body = [
            _flat(p.text)
            for shape in slide.shapes
            if shape.has_text_frame and shape.shape_id != title.shape_id
            for p in shape.text_frame.paragraphs
        ]
        if any(b.startswith("—") and name in b for b in body):
            return slide, body
    raise AssertionError(f"no slide titled by {name}'s words")


@pytest.fixture(scope="module")
def decks(built_event: Callable[[Path], BuildResult]) -> dict[str, Path]:
    out = {}
    for event, _, _ in CASES:
        result = built_event(EVENTS / event)
        out[event] = next(f for f in result.files if f.suffix == ".pptx")
    return out


@pytest.mark.parametrize(("event", "name", "did"), CASES)
def test_a_speaker_whose_words_title_the_slide_is_named_once(
    decks: dict[str, Path], event: str, name: str, did: str
) -> None:
    _, body = _titled_by_quote(decks[event], name)
    credit = next(b for b in body if b.startswith("—"))
    assert did in credit, credit  # what they did, in the credit
    assert [b for b in body if name in b] == [credit], body  # and nowhere else on the slide


@pytest.mark.parametrize(("event", "name", "did"), CASES)
def test_the_check_names_a_speaker_credited_and_named_again(
    decks: dict[str, Path], event: str, name: str, did: str
) -> None:
    slide, _ = _titled_by_quote(decks[event], name)
    assert named_twice(slide, "deck: slide 4") == []
    # the slide as it was: their line a bullet under the others'
    title = slide.shapes.title  # type: ignore[attr-defined]
    shape = next(s for s in slide.shapes if s.has_text_frame and s.shape_id != title.shape_id)  # type: ignore[attr-defined]
    bullet = next(p for p in shape.text_frame.paragraphs if p.text and not p.text.startswith("—"))
    added = copy.deepcopy(bullet._p)
    shape.text_frame._txBody.append(added)
    shape.text_frame.paragraphs[-1].runs[0].text = f"{name} {did}."
    for run in shape.text_frame.paragraphs[-1].runs[1:]:
        run.text = ""
    warned = named_twice(slide, "deck: slide 4")
    assert len(warned) == 1 and name in warned[0], warned
