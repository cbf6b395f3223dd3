"""A suspended compound's second part keeps its hyphen on its line: review SS1's Danish deck
ended a line 'genbrugskrus og -' and began the next 'tallerkener' (LibreOffice breaks after a
hyphen that Unicode's LB20.1 keeps with its word)."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from reportgen.data.seen_text import as_seen
from reportgen.data.typography import NO_BREAK_HYPHEN, typographic
from reportgen.pipeline.pipeline import BuildResult

from ..conftest import ROOT


@pytest.mark.parametrize(
    ("locale", "text", "tied"),
    [
        ("da_DK", "krus og -tallerkener", "krus og \u2011tallerkener"),
        ("de_DE", "Messe- und -ausstellung", "Messe- und \u2011ausstellung"),
        ("nl_NL", "(-verkoop)", "(\u2011verkoop)"),
        ("sv_SE", "-försäljningen ökade", "\u2011försäljningen ökade"),
    ],
)
def test_the_hyphen_of_a_second_part_is_tied_to_its_word(locale: str, text: str, tied: str) -> None:
    assert typographic(text, locale) == tied
    assert as_seen(tied) == text


@pytest.mark.parametrize("text", ["well-known", "Messe- und Ausstellung", "a - b", "-5 grader", "2020-2026"])
def test_other_hyphens_stay_as_they_are(text: str) -> None:
    assert NO_BREAK_HYPHEN not in typographic(text, "da_DK")


def test_the_danish_briefing_writes_words_no_break_hyphen_before_the_part(
    built_event: Callable[[Path], BuildResult],
) -> None:
    """Word's own `w:noBreakHyphen`, which Word and LibreOffice read as a hyphen no line ends at;
    the deck prints a plain hyphen and starts its line before the part (the PDF test of
    tests/office_pdf/test_name_and_band_lines.py)."""
    result = built_event(ROOT / "tests" / "data" / "review_events" / "havnemadmarked-aarhus-da-dk.yaml")
    briefing = next(f for f in result.files if f.suffix == ".docx")
    xml = zipfile.ZipFile(briefing).read("word/document.xml").decode("utf-8")
    assert xml.count("tallerkener") >= 2
    assert xml.count("<w:noBreakHyphen/><w:t>tallerkener") == xml.count("tallerkener")
