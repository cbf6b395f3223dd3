"""A title that claims a record its slide does not state heads nothing (review PP): the plan sets
such a claim as the slide's lead, under its section's name (data/plan/record_titles.py: the
Spanish fair's 'Una edición récord en expositores internacionales', of which no figure is on its
slide), and the document check names a title that still does, in any template
(office/title_claims.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation

from reportgen.office.quality import check_deck
from reportgen.office.title_claims import unheaded_records
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

FERIA = ROOT / "tests" / "events" / "languages" / "feria-es.yaml"
CLAIM = "Una edición récord en expositores internacionales"


@pytest.fixture(scope="module")
def feria_deck(tmp_path_factory: pytest.TempPathFactory) -> Path:
    result = build(FERIA, Settings.simple(tmp_path_factory.mktemp("feria"), TEMPLATES))
    assert not [w for w in result.warnings if "claims a record" in w], result.warnings
    return next(f for f in result.files if f.suffix == ".pptx")


def _claimed(prs: Presentation):
    """The slide that prints the record's claim, and its other texts."""
    for slide in prs.slides:
        texts = [s.text_frame.text for s in slide.shapes if s.has_text_frame and s != slide.shapes.title]
        if any(CLAIM in t for t in texts):
            return slide, texts
    raise AssertionError("no slide prints the claim")


def test_the_claim_is_the_lead_under_the_sections_name(feria_deck: Path) -> None:
    slide, texts = _claimed(Presentation(str(feria_deck)))
    assert slide.shapes.title.text_frame.text == "La feria en cifras"
    assert any(t.startswith(f"{CLAIM}.") for t in texts)  # said first under the title
    assert any("95.000" in t for t in texts)  # what the slide shows, as before


def test_the_check_names_a_title_its_slide_does_not_carry(feria_deck: Path) -> None:
    prs = Presentation(str(feria_deck))
    slide, _ = _claimed(prs)
    body = next(s for s in slide.shapes if s.has_text_frame and CLAIM in s.text_frame.text)
    body.text_frame.paragraphs[0].runs[0].text = "La feria reunió a empresas de 40 países."
    slide.shapes.title.text_frame.text = CLAIM
    found = unheaded_records(slide, "deck: slide 3", "es_ES")
    assert len(found) == 1 and CLAIM in found[0], found
    assert any("claims a record" in w for w in check_deck(prs, "deck", locale="es_ES"))  # wired
    # a claim with its own figure says itself; a slide that states a record carries it
    slide.shapes.title.text_frame.text = "Récord de 1.400 expositores"
    assert unheaded_records(slide, "deck: slide 3", "es_ES") == []
    slide.shapes.title.text_frame.text = CLAIM
    body.text_frame.paragraphs[0].runs[0].text = "Nunca habían venido tantos expositores extranjeros."
    assert unheaded_records(slide, "deck: slide 3", "es_ES") == []
