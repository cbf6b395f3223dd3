"""Review OO2: the deck dropped Lefèvre-Aubrac's 'Membre de l’Académie des sciences morales et
politiques' and kept her first title, while docs/templates.md said the deck keeps the last. What an
editor keeps on a slide with room for one: the title that says why the person is there, the one
their role speaks of, else the file's first (a release leads with it); every title where they fit;
the speaker's notes and the briefing print them all. Code and docs now say the same."""

from __future__ import annotations

from reportgen.data.formatting import Formatter
from reportgen.data.plan.quotes import _fitting_titles

from ..conftest import ROOT

JOB = "Professeure d’histoire des sciences à l’université Clermont-Auvergne"
ACADEMY = "Membre de l’Académie des sciences morales et politiques"


def test_the_title_the_role_speaks_of_is_the_one_kept() -> None:
    fmt = Formatter("fr_FR")
    role = "a reçu le grand prix de l’Académie pour l’ensemble de ses travaux"
    assert _fitting_titles([JOB, ACADEMY], role, fmt) == (ACADEMY,)


def test_where_the_role_speaks_of_none_the_first_is_kept() -> None:
    fmt = Formatter("fr_FR")
    role = "a ouvert le congrès par une conférence sur les observatoires du Massif central"
    assert _fitting_titles([JOB, ACADEMY], role, fmt) == (JOB,)


def test_titles_that_fit_are_all_kept() -> None:
    fmt = Formatter("fr_FR")
    titles = ["Directeur de recherche au CNRS", "Centre Alexandre-Koyré"]
    assert _fitting_titles(titles, "a présenté une histoire des instruments", fmt) == tuple(titles)


def test_the_titles_next_to_the_one_the_role_speaks_of_join_it_while_they_fit() -> None:
    fmt = Formatter("en_GB")
    titles = [
        "Government of the State of Karnataka and the Union Territory Administrations",
        "Chair of the DDTS Organising Committee",
        "Visiting Professor, Indian Institute of Science",
    ]
    kept = _fitting_titles(titles, "thanked the organising committee", fmt)
    assert kept == tuple(titles[1:])  # the committee's chair, and the title after it that fits


def test_the_docs_say_what_the_deck_does() -> None:
    text = " ".join((ROOT / "docs" / "templates.md").read_text(encoding="utf-8").split())
    assert "The deck names a person with their last title only" not in text
    assert "else the title that says why the person is on the slide" in text
