"""A slide's speaker notes carry what that slide shows, not its section's all: the American
summit's launches slide carried the two keynote speakers' lines its next slide prints, the Danish
food market's slides of figures the people of the slides after them, and its 2021 bar's note was
only in the Sources slide's notes (review UU1 D; data/plan/page_voices.py, the default deck's
notes). The document check names a slide whose notes give a quotation another slide shows and
it does not (office/notes_voices.py), in any template."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from pptx import Presentation

from reportgen.office.quality import check_deck
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

EVENTS = ROOT / "tests" / "data" / "notes_events"


def _people(event: Path) -> list[str]:
    data = yaml.safe_load(event.read_text(encoding="utf-8"))
    return [p["name"] for s in data["sections"].values() for p in s.get("people") or ()]


def _shown(slide) -> str:
    return "\n".join(sh.text_frame.text for sh in slide.shapes if sh.has_text_frame)


@pytest.fixture(scope="module", params=sorted(EVENTS.glob("*.yaml")), ids=lambda p: p.stem.split("-")[-2])
def built(request, tmp_path_factory) -> tuple[Path, Path]:
    result = build(request.param, Settings.simple(tmp_path_factory.mktemp("voices"), TEMPLATES))
    return request.param, next(f for f in result.files if f.suffix == ".pptx")


def test_a_persons_line_is_in_the_notes_of_the_slide_that_shows_them(built: tuple[Path, Path]) -> None:
    event, deck = built
    prs = Presentation(str(deck))
    slides = list(prs.slides)
    names = _people(event)
    assert names
    elsewhere, noted = [], set()
    for number, slide in enumerate(slides, start=1):
        notes = slide.notes_slide.notes_text_frame.text if slide.has_notes_slide else ""
        for name in names:
            if name not in notes:
                continue
            noted.add(name)
            shown_on = [n for n, s in enumerate(slides, start=1) if name in _shown(s)]
            if shown_on and number not in shown_on:
                elsewhere.append((number, name, shown_on))
    assert elsewhere == []
    assert noted == set(names)  # every person's line still in some slide's notes


def _quotes(event: Path) -> list[str]:
    data = yaml.safe_load(event.read_text(encoding="utf-8"))
    return [
        p["quote"]["text"] for s in data["sections"].values() for p in s.get("people") or () if p.get("quote")
    ]


def test_the_check_names_notes_of_a_person_another_slide_shows(
    built: tuple[Path, Path], tmp_path: Path
) -> None:
    """The built deck: not named. A person's quotation added to the notes of a slide that does
    not show it, another slide does: named."""
    event, deck = built
    assert [w for w in check_deck(deck, "x-deck.pptx") if "speaker notes give" in w] == []
    prs = Presentation(str(deck))
    slides = list(prs.slides)
    words, shown_on = next(
        (q, n) for q in _quotes(event) for n, s in enumerate(slides, start=1) if q[:40] in _shown(s)
    )
    other = next(
        n for n, s in enumerate(slides, start=1) if n not in (1, shown_on) and words[:40] not in _shown(s)
    )
    frame = slides[other - 1].notes_slide.notes_text_frame
    frame.text = frame.text + f"\n“{words}”"
    out = tmp_path / "x-deck.pptx"
    prs.save(str(out))
    found = [w for w in check_deck(out, "x-deck.pptx") if "speaker notes give" in w]
    assert [w.split(": ")[1] for w in found] == [f"slide {other}"], found


def _figure_notes(event: Path) -> list[str]:
    """The notes the event file gives the figures a chart draws (a trend's years, a breakdown's)."""
    data = yaml.safe_load(event.read_text(encoding="utf-8"))
    notes = []
    for section in data["sections"].values():
        for figure in (section.get("figures") or {}).values():
            parts = [figure, *(figure.get("breakdown") or {}).values()] if isinstance(figure, dict) else []
            notes += [p["note"] for p in parts if isinstance(p, dict) and p.get("note")]
    return notes


def test_a_bars_note_is_in_the_notes_of_its_charts_slide(built: tuple[Path, Path]) -> None:
    """The Danish food market's 2021 bar and its note ('coronapas'): in the notes of the slide its
    chart is on, not only in the Sources slide's."""
    event, deck = built
    slides = list(Presentation(str(deck)).slides)
    charted = [
        s
        for s in slides
        if any(getattr(sh, "has_chart", False) and sh.has_chart for sh in s.shapes)
        or any(sh.shape_type == 13 for sh in s.shapes)  # a picture of a chart
    ]
    for note in _figure_notes(event):
        words = note.split(".")[0]
        printed = [s for s in slides if s.has_notes_slide and words in s.notes_slide.notes_text_frame.text]
        assert any(s in charted for s in printed), (note, [slides.index(s) + 1 for s in printed])
