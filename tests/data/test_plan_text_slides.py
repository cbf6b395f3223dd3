"""How a section's text is spread over slides: a slide of a few long bullets that would overflow
is split, a short list's items stay under their lead line, and a list of one-line items is set on
one slide at a size a little smaller rather than five and five on two near-empty slides (review P,
a text-heavy Italian festival)."""

from __future__ import annotations

import pytest
from pptx import Presentation

from reportgen.data.plan import text_groups
from reportgen.data.views import Quoted, Under
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES, seen

FESTIVAL = ROOT / "tests" / "data" / "review_events" / "festival-filosofia-matera-it.yaml"


@pytest.fixture(scope="module")
def slides(tmp_path_factory: pytest.TempPathFactory) -> list[list[str]]:
    result = build(FESTIVAL, Settings.simple(tmp_path_factory.mktemp("festival"), TEMPLATES))
    assert result.warnings == []  # nothing overflows its box, no slide near-empty
    deck = Presentation(str(next(f for f in result.files if f.suffix == ".pptx")))
    return [
        [seen(p.text) for s in slide.shapes if s.has_text_frame for p in s.text_frame.paragraphs if p.text]
        for slide in deck.slides
    ]


def test_ten_lecture_titles_of_a_line_each_are_on_one_slide(slides: list[list[str]]) -> None:
    (holding,) = [lines for lines in slides if any("La linea Gustav" in line for line in lines)]
    assert sum(1 for line in holding if line.startswith("«")) == 10


def test_a_list_lead_line_is_on_the_slide_of_its_items(slides: list[list[str]]) -> None:
    for lead, item in (
        ("Spettacoli serali:", "serata di canti"),
        ("Laboratori per le scuole:", "Mappe immaginarie"),
    ):
        (holding,) = [lines for lines in slides if any(item in line for line in lines)]
        assert lead in holding or lead.rstrip(":") in holding, holding


def test_four_people_and_two_quotations_under_a_long_summary_take_two_slides(slides: list[list[str]]) -> None:
    people = ("Massimo Recalcati-Ferri", "Donatella Di Cesare-Marino", "Marta Cartabia-Lenzi")
    where = {
        p: [i for i, lines in enumerate(slides) if any(line.startswith(p) for line in lines)] for p in people
    }
    assert where[people[0]] != where[people[2]], where


def test_the_split_keeps_a_list_whole_where_another_split_will_do() -> None:
    points = ("A long line " * 5, "Lead:", Under("one"), Under("two"), Under("three"), "Another line " * 5)
    groups = text_groups._balanced(points, 2)
    assert all(not isinstance(group[0], Under) for group in groups), groups
    quoted = ("Someone said", Quoted("words"), "Other " * 20, "More " * 20)
    assert all(not isinstance(g[0], Quoted) for g in text_groups._balanced(quoted, 2))
