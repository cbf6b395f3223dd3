"""Line ends as LibreOffice sets the review events' decks (review O), read from the PDF's lines:
a conversion's currency noun never alone on a tile's last line ('(unos 26 millones de /
dólares)'), a Japanese title never cut inside its compound ('…テニス選手 / 権'), and a Korean
stacked column's value label on one line ('약 3400억 / 원'), and no tile caption's last word
alone on its line ('Total attendance over four / days')."""

from __future__ import annotations

import pytest

from ..conftest import ROOT, libreoffice_pdfs
from ..pipeline.test_catalogues import built
from .test_cjk_lines import pdf_lines, straddling

REVIEW = ROOT / "tests" / "data" / "review_events"
EVENTS = {
    "es": REVIEW / "demo-day-es-mx.yaml",
    "ja": REVIEW / "setouchi-tennis-ja-jp.yaml",
    "ko": REVIEW / "robot-expo-ko.yaml",
    "en": REVIEW / "riverbend-fest-en-ca.yaml",
}


@pytest.fixture(scope="module")
def decks(soffice: str, tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[list[str]]]:
    """Each event's deck as LibreOffice's PDF lines (spaces left out)."""
    folder = tmp_path_factory.mktemp("lines")
    files = [built(source, folder / language)[1] for language, source in EVENTS.items()]
    (folder / "pdf").mkdir()
    pdfs = libreoffice_pdfs(soffice, files, folder / "pdf")
    return {language: pdf_lines(pdf) for language, pdf in zip(EVENTS, pdfs, strict=True)}


@pytest.mark.slow
def test_a_conversions_currency_never_stands_alone_on_a_tiles_line(decks: dict[str, list[list[str]]]) -> None:
    glance = decks["es"][1]
    # the last line holds the currency with its word before it (or the whole conversion: round 16's
    # tiles take the width their text needs)
    assert any(line.endswith("dedólares)") for line in glance), glance
    assert [line for line in glance if line in ("dólares)", "dólares", "pesos)", "millones")] == [], glance


@pytest.mark.slow
def test_a_japanese_titles_compound_is_never_cut(decks: dict[str, list[list[str]]]) -> None:
    pages = decks["ja"]
    assert not any(
        line in ("権", "第") or line.endswith(("テニス選手", "「第")) for page in pages for line in page
    )
    assert straddling(pages, ["選手権", "ジュニアテニス", "第8回"]) == []
    assert any(line.endswith("選手権") for line in pages[0]), pages[0]  # the title's last word whole


@pytest.mark.slow
def test_a_korean_stacked_columns_labels_stay_on_one_line(decks: dict[str, list[list[str]]]) -> None:
    page = next(page for page in decks["ko"] if any("분야별수출상담액" in line for line in page))
    for amount in ("약3400억원", "약1800억원", "약2600억원", "약1500억원", "약1400억원", "약1700억원"):
        assert any(amount in line for line in page), (amount, page)
    assert "원" not in page, page  # never a line of its own


@pytest.mark.slow
def test_a_tiles_caption_never_ends_on_a_word_alone(decks: dict[str, list[list[str]]]) -> None:
    glance = decks["en"][1]
    # 'over four days' ends its line with its last two words, wherever the tile's width wraps it
    # (round 13's tiles, as tall as their text, set the label on one line)
    assert any(line.endswith("fourdays") for line in glance) and "days" not in glance, glance
