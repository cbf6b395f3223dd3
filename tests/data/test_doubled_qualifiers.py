"""`validate` names a figure sentence that writes its qualifier's word in another sense, which
`{value}` prints again beside the number (review UU4 C: 'Oltre ai visitatori italiani sono arrivati
oltre 6200 buyer'), in each edition's language; the sentence's own qualifier just before or after
`{value}` is printed once (data/sentences.py) and named by no such hint."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from reportgen.cli import main

from ..conftest import ROOT

EVENT = """\
event: {name: Test Fair 2026, short_name: TF 2026, year: 2026, city: Lyon, closing_date: 2026-06-19}
formatting: {locale: LOCALE}
sources: {release: {title: Release}}
sections:
  people:
    title: People
    figures:
      visitors:
        label: Visitors
        value: 6200
        unit: UNIT
        qualifier: QUALIFIER
        sentence: "SENTENCE"
"""


def _validated(tmp_path: Path, locale: str, qualifier: str, unit: str, sentence: str) -> str:
    event = tmp_path / "event.yaml"
    text = EVENT.replace("LOCALE", locale).replace("QUALIFIER", qualifier).replace("UNIT", unit)
    event.write_text(text.replace("SENTENCE", sentence), encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(event)])
    assert result.exit_code == 0, result.output
    return " ".join(result.output.split())


@pytest.mark.parametrize(
    ("locale", "qualifier", "unit", "sentence", "word"),
    [
        (
            "it_IT",
            "more than",
            "buyer",
            "Oltre ai visitatori italiani sono arrivati {value} da 71 paesi.",
            "oltre",
        ),
        ("en_GB", "more than", "visitors", "It was more than a fair: {value} came.", "more than"),
        ("pl_PL", "about", "kibiców", "Około południa na trasie było {value}.", "około"),
        ("tr_TR", "more than", "katılımcı", "Beklenenden fazla ilgi gördü: {value} geldi.", "fazla"),
        ("ko_KR", "more than", "명", "이상 기후에도 관객 {value}이 찾았습니다.", "이상"),
        ("fr_FR", "nearly", "visiteurs", "Près de la gare, {value} sont venus.", "près de"),
        ("en_GB", "about", "visitors", "A talk about the fair drew {value}.", "about"),
    ],
)
def test_validate_names_a_sentence_that_writes_its_qualifiers_word_elsewhere(
    tmp_path: Path, locale: str, qualifier: str, unit: str, sentence: str, word: str
) -> None:
    output = _validated(tmp_path, locale, qualifier, unit, sentence)
    assert f"sections.people.figures.visitors.sentence ({locale}): the sentence writes '{word}'" in output
    assert "reads twice in one sentence" in output


@pytest.mark.parametrize(
    ("locale", "qualifier", "unit", "sentence"),
    [
        ("en_GB", "more than", "visitors", "More than {value} came."),  # its own, printed once
        ("de_DE", "more than", "Gäste", "Es kamen mehr als {value}."),
        ("it_IT", "more than", "buyer", "Sono arrivati {value} da 71 paesi."),
        ("tr_TR", "more than", "katılımcı", "{value}'den fazla kişi geldi."),
        ("ko_KR", "more than", "명", "관객 {value} 이상이 찾았습니다."),
        ("ja_JP", "about", "人", "約{value}が来場し、約束の時間に始まりました。"),  # not read
    ],
)
def test_validate_is_silent_on_a_sentences_own_qualifier(
    tmp_path: Path, locale: str, qualifier: str, unit: str, sentence: str
) -> None:
    assert "reads twice" not in _validated(tmp_path, locale, qualifier, unit, sentence)


def test_the_review_fair_is_named() -> None:
    event = ROOT / "tests" / "data" / "review_events" / "mobilia-pesaro-it-it.yaml"
    output = " ".join(CliRunner().invoke(main, ["validate", str(event)]).output.split())
    assert "sections.visitatori.figures.buyer.sentence (it_IT): the sentence writes 'oltre'" in output
