"""Units a reader keeps together, never parted by a line end as LibreOffice sets the documents
(review KK), read from the PDF's lines: a source's address in the deck's footer ('…/prensa/2026-' /
'balance'), an as-of label and its date ('Besøgende i alt, pr.' / '20. september 2026'), a
subtitle's separator at a line's end ('… de mayo de 2026 ·' / 'Oviedo, España')."""

from __future__ import annotations

import pytest

from ..conftest import ROOT, libreoffice_pdfs
from ..pipeline.test_catalogues import built
from .test_cjk_lines import pdf_lines

REVIEW = ROOT / "tests" / "data" / "review_events"
EVENTS = {
    "es": REVIEW / "vuelta-asturias-es-es.yaml",
    "da": REVIEW / "designbiennale-kolding-da-dk.yaml",
}


@pytest.fixture(scope="module")
def documents(soffice: str, tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[list[str]]]:
    """Each event's deck ('es') and briefing ('es briefing') as LibreOffice's PDF lines."""
    folder = tmp_path_factory.mktemp("units")
    names, files = [], []
    for language, source in EVENTS.items():
        briefing, deck = built(source, folder / language)
        names += [language, f"{language} briefing"]
        files += [deck, briefing]
    (folder / "pdf").mkdir()
    pdfs = libreoffice_pdfs(soffice, files, folder / "pdf")
    return {name: pdf_lines(pdf) for name, pdf in zip(names, pdfs, strict=True)}


def _lines(pages: list[list[str]]) -> list[str]:
    return [line for page in pages for line in page]


@pytest.mark.slow
def test_a_sources_address_is_never_broken_across_lines(documents: dict[str, list[list[str]]]) -> None:
    lines = _lines(documents["es"])
    address = "https://example.es/vueltaasturias/prensa/2026-balance"
    assert any(address in line for line in lines), [line for line in lines if "example" in line]
    assert not [line for line in lines if line.endswith("2026-")]


@pytest.mark.slow
@pytest.mark.parametrize("document", ["da", "da briefing"])
def test_an_as_of_label_keeps_its_preposition_with_its_date(
    documents: dict[str, list[list[str]]], document: str
) -> None:
    lines = _lines(documents[document])
    assert not [line for line in lines if line.endswith(("pr.", "kl."))], lines
    assert any("pr.20.september2026" in line for line in lines), [line for line in lines if "pr." in line]


@pytest.mark.slow
def test_a_subtitle_never_ends_a_line_with_its_separator(documents: dict[str, list[list[str]]]) -> None:
    lines = _lines(documents["es briefing"])
    assert not [line for line in lines if line.endswith("·")], lines[:8]
    assert not [line for line in lines if line.startswith("·")], lines[:8]
    assert "Informedeclausura·29deabril–3demayode2026" in lines[:6], lines[:6]
