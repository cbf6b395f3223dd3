"""A figure with no `sentence:` whose own quote writes its number prints that quote as its line, in
place of the verbless 'Label: value' ('Leistung der Ausfallversicherung: 180’000 Franken' was
printed while 'Die Ausfallversicherung übernimmt 180'000 Franken …' was printed nowhere: review
YY2 #6), once in each document; the check's verbless-line warning on it goes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from docx import Document
from pptx import Presentation

from reportgen.pipeline.pipeline import BuildResult

from ..conftest import ROOT

#: (event, words of the figure's quote, its label: no line opens with 'Label:')
CASES = [
    (
        "tests/data/quote_events/flugtag-buochs-de-ch.yaml",
        "Die Ausfallversicherung übernimmt 180'000 Franken",
        "Leistung der Ausfallversicherung",
    ),
    (
        "tests/data/review_events/agrishow-ribeirao-pt-br.yaml",
        "A feira encerrou com quase R$ 14,6 bilhões",
        "Intenções de negócios em 2026",
    ),
    (
        "tests/data/quote_events/sjomatmessen-bergen-nb-no.yaml",
        "Utstillerne rapporterer om kontrakter for over 2,3 milliarder kroner",
        "Kontrakter signert under messen",
    ),
]


def _flat(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").replace("\u2060", "").replace("’", "'").split())


@pytest.fixture(scope="module")
def built(built_event: Callable[[Path], BuildResult]) -> dict[str, tuple[list[str], list[str], str]]:
    out = {}
    for event, *_ in CASES:
        result = built_event(ROOT / event)
        docx = next(f for f in result.files if f.suffix == ".docx")
        pptx = next(f for f in result.files if f.suffix == ".pptx")
        paragraphs = [_flat(p.text) for p in Document(str(docx)).paragraphs if p.text.strip()]
        lines = [
            _flat(line)
            for slide in Presentation(str(pptx)).slides
            for shape in slide.shapes
            if shape.has_text_frame
            for line in shape.text_frame.text.split("\n")
        ]
        out[event] = (paragraphs, lines, "\n".join(result.warnings))
    return out


@pytest.mark.parametrize(("event", "words", "label"), CASES)
def test_the_figures_quote_is_its_line(
    built: dict[str, tuple[list[str], list[str], str]], event: str, words: str, label: str
) -> None:
    paragraphs, lines, warnings = built[event]
    said = [p for p in paragraphs if words in p]
    assert len(said) == 1, paragraphs  # printed, and once
    assert not any(p.startswith(f"{label}:") for p in paragraphs + lines), said
    assert sum(words in line for line in lines) <= 1, lines
    assert f"'{label}:" not in warnings, warnings
