"""`validate`'s messages for values a field's pattern or choices refuse say the rule in words and
what to write, with the file, line and column: never a regular expression, pydantic's own wording
or a bare index as a field's name ('daprà' was "is not a valid [key] (it must match
^[a-z][a-z0-9_]*$)", a chart's third figure "is not a valid 2": review YY2)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportgen.cli import main

from ..conftest import ROOT

FIERA = ROOT / "tests" / "events" / "languages" / "fiera-it.yaml"  # it_IT
AGRO = ROOT / "tests" / "events" / "languages" / "agronegocio-pt-br.yaml"  # pt_BR

#: (event, text replaced, its replacement, the whole message after the file's name)
CASES = [
    (
        FIERA,
        "      visitatori:",
        "      visitatorà:",
        ":30:7: sections.fiera.figures.visitatorà: 'visitatorà': ids use a–z, 0–9 and _ only, and start "
        "with a letter: write 'visitatora'",
    ),
    (
        FIERA,
        "  fiera:\n",
        "  Fiera 2024:\n",
        ":20:3: sections.Fiera 2024: 'Fiera 2024': ids use a–z, 0–9 and _ only, and start with a letter: "
        "write 'fiera_2024'",
    ),
    (
        FIERA,
        "[paesi.it, paesi.de, paesi.fr]",
        "[paesi.it, paesi.de, paesi.daprà]",
        ":66:35: charts.paesi.figures[2]: 'paesi.daprà': a chart names each figure as section.figure, "
        "with ids in a–z, 0–9 and _ only: write 'paesi.dapra'",
    ),
    (
        FIERA,
        "  locale: it_IT",
        "  locale: it-IT",
        ":14:11: formatting.locale: 'it-IT': a locale is a language code, with _ and a region where need "
        "be, such as it_IT, pt_BR or de_CH: write 'it_IT'",
    ),
    (
        FIERA,
        "    kind: bar",
        "    kind: bar\n    documents: [briefing, pdf]",
        ":66:27: charts.paesi.documents[1]: expected 'briefing' or 'deck', got 'pdf'",
    ),
    (
        AGRO,
        "  slug: rio-agronegocio-2026",
        "  slug: AgroRio_2026",
        ":13:9: event.slug: 'AgroRio_2026': a slug uses a–z, 0–9 and - only, starts with a letter or a "
        "digit, at most 63 long: write 'agrorio-2026'",
    ),
]


def _validated(tmp_path: Path, event: Path, old: str, new: str) -> str:
    text = event.read_text(encoding="utf-8")
    assert old in text
    edited = tmp_path / event.name
    edited.write_text(text.replace(old, new, 1), encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(edited)])
    assert result.exit_code != 0, result.output
    return result.output


@pytest.mark.parametrize(("event", "old", "new", "message"), CASES)
def test_a_refused_value_is_told_in_words_with_what_to_write(
    tmp_path: Path, event: Path, old: str, new: str, message: str
) -> None:
    output = _validated(tmp_path, event, old, new)
    assert f"{event.name}{message}" in " ".join(output.split()), output


#: Values a field refuses, each a mistake an author makes: a key with an accent or a space, a
#: chart's figure, a locale, a language, a slug, a link, a logo, a currency, a choice, a list.
BAD = [
    ("      visitatori:", "      visitatorà:"),
    ("  paesi:\n", "  Paesi del mondo:\n"),
    ("[paesi.it, paesi.de, paesi.fr]", "[paesi.it, paesi.de, Paesi-fr]"),
    ("[paesi.it, paesi.de, paesi.fr]", "[paesi.it, paesi.de, paesi.日本]"),
    ("  locale: it_IT", "  locale: it_IT\n  languages: [it_IT, English]"),
    ("  locale: it_IT", "  locale: italiano"),
    ("    published: 2024-10-05", "    published: 2024-10-05\n    url: www.example.it/press"),
    ("  year: 2024", "  year: 2024\n  logo: logo.gif"),
    ("  year: 2024", "  year: 2024\n  slug: Salone del Mobile"),
    ("currency: EUR", "currency: euro"),
    ("    kind: bar", "    kind: bar\n    documents: [briefing, pdf]"),
    ("    kind: bar", "    kind: bar\n    order: biggest"),
    ("        key: true", "        key: yes please"),
    ("        key: true", "        key: true\n        deck: hidden"),
    ("    title: La fiera in numeri", "    title: La fiera in numeri\n    deck: hide"),
    ("  locale: it_IT", "  locale: it_IT\n  currency_labels: {eur: euro}"),
    ('"Milano si conferma capitale mondiale del design."', '"Milano.", language: italiano'),
]


@pytest.mark.parametrize(("old", "new"), BAD)
def test_no_message_shows_a_pattern_or_the_model_s_words(tmp_path: Path, old: str, new: str) -> None:
    output = _validated(tmp_path, FIERA, old, new)
    said = " ".join(output.split())
    for internal in ("^[", "$)", "pattern", "must match", "Input should", "type=", "[key]", "valid ["):
        assert internal not in said, said
    assert not any(f"is not a valid {n}" in said for n in range(10)), said
    assert re.search(r"fiera-it\.yaml:\d+:\d+: [a-z]", said), said  # the file, its line and its column
