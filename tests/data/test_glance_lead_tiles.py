"""Reviews KK and LL: a page of tiles' lead line wrote a number a tile right below it prints, and
was not the news: the Kolding biennale's quote 'Mere end 84.000 gæster besøgte biennalen …' over
the tile 'mere end 84.000', the port congress's 'Met meer dan 3180 deelnemers …' over '3.180'. A
slide's text or a section's summary that writes one of its page's tiles' numbers does not lead
that page (plan/glance.py): the page's notes keep it, and its lead line is free for a summary that
repeats no tile, or is empty.

A tile's own sentence is no exception (review LL: 'The money will be shared among 112 charities,
…' over the tile '112'; '会期中に…46件の覚書が締結されました。' over '46件'): it is a bullet on its
section's slide, or the briefing's alone (tests/data/test_glance_lead_news.py).

The news's own quotation, credited, that says more than its number is (round 25, review WW2 #2:
data/plan/quote_lead.py, tests/data/test_quote_lead.py): the source's words, not a repetition."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation

from reportgen.data.prepare import prepare
from reportgen.data.small_counts import same_count
from reportgen.data.written_numbers import read
from reportgen.office.quality import check_deck
from reportgen.office.seen import AS_SEEN
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

REVIEWS = ROOT / "tests" / "data" / "review_events"
LANGUAGES = ROOT / "tests" / "events" / "languages"
KOLDING = REVIEWS / "designbiennale-kolding-da-dk.yaml"
QUOTE = "Mere end 84.000 gæster besøgte biennalen"


def _numbers(text: str, locale: str) -> set[float]:
    return {v for w in read(text.translate(AS_SEEN), locale) if w.counts for v in w.values}


@pytest.mark.parametrize(
    "event", [*sorted(REVIEWS.glob("*.yaml")), *LANGUAGES.glob("jass-*.yaml")], ids=lambda p: p.stem
)
def test_no_page_of_tiles_is_led_by_a_text_writing_one_of_its_tiles(event: Path) -> None:
    prepared = prepare(event)
    plan, locale = prepared.derived, prepared.formatter.locale
    for page, lead, notes in zip(plan.glance_pages, plan.glance_leads, plan.glance_notes, strict=True):
        if any(f.headline and f.quote and f.quote.credit and f.quote.text in lead for f in page):
            continue  # the news's credited quotation (round 25)
        tiled = set().union(*(_numbers(f.amount_text, locale) for f in page))
        assert not _numbers(lead, locale) & tiled, (lead, [f.amount_text for f in page], notes)
        # nor a small number with the word its tile counts: '46件の覚書' over '46件' (review LL)
        tiles = [f"{f.text_with_unit}\n{f.label}" for f in page]
        assert not [t for t in tiles if same_count(lead, t, locale)], (lead, tiles)
        assert not [f.ref for f in page if f.own_sentence and f.sentence in lead], lead


def test_kolding_deck_prints_its_quote_in_the_notes_not_over_its_tile(tmp_path: Path) -> None:
    result = build(KOLDING, Settings.simple(tmp_path / "out", TEMPLATES))
    assert result.warnings == [], result.warnings
    deck = next(f for f in result.files if f.suffix == ".pptx")
    prs = Presentation(str(deck))
    pages = [s for s in prs.slides if any(sh.name.startswith("Key figure") for sh in s.shapes)]
    assert pages
    for slide in pages:
        tiles = [sh for sh in slide.shapes if sh.name.startswith("Key figure")]
        others = [sh for sh in slide.shapes if sh.has_text_frame and sh not in tiles]
        tiled = set().union(*(_numbers(t.text_frame.text, "da_DK") for t in tiles))
        assert 84000 in tiled  # the tiles' numbers are read: 84.000, 412, 47 millioner...
        for shape in others:
            assert not _numbers(shape.text_frame.text, "da_DK") & tiled, shape.text_frame.text
    # the quote is not lost: the notes of the page of its tile keep it, and no slide is one quote
    assert any(QUOTE in s.notes_slide.notes_text_frame.text.translate(AS_SEEN) for s in pages)
    printed = [
        sh.text_frame.text.translate(AS_SEEN) for s in prs.slides for sh in s.shapes if sh.has_text_frame
    ]
    assert not any(QUOTE in text for text in printed)


def test_the_check_names_a_text_over_the_tile_of_its_number(tmp_path: Path) -> None:
    result = build(KOLDING, Settings.simple(tmp_path / "out", TEMPLATES))
    deck = next(f for f in result.files if f.suffix == ".pptx")
    prs = Presentation(str(deck))
    figures = [f.amount_text for f in prepare(KOLDING).derived.figures.values()]
    assert [w for w in check_deck(prs, "deck", figures, "da_DK", details=[]) if "under it" in w] == []
    at = next(
        n for n, s in enumerate(prs.slides, 1) if any(h.name.startswith("Key figure") for h in s.shapes)
    )
    page = prs.slides[at - 1]
    lead = next(s for s in page.shapes if s.name == "Lead")
    lead.text_frame.text = f"“{QUOTE} i løbet af de elleve dage.”"  # the lead the deck printed before
    assert [w for w in check_deck(prs, "deck", figures, "da_DK", details=[]) if "under it" in w] == [
        f"deck: slide {at}: its text '84.000' writes the number of the tile '84.000' under it; "
        "a reader needs it once there"
    ]


@pytest.mark.parametrize("event", sorted(REVIEWS.glob("*.yaml")), ids=lambda p: p.stem)
def test_no_sentence_is_twice_in_a_glance_pages_notes(event: Path) -> None:
    """Review NN: the Taichung glance's notes printed its lead, then the text that would have led
    it, which began with the same sentence."""
    for notes in prepare(event).derived.glance_notes:
        for at, note in enumerate(notes):
            assert not [other for other in notes[at + 1 :] if note in other or other in note], notes
