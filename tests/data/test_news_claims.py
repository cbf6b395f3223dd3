"""A news quote that claims more than its number (a record, a superlative) is one of its figure's
printings like any other: on a slide where that keeps the figure within the rule (Nairobi's "… the
highest in the event's history"), in the speaker notes where the tile and the trend's bar print it
already (review JJ: the cycling race's "Más de 205.000 …, la cifra más alta de su historia" was a
tile, a bar and the quote, three times in each document, with the check silent; review HH had
had such quotes printed over the rule); and the reader of printings takes the press's glued sign
('KSh2.4 billion') for the amount it is."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportgen.data import formatting, superlatives
from reportgen.data.written_numbers import read
from reportgen.office.repeats import repeated
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings
from tests.conftest import pptx_notes, pptx_slide_texts

ROOT = Path(__file__).resolve().parents[2]
REVIEWS = ROOT / "tests" / "data" / "review_events"


@pytest.mark.parametrize(("locale", "code"), sorted(formatting._PRESS_SYMBOLS))
def test_the_press_sign_against_its_number_is_read_as_an_amount(locale: str, code: str) -> None:
    sign = formatting._PRESS_SYMBOLS[(locale, code)]
    (written,) = read(f"commitments of more than {sign}2.4 billion", locale)
    assert written.values == frozenset({2.4e9}) and written.counts


def test_a_name_s_number_is_still_no_amount() -> None:
    assert read("H100 chips", "en_KE") == ()


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("… during the week, the highest in the event's history.", True),
        ("Un récord de visitantes.", True),
        ("总视听人数创历届新高。", True),
        ("Visitors came from 38 counties.", False),
        ("Más de 500 empresas participaron.", False),
    ],
)
def test_a_quote_claims_a_record_or_a_superlative(text: str, claims: bool) -> None:
    assert superlatives.claims(text) is claims


@pytest.mark.parametrize(
    ("event", "words", "on_slide"),
    [
        ("nairobi-innovation-week-en-ke", "the highest in the event’s history", True),
        ("bengaluru-techexpo-en-in", "the highest in the expo’s history", False),
        ("vuelta-asturias-es-es", "la cifra más alta de su historia", False),
    ],
)
def test_a_news_quote_that_claims_a_record_is_one_of_its_printings(
    event: str, words: str, on_slide: bool, tmp_path: Path
) -> None:
    result = build(REVIEWS / f"{event}.yaml", Settings.simple(tmp_path, ROOT / "templates"))
    assert result.warnings == []
    deck = next(f for f in result.files if f.suffix == ".pptx")
    assert any(words in text for text in pptx_slide_texts(deck)) is on_slide
    assert any(words in text for text in pptx_notes(deck))  # never lost: the notes keep every quote


def test_the_check_counts_a_quote_that_claims_a_record() -> None:
    texts = [
        ("slide 2", "más de 205.000"),
        ("slide 4", "«Más de 205.000 aficionados siguieron la carrera, la cifra más alta de su historia.»"),
        ("slide 4", "más de 205.000"),
    ]
    found = repeated(["más de 205.000"], texts, "deck", "es_ES")
    assert len(found) == 1 and "3 times" in found[0], found
