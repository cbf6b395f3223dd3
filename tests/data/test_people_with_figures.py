"""A section's people with their words and a figure's line or two after them are set over the
slides a reader counts (a person's words part of their bullet), not one slide per two people
with the last half empty (review YY3 #1: six winners of a film festival over three slides of
two; three authors with their words and a line of figures, one author and that line alone on a
'(suite)' slide)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportgen.data.derive import derive
from reportgen.data.formatting import Formatter
from reportgen.data.load import load_event
from reportgen.data.plan.measure import POINTS_PER_SLIDE, TEXT_ROWS, _rows
from reportgen.data.plan.text_groups import _bullet_count, _text_groups
from reportgen.data.views import Quoted, Speaker, Under

from ..conftest import ROOT

EVENTS = ROOT / "tests" / "data" / "continued_events"


def _derived(path: Path):
    summary = load_event(path)
    return derive(summary, Formatter(summary.formatting.locale, dict(summary.formatting.currency_labels)))


def _people(lines: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    return tuple(x for line, said in lines for x in (Speaker(line), Quoted(said)))


GERMAN = tuple(
    (f"Preisträgerin {n} aus Bern erhielt den Preis der Jury für ihren Film.", f"„Wir danken dem Team {n}.“")
    for n in range(6)
)
KOREAN = tuple(
    (
        f"감독 {n}은 「영화 {n}」으로 국제경쟁 대상을 받았습니다.",
        f"“함께 배를 탄 배우들에게 이 상을 바칩니다 {n}.”",
    )
    for n in range(6)
)


@pytest.mark.parametrize("lines", [GERMAN, KOREAN], ids=["de", "ko"])
def test_six_people_and_a_figure_take_two_slides_of_three(lines: tuple[tuple[str, str], ...]) -> None:
    """Six people with their words and the prize money's line are seven bullets a reader counts:
    two slides of three people each (the figure's line with the last), not three slides of two."""
    points = (*_people(lines), "Die Preise waren mit insgesamt 230 000 Franken dotiert.")
    groups = _text_groups(points, None, "")
    assert len(groups) == 2, [len(g) for g in groups]
    assert [sum(isinstance(p, Speaker) for p in g) for g in groups] == [3, 3]
    assert all(_rows("", g) <= TEXT_ROWS for g in groups)


def test_people_and_a_figure_that_fit_one_slide_stay_on_it() -> None:
    """Three people with their words and a line of figures: four bullets within a slide's rows, one
    slide, not the third person and the figure alone on a continuation."""
    points = (*_people(GERMAN[:3]), "Die Altstadt zeigte 14 Ausstellungen.")
    assert len(_text_groups(points, None, "Autorinnen aus drei Ländern signierten am Stand.")) == 1


def test_a_list_beside_people_still_counts_its_quotations_as_bullets() -> None:
    """Where a list's items are among them, a person's words still count as a bullet of their own
    (the furniture fair's voices and its award's winners overflowed one slide)."""
    items = ("Preise:", *(Under(f"Kategorie {n}: Film {n}") for n in range(5)))
    points = (*_people(GERMAN[:3]), *items)
    groups = _text_groups(points, None, "")
    assert len(groups) == 2


def test_the_review_events_people_fill_their_slides() -> None:
    """The film festival's six winners and their prize money: two slides of three winners; the
    comics festival's three authors, their words and the exhibitions' line: one slide; on no slide
    of a section's people a continuation under half the bullets of the slide before it."""
    ko = _derived(EVENTS / "jeonju-film-ko-kr.yaml").sections["sisang"]
    pages = [p for p in ko.deck_pages if p.layout == "points"]
    assert [sum(isinstance(p, Speaker) for p in page.points) for page in pages] == [3, 3]
    fr = _derived(EVENTS / "bd-namur-fr-be.yaml").sections["auteurs"]
    pages = [p for p in fr.deck_pages if p.layout == "points"]
    assert len(pages) == 1 and _bullet_count(pages[0].points, True) <= POINTS_PER_SLIDE


def test_people_before_a_list_that_fits_a_slide_are_counted_apart_from_it() -> None:
    """Three people with their words and two prize lines, then the winners' list (a table): the
    people on one slide, the list on the next, not the people split 2 + 1 ahead of the list
    (review event festival-cine-es-ar: a '(continuación)' of one director, her words and a line,
    40 % used)."""
    people = (
        *_people(GERMAN[:3]),
        "Der beste Film erhielt 40 000 Franken.",
        "Der beste Kurzfilm 8 000 Franken.",
    )
    items = (
        "Gewinner:",
        *(Under(f"Kategorie {n}: «Film {n}», von Regisseurin {n} (Schweiz)") for n in range(5)),
    )
    groups = _text_groups((*people, *items), None, "Die Jury vergab die Preise in der Schlussfeier.")
    assert groups == (people, items), [len(g) for g in groups]
