"""A CJK deck's native charts print their text as the deck writes it ('148（24%）', '約8,300人',
'境外选手来源国（共612人）'), as its slides' text does and as PowerPoint sets it: LibreOffice
added a gap of its own between CJK characters and digits or Latin letters in every chart's title,
axis labels, legend and data labels ('148 （ 24% ）', '約 8,300 人'), which no DrawingML of the
chart turns off (office_pdf/chart_spacing.py). Read from the PDF's text, as a reader sees it."""

from __future__ import annotations

import re
import subprocess
import zipfile
from pathlib import Path

import pytest

from reportgen.office_pdf import office_server
from reportgen.office_pdf.office_server import to_pdfs

from ..conftest import ROOT
from ..pipeline.test_catalogues import built

REVIEWS = ROOT / "tests" / "data" / "review_events"
#: Decks whose native charts hold CJK beside digits: bars across (zh, ja), columns (ko), a donut (ja).
EVENTS = ("marathon-quanzhou-zh-cn", "shokuhin-tenjikai-ja-jp", "anime-expo-ja", "busan-game-show-ko-kr")
_CJK = "\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uff08\uff09"
#: A chart's text where CJK meets a digit or a Latin letter, written without a space between.
_BOUNDARY = re.compile(rf"[{_CJK}][0-9A-Za-z%]|[0-9A-Za-z%][{_CJK}]")
_TEXT = re.compile(r"<(?:a:t|c:v)>([^<]*)</(?:a:t|c:v)>")


@pytest.fixture
def own_offices(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(office_server, "_OFFICES", {})
    yield
    office_server.stop_offices()


def _chart_texts(deck: Path) -> set[str]:
    with zipfile.ZipFile(deck) as package:
        parts = [n for n in package.namelist() if n.startswith("ppt/charts/chart") and n.endswith(".xml")]
        found = {t for n in parts for t in _TEXT.findall(package.read(n).decode("utf-8"))}
    # a no-break space is the text's own ('21만\u00a05300명'): a reader sees a space there
    texts = {t.replace("\u2060", "") for t in found if not re.search(r"[ \t\n]", t)}
    return {t.replace("\u00a0", " ") for t in texts if _BOUNDARY.search(t)}


@pytest.mark.slow
@pytest.mark.libreoffice
def test_a_cjk_decks_chart_text_has_no_gap_the_deck_does_not_write(
    soffice: str, tmp_path: Path, own_offices
) -> None:
    decks = [built(REVIEWS / f"{name}.yaml", tmp_path / name)[1] for name in EVENTS]
    (tmp_path / "pdf").mkdir()
    pdfs = to_pdfs(decks, tmp_path / "pdf", 240)
    checked = 0
    for deck, pdf in zip(decks, pdfs, strict=True):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        printed = text.replace("\n", "").replace("\u2060", "").replace("\u00a0", " ")
        texts = _chart_texts(deck)
        assert texts, deck.name  # each deck's charts have text where CJK meets a digit
        spaced = sorted(t for t in texts if t not in printed)
        assert not spaced, (deck.name, spaced)
        checked += len(texts)
    assert checked >= 20
