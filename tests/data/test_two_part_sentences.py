"""A chart of two parts is printed as a sentence, an editor's: the parts after their whole's label,
in small letters where the language writes them so, each with its share of the whole (review RR2:
'På plats i Umeå: 860 deltagare och Online: 1 280 deltagare.', a form's fields with a capital
'Online' inside a sentence and no 40 %/60 % split, in the deck and the briefing alike).
Round 24 (scale24, catalogue 'breakdowns.sentence'): the parts now follow a verb, never the verbless
'Deltagare, varav …' (round 23), so the sentences below are the catalogue's with-verb forms."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from docx import Document
from pptx import Presentation

from reportgen.data.prepare import prepare
from reportgen.pipeline.pipeline import BuildResult

from ..conftest import ROOT, seen

NORDLAR = ROOT / "tests" / "data" / "review_events" / "nordlar-umea-sv-se.yaml"

EVENT = """
event:
  name: Hybrid 2026
  short_name: Hybrid 2026
  kind: {kind}
  year: 2026
  city: {city}
  country: {country}
  start_date: 2026-06-15
  closing_date: 2026-06-17
sources:
  press: {{title: Hybrid 2026, publisher: Hybrid, published: 2026-06-17 10:00, url: https://example.org/p}}
formatting:
  locale: {locale}
sections:
  a:
    title: {title}
    summary: {summary}
    figures:
      people:
        label: {label}
        value: 2000
        unit: {unit}
        headline: true
        breakdown:
          here: {{label: {here}, value: 800}}
          online: {{label: {online}, value: 1200}}
charts:
  split: {{title: {title}, kind: donut, breakdown: true, figures: [a.people]}}
"""

#: locale → the event's words, and the sentence the split prints as (hand-written).
CASES = {
    "sv_SE": (
        dict(kind="konferens", city="Umeå", country="Sverige", title="Deltagare på plats och online",
             summary="Konferensen hölls på plats och online.", label="Registrerade deltagare",
             unit="deltagare", here="På plats i Umeå", online="Online"),
        "Registrerade deltagare: fördelningen var 800 på plats i Umeå (40 %) och 1 200 online (60 %).",
    ),
    "de_DE": (
        dict(kind="Kongress", city="Wien", country="Österreich", title="Vor Ort und online",
             summary="Der Kongress fand vor Ort und online statt.", label="Teilnehmende",
             unit="Teilnehmende", here="Vor Ort in Wien", online="Online zugeschaltet"),
        "Teilnehmende: Es waren 800 vor Ort in Wien (40 %) und 1.200 online zugeschaltet (60 %).",
    ),
    "fr_FR": (
        dict(kind="congrès", city="Lyon", country="France", title="Sur place et en ligne",
             summary="Le congrès s’est tenu sur place et en ligne.", label="Participants",
             unit="participants", here="Sur place à Lyon", online="En ligne"),
        "Participants : la répartition était de 800 sur place à Lyon (40 %) et 1\u202f200 en ligne (60 %).",
    ),
    "en_GB": (
        dict(kind="conference", city="Leeds", country="United Kingdom", title="On site and online",
             summary="The conference was held on site and online.", label="Registered participants",
             unit="participants", here="Europe", online="Asia"),
        "Registered participants included 800 (Europe, 40%) and 1,200 (Asia, 60%).",
    ),
    "ja_JP": (
        dict(kind="学会", city="札幌", country="日本", title="会場とオンライン",
             summary="学会は会場とオンラインで開かれました。", label="参加者", unit="人",
             here="会場参加", online="オンライン参加"),
        "参加者のうち、会場参加が800人（40%）、オンライン参加が1,200人（60%）でした。",
    ),
}  # fmt: skip


def _event(tmp_path: Path, locale: str) -> Path:
    words, _ = CASES[locale]
    path = tmp_path / f"hybrid-{locale}.yaml"
    path.write_text(EVENT.format(locale=locale, **words), encoding="utf-8")
    return path


@pytest.mark.parametrize("locale", sorted(CASES))
def test_two_parts_print_as_an_editors_sentence_with_their_shares(tmp_path: Path, locale: str) -> None:
    chart = prepare(_event(tmp_path, locale)).derived.charts["split"]
    assert chart.too_few  # two parts draw no chart: the sentence takes its place
    assert seen(chart.caption) == CASES[locale][1]
    # never a label and its value as a form's field inside a sentence
    assert not re.search(r"\w[:：] ?\d", seen(chart.caption))


def test_the_hybrid_conferences_split_reads_as_a_sentence_in_both_documents(
    built_event: Callable[[Path], BuildResult],
) -> None:
    result = built_event(NORDLAR)
    # the exact parts 860 + 1 280 make the whole's number ('drygt 2 140'): their shares are of
    # exact parts, rounded as an exact whole's are, never 'cirka' each (charts26 cb39b417, review
    # YY4 #8; data/share_base.approximate)
    said = "Registrerade deltagare: fördelningen var 860 på plats i Umeå (40 %) och 1 280 online (60 %)."
    (deck,) = [f for f in result.files if f.suffix == ".pptx"]
    (briefing,) = [f for f in result.files if f.suffix == ".docx"]
    slides = [
        seen(shape.text_frame.text)
        for slide in Presentation(str(deck)).slides
        for shape in slide.shapes
        if shape.has_text_frame
    ]
    paragraphs = [seen(p.text) for p in Document(str(briefing)).paragraphs]
    for texts in (slides, paragraphs):
        assert any(said in text for text in texts)
        assert not any("Online:" in text or "Umeå: 860" in text for text in texts)
