"""A word of letters is measured with its own margin, not the one kept for digits.

The fit's character table is about Arial's; LibreOffice sets a slide in DejaVu Sans where Arial is
missing, whose digits are up to 22 % wider than the table (34 % bold) and whose letters up to 9 %
(24 % bold): measured with PIL on DejaVu Sans for Swedish, German, Dutch and Spanish words
(regular: letters 1.00-1.09, digits 1.20-1.22; bold: letters 1.15-1.24, digits 1.32-1.34). A
word of letters measured with the digits' WORD_MARGIN was found too wide for a tile that holds
it, and broken with a printed hyphen ('Biljettförsäljnings-/intäkterna') where it stands whole on
its line.
"""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation

from reportgen.office.powerpoint.fit import LETTER_MARGIN, LETTER_MARGIN_BOLD, WORD_MARGIN, word_margin
from reportgen.office.quality import check_deck

from ..conftest import ROOT
from ..pipeline.test_catalogues import built

WORD = "Biljettförsäljningsintäkterna"  # 'the ticket sales revenue': 29 letters


def test_letters_and_digits_each_have_their_margin() -> None:
    assert word_margin(WORD, bold=False) == LETTER_MARGIN < WORD_MARGIN
    assert word_margin(WORD, bold=True) == LETTER_MARGIN_BOLD
    assert word_margin("185\u00a0miljoner", bold=False) == WORD_MARGIN  # a number with its words


def test_a_tiles_long_word_that_fits_its_tile_is_not_hyphenated(tmp_path: Path) -> None:
    source = ROOT / "tests" / "events" / "languages" / "festival-sv.yaml"
    event = tmp_path / "festival-sv.yaml"
    event.write_text(
        source.read_text(encoding="utf-8").replace("label: Omsättning", f"label: {WORD}"), "utf-8"
    )
    _, deck = built(event, tmp_path / "out")
    glance = Presentation(str(deck)).slides[1]
    (tile,) = [s for s in glance.shapes if s.has_text_frame and WORD[:8] in s.text_frame.text]
    assert WORD in tile.text_frame.text.split("\n"), tile.text_frame.text  # whole, no printed hyphen
    # the check measures the word as the fit does: it fits, so nothing to warn of
    assert not [w for w in check_deck(deck, "deck", locale="sv_SE") if WORD in w]
