"""Review LL: the glance's lead was the own sentence of a tile right under it, so one number was
printed twice a few centimetres apart, and the lead was not the news: Limerick's 'The money will
be shared among 112 charities, from hospices to sports clubs.' over the tile '112 / Charities
supported', 'About 40,000 spectators lined the route, …' over 'about 40,000', the Japanese summit's
'会期中に企業や自治体の間で46件の覚書が締結されました。' over '46件'.

A tile's own sentence that says more than its tile is a bullet on its section's slide, where the
section has slides and that takes no slide more (plan/deck_pages.py `with_tile_details`), else the
briefing's alone; never the lead over its tile. The document check names a lead that writes its
tile's number in any template, a figure's own sentence included (office/tile_repeats.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from docx import Document
from pptx import Presentation

from reportgen.data.prepare import prepare
from reportgen.office.quality import check_deck
from reportgen.pipeline.pipeline import BuildResult, build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES, seen

LIMERICK = ROOT / "tests" / "data" / "review_events" / "limerick-half-marathon-en-ie.yaml"
JASS = ROOT / "tests" / "events" / "languages" / "jass-fukuoka-ja.yaml"
CHARITIES = "The money will be shared among 112 charities, from hospices to sports clubs."
SPECTATORS = "About 40,000 spectators lined the route"
MOU = "会期中に企業や自治体の間で46件の覚書が締結されました。"


def _plain(text: str) -> str:
    return seen(str(text)).replace("\u2060", "").replace("\u00a0", " ").replace("’", "'")


@pytest.mark.parametrize(
    ("event", "section", "sentence"), [(LIMERICK, "fundraising", CHARITIES), (JASS, "kekka", MOU)]
)
def test_a_tiles_own_sentence_is_on_its_sections_slide_not_over_its_tile(
    event: Path, section: str, sentence: str
) -> None:
    plan = prepare(event).derived
    assert not [lead for lead in plan.glance_leads if sentence in _plain(lead)], plan.glance_leads
    view = next(s for s in plan.deck_sections if s.id == section)
    printed = [_plain(t) for p in view.deck_pages for t in (p.headline, p.lead, *p.points) if t]
    assert sentence in printed, printed


@pytest.fixture(scope="module")
def limerick(built_event: Callable[[Path], BuildResult]) -> tuple[Path, Path]:
    result = built_event(LIMERICK)
    assert result.warnings == [], result.warnings
    files = {f.suffix: f for f in result.files}
    return files[".pptx"], files[".docx"]


def _slides(deck: Path) -> list[tuple[bool, str]]:
    """(whether it holds tiles, its printed text) per slide."""
    return [
        (
            any(sh.name.startswith("Key figure") for sh in s.shapes),
            _plain(" ".join(sh.text_frame.text for sh in s.shapes if sh.has_text_frame)),
        )
        for s in Presentation(str(deck)).slides
    ]


def test_limericks_glance_pages_print_no_tiles_sentence(limerick: tuple[Path, Path]) -> None:
    deck, briefing = limerick
    slides = _slides(deck)
    glance = [text for tiled, text in slides if tiled]
    # one page of its eight short tiles (glance8: data/plan/tile_grid.py); the tiles print them
    assert len(glance) == 1 and all("112" in t and "40,000" in t for t in glance)
    assert not [t for t in glance if "shared among" in t], glance
    # a tile's sentence no slide prints is no label of four lines (review RR4, round 22: glance20
    # had set it on its tile): its label, the number once (data/plan/tile_details.py)
    assert [t.count("lined the route") for t in glance] == [0] and glance[0].count("40,000") == 1, glance
    # 'from hospices to sports clubs' is not lost: its section's chart slide prints it
    assert [t for tiled, t in slides if not tiled and "from hospices to sports clubs" in t]
    # the spectators' sentence takes no slide more: the briefing prints it
    assert any(SPECTATORS in _plain(p.text) for p in Document(str(briefing)).paragraphs)


def test_the_check_names_a_tiles_own_sentence_over_its_tile(
    limerick: tuple[Path, Path], tmp_path: Path
) -> None:
    deck, _ = limerick
    prs = Presentation(str(deck))
    figures = [f.amount_text for f in prepare(LIMERICK).derived.figures.values()]
    assert [w for w in check_deck(prs, "deck", figures, "en_IE") if "under it" in w] == []
    lead = next(sh for sh in prs.slides[1].shapes if sh.name == "Lead")
    lead.text_frame.text = CHARITIES  # the lead the deck printed before
    assert [w for w in check_deck(prs, "deck", figures, "en_IE") if "under it" in w] == [
        "deck: slide 2: its text '112' writes the number of the tile '112' under it; "
        "a reader needs it once there"
    ]


def test_the_check_names_a_small_number_with_its_tiles_word(tmp_path: Path) -> None:
    result = build(JASS, Settings.simple(tmp_path, TEMPLATES))
    assert result.warnings == [], result.warnings
    prs = Presentation(str(next(f for f in result.files if f.suffix == ".pptx")))
    figures = [f.amount_text for f in prepare(JASS).derived.figures.values()]
    assert [w for w in check_deck(prs, "deck", figures, "ja_JP") if "under it" in w] == []
    lead = next(sh for sh in prs.slides[1].shapes if sh.name == "Lead")
    lead.text_frame.text = MOU.replace("46件", "46\u2060件")  # as the deck printed it before
    assert [w for w in check_deck(prs, "deck", figures, "ja_JP") if "under it" in w] == [
        "deck: slide 2: its text writes the number of the tile '46件' with its word '件' under it; "
        "a reader needs it once there"
    ]
