"""A tile prints a thing once: where the unit is an abbreviation the label spells out ('MoUs' of
'Memoranda of understanding signed'), the tile prints the number and the label, not both (review
HH: Bengaluru's '64 / MoUs / Memoranda of understanding signed'). Any language whose words have
initials: 'KMU' of 'kleine und mittlere Unternehmen', 'PME' of 'petites et moyennes entreprises'."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation

from reportgen.data.plan.unit_names import _names_unit
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

BENGALURU = ROOT / "tests" / "data" / "review_events" / "bengaluru-techexpo-en-in.yaml"


@pytest.mark.parametrize(
    ("label", "unit", "locale", "names"),
    [
        ("Memoranda of understanding signed", "MoUs", "en_IN", True),
        ("Memoranda of understanding signed", "MoU", "en_GB", True),
        ("Geförderte kleine und mittlere Unternehmen", "KMU", "de_DE", True),
        ("Petites et moyennes entreprises accompagnées", "PME", "fr_FR", True),
        ("Pequeñas y medianas empresas", "pymes", "es_ES", False),  # not an abbreviation as written
        ("Memoranda of understanding signed", "deals", "en_GB", False),
        ("Visitors on the main stage", "MW", "en_GB", False),
    ],
)
def test_an_abbreviation_the_label_spells_out_names_the_unit(
    label: str, unit: str, locale: str, names: bool
) -> None:
    assert _names_unit(label, unit, locale) is names


def test_the_bengaluru_tile_prints_memoranda_once(tmp_path: Path) -> None:
    result = build(BENGALURU, Settings.simple(tmp_path, TEMPLATES))
    deck = next(f for f in result.files if f.suffix == ".pptx")
    texts = [
        shape.text_frame.text
        for slide in Presentation(str(deck)).slides
        for shape in slide.shapes
        if shape.has_text_frame and "Memoranda of understanding signed" in shape.text_frame.text
    ]
    tiles = [t for t in texts if t.strip().split("\n", 1)[0].strip().startswith("64")]
    assert tiles, texts
    assert all("MoU" not in t for t in tiles), tiles
