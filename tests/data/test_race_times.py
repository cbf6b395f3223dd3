"""A race time typed with ' and " (1:52'36"4) in a role, a caption or a sentence: `validate` says
the documents set those marks as quotes and gives the forms to write (review YY2)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from reportgen.cli import main

from ..conftest import ROOT

FIERA = ROOT / "tests" / "events" / "languages" / "fiera-it.yaml"


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "        role: ha inaugurato la fiera",
            '        role: "ha corso in 1:52\'36\\"4 il giro d\'onore"',
            "fiera-it.yaml:54:15: sections.fiera.people[0].role: 1:52'36\"4 is a time written with ' and \", "
            "which the documents set as an apostrophe and a quotation mark; write it with primes, "
            "1:52′36″4, or with colons, 1:52:36.4",
        ),
        (
            "    caption: Espositori dei primi tre paesi.",
            "    caption: 'Record del giro in 2''05\"3.'",
            "fiera-it.yaml:67:14: charts.paesi.caption: 2'05\"3 is a time written with ' and \", which the "
            "documents set as an apostrophe and a quotation mark; write it with primes, 2′05″3, or with "
            "colons, 2:05.3",
        ),
    ],
)
def test_validate_names_a_time_typed_with_quote_marks(
    tmp_path: Path, old: str, new: str, message: str
) -> None:
    text = FIERA.read_text(encoding="utf-8")
    assert old in text
    event = tmp_path / FIERA.name
    event.write_text(text.replace(old, new, 1), encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(event)])
    assert result.exit_code == 0, result.output
    assert message in " ".join(result.output.split())


def test_a_time_in_primes_or_colons_and_an_apostrophe_are_no_such_time(tmp_path: Path) -> None:
    text = FIERA.read_text(encoding="utf-8").replace(
        "    caption: Espositori dei primi tre paesi.",
        "    caption: Il giro d'onore in 1:52′36″4, l'altro in 1:52:36.4 e nel '24 in 2 ore.",
    )
    event = tmp_path / FIERA.name
    event.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(event)])
    assert "is a time written with" not in result.output
