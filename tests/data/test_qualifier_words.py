"""A qualifier is said once (issue 19, review 4b): the wine fair's own sentence 'La ocupación
hotelera en la comarca rozó {value} durante la feria.' printed 'rozó casi 94 %', a verb meaning
'nearly' and 'nearly' again. Where the words beside `{value}` say the figure's qualifier, the value
is printed without it, in every language; a verb that says none ('alcanzó', 'reached') keeps it."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from pptx import Presentation

from reportgen.data import qualifier_words
from reportgen.data.derive import derive
from reportgen.data.formatting import Formatter
from reportgen.data.load import load_event
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

FAIR = ROOT / "tests" / "data" / "review_events" / "feria-vino-ribera-2026.yaml"
NBSP = "\u00a0"

EVENT = """\
event: {{name: Sample Fair 2026, short_name: SF 2026, kind: fair, year: 2026, city: X, country: Y,
        closing_date: 2026-04-18}}
formatting: {{locale: {locale}}}
sources: {{note: {{title: Note}}}}
sections:
  fair:
    title: Fair
    figures:
      rate: {{label: Rate, value: 94, unit: "%", qualifier: {qualifier}, sentence: "{sentence}"}}
"""


def _sentence(tmp_path: Path, locale: str, qualifier: str, sentence: str) -> str:
    path = tmp_path / "event.yaml"
    path.write_text(EVENT.format(locale=locale, qualifier=qualifier, sentence=sentence), encoding="utf-8")
    summary = load_event(path)
    return derive(summary, Formatter(locale)).figures["fair.rate"].sentence


@pytest.mark.parametrize(
    ("locale", "qualifier", "sentence", "expected"),
    [
        ("es_ES", "nearly", "La ocupación rozó {value}.", f"La ocupación rozó 94{NBSP}%."),
        ("es_ES", "more than", "La ocupación superó el {value}.", f"La ocupación superó el 94{NBSP}%."),
        ("es_ES", "nearly", "La ocupación alcanzó {value}.", f"La ocupación alcanzó casi 94{NBSP}%."),
        ("en_GB", "more than", "Occupancy exceeded {value}.", "Occupancy exceeded 94%."),
        ("en_GB", "nearly", "Occupancy reached {value}.", "Occupancy reached nearly 94%."),
        # a qualifier's own words stay on the number's line (a verb's do not)
        ("en_GB", "nearly", "Occupancy was nearly {value}.", f"Occupancy was nearly{NBSP}94%."),
        ("de_DE", "more than", "Die Auslastung überstieg {value}.", f"Die Auslastung überstieg 94{NBSP}%."),
        ("de_DE", "nearly", "Sie lag bei knapp {value}.", f"Sie lag bei knapp{NBSP}94{NBSP}%."),
        ("fr_FR", "nearly", "Le taux a frôlé les {value}.", f"Le taux a frôlé les 94{NBSP}%."),
        ("it_IT", "nearly", "L'occupazione ha sfiorato il {value}.", "L'occupazione ha sfiorato il 94%."),
        ("pt_BR", "more than", "A ocupação superou {value}.", "A ocupação superou 94%."),
        ("nl_NL", "more than", "De bezetting overschreed {value}.", "De bezetting overschreed 94%."),
        ("zh_CN", "more than", "入住率突破{value}。", "入住率突破94%。"),
        ("ja_JP", "more than", "稼働率は{value}を超えた。", "稼働率は94%を超えた。"),
        ("ko_KR", "more than", "객실 점유율은 {value}를 넘었다.", "객실 점유율은 94%를 넘었다."),
    ],
)
def test_a_verb_that_says_the_qualifier_is_not_followed_by_it(
    tmp_path: Path, locale: str, qualifier: str, sentence: str, expected: str
) -> None:
    assert _sentence(tmp_path, locale, qualifier, sentence) == expected


def test_the_wine_fairs_occupancy_says_nearly_once_in_both_documents(tmp_path: Path) -> None:
    result = build(FAIR, Settings.simple(tmp_path / "out", TEMPLATES))
    files = {f.suffix: f for f in result.files}
    briefing = [p.text for p in Document(str(files[".docx"])).paragraphs]
    deck = [
        p.text
        for slide in Presentation(str(files[".pptx"])).slides
        for shape in slide.shapes
        if shape.has_text_frame
        for p in shape.text_frame.paragraphs
    ]
    line = f"La ocupación hotelera en la comarca rozó 94{NBSP}% durante la feria."
    assert line in briefing
    # the deck: its slide's title (the news is a tile and its trend's last bar already: data/facts.py)
    assert line in deck or line.rstrip(".") in deck
    for texts in (briefing, deck):
        assert not any("rozó casi" in t for t in texts)


@pytest.mark.parametrize(
    ("locale", "template", "qualifier", "expected"),
    [
        ("ja_JP", "総額は{value}に達しました。", "more than", ("総額は", "を超えました。")),
        ("ja_JP", "総額は{value}に達した。", "more than", ("総額は", "を超えた。")),
        ("zh_CN", "签约总额达到{value}。", "more than", ("签约总额超过", "。")),
        ("zh_HK", "簽約總額達{value}。", "more than", ("簽約總額超過", "。")),
        ("ko_KR", "상담액은 {value}에 달했습니다.", "more than", ("상담액은 ", "을 넘었습니다.")),
        # 'at least' and 'reached' agree; an exact figure reached its value
        ("ja_JP", "総額は{value}に達しました。", "at least", None),
        ("zh_CN", "签约总额达到{value}。", "exactly", None),
    ],
)
def test_reached_reads_exceeded_for_more_than(
    locale: str, template: str, qualifier: str, expected: tuple[str, str] | None
) -> None:
    before, _, after = template.partition("{value}")
    assert qualifier_words.exceeded(before, after, qualifier, locale) == expected


def test_korean_exceeded_takes_the_particle_after_a_vowel() -> None:
    said = qualifier_words.exceeded("시청 수는 ", "에 달했다.", "more than", "ko_KR", final_consonant=False)
    assert said == ("시청 수는 ", "를 넘었다.")
