"""`validate` names a figure an author's text writes in the press's form where the documents print
it in another ('38 mil' in a caption whose figure prints '38.000', review YY4 #6), at the text's
line and column, with what to write: before, only the build's check named it, so a user who
validates until clean got a build that was not."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from reportgen.cli import main

from ..conftest import ROOT

LANGUAGES = ROOT / "tests" / "events" / "languages"


def _validated(tmp_path: Path, source: str, old: str, new: str) -> str:
    text = (LANGUAGES / source).read_text(encoding="utf-8")
    assert old in text
    event = tmp_path / source
    event.write_text(text.replace(old, new, 1), encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(event)])
    assert result.exit_code == 0, result.output
    return " ".join(result.output.split())


@pytest.mark.parametrize(
    ("source", "old", "new", "message"),
    [
        (
            "targi-pl.yaml",
            "    caption: Wystawcy z trzech największych krajów.",
            "    caption: Targi odwiedziło około 28 tysięcy osób.",
            "targi-pl.yaml:78:14: charts.kraje.caption: '28 tysięcy' writes the figure targi.zwiedzajacy in "
            "another form than the documents print it, '28 000': one number, one form; write '28 000'",
        ),
        (
            "feria-es.yaml",
            "        value: 82000\n",
            '        value: 82000\n        sentence: "Llegaron {value}: 82 mil compradores."\n',
            "feria-es.yaml:33:19: sections.feria.figures.visitantes.sentence: '82 mil' writes the figure "
            "feria.visitantes in another form than the documents print it, '82.000': one number, one "
            "form; write '82.000' or {value}",
        ),
        (
            "fiera-it.yaml",
            "    caption: Espositori dei primi tre paesi.",
            "    caption: In fiera sono arrivati 370 mila visitatori.",
            "fiera-it.yaml:67:14: charts.paesi.caption: '370 mila' writes the figure fiera.visitatori in "
            "another form than the documents print it, '370.000': one number, one form; write '370.000'",
        ),
    ],
)
def test_validate_names_a_press_form_with_what_to_write(
    tmp_path: Path, source: str, old: str, new: str, message: str
) -> None:
    assert message in _validated(tmp_path, source, old, new)


@pytest.mark.parametrize(
    ("source", "old", "new"),
    [
        # the documents print it with a scale word too: one form
        (
            "targi-pl.yaml",
            "    caption: Wystawcy z trzech największych krajów.",
            "    caption: Kontrakty warte blisko 2,4 mld zł.",
        ),
        # a quotation keeps its speaker's form
        (
            "fiera-it.yaml",
            '"Milano si conferma capitale mondiale del design."',
            '"Sono arrivati 370 mila visitatori."',
        ),
        # a number no figure has
        (
            "fiera-it.yaml",
            "    caption: Espositori dei primi tre paesi.",
            "    caption: Oltre 12 mila metri di stand.",
        ),
    ],
)
def test_no_word_where_the_forms_agree(tmp_path: Path, source: str, old: str, new: str) -> None:
    assert "one number, one form" not in _validated(tmp_path, source, old, new)
