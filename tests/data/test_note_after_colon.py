"""A figure's note after its label's colon under a chart starts in a small letter where the
language writes one after a colon (review YY1 #6: pt 'Sábado, 18 de julho: Lotação esgotada.'),
keeping a name the event's texts write as one, and a note of several sentences as written."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from docx import Document

from reportgen.data.punctuation import punctuation
from reportgen.pipeline.pipeline import BuildResult

from ..conftest import ROOT


@pytest.mark.parametrize(
    ("locale", "note", "expected"),
    [
        ("pt_PT", "Lotação esgotada.", "lotação esgotada."),
        ("es_ES", "Entradas agotadas.", "entradas agotadas."),
        ("fr_FR", "Complet dès midi.", "complet dès midi."),
        ("it_IT", "Tutto esaurito.", "tutto esaurito."),
        ("nl_NL", "Geteld met tellers bij de ingangen.", "geteld met tellers bij de ingangen."),
        ("de_DE", "Ausverkauft.", "Ausverkauft."),  # German keeps its capital after a colon
        ("en_GB", "Sold out.", "Sold out."),
        ("pt_PT", "Madrid recebeu o festival.", "Madrid recebeu o festival."),  # a name the texts write
        ("pt_PT", "FIL esgotada.", "FIL esgotada."),  # an acronym
        ("da_DK", "Adgangen var begrænset. Markedet lukkede.", "Adgangen var begrænset. Markedet lukkede."),
    ],
)
def test_a_note_after_a_colon_reads_as_the_language_writes_it(locale: str, note: str, expected: str) -> None:
    assert punctuation(locale).note_after_pair(note, frozenset({"Madrid"})) == expected


def test_the_briefings_chart_note_continues_in_a_small_letter(
    built_event: Callable[[Path], BuildResult],
) -> None:
    result = built_event(ROOT / "tests" / "data" / "review_events" / "ontwerpweek-zwolle-2026.yaml")
    briefing = next(f for f in result.files if f.suffix == ".docx")
    texts = [" ".join(p.text.split()) for p in Document(str(briefing)).paragraphs]
    noted = [t for t in texts if "met tellers bij de ingangen" in t]
    assert noted and all("pop-upwinkels: geteld met tellers" in t for t in noted), noted
