"""Review NN: in the Taiwanese briefing's band '92%' stood about 2 mm higher than '約8.6萬' and
'326部' beside it: a line with a Chinese glyph is taller in LibreOffice than one of Latin digits.
The band's numbers are set at one exact line height a row (office/word_band.py), read here from
the PDF as a reader sees the page."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from ..conftest import ROOT, libreoffice_pdfs
from ..pipeline.test_catalogues import built

TAICHUNG = ROOT / "tests" / "data" / "review_events" / "taichung-animation-festival-zh-tw.yaml"


def _word_bottoms(pdf: Path, words: tuple[str, ...]) -> dict[str, float]:
    """The bottom (pt from the page's top) of each of `words` on page 1, where first found."""
    command = ["pdftotext", "-f", "1", "-l", "1", "-bbox", str(pdf), "-"]
    html = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    found: dict[str, float] = {}
    for y_max, word in re.findall(r'yMax="([\d.]+)">([^<]+)</word>', html):
        if word in words and word not in found:
            found[word] = float(y_max)
    return found


def test_the_bands_numbers_stand_on_one_line_whatever_their_script(soffice: str, tmp_path: Path) -> None:
    briefing, _ = built(TAICHUNG, tmp_path / "out")
    (tmp_path / "pdf").mkdir()
    (pdf,) = libreoffice_pdfs(soffice, [briefing], tmp_path / "pdf")
    bottoms = _word_bottoms(pdf, ("8.6萬", "92%", "326部"))
    assert len(bottoms) == 3, bottoms
    assert max(bottoms.values()) - min(bottoms.values()) < 0.5, bottoms
