"""Every chart `validate` accepts can be drawn, and `validate` and `build` agree on every event.

Hypothesis writes events with charts of every kind over figures of mixed shapes (zero values,
currencies, units of measure, breakdowns or none, log scales); an event either fails validation
with a located DataError, or every one of its charts draws.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reportgen.charts import render_png
from reportgen.charts.theme import DEFAULT_THEME
from reportgen.cli import main
from reportgen.data.derive import derive
from reportgen.data.formatting import Formatter
from reportgen.data.load import load_event
from reportgen.errors import DataError

from ..pipeline.hostile_cases import CASES as FIRST_CASES
from ..pipeline.hostile_more import MORE

HEAD = """\
event: {name: Sample Fair, short_name: SF 2030, year: 2030, city: Lyon, closing_date: 2030-05-04}
sources: {release: {title: Release}}
sections:
  s:
    title: Section
    figures:
"""

figure = st.fixed_dictionaries(
    {
        "value": st.sampled_from([0, 1, 4, 80, 500, 1.5, 2_000_000, 10**12, 999_999_999_999_999_999]),
        "kind": st.sampled_from(["count", "count2", "EUR", "USD", "m²"]),
        "parts": st.sampled_from([0, 0, 2, 3]),
    }
)
chart = st.fixed_dictionaries(
    {
        "kind": st.sampled_from(["bar", "hbar", "donut", "stacked", "grouped"]),
        "figures": st.lists(st.integers(min_value=0, max_value=4), min_size=1, max_size=4),
        "breakdown": st.booleans(),
        "log_scale": st.booleans(),
    }
)


def event_yaml(figures: list[dict], charts: list[dict]) -> str:
    lines = [HEAD]
    for i, f in enumerate(figures):
        unit = {"count": "unit: visitors", "count2": "unit: outlets", "m²": "unit: m²"}.get(f["kind"])
        money = f"currency: {f['kind']}" if f["kind"] in {"EUR", "USD"} else unit
        lines.append(
            f"      f{i}:\n        label: Figure {i}\n        value: {f['value']}\n        {money}\n"
        )
        if f["parts"]:
            # parts that add up exactly (the first takes the remainder), so the breakdown is valid
            share = f["value"] // (f["parts"] + 1) if isinstance(f["value"], int) else 0
            rest = f["value"] - share * (f["parts"] - 1)
            lines.append("        qualifier: exactly\n        breakdown:\n")
            for p in range(f["parts"]):
                lines.append(f"          p{p}: {{label: Part {p}, value: {rest if p == 0 else share}}}\n")
    lines.append("charts:\n")
    for c, spec in enumerate(charts):
        refs = ", ".join(f"s.f{min(i, len(figures) - 1)}" for i in spec["figures"])
        lines.append(
            f"  c{c}:\n    title: Chart {c}\n    kind: {spec['kind']}\n    figures: [{refs}]\n"
            f"    breakdown: {str(spec['breakdown']).lower()}\n"
            f"    log_scale: {str(spec['log_scale']).lower()}\n"
        )
    return "".join(lines)


@pytest.mark.slow
@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(figure, min_size=1, max_size=5), st.lists(chart, min_size=1, max_size=2))
def test_every_chart_validate_accepts_draws(tmp_path: Path, figures: list[dict], charts: list[dict]) -> None:
    path = tmp_path / "event.yaml"
    path.write_text(event_yaml(figures, charts), encoding="utf-8")
    try:
        summary = load_event(path)
    except DataError as exc:
        assert all(p.line is not None for p in exc.problems), exc.render()
        return
    derived = derive(summary, Formatter())
    for data in derived.charts.values():
        png = render_png(data, DEFAULT_THEME).png
        assert png.startswith(b"\x89PNG")


def _about_the_event_file(case) -> bool:
    """Data cases, and environment cases about the event or project file (validate reads those;
    it writes nothing and reads no template, so cases about outputs and templates do not apply)."""
    if case.id == "two-events-one-slug":  # a build-wide check: nothing is written for either
        return False
    return case.kind == "data" or (case.kind == "environment" and case.code == 3)


DATA_CASES = [c for c in FIRST_CASES + MORE if _about_the_event_file(c)]


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(c, id=c.id, marks=[pytest.mark.slow] if c.id == "deep-nesting" else [])
        for c in DATA_CASES
    ],
)
def test_validate_and_build_agree(case, tmp_path: Path) -> None:
    """No event passes `validate` and then fails `build` (nor the other way round)."""
    args = case.make(tmp_path)
    args = [a for i, a in enumerate(args) if a != "--templates" and (i == 0 or args[i - 1] != "--templates")]
    validated = CliRunner().invoke(main, ["validate", *args])
    assert validated.exit_code == case.code, validated.output
    if case.code:
        assert case.message in validated.output, validated.output
