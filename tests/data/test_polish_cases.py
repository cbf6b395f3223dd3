"""A Polish unit in the genitive after 'w {value}', where the sentence needs the locative: "w 27
krajów" should read "w 27 krajach" (review FF). `validate` hints, for the nouns its allow-list
knows, and says nothing where the case is right or the noun is not listed."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from reportgen.cli import main

EVENT = """\
event:
  name: Puchar Świata w Skokach Narciarskich Zakopane 2026
  short_name: PŚ Zakopane 2026
  kind: zawody
  year: 2026
  city: Zakopane
  country: Polska
  start_date: 2026-01-16
  closing_date: 2026-01-18
formatting:
  locale: pl_PL
sources:
  komunikat:
    title: Komunikat organizatora
    publisher: Polski Związek Narciarski
    published: 2026-01-18 20:00
sections:
  telewizja:
    title: Telewizja
    figures:
      kraje_tv:
        label: Kraje z transmisją na żywo
        value: 27
        unit: {unit}
        key: true
        sentence: {sentence}
"""


def _said(tmp_path: Path, unit: str, sentence: str) -> list[str]:
    path = tmp_path / "pl.yaml"
    path.write_text(EVENT.format(unit=unit, sentence=sentence), encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert result.exit_code == 0, result.output
    lines = [line.removeprefix("warning: ") for line in result.output.splitlines()]
    return [line.removeprefix(f"{path}:") for line in lines if "locative" in line]


def test_a_genitive_unit_after_w_value_gets_the_locative_to_say(tmp_path: Path) -> None:
    line = EVENT.splitlines().index("        sentence: {sentence}") + 1
    assert _said(tmp_path, "krajów", "Zawody transmitowano na żywo w {value}.") == [
        f"{line}:19: sections.telewizja.figures.kraje_tv.sentence: 'w {{value}}' prints 'w 27 krajów', "
        "but after 'w' the noun takes the locative ('w 27 krajach'); the unit 'krajów' is the form its "
        "number takes alone, so word the sentence with the number as its subject ('{value} …')"
    ]


@pytest.mark.parametrize(
    ("unit", "sentence"),
    [
        ("krajów", "Zawody transmitowało {value}."),  # the number is the subject: the genitive is right
        ("krajów", "Transmisję pokazano do {value}."),  # 'do' takes the genitive
        ("dni", "Bilety wyprzedano w {value}."),  # 'w 3 dni', within three days: the accusative
        ("krajów", "Transmisję podzielono na {value}."),  # 'na' + a country is no place one is on
        ("widzów", "Zawody obejrzało w sumie {value}."),
    ],
)
def test_a_case_that_is_right_or_unknown_gets_no_hint(tmp_path: Path, unit: str, sentence: str) -> None:
    assert _said(tmp_path, unit, sentence) == []


def test_na_a_stage_takes_the_locative_too(tmp_path: Path) -> None:
    said = _said(tmp_path, "scen", "Koncerty odbyły się na {value}.")
    assert len(said) == 1 and "('na 27 scenach')" in said[0]
