"""`validate` tells the author to add a year the event's texts say was cancelled to its chart's
`cancelled:` (review UU1 #10: the Aarhus food market's caption, note and summary said 'aflyst i
2020', while the chart's empty slot read as a blank gap and its alt text said '2020: ikke oplyst')."""

from __future__ import annotations

from pathlib import Path

import yaml
from click.testing import CliRunner

from reportgen.cli import main
from reportgen.data.cancel_hints import cancel_hints
from reportgen.data.load import load_event

from ..conftest import ROOT

AARHUS = ROOT / "tests" / "data" / "review_events" / "havnemadmarked-aarhus-da-dk.yaml"
SAID = (
    "charts.besoegstal: its series of years leaves out 2020, which the event's text says was "
    "cancelled ('Markedet var aflyst i 2020 og åbnede igen med begrænset…'); add "
    "'cancelled: [2020]' to the chart so its empty slot and its alt text say so"
)


def _with(tmp_path: Path, change) -> Path:
    data = yaml.safe_load(AARHUS.read_text(encoding="utf-8"))
    change(data)
    path = tmp_path / AARHUS.name
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def test_a_left_out_year_the_text_says_was_cancelled_is_named() -> None:
    assert cancel_hints(load_event(AARHUS)) == [SAID]


def test_validate_says_it_and_names_the_file(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["validate", str(AARHUS)])
    assert f"havnemadmarked-aarhus-da-dk.yaml:200:5: {SAID}" in result.output, result.output


def test_a_year_in_cancelled_or_a_gap_no_text_calls_cancelled_is_not(tmp_path: Path) -> None:
    given = _with(tmp_path, lambda d: d["charts"]["besoegstal"].update(cancelled=[2020]))
    assert cancel_hints(load_event(given)) == []

    def unsaid(data: dict) -> None:  # no text says why 2020 is missing
        data["charts"]["besoegstal"]["caption"] = "Besøgstallet er steget hvert år siden 2021."
        data["sections"]["besog"]["summary"] = "I år kom flere gæster end nogensinde."
        data["sections"]["besog"]["figures"]["b2021"].pop("note", None)

    assert cancel_hints(load_event(_with(tmp_path, unsaid))) == []


def test_the_cancel_words_are_read_in_the_events_language(tmp_path: Path) -> None:
    def german(data: dict) -> None:
        data["formatting"]["locale"] = "de_DE"
        data["charts"]["besoegstal"]["caption"] = "2020 wurde der Markt wegen der Pandemie abgesagt."

    said = cancel_hints(load_event(_with(tmp_path, german)))
    assert [w.split(" (")[0] for w in said] == [
        "charts.besoegstal: its series of years leaves out 2020, which the event's text says was cancelled"
    ]
