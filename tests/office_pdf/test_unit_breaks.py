"""Units a reader keeps together, never parted by a line end as LibreOffice sets the documents
(review KK), read from the PDF's lines: a source's address in the deck's footer ('…/prensa/2026-' /
'balance'), a subtitle's separator at a line's end ('… de mayo de 2026 ·' / 'Oviedo, España'), a Korean time
tied to its label ('…22일 오' / '후 9시 47분 기준')."""

from __future__ import annotations

import pytest

from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES
from .test_cjk_lines import pdf_lines

REVIEW = ROOT / "tests" / "data" / "review_events"
EVENTS = {
    "es": REVIEW / "vuelta-asturias-es-es.yaml",
    "ko": REVIEW / "hanbit-esports-ko-kr.yaml",
    "pt": REVIEW / "feira-sabores-pt-pt.yaml",
}


@pytest.fixture(scope="module")
def documents(soffice: str, tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[list[str]]]:
    """Each event's deck ('es') and briefing ('es briefing') as the build's PDFs set them (the
    office the build keeps, as `reportgen build --pdf` makes them for a reader), in lines."""
    folder = tmp_path_factory.mktemp("units")
    found = {}
    for language, source in EVENTS.items():
        result = build(source, Settings.simple(folder / language, TEMPLATES, pdf=True))
        pdfs = {f.name.rsplit("-", 1)[-1]: f for f in result.files if f.suffix == ".pdf"}
        found[language], found[f"{language} briefing"] = (
            pdf_lines(pdfs["deck.pdf"]),
            pdf_lines(pdfs["briefing.pdf"]),
        )
    return found


def _lines(pages: list[list[str]]) -> list[str]:
    return [line for page in pages for line in page]


@pytest.mark.slow
def test_a_sources_address_is_never_broken_across_lines(documents: dict[str, list[list[str]]]) -> None:
    lines = _lines(documents["es"])
    address = "https://example.es/vueltaasturias/prensa/2026-balance"
    assert any(address in line for line in lines), [line for line in lines if "example" in line]
    assert not [line for line in lines if line.endswith("2026-")]


@pytest.mark.slow
def test_a_subtitle_never_ends_a_line_with_its_separator(documents: dict[str, list[list[str]]]) -> None:
    lines = _lines(documents["es briefing"])
    assert not [line for line in lines if line.endswith("·")], lines[:8]
    assert not [line for line in lines if line.startswith("·")], lines[:8]
    assert "Informedeclausura·29deabril–3demayode2026" in lines[:6], lines[:6]


@pytest.mark.slow
def test_a_korean_time_label_stays_whole_on_its_line(documents: dict[str, list[list[str]]]) -> None:
    """LibreOffice parts a run of Korean words tied by no-break spaces inside a word or at a tie
    where it does not fit the rest of its line: the tile's as-of time starts a line of its own."""
    glance = documents["ko"][1]
    assert any(line.startswith("오후9시47분기준") for line in glance), glance
    assert any(line.endswith("2026년11월22일") for line in glance), glance
    titles = documents["ko"][0]
    assert "2026한빛모바일e스포츠챔피언십결승" in titles, titles  # a title that fits stays one line


@pytest.mark.slow
def test_a_briefings_sources_address_and_subtitle_are_whole(documents: dict[str, list[list[str]]]) -> None:
    lines = _lines(documents["pt briefing"])
    assert any("https://example.org/cnema/sabores-2026/balanco" in line for line in lines), lines
    assert not [line for line in lines if line.endswith(("·", "sabores-"))], lines[:6]
