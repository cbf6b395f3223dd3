"""A chart whose every value has the same qualifier says it once, in the note under the chart, in
the chart's language, and each label prints its number alone (round 19 did so for 'about' only:
'more than' stayed on each of a donut's four labels). Before the number ('more than', 'oltre',
'超过') or after it ('以上', ' 이상'); a chart of mixed qualifiers keeps each label's own words."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from docx import Document
from pptx import Presentation

from reportgen.data.derive import derive
from reportgen.data.formatting import Formatter
from reportgen.data.load import parse_yaml
from reportgen.data.model import EventSummary
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

COASTAL = ROOT / "data" / "examples" / "coastal-climate-summit-2024.yaml"

BARS = """\
event: {{name: Expo, short_name: Expo, year: 2026, city: Rome, closing_date: 2026-09-03}}
formatting: {{locale: {locale}}}
sources: {{release: {{title: Release}}}}
sections:
  halls:
    title: Halls
    figures:
      a: {{label: North, value: 1200, qualifier: {first}, unit: visitors}}
      b: {{label: South, value: 950, qualifier: {qualifier}, unit: visitors}}
      c: {{label: East, value: 700, qualifier: {qualifier}, unit: visitors}}
      d: {{label: West, value: 430, qualifier: {qualifier}, unit: visitors}}
charts:
  halls: {{title: Visitors by hall, kind: bar, figures: [halls.a, halls.b, halls.c, halls.d]}}
"""

CASES = [
    ("en_GB", "more than", "All values are more than the numbers shown.", "more\u00a0than\u00a0950"),
    ("it_IT", "at least", "Tutti i valori sono almeno pari ai numeri indicati.", "almeno\u00a0950"),
    ("de_DE", "nearly", "Alle Werte liegen knapp unter den angegebenen Zahlen.", "knapp\u00a0950"),
    ("pl_PL", "up to", "Wszystkie wartości wynoszą co najwyżej podane liczby.", "do\u00a0950"),
    (
        "fr_FR",
        "more than",
        "Toutes les valeurs sont supérieures aux nombres indiqués.",
        "plus\u00a0de\u00a0950",
    ),
    (
        "es_ES",
        "nearly",
        "Todos los valores quedan justo por debajo de las cifras indicadas.",
        "casi\u00a0950",
    ),
    ("zh_CN", "more than", "图中各项实际数值均超过所示数值。", "超过950"),
    ("ja_JP", "more than", "数値はいずれも表示の数以上です。", "950以上"),
    ("ko_KR", "nearly", "수치는 모두 표시된 값에 약간 못 미칩니다.", "950\u00a0가까이"),
]


def _chart(locale: str, qualifier: str, first: str):
    text = BARS.format(locale=locale, qualifier=qualifier, first=first)
    summary = EventSummary.model_validate(parse_yaml(text.encode(), "bars.yaml")[0])
    return derive(summary, Formatter(locale)).charts["halls"]


@pytest.mark.parametrize(("locale", "qualifier", "note", "labelled"), CASES)
def test_a_qualifier_every_value_shares_is_said_once_under_the_chart(
    locale: str, qualifier: str, note: str, labelled: str
) -> None:
    chart = _chart(locale, qualifier, qualifier)
    labels = [b.text for b in chart.bars]
    assert not any(labelled in t for t in labels), labels
    assert [re.sub(r"\D", "", t) for t in labels] == ["1200", "950", "700", "430"]  # each its number
    assert note in chart.notes and note in chart.deck_note


@pytest.mark.parametrize(("locale", "qualifier", "note", "labelled"), CASES)
def test_mixed_qualifiers_keep_each_labels_own(locale: str, qualifier: str, note: str, labelled: str) -> None:
    chart = _chart(locale, qualifier, "exactly")
    assert labelled in [b.text for b in chart.bars]
    assert note not in chart.notes and note not in chart.deck_note


def test_the_summits_donut_says_more_than_once_in_both_documents(tmp_path: Path) -> None:
    result = build(COASTAL, Settings.simple(tmp_path, TEMPLATES))
    files = {f.suffix: f for f in result.files}
    note = "All values are more than the numbers shown."
    slides = [
        slide
        for slide in Presentation(str(files[".pptx"])).slides
        if any(
            s.has_chart and "Delegates by region" in s.chart.chart_title.text_frame.text for s in slide.shapes
        )
    ]
    assert len(slides) == 1
    said = " ".join(s.text_frame.text for s in slides[0].shapes if s.has_text_frame)
    assert note in " ".join(said.split())
    (chart,) = [s.chart for s in slides[0].shapes if s.has_chart]
    legend = [str(c) for c in chart.plots[0].categories]  # 'Asia-Pacific: 610 (34%)'
    assert legend and not any("more" in c for c in legend), legend
    paragraphs = [" ".join(p.text.split()) for p in Document(str(files[".docx"])).paragraphs]
    assert any(note in p for p in paragraphs)
