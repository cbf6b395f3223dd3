"""A news quote that claims more than its number (a record, a superlative) is printed, one printing
over the rule if need be, never left in the notes (review HH: Nairobi's "… the highest in the
event's history" and Bengaluru's were on no slide once every bar kept its value label); and the
reader of printings takes the press's glued sign ('KSh2.4 billion') for the amount it is."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportgen.data import formatting, superlatives
from reportgen.data.written_numbers import read
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings
from tests.conftest import pptx_slide_texts

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
    ("event", "words"),
    [
        ("nairobi-innovation-week-en-ke", "the highest in the event’s history"),
        ("bengaluru-techexpo-en-in", "the highest in the expo’s history"),
    ],
)
def test_a_news_quote_that_claims_a_record_is_on_a_slide(event: str, words: str, tmp_path: Path) -> None:
    result = build(REVIEWS / f"{event}.yaml", Settings.simple(tmp_path, ROOT / "templates"))
    assert result.warnings == []
    deck = next(f for f in result.files if f.suffix == ".pptx")
    assert any(words in text for text in pptx_slide_texts(deck))
