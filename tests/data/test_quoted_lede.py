"""The news's own quote prints in the briefing, credited, where it cannot open the lede as our own
sentence: it writes its number in the source's form ('ponad 64 tysiące osób' beside the band's
'ponad 64 000'), or another number of its own ('rund 9000 weniger als im Vorjahr'). The lede had
fallen back to 'Odwiedzający: ponad 64 000 odwiedzających, rekord.' and the quote was printed in
neither document (reviews YY4 #5, YY2 #4)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from docx import Document

from reportgen.pipeline.pipeline import BuildResult

from ..conftest import ROOT

EVENTS = ROOT / "tests" / "data" / "quote_events"
#: (event, words of the news's quote, its credit, its label: no lede opens with 'Label:')
CASES = [
    ("targi-ksiazki-lodz-pl.yaml", "ponad 64 tysiące osób", "Fundacja Łódzkie Targi Książki", "Odwiedzający"),
    (
        "flugtag-buochs-de-ch.yaml",
        "rund 9000 weniger als im Vorjahr",
        "Verein Flugtag Buochs",
        "Zuschauerinnen und Zuschauer 2026",
    ),
]


def _flat(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").replace("\u2060", "").split())


@pytest.fixture(scope="module")
def briefings(built_event: Callable[[Path], BuildResult]) -> dict[str, list[str]]:
    out = {}
    for event, *_ in CASES:
        result = built_event(EVENTS / event)
        docx = next(f for f in result.files if f.suffix == ".docx")
        out[event] = [_flat(p.text) for p in Document(str(docx)).paragraphs if p.text.strip()]
    return out


@pytest.mark.parametrize(("event", "words", "credit", "label"), CASES)
def test_the_news_quote_prints_credited_in_the_briefing(
    briefings: dict[str, list[str]], event: str, words: str, credit: str, label: str
) -> None:
    paragraphs = briefings[event]
    said = [p for p in paragraphs if words in p]
    assert said, paragraphs[:6]
    assert f"— {credit}" in said[0], said[0]  # the source's words, credited to it
    assert not any(p.startswith(f"{label}:") for p in paragraphs), paragraphs[:6]
