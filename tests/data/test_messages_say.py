"""Messages that say what to write (review FF): a warning gives its line and column as an error
does; a language that is no code gets the codes to write and the nearest."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportgen.data.load import located

from .test_load import MINIMAL, errors_of, write

_CODES = (
    "write one such as en, de, fr, es, it, pt, nl, pl, sv, da, nb, tr, ja, ko, zh (any ISO 639 code), "
    "with a region if need be (en_GB, pt_BR)"
)


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("english", "en"),
        ("Deutsch", "de"),
        ("anglais", "en"),
        ("inglés", "en"),
        ("EN", "en"),
        ("portugese", "pt"),
        ("nederlands", "nl"),
        ("polski", "pl"),
        ("英語", "en"),
    ],
)
def test_a_quotes_language_written_as_a_name_gets_the_codes_and_the_nearest(
    tmp_path: Path, written: str, meant: str
) -> None:
    quote = "quote:\n          source: release\n          language: {written}\n          text: Wir kamen."
    text = MINIMAL.replace(
        "        value: 1000", f"        value: 1000\n        {quote.format(written=written)}"
    )
    path = write(tmp_path, text)
    line = text.splitlines().index(f"          language: {written}") + 1
    assert errors_of(path) == [
        f"{path}:{line}:21: sections.reach.figures.online_viewers.quote.language: {written!r} is not a "
        f"language code; {_CODES}; did you mean {meant}?"
    ]


def test_a_language_near_no_name_gets_the_codes_alone(tmp_path: Path) -> None:
    quote = "quote:\n          source: release\n          language: zzzzzz\n          text: Wir kamen."
    path = write(tmp_path, MINIMAL.replace("        value: 1000", f"        value: 1000\n        {quote}"))
    assert errors_of(path)[0].endswith(f"'zzzzzz' is not a language code; {_CODES}")


def test_a_warning_gives_the_line_and_column_of_its_place(tmp_path: Path) -> None:
    path = write(tmp_path, MINIMAL)
    line = MINIMAL.splitlines().index("        label: Online viewers") + 1
    label = "sections.reach.figures.online_viewers.label"
    assert located(path, f"{label}: says x") == f"{path}:{line}:16: {label}: says x"
    # a place the file does not write, and a warning about no place, keep the file alone
    assert located(path, "charts.none.caption: says x") == f"{path}: charts.none.caption: says x"
    assert located(path, "2 texts say x") == f"{path}: 2 texts say x"
