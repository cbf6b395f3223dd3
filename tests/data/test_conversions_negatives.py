"""A conversion's own qualifier, and values below zero (review E, items 6 and 7)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportgen.cli import main
from reportgen.data.formatting import Formatter
from reportgen.data.load import load_event
from reportgen.data.model import Figure
from reportgen.errors import DataError

from .test_load import MINIMAL

ROOT = Path(__file__).resolve().parents[2]

# the minimal event of test_load, its figures left to each test
EVENT = MINIMAL[: MINIMAL.index("      online_viewers:")] + "FIGURES\n"


def write(tmp_path: Path, figures: str, charts: str = "") -> Path:
    path = tmp_path / "event.yaml"
    path.write_text(EVENT.replace("FIGURES", figures) + charts, encoding="utf-8")
    return path


def errors_of(path: Path) -> list[str]:
    with pytest.raises(DataError) as info:
        load_event(path)
    return [str(p) for p in info.value.problems] or [info.value.message]


# -- conversions ----------------------------------------------------------------------------------


def test_a_conversion_prints_its_own_qualifier_or_the_figures() -> None:
    figure = Figure(
        label="Ventas",
        value=1_350_000_000,
        currency="MXN",
        qualifier="more than",
        conversions={"USD": {"value": 74_000_000, "qualifier": "about"}, "EUR": 68_000_000},
    )
    fmt = Formatter("es_MX")
    assert fmt.figure(figure) == "más de 1,350 millones de pesos"  # the reader's own pesos
    assert fmt.conversions(figure) == "alrededor de 74 millones de dólares; más de 68 millones de euros"
    assert (
        Formatter("en_GB").conversions(figure) == "about USD\u00a074 million; more than EUR\u00a068 million"
    )


def test_a_conversion_s_qualifier_is_validated_with_its_place(tmp_path: Path) -> None:
    figures = (
        "      a: {label: A, value: 5, currency: MXN, conversions: {USD: {value: 5, qualifier: roughly}}}\n"
        "      b: {label: B, value: 5, currency: MXN, conversions: {USD: {amount: 5}}}\n"
    )
    found = errors_of(write(tmp_path, figures))
    assert any(
        "sections.reach.figures.a.conversions.USD.qualifier: expected one of 'exactly', 'nearly', "
        "'about', 'more than', 'at least', 'up to' or 'less than', got 'roughly'" in line
        for line in found
    ), found
    assert any("sections.reach.figures.b.conversions.USD.amount: unknown field 'amount'" in p for p in found)


def test_the_schema_allows_both_forms_of_a_conversion() -> None:
    schema = json.loads((ROOT / "data" / "event.schema.json").read_text(encoding="utf-8"))
    text = json.dumps(schema)
    assert '"qualifier": {"enum": ["exactly", "nearly", "about"' in text
    result = CliRunner().invoke(main, ["schema"])
    assert json.loads(result.stdout) == schema  # the file is the command's output, regenerated


def test_docs_data_shows_a_qualified_conversion() -> None:
    result = CliRunner().invoke(main, ["docs", "data"])
    assert "{USD: {value: 74000000, qualifier: about}}" in result.stdout


# -- below zero ------------------------------------------------------------------------------------


def test_a_measure_may_be_below_zero_and_prints_a_minus_sign(tmp_path: Path) -> None:
    summary = load_event(write(tmp_path, "      cold: {label: Lowest temperature, value: -31, unit: °C}\n"))
    cold = summary.sections["reach"].figures["cold"]
    assert Formatter("fr_CA").figure(cold, unit=True) == "\u221231 °C"
    assert Formatter("en_GB").number(-1_500_000) == "\u22121.5 million"
    assert Formatter("sv_SE").number(-2.5) == "\u22122,5"


@pytest.mark.parametrize(
    ("figure", "place"),
    [
        ("{label: Visitors, value: -31, unit: visitors}", "sections.reach.figures.f"),
        ("{label: Deficit, value: -31, currency: EUR}", "sections.reach.figures.f"),
        ("{label: Things, value: -31}", "sections.reach.figures.f"),
    ],
)
def test_a_count_or_an_amount_below_zero_is_refused(tmp_path: Path, figure: str, place: str) -> None:
    (only,) = errors_of(write(tmp_path, f"      f: {figure}\n"))
    assert only.endswith(
        f"{place}: value -31 is below zero, which only a measure (°C, %, km) can be; "
        "write a fall or a deficit as a positive figure whose label says so"
    ), only


def test_a_breakdown_part_below_zero_is_refused(tmp_path: Path) -> None:
    figure = (
        "      f: {label: F, value: 3, unit: '%', breakdown: "
        "{a: {label: A, value: -1, unit: '%'}, b: {label: B, value: 4, unit: '%'}}}\n"
    )
    (only,) = errors_of(write(tmp_path, figure))
    assert only.endswith(
        "sections.reach.figures.f: a breakdown splits its figure into parts, none of which can be below zero"
    ), only


def test_a_chart_of_a_value_below_zero_is_refused_with_exit_3(tmp_path: Path) -> None:
    figures = (
        "      cold: {label: Coldest, value: -31, unit: °C}\n"
        "      warm: {label: Warmest, value: 3, unit: °C}\n"
    )
    charts = (
        "charts:\n  temps:\n    title: Temperatures\n    kind: bar\n    figures: [reach.cold, reach.warm]\n"
    )
    path = write(tmp_path, figures, charts)
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert result.exit_code == 3
    assert (
        "charts.temps: chart 'temps' draws 'reach.cold', whose value is below zero; charts draw values "
        "from zero up: take it out of the chart (the briefing still prints it)"
    ) in result.output


# -- plurals in the command line's summaries ----------------------------------------------------------


def test_validate_says_1_chart_and_1_section(tmp_path: Path) -> None:
    figures = "      a: {label: Visitors, value: 3, unit: visitors}\n"
    figures += "      b: {label: Guests, value: 4, unit: guests}\n"
    charts = "charts:\n  c:\n    title: People\n    kind: bar\n    figures: [reach.a, reach.b]\n"
    result = CliRunner().invoke(main, ["validate", str(write(tmp_path, figures, charts))])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip().endswith(": TE 2025, 1 section, 2 figures, 1 chart")
