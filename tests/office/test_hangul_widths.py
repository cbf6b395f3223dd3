"""Korean text is measured at its font's own advance, which a bold face does not widen (review KK).

The fit's table counts a wide character a full em and widened a bold word by a letter's bold
margin (DejaVu Sans Bold's Latin letters set up to 24 % wider than the table): a bold Hangul word
was taken for a third wider than Noto Sans CJK KR Bold sets it (920 units of 1000, regular and
bold alike), so a Korean tile's number was set smaller than its tile needed. Here the measure is
read back against the fonts' real metrics (fontTools, on the faces matplotlib's font manager
finds: LibreOffice's fallback DejaVu Sans Bold for digits, Noto Sans CJK KR Bold for Hangul).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from pptx import Presentation

from reportgen.office.powerpoint.fit import EMU_PER_PT, _widest
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

ANDONG = ROOT / "tests" / "data" / "review_events" / "andong-talchum-ko-kr.yaml"
#: A row's widest number, where the row's numbers are set smaller than the template's size, takes
#: at least this share of its tile's width as the fonts set it: shrunk no further than it needs.
FILLS = 0.85
#: The template's number size for rows of tiles (scripts/make_templates.py, `_tile_boxes`).
TEMPLATE_PT = 40.0


@cache
def _advances(family: str) -> tuple[dict[int, str], dict[str, tuple[int, int]], int]:
    font_manager = pytest.importorskip("matplotlib.font_manager")
    ttlib = pytest.importorskip("fontTools.ttLib")
    try:
        path = font_manager.findfont(
            font_manager.FontProperties(family=family, weight="bold"), fallback_to_default=False
        )
    except ValueError:
        pytest.skip(f"{family} is not installed")
    if path.endswith(".ttc"):
        faces = ttlib.TTCollection(path).fonts
        font = next((f for f in faces if family in f["name"].getDebugName(4)), faces[0])
    else:
        font = ttlib.TTFont(path)
    return font.getBestCmap(), font["hmtx"].metrics, font["head"].unitsPerEm


def _real_em(text: str) -> float:
    """`text`'s width in ems as LibreOffice sets it here, bold: Hangul in Noto Sans CJK KR Bold,
    the rest in DejaVu Sans Bold (the fallback for the deck's Latin face)."""
    width = 0.0
    for char in text:
        if char == "\u2060":
            continue
        hangul = "\uac00" <= char <= "\ud7a3"
        cmap, metrics, units = _advances("Noto Sans CJK KR" if hangul else "DejaVu Sans")
        width += metrics[cmap[ord(char)]][0] / units
    return width


def test_a_bold_hangul_word_is_measured_at_its_fonts_advance() -> None:
    for word in ("관람객", "지역화폐"):
        real = _real_em(word)
        assert real <= _widest(word, True) <= real * 1.02, (word, _widest(word, True), real)
    # digits keep their margin: DejaVu Sans Bold's are a third wider than the table
    number = "37\u2060억\u00a04000\u2060만\u00a0원"  # as a tile prints it: one word
    assert _widest(number, True) >= _real_em(number)


def test_a_korean_tiles_number_is_shrunk_no_more_than_it_needs(tmp_path: Path) -> None:
    result = build(ANDONG, Settings.simple(tmp_path / "out", TEMPLATES))
    deck = next(f for f in result.files if f.suffix == ".pptx")
    checked = 0
    for slide in Presentation(str(deck)).slides:
        tiles = [s for s in slide.shapes if s.name.startswith("Key figure")]
        rows: dict[int, list] = {}
        for tile in tiles:
            rows.setdefault(tile.top // 45720, []).append(tile)
        for row in rows.values():
            shares, sizes = [], []
            for tile in row:
                frame = tile.text_frame
                number = next(p for p in frame.paragraphs if any(r.font.bold for r in p.runs))
                size = max(r.font.size.pt for r in number.runs if r.font.size)
                inner = (tile.width - frame.margin_left - frame.margin_right) / EMU_PER_PT
                shares.append(_real_em(number.text) * size / inner)
                sizes.append(size)
            if min(sizes) < TEMPLATE_PT:
                checked += 1
                assert max(shares) >= FILLS, [(t.text_frame.text, s) for t, s in zip(row, sizes, strict=True)]
    assert checked  # the slides of tiles whose long numbers set their rows smaller
