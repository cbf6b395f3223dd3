"""Review MM: the deck broke names at their own hyphen ('Rabobank Noord-' / 'Nederland', 'Royal A-'
/ 'ware', the cover's 'Agrifood Vakbeurs Noord-' / 'Nederland 2026'). A short hyphenated word's
hyphen is tied on the slides (office/name_hyphens.py), and the check of the deck's PDF names a
word a line's end still breaks at its own hyphen."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation

from reportgen.office.name_hyphens import (
    check_deck_names,
    hyphenated_words,
    names_parted,
    tie_deck_hyphens,
)
from reportgen.office.ooxml import qn
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES, libreoffice_pdfs

NL = ROOT / "tests" / "data" / "review_events" / "agrifood-noord-leeuwarden-nl-nl.yaml"
TIE = "-\u2060"


def _tied(text: str) -> str:
    from lxml import etree

    tree = etree.fromstring(f'<a:p xmlns:a="{qn("a:p").split("}")[0][1:]}"><a:r><a:t/></a:r></a:p>')
    tree.find(f".//{qn('a:t')}").text = text
    tie_deck_hyphens([tree])
    return tree.find(f".//{qn('a:t')}").text


@pytest.mark.parametrize(
    ("text", "tied"),
    [
        ("Rabobank Noord-Nederland en Royal A-ware", "Rabobank Noord\u2011Nederland en Royal A\u2011ware"),
        ("Hester de Vries-Bouma", "Hester de Vries\u2011Bouma"),
        ("Baden-Württemberg, Nieuw-Zeeland", "Baden\u2011Württemberg, Nieuw\u2011Zeeland"),
    ],
)
def test_a_short_hyphenated_word_is_tied(text: str, tied: str) -> None:
    assert _tied(text) == tied


@pytest.mark.parametrize(
    "text",
    [
        "https://example.org/omropfryslan/2026-11-18/zuivel-export",
        "COVID-19 in 2024-2026",
        "Forschungs-und-Entwicklungszentrum-Programm",  # a long compound may break where it must
        "a dash - between words",
        "杭州-Q站",  # Chinese, Japanese and Korean: their deck breaks them by phrase (cjk_words.py)
    ],
)
def test_an_address_a_number_or_a_long_compound_keeps_its_hyphen_breakable(text: str) -> None:
    assert _tied(text) == text


def test_a_line_end_at_a_names_own_hyphen_is_named() -> None:
    words = hyphenated_words(["Hoofdsponsors: Rabobank Noord\u2060-Nederland, Royal A-\u2060ware"])
    assert words == {"Noord-Nederland", "A-ware"}
    lines = ["Hoofdsponsors: Rabobank Noord-", "Nederland, FrieslandCampina, Royal A-", "ware, Agrifirm"]
    assert names_parted(lines, words) == [(lines[0], lines[1]), (lines[1], lines[2])]
    # the renderer's own hyphenation of a word that has no hyphen is not a name's
    assert names_parted(["Matchmaking-", "gesprekken tussen"], words) == []


def test_the_fairs_deck_ties_the_names_hyphens(tmp_path: Path) -> None:
    result = build(NL, Settings.simple(tmp_path, TEMPLATES))
    deck = next(f for f in result.files if f.suffix == ".pptx")
    slides = [
        "".join(t.text or "" for t in s.shapes._spTree.iter(qn("a:t")))
        for s in Presentation(str(deck)).slides
    ]
    assert f"Noord{TIE}Nederland" in slides[0]  # the cover's name
    sponsors = next(text for text in slides if "FrieslandCampina" in text)
    assert f"Noord{TIE}Nederland" in sponsors and f"A{TIE}ware" in sponsors
    assert "Noord-Nederland" not in "".join(slides)  # no name's hyphen left breakable


@pytest.mark.slow
def test_the_fairs_deck_pdf_breaks_no_name_at_its_hyphen(soffice: str, tmp_path: Path) -> None:
    result = build(NL, Settings.simple(tmp_path, TEMPLATES))
    deck = next(f for f in result.files if f.suffix == ".pptx")
    (tmp_path / "pdf").mkdir()
    (pdf,) = libreoffice_pdfs(soffice, [deck], tmp_path / "pdf")
    assert check_deck_names(pdf, deck, "deck.pdf") == []
