"""The briefing's sections stay in the data's order (docs/templates.md: "sections in data order"),
as the deck's and `inspect --plan`'s do: a chart that does not fit under its page's text moves up
within its own section (office/word_fill.py, `_set_before`), never behind another section set
before its own (review YY3 #3: the en_AU show's 'Prize money' printed before 'Livestock entries';
the nl agrifood fair, the it wine salon and the en_CA hockey reordered alike in round 25)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from docx import Document

from reportgen.data.prepare import prepare_editions
from reportgen.pipeline.pipeline import BuildResult

from ..conftest import ROOT

REVIEWS = ROOT / "tests" / "data" / "review_events"

EVENTS = [
    REVIEWS / "prairie-cup-hockey-en-ca.yaml",
    REVIEWS / "agrifood-noord-nl.yaml",
    REVIEWS / "vinitaly-langhe-it-it.yaml",
    REVIEWS / "maraton-malaga-es-es.yaml",  # a chart set after its own section's summary: kept
    Path(__file__).parent / "section_order" / "wagga-show-en-au.yaml",  # review YY3's
]


@pytest.mark.parametrize("event", EVENTS, ids=lambda p: p.stem)
def test_the_briefings_sections_are_in_the_datas_order(
    event: Path, built_event: Callable[[Path], BuildResult]
) -> None:
    sections = [s.title for s in prepare_editions(event, None)[0].derived.sections.values() if s.in_briefing]
    result = built_event(event)  # the corpus test's build of the same event, where it made one
    docx = next(f for f in result.files if f.suffix == ".docx" and "briefing" in f.name)
    headings = [
        p.text.strip()
        for p in Document(str(docx)).paragraphs
        if p.style.name in ("Heading 1", "Heading 2") and p.text.strip()
    ]
    printed = [h for h in headings if h in sections]
    assert len(printed) >= 3, (headings, sections)  # the sections are the briefing's headings
    assert printed == [s for s in sections if s in printed], (printed, sections)
