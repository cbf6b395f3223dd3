"""A chart whose `kind:` the plan changes is said by `build`, one line a chart (and edition): the
file, the chart, what is drawn and why, and how to have what the file asked where it can. Only
`inspect --plan` said it: a user who wrote `kind: bar` got horizontal bars and no word why.
Notes, not warnings: `--strict` passes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from reportgen.data.prepare import prepare_editions
from reportgen.errors import display_path

from ..conftest import ROOT

REVIEWS = ROOT / "tests" / "data" / "review_events"
LANGUAGES = ROOT / "tests" / "events" / "languages"


def _notes(event: Path) -> list[str]:
    return [note for edition in prepare_editions(event) for note in edition.notes]


@pytest.mark.parametrize(
    ("event", "said"),
    [
        (
            REVIEWS / "fun-run-en-gb.yaml",
            [
                "chart 'ages' (kind: bar) is drawn as horizontal bars: 8 categories, more than the 6 columns "
                "can hold without slanting their names; columns cannot be forced"
            ],
        ),
        (
            LANGUAGES / "expo-zh-bilingual.yaml",  # the English names only: one edition's line
            [
                "chart 'pindao' (kind: bar) in the en_GB edition is drawn as horizontal bars: the name "
                "'Beauty and personal care' is wider than a column (about 13 letters); "
                "shorter names keep columns"
            ],
        ),
        (
            REVIEWS / "hanbit-esports-ko-kr.yaml",
            [
                "chart 'sicheong_gyumo' (kind: hbar) is drawn as a dot plot: on its logarithmic scale "
                "(log_scale: true) a bar's length means nothing; log_scale: false draws bars on a linear "
                "axis",
                # 'sanggeum_bunbae' draws columns in the deck too since round 25: its four labels
                # ('2억 5000만 원 (20%)') fit their columns (looked at: deck slide 5)
            ],
        ),
        (
            REVIEWS / "nairobi-innovation-week-en-ke.yaml",
            [
                "chart 'money' (kind: hbar) is printed as a sentence, not drawn (no picture, no PNG): fewer "
                "than 3 values make no chart; give it a third value to draw it"
            ],
        ),
        (
            REVIEWS / "kongress-wien-de-at.yaml",
            [
                "chart 'hybrid' (kind: donut) is printed as a sentence, not drawn (no picture, no PNG): "
                "fewer than 3 parts make no chart; give it a third part to draw it",
                "chart 'sitzungen' (kind: bar) is drawn as horizontal bars: the name 'Sepsis-Früherkennung "
                "in der Notaufnahme' is wider than a column (about 13 letters); "
                "shorter names keep columns",
            ],
        ),
        (REVIEWS / "marche-film-montreal-fr-ca.yaml", []),  # kind: hbar, drawn as asked
    ],
    ids=["columns-across", "one-edition", "dots-and-deck", "sentence", "donut-sentence", "as-asked"],
)
def test_each_changed_kind_is_one_line_naming_file_chart_what_and_why(event: Path, said: list[str]) -> None:
    assert _notes(event) == [f"{display_path(event)}: {line}" for line in said]


def test_build_prints_the_line_and_strict_passes(tmp_path: Path) -> None:
    event = "tests/data/review_events/fun-run-en-gb.yaml"  # as the user typed it, from the project
    done = subprocess.run(
        [sys.executable, "-m", "reportgen", "build", event, "--out", str(tmp_path), "--strict"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr.splitlines() == [
        f"{event}: chart 'ages' (kind: bar) is drawn as horizontal bars: 8 categories, more than the 6 "
        "columns can hold without slanting their names; columns cannot be forced"
    ]
