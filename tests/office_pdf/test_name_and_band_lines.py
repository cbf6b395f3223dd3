"""Lines as LibreOffice sets them, read from the PDFs (review MM): a deck never ends a line at a
name's own hyphen ('Agrifood Vakbeurs Noord-' / 'Nederland 2026', 'Deutscher Logistik-' /
'Fachkongress 2026', 'Librairie des Quatre-' / 'Chemins'), and the briefing's band sets
'Matchmakinggesprekken' whole while messe-de's as-of caption keeps its lines ('Stand:' on its
date's line: round 20's band widths set 'Fachbesucher, Stand:' over its date) and
sets its own 'Ausstellungsfläche' whole (it was 'Ausstellungs- / fläche')."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportgen.office.name_hyphens import check_deck_names

from ..conftest import ROOT, libreoffice_pdfs
from ..pipeline.test_catalogues import built

REVIEW = ROOT / "tests" / "data" / "review_events"
LANGUAGES = ROOT / "tests" / "events" / "languages"
NL = ROOT / "tests" / "data" / "review_events" / "agrifood-noord-nl.yaml"
NAMED = {
    "nl": NL,
    "de": REVIEW / "fachkongress-de-de.yaml",
    "fr": LANGUAGES / "salon-livre-fr.yaml",
    "fr-ca": LANGUAGES / "carnaval-fr-ca.yaml",
    "it": REVIEW / "festival-filosofia-matera-it.yaml",
    "en": REVIEW / "gala-en-za.yaml",
}


@pytest.mark.slow
@pytest.mark.parametrize("language", sorted(NAMED))
def test_a_deck_breaks_no_name_at_its_own_hyphen(language: str, soffice: str, tmp_path: Path) -> None:
    _, deck = built(NAMED[language], tmp_path / "out")
    (tmp_path / "pdf").mkdir()
    (pdf,) = libreoffice_pdfs(soffice, [deck], tmp_path / "pdf")
    assert check_deck_names(pdf, deck, "deck.pdf") == []


def _page_lines(pdf: Path) -> list[str]:
    from pypdf import PdfReader

    return [line.strip() for line in (PdfReader(str(pdf)).pages[0].extract_text() or "").splitlines()]


@pytest.mark.slow
def test_the_bands_word_is_whole_and_the_german_as_of_keeps_its_lines(soffice: str, tmp_path: Path) -> None:
    nl, _ = built(NL, tmp_path / "nl")
    de, _ = built(LANGUAGES / "messe-de.yaml", tmp_path / "de")
    (tmp_path / "pdf").mkdir()
    nl_pdf, de_pdf = libreoffice_pdfs(soffice, [nl, de], tmp_path / "pdf")
    lines = [line.replace("\u00ad", "") for line in _page_lines(nl_pdf)]
    assert any(line.startswith("Matchmakinggesprekken") for line in lines), lines
    assert not any(line.endswith("Matchmakingge-") for line in lines), lines
    german = [line.replace("\u00a0", " ") for line in _page_lines(de_pdf)]
    # 'Stand:' on its date's line, wherever the caption breaks: 'Fachbesucher,' over it in a quarter
    # of a band of four, 'Fachbesucher, Stand: 22. Oktober 2023,' in half of the two rows of two
    # the bundled template sets (office/word_band_rows.py)
    (stand,) = [line for line in german if "Stand:" in line]
    assert "Stand: 22. Oktober 2023" in stand, german
    # its 'Ausstellungs- / fläche' whole too, in width the 'Aussteller' cell left unused
    assert "Ausstellungsfläche" in german and "Ausstellungs-" not in german, german


@pytest.mark.slow
def test_the_check_names_a_name_a_line_breaks_at_its_hyphen(soffice: str, tmp_path: Path) -> None:
    """The cover's name without the line break the deck set before 'Noord-Nederland' (as a user's
    own text the deck's breaks did not reach): LibreOffice ends its first line at the hyphen."""
    from pptx import Presentation

    from reportgen.office.ooxml import qn

    _, deck = built(NL, tmp_path / "out")
    prs = Presentation(str(deck))
    title = prs.slides[0].shapes.title._element
    for br in list(title.iter(qn("a:br"))):
        br.getparent().remove(br)
    planted = tmp_path / "planted.pptx"
    prs.save(str(planted))
    (tmp_path / "pdf").mkdir()
    (pdf,) = libreoffice_pdfs(soffice, [planted], tmp_path / "pdf")
    (warning,) = check_deck_names(pdf, planted, "deck.pdf")
    assert "page 1" in warning and "Noord-' / 'Nederland" in warning, warning


@pytest.mark.slow
def test_a_deck_keeps_a_suspended_compounds_part_with_its_hyphen(soffice: str, tmp_path: Path) -> None:
    """Review SS1: slide 8 of the Aarhus food market ended a line 'genbrugskrus og -' and began the
    next 'tallerkener'; the plan ties the hyphen (typography.suspended_hyphens) and the deck starts
    a line before the part (office/powerpoint/url_lines.py on name_hyphens.name_spans)."""
    _, deck = built(REVIEW / "havnemadmarked-aarhus-da-dk.yaml", tmp_path / "out")
    (tmp_path / "pdf").mkdir()
    (pdf,) = libreoffice_pdfs(soffice, [deck], tmp_path / "pdf")
    assert check_deck_names(pdf, deck, "deck.pdf") == []
    lines = [line.rstrip() for line in _all_lines(pdf)]
    assert any("tallerkener" in line for line in lines), lines
    assert not any(line.endswith(" -") for line in lines), [line for line in lines if line.endswith(" -")]


def _all_lines(pdf: Path) -> list[str]:
    from pypdf import PdfReader

    return [line for page in PdfReader(str(pdf)).pages for line in (page.extract_text() or "").splitlines()]
