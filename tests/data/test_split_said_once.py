"""A figure's split is stated once in its briefing section (round 19: the Harbourside briefing's
'More than 700 domestic exhibitors and more than 500 international exhibitors.', the sentence
printed in place of a chart too small to draw, then three lines below the bullet 'Exhibitors, of
which more than 700 domestic exhibitors and more than 500 international exhibitors'). Where the
section's summary or a chart's sentence writes every part of a figure's breakdown, its bullet
does not list them again: a figure the first page prints has no bullet then, another one prints
its amount alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from reportgen.data import written_numbers
from reportgen.data.derive import derive
from reportgen.data.formatting import Formatter
from reportgen.data.load import load_event
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

HARBOURSIDE = ROOT / "data" / "examples" / "harbourside-expo-2025.yaml"
REVIEWS = ROOT / "tests" / "data" / "review_events"
EVENTS = [
    HARBOURSIDE,
    *sorted(REVIEWS.glob("*.yaml")),
    *sorted((ROOT / "tests" / "events").glob("*.yaml")),
    *sorted((ROOT / "tests" / "events").glob("*/*.yaml")),
]


def _written(text: str, part_text: str, value: float, locale: str) -> bool:
    values = written_numbers.figure_values(part_text, value, locale)
    return values is not None and written_numbers.says(text, values, "%" in part_text, locale)


@pytest.mark.parametrize("event", EVENTS, ids=lambda path: path.stem)
def test_no_bullet_lists_a_split_its_section_states_already(event: Path) -> None:
    summary = load_event(event)
    locale = summary.formatting.locale
    derived = derive(summary, Formatter(locale, dict(summary.formatting.currency_labels)))
    for section in derived.sections.values():
        said = "\n".join((section.summary or "", *section.chart_sentences))
        for f in section.briefing_figures:
            listed = f.ref in section.breakdown_only or (f.parts and f.ref not in section.parts_charted)
            if not listed or not f.parts:
                continue
            twice = all(_written(said, p.text, p.value, locale) for p in f.parts)
            assert not twice, (event.stem, section.id, f.ref, said)


def test_the_harbourside_briefing_states_its_exhibitors_split_once(tmp_path: Path) -> None:
    result = build(HARBOURSIDE, Settings.simple(tmp_path, TEMPLATES))
    briefing = next(f for f in result.files if f.suffix == ".docx")
    paragraphs = [" ".join(p.text.split()) for p in Document(str(briefing)).paragraphs]
    start = paragraphs.index("Exhibition")
    section = paragraphs[start : paragraphs.index("Visitors", start)]
    split = [p for p in section if "700" in p]
    # the chart's sentence, with its shares (round 23: never 'Label: value and Label: value')
    assert split == [
        "Exhibitors included more than 700 domestic exhibitors (about 58%) "
        "and more than 500 international exhibitors (about 42%)."
    ], section
