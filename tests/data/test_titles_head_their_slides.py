"""Every slide's title heads what its slide holds (review PP): a voices slide is titled from its
first speaker, never by a later one's line (the Taichung animation festival's '黃國豪宣布…' over the
curator's words, then his); a slide its section's name would title, a topic ('The race'), is
titled with the clause of its summary that its bullets carry (the Limerick half marathon's
women's course record). Built decks, read back."""

from __future__ import annotations

import pytest
from pptx import Presentation

from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

REVIEWS = ROOT / "tests" / "data" / "review_events"


def _deck(event: str, tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, list[str]]]:
    """Each slide's title and its other texts, as printed (no-break spaces and joiners as read)."""
    out = tmp_path_factory.mktemp(event)
    result = build(REVIEWS / f"{event}.yaml", Settings.simple(out, TEMPLATES))
    deck = Presentation(str(next(f for f in result.files if f.suffix == ".pptx")))

    def plain(text: str) -> str:
        return " ".join(text.replace("\u2060", "").replace("\x0b", "").split())

    slides = []
    for slide in deck.slides:
        title = slide.shapes.title
        texts = [plain(s.text_frame.text) for s in slide.shapes if s.has_text_frame and s != title]
        slides.append((plain(title.text_frame.text) if title is not None else "", texts))
    return slides


@pytest.fixture(scope="module")
def taichung(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, list[str]]]:
    return _deck("taichung-animation-festival-zh-tw", tmp_path_factory)


@pytest.fixture(scope="module")
def limerick(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, list[str]]]:
    return _deck("limerick-half-marathon-en-ie", tmp_path_factory)


def test_a_voices_slide_is_titled_from_its_first_speaker(taichung: list[tuple[str, list[str]]]) -> None:
    first, second = "林佩蓉", "黃國豪"  # the curator, then the city's press officer
    voices = [(t, x) for t, x in taichung if first in " ".join(x) and second in " ".join(x)]
    assert voices, [t for t, _ in taichung]
    for title, texts in voices:
        said = " ".join(texts)
        assert second not in title, title  # not by the later speaker's line
        assert said.index(first) < said.index(second)
        # titled by the first speaker's words, credited to her right under it, or by no one
        assert first in said.split(second)[0]


def test_a_topic_gives_way_to_the_finding_its_bullets_carry(limerick: list[tuple[str, list[str]]]) -> None:
    titles = [t for t, _ in limerick]
    assert "The race" not in titles
    title, texts = next((t, x) for t, x in limerick if "course record" in t)
    assert title == "The women’s course record fell for the first time since the race began"
    said = " ".join(texts)
    assert "won the women’s race in a course record of 1:09:52" in said  # the body carries it
    assert "Cool, still weather brought fast times." in said  # the summary's other clause: the lead
    assert said.count("course record fell") == 0  # the title is not said again under it
