"""A Polish one-letter word never ends a line of the briefing (office/word_one_letter.py): the
furniture fair's title read 'Międzynarodowe Targi Mebli i / Wyposażenia Wnętrz', which a Polish
editor corrects. Read from every line of the PDF LibreOffice makes; the words themselves stay."""

from __future__ import annotations

import subprocess

import pytest

from ..conftest import ROOT, docx_text, libreoffice_pdfs, seen
from ..pipeline.test_catalogues import built

EVENT = ROOT / "tests" / "data" / "review_events" / "targi-meblowe-nadarzyn-pl.yaml"
ONE_LETTER = {"a", "i", "o", "u", "w", "z"}


@pytest.mark.slow
def test_no_line_of_a_polish_briefing_ends_with_a_one_letter_word(soffice: str, tmp_path) -> None:
    briefing = built(EVENT, tmp_path / "out")[0]
    (tmp_path / "pdf").mkdir()
    pdf = libreoffice_pdfs(soffice, [briefing], tmp_path / "pdf")[0]
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    lines = [line.split() for line in text.splitlines() if line.strip()]
    ended = [" ".join(words[-3:]) for words in lines if words[-1].casefold() in ONE_LETTER]
    assert ended == [], ended
    assert "Międzynarodowe Targi Mebli i Wyposażenia Wnętrz MEBLEX 2026" in seen(docx_text(briefing))
