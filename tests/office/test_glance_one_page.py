"""The glance slides read as one page each (review II items 3, 5, 9): a kicker naming several
sections joins them with the language's separator, not a list ('Footfall · Investment and deals',
never 'Footfall, Investment and deals': three topics); a unit a word of the label ends with is
named by the label ('28 / Deltasteden die het Deltapact ondertekenden', not '28 / steden / …');
the glance slides' notes name each section on a line of its own."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation

from reportgen.data.plan.unit_names import _names_unit
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

REVIEW = ROOT / "tests" / "data" / "review_events"


def _deck(event: Path, tmp_path: Path):
    result = build(event, Settings.simple(tmp_path, TEMPLATES))
    return Presentation(str(next(f for f in result.files if f.suffix == ".pptx")))


@pytest.mark.parametrize(
    ("label", "unit", "locale", "names"),
    [
        ("Deltasteden die het Deltapact ondertekenden", "steden", "nl_NL", True),
        ("Partnerstädte im Bündnis", "Städte", "de_DE", True),
        ("Vänorter i nätverket", "orter", "sv_SE", True),
        ("Kongressteilnehmer", "Teilnehmer", "de_DE", True),
        ("Steden die tekenden", "landen", "nl_NL", False),
        ("Visitors on the main stage", "stage", "en_GB", True),
        ("Sidecars sold at the fair", "cars", "en_GB", False),  # English writes no compounds
    ],
)
def test_a_unit_a_word_of_the_label_ends_with_is_named(
    label: str, unit: str, locale: str, names: bool
) -> None:
    assert _names_unit(label, unit, locale) is names


def test_rotterdam_tile_prints_steden_once(tmp_path: Path) -> None:
    deck = _deck(REVIEW / "rotterdam-watertop-nl.yaml", tmp_path)
    texts = [
        shape.text_frame.text
        for slide in deck.slides
        for shape in slide.shapes
        if shape.has_text_frame and "Deltasteden" in shape.text_frame.text
    ]
    tiles = [t for t in texts if t.split("\n", 1)[0].strip().startswith("28")]
    assert tiles, texts
    assert all("\nsteden\n" not in f"\n{t}\n" for t in tiles), tiles


def test_bengaluru_glance_kicker_and_notes(tmp_path: Path) -> None:
    deck = _deck(REVIEW / "bengaluru-techexpo-en-in.yaml", tmp_path)
    slides = list(deck.slides)
    glance = [s for s in slides if any(sh.name.startswith("Key figure") for sh in s.shapes)]
    assert len(glance) >= 2, len(glance)
    texts = [sh.text_frame.text for s in glance for sh in s.shapes if sh.has_text_frame]
    assert not any("Footfall, Investment" in t for t in texts), texts
    # each page of tiles one section's since leads19 (3 + 5), titled by that section's name alone
    # under the glance's words (glance8: never '… at a glance (continued)')
    kickers = [sh.text_frame.text for s in glance for sh in s.shapes if sh.name == "Section name"]
    # round 21: the first page holds the record, titled by its source's headline; round 22 (review
    # PP): the next page is titled by its section's name, so the glance's words are the kicker over
    # both, one pattern for the deck's pages of tiles (`glance_named`), not 'Footfall' over one
    assert kickers == ["BTE 2026 at a glance"] * 2, kickers
    titles = [s.shapes.title.text_frame.text.replace("\xa0", " ") for s in glance]
    assert titles == [
        "Bengaluru Tech Expo 2026 concludes with record footfall and investment pledges",
        "Investment and deals",
    ]
    for slide in glance:
        notes = slide.notes_slide.notes_text_frame.text.split("\n")
        assert not any(line.startswith("Investment and deals: ") for line in notes), notes
