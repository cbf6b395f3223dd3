"""A speaker whose words title the slide: the credit under the title says who they are (name and
titles), and their line (what they did) stays their bullet unless their quotation says it (reviews
YY1 #4, YY3 #6 had asked for one naming; quotes26 put the whole line in the credit, which the YY3
re-review read as a sentence of two rows, '— Karim Benali, scénariste …, a animé la rencontre …':
round 26 keeps the credit to the titles, fx1). The document check names a bullet that names the
speaker again to say only what the title and the credit say."""

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
def test_a_speakers_credit_is_their_titles_and_their_line_stays_a_bullet(
    decks: dict[str, Path], event: str, name: str, did: str
) -> None:
    _, body = _titled_by_quote(decks[event], name)
    credit = next(b for b in body if b.startswith("—"))
    assert did not in credit and len(credit) < 80, credit  # who they are, one row
    assert [b for b in body if did in b and name in b and not b.startswith("—")], body  # what they did


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
    credit = next(p.text for p in shape.text_frame.paragraphs if p.text.startswith("—"))
    said = _flat(credit).lstrip("— ")  # their name and titles: the credit's words again
    assert said.startswith(name) and len(said) > len(name) + 3, said
    shape.text_frame.paragraphs[-1].runs[0].text = f"{said}."
    for run in shape.text_frame.paragraphs[-1].runs[1:]:
        run.text = ""
    warned = named_twice(slide, "deck: slide 4")
    assert len(warned) == 1 and name in warned[0], warned
    # their line, which says what they did, is no repetition: the check lets it be
    shape.text_frame.paragraphs[-1].runs[0].text = f"{name} {did}."
    assert named_twice(slide, "deck: slide 4") == []
