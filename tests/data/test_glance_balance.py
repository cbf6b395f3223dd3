"""The 'at a glance' slides balanced and led by the news, not a side fact.

Review HH: Bengaluru's eight key figures of two sections, 3 + 5, paged by section, left slide 2 a
row of three tiles, about 40 % empty, and slide 3 five tiles at 40 pt and 29 pt; review FF: the pt
fair's likewise. And the fr film market's glance slide was led by 'Téléfilm Canada et la SODEC ont
annoncé un fonds…', the Coproductions section's sentence, although that section keeps its own
slide (its chart's), where review CC had praised it."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation

from reportgen.data.derive import derive
from reportgen.data.formatting import Formatter
from reportgen.data.load import load_event
from reportgen.data.plan.tile_pages import tile_pages
from reportgen.data.plan_view import plan_data
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

REVIEWS = ROOT / "tests" / "data" / "review_events"


def _derived(name: str):
    summary = load_event(REVIEWS / f"{name}.yaml")
    fmt = Formatter(summary.formatting.locale, dict(summary.formatting.currency_labels))
    return summary, derive(summary, fmt)


@pytest.mark.parametrize(
    ("sections", "sizes"),
    [
        ("AAABBBBB", [4, 4]),  # Bengaluru, the pt fair: not a row of three and then two rows
        ("AAAAAABBBBCCC", [5, 4, 4]),  # not 6 + 4 + 3: the last a row of three
        ("AAAAABBBBBBB", [6, 6]),
        ("AAAABBBBBB", [4, 6]),  # two rows each either way: the sections kept whole
    ],
)
def test_tiles_are_paged_as_evenly_as_rows_allow_then_by_section(sections: str, sizes: list[int]) -> None:
    pages = tile_pages(list(range(len(sections))), list(sections), 6)
    assert [len(p) for p in pages] == sizes
    assert [t for p in pages for t in p] == list(range(len(sections)))


@pytest.mark.parametrize(
    ("name", "sizes"),
    [
        # Investment's sentence leads the page of its five tiles: 3 + 5 (round 16), not 4 + 4 with
        # its commitments' tile under Footfall's, away from the sentence that tells of it
        ("bengaluru-techexpo-en-in", [3, 5]),
        ("agrishow-ribeirao-pt-br", [4, 4]),  # no section's words lead a page: two full slides
    ],
)
def test_eight_key_figures_of_two_sections_take_two_slides(name: str, sizes: list[int]) -> None:
    _, derived = _derived(name)
    assert [len(p) for p in derived.glance_pages] == sizes
    assert derived.glance_pages[0][0].headline  # the news first


def test_a_sections_sentence_leads_the_page_of_most_of_its_tiles() -> None:
    """Bengaluru's 'State agencies and private investors announced…' (Investment and deals, no
    slide of its own) leads the page of that section's tiles, not the page of Footfall's."""
    _, derived = _derived("bengaluru-techexpo-en-in")
    at = next(i for i, lead in enumerate(derived.glance_leads) if lead.startswith("State agencies"))
    owners = [f.ref.split(".")[0] for f in derived.glance_pages[at]]
    assert max(set(owners), key=owners.count) == "investment"


def test_a_section_that_keeps_its_slide_keeps_its_sentence() -> None:
    summary, derived = _derived("marche-film-montreal-fr-ca")
    fund = "Téléfilm Canada et la SODEC"
    assert not [lead for lead in derived.glance_leads if fund in lead]
    copro = next(s for s in derived.deck_sections if s.id == "coproductions")
    said = [str(t) for p in copro.deck_pages for t in (p.lead, p.headline, *p.points) if t]
    assert any(fund in t for t in said), said
    # the sentence leads its chart's slide, and the summary the page of the section's tile
    chart = next(p for p in copro.deck_pages if p.chart)
    assert fund in chart.lead
    assert copro.summary in derived.glance_leads
    # the plan says what the deck does: the sentence joined its section's own slide
    plan = plan_data(summary, derived)
    own = [s["slide"] for s in plan["deck"]["slides"] if s.get("section") == "coproductions"]
    folded = [f["onto_slide"] for f in plan["deck"]["folded"] if f["section"] == "coproductions"]
    assert set(folded) <= set(own), (folded, own)
    glance = [s for s in plan["deck"]["slides"] if s["kind"] == "at a glance"]
    assert not [s for s in glance if fund in s.get("lead", "")]


def test_bengalurus_glance_slides_set_their_numbers_in_one_size(tmp_path: Path) -> None:
    result = build(REVIEWS / "bengaluru-techexpo-en-in.yaml", Settings.simple(tmp_path / "out", TEMPLATES))
    deck = next(f for f in result.files if f.name.endswith("-deck.pptx"))
    glance = []
    for slide in Presentation(str(deck)).slides:
        tiles = [s for s in slide.shapes if s.name.startswith("Key figure")]
        if tiles:
            sizes = {  # each tile's number: its bold runs, on whichever line the row's alignment puts it
                r.font.size.pt
                for t in tiles
                for p in t.text_frame.paragraphs
                for r in p.runs
                if r.font.bold and r.font.size and any(c.isdigit() for c in r.text)
            }
            glance.append((len(tiles), sizes))
    assert [count for count, _ in glance] == [3, 5]  # Investment's five with its sentence (round 16)
    assert all(len(sizes) == 1 for _, sizes in glance), glance
    assert not [w for w in result.warnings if "slide 2" in w or "slide 3" in w]


def test_the_fr_film_markets_fund_leads_its_charts_slide_not_the_tiles(tmp_path: Path) -> None:
    """Review HH: the fund's sentence led slide 2, the tiles, though Coproductions keeps slide 4."""
    result = build(REVIEWS / "marche-film-montreal-fr-ca.yaml", Settings.simple(tmp_path / "out", TEMPLATES))
    deck = next(f for f in result.files if f.name.endswith("-deck.pptx"))
    texts = [
        " ".join(s.text_frame.text for s in slide.shapes if s.has_text_frame).replace("\xa0", " ")
        for slide in Presentation(str(deck)).slides
    ]
    fund = "Téléfilm Canada et la SODEC ont annoncé un fonds"
    assert [i for i, t in enumerate(texts, 1) if fund in t] == [
        i for i, t in enumerate(texts, 1) if "Coproductions" in t and "France et la Belgique" in t
    ]
    assert fund not in texts[1]
    assert "le Sénégal et le Maroc" in " ".join(texts)
    assert not result.warnings, result.warnings
