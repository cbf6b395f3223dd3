"""Review PP: a deck's pages of tiles titled alike. Polarlys's first page, titled by its record's
news ('Polarlys 2026 slo alle rekorder'), had its section's name as the kicker ('Publikum'); the
next, titled by its section's name ('Program og økonomi'), the glance's words ('Polarlys 2026 i
korte trekk'): two patterns in one deck. Where a page is titled by its section's name, every page's
kicker is the glance's words (`glance_named`); where every page is titled by a finding, each its
section's name (Nairobi), as before."""

from __future__ import annotations

import pytest
from pptx import Presentation

from ..conftest import ROOT
from ..pipeline.test_catalogues import built

REVIEW = ROOT / "tests" / "data" / "review_events"
#: Bengaluru's two pages (its record's headline, then 'Investment and deals') are checked in
#: tests/office/test_glance_one_page.py.
EVENTS = ("polarlys-tromso-nb-no", "vinitaly-langhe-it-it", "nairobi-innovation-week-en-ke")


@pytest.fixture(scope="module")
def glances(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[tuple[str, str]]]:
    """Per event, its pages of tiles' kicker and title, as the built deck prints them."""
    out = tmp_path_factory.mktemp("kickers")
    pages: dict[str, list[tuple[str, str]]] = {}
    for name in EVENTS:
        deck = built(REVIEW / f"{name}.yaml", out / name)[1]
        pages[name] = []
        for slide in Presentation(str(deck)).slides:
            shapes = (s for s in slide.shapes if s.has_text_frame)
            boxes = {s.name: s.text_frame.text.replace("\u00a0", " ") for s in shapes}
            if "Key figure 1" in boxes:
                pages[name].append((boxes.get("Section name", ""), boxes.get("Title 1", "")))
    return pages


def test_the_record_s_page_and_the_next_have_one_kicker(glances: dict[str, list[tuple[str, str]]]) -> None:
    """The second page is titled by the glance's words, not its section's name: the section's own
    slide after it is titled 'Program og økonomi', and two slides in a row under one title read
    as a mistake (review RR4 #1); its kicker, the same words, gives way to its title."""
    assert glances["polarlys-tromso-nb-no"] == [
        ("Polarlys 2026 i korte trekk", "Polarlys 2026 slo alle rekorder"),
        ("", "Polarlys 2026 i korte trekk"),
    ]


def test_a_page_titled_by_the_glance_s_words_sets_them_over_the_record_s(
    glances: dict[str, list[tuple[str, str]]],
) -> None:
    """A page of several sections' tiles is titled 'SalVini 2026 in sintesi': the record's page,
    titled by its news, has those words over it, not its section's name ('Pubblico e operatori')."""
    (kicker, title), (_, other) = glances["vinitaly-langhe-it-it"]
    assert title == "Numero record di visitatori"
    assert kicker == other == "SalVini 2026 in sintesi"


def test_pages_all_titled_by_findings_keep_their_section_s_names(
    glances: dict[str, list[tuple[str, str]]],
) -> None:
    kickers = [kicker for kicker, _ in glances["nairobi-innovation-week-en-ke"]]
    assert kickers == ["Investment and deals", "Participation"]
