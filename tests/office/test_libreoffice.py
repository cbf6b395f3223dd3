"""Both documents open in LibreOffice (our stand-in for Word and PowerPoint) and convert to PDF.

LibreOffice exits 0 even when it could not load a file, and draws a broken slide as a blank page,
so these tests read the PDFs: page counts, and the text of every page.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pptx import Presentation
from pypdf import PdfReader

from ..conftest import libreoffice_pdfs
from .test_documents import DECK_TITLES

pytestmark = pytest.mark.libreoffice


@pytest.fixture(scope="module")
def pdfs(soffice: str, briefing_path: Path, deck_path: Path, tmp_path_factory: pytest.TempPathFactory):
    out = tmp_path_factory.mktemp("pdf")
    libreoffice_pdfs(soffice, [briefing_path, deck_path], out)
    briefing, deck = out / (briefing_path.stem + ".pdf"), out / (deck_path.stem + ".pdf")
    assert briefing.is_file() and deck.is_file(), "LibreOffice made no PDF"
    return PdfReader(str(briefing)), PdfReader(str(deck)), deck


def page_texts(reader: PdfReader) -> list[str]:
    return [re.sub(r"\s+", " ", page.extract_text() or "") for page in reader.pages]


def test_briefing_converts_to_four_pages_at_most_with_the_figures(pdfs) -> None:
    briefing, _, _ = pdfs
    texts = page_texts(briefing)
    assert 2 <= len(texts) <= 4, f"{len(texts)} pages"
    text = " ".join(texts)
    for figure in (
        "nearly RMB 15 billion",
        "more than 638 million",
        "370,000",
        "more than 500",
        "RMB 10 billion",
        "RMB 1 billion",
        "more than 2,000",
        "more than 700",
    ):  # as written, or leading a sentence ('More than 2,000 Internet … outlets')
        assert figure in text or figure[:1].upper() + figure[1:] in text, figure
    assert "{{" not in text and "{%" not in text


def test_deck_converts_to_a_page_per_slide_each_with_its_title(pdfs) -> None:
    _, deck, _ = pdfs
    texts = page_texts(deck)
    assert len(texts) == len(DECK_TITLES)
    for page, title in zip(texts, DECK_TITLES, strict=True):
        assert title.replace("\u00a0", " ") in page, title  # the PDF's text has plain spaces
    assert "more than 638 million" in texts[1]  # a tile; RMB 15 billion is its chart's headline
    assert any("Finance for new tracks" in page and "nearly RMB 15 billion" in page for page in texts)
    assert "{{" not in " ".join(texts)


def test_native_charts_reach_the_pdf_with_their_words(pdfs) -> None:
    """LibreOffice draws each native chart on its slide: title, categories and value labels."""
    _, deck, _ = pdfs
    texts = page_texts(deck)
    # the projects donut and the media chart have two values each: sentences, not charts
    # (the media's sentence on its own slide, last in the file's order: round 16, fold17)
    assert "17 of the 25 signed projects were signed in the metaverse venue" in texts[3]
    assert "Capital announced at the closing" in texts[4] and "RMB 10 billion" in texts[4]
    assert "The programme in numbers" in texts[5] and "121" in texts[5]
    assert "Who took part" in texts[6] and "Academicians at home and abroad" in texts[6]
    assert "Media covering the conference" not in texts[7] and "More than 700 media outlets" in texts[7]


@pytest.mark.parametrize("example", ["harbourside-expo-2025", "coastal-climate-summit-2024"])
def test_example_decks_built_with_slide_loops_open_in_libreoffice(
    soffice: str, example: str, tmp_path: Path
) -> None:
    from reportgen.pipeline.pipeline import build
    from reportgen.project.settings import Settings

    from ..conftest import ROOT, TEMPLATES
    from ..data.test_examples import EXPECTED

    result = build(
        ROOT / "data" / "examples" / f"{example}.yaml", Settings.simple(tmp_path / "out", TEMPLATES)
    )
    deck = next(f for f in result.files if f.suffix == ".pptx")
    libreoffice_pdfs(soffice, [deck], tmp_path)
    pdf = tmp_path / (deck.stem + ".pdf")
    assert pdf.is_file(), "LibreOffice made no PDF"
    texts = page_texts(PdfReader(str(pdf)))
    assert len(texts) == len(Presentation(str(deck)).slides)  # no slide lost
    titles = EXPECTED[example]["titles"]
    assert titles[0] in texts[0]  # the event's name on the title slide
    # a section's name opens its page, as its title or as the kicker above a finding
    # (a slide whose title states its finding has the section's name in its kicker: after the
    # glance slides, the first page that names the section is its own)
    assert texts[1].startswith(titles[1])
    found = [
        next(i for i, page in enumerate(texts) if i > 1 and f" {title} " in f" {page} ")
        for title in titles[2:]
    ]
    assert found == sorted(found), "the sections are out of order"
