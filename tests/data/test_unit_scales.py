"""A unit that begins with a scale word (review Z): the game showcase's trend was written
"value: 12500, unit: 万回", and both documents printed "1万2500万回", its 万 taken for part of a
counted noun and the number scaled again. A Chinese, Japanese or Korean scale at a unit's start is
merged into the value, exactly; a Latin-script one ('million views') is refused with the number to
write, as "billion" is 10⁹ in English and 10¹² in French and German."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pptx import Presentation

from reportgen.data.load import load_event
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import TEMPLATES, docx_text, pptx_slide_texts
from .test_load import MINIMAL, errors_of, write


@pytest.mark.parametrize(
    ("value", "unit", "merged", "left"),
    [
        ("12500", "万回", 125_000_000, "回"),
        ("1.25", "億円", 125_000_000, "円"),
        ("38", "万人次", 380_000, "人次"),
        ("2.5", "亿", 250_000_000, None),
        ("120", "百万ドル", 120_000_000, "ドル"),
        ("62", "만 명", 620_000, "명"),
        ("3.5", "억 원", 350_000_000, "원"),
        ("0.125", "萬人", 1250, "人"),
    ],
)
def test_a_cjk_scale_at_the_units_start_is_merged_into_the_value(
    tmp_path: Path, value: str, unit: str, merged: int, left: str | None
) -> None:
    path = write(tmp_path, MINIMAL.replace("value: 1000", f"value: {value}\n        unit: {unit}"))
    figure = load_event(path).figure("reach.online_viewers")
    assert figure is not None
    assert figure.value == merged and type(figure.value) is int
    assert figure.unit == left


@pytest.mark.parametrize("unit", ["千米", "百分点", "兆瓦", "回", "km"])
def test_a_unit_of_its_own_is_left_as_it_is(tmp_path: Path, unit: str) -> None:
    """千, 百 and 兆 alone begin units of their own (km, percentage points, MW)."""
    path = write(tmp_path, MINIMAL.replace("value: 1000", f"value: 1000\n        unit: {unit}"))
    figure = load_event(path).figure("reach.online_viewers")
    assert figure is not None and figure.value == 1000 and figure.unit == unit


@pytest.mark.parametrize(
    ("value", "unit", "told"),
    [
        ("12.5", "million views", "write value: 12500000 and unit: views"),
        ("2,5", "Mio. Besucher", "write value: 2500000 and unit: Besucher"),
        ("350", "tys. osób", "write value: 350000 and unit: osób"),
        ("4", "billion", "write value: 4000000000 and no unit"),
    ],
)
def test_a_latin_scale_word_in_a_unit_is_refused_with_the_number_to_write(
    tmp_path: Path, value: str, unit: str, told: str
) -> None:
    path = write(tmp_path, MINIMAL.replace("value: 1000", f"value: {value}\n        unit: {unit}"))
    word = unit.split(" ")[0]
    assert errors_of(path) == [
        f"{path}:15:9: sections.reach.figures.online_viewers: the unit {unit!r} begins with the scale "
        f"word {word!r}: {told}; reportgen prints the scale word itself, in the document's language"
    ]


def test_the_showcases_trend_prints_each_year_once_scaled(tmp_path: Path) -> None:
    """The trend's bars and the texts of both documents: 1億2500万回, never 万 twice in a number."""
    text = MINIMAL.replace("Lyon", "Tokyo") + "formatting:\n  locale: ja_JP\n"
    years = "".join(
        f"      y{y}:\n        label: {y}年\n        value: {v}\n        unit: 万回\n"
        for y, v in ((2022, 6100), (2023, 9400), (2024, 12500))
    )
    text = text.replace("    figures:\n", f"    figures:\n{years}", 1).replace(
        "formatting:",
        (
            "charts:\n  trend:\n    title: 視聴回数の推移\n    kind: bar\n"
            "    figures: [reach.y2022, reach.y2023, reach.y2024]\nformatting:"
        ),
    )
    result = build(write(tmp_path, text), Settings.simple(tmp_path / "out", TEMPLATES))
    deck = next(p for p in result.files if p.suffix == ".pptx")
    briefing = next(p for p in result.files if p.suffix == ".docx")
    values = [
        v
        for s in Presentation(str(deck)).slides
        for sh in s.shapes
        if sh.has_chart
        for p in sh.chart.plots
        for series in p.series
        for v in series.values
    ]
    assert sorted(values) == [61_000_000, 94_000_000, 125_000_000]
    printed = "\n".join([*pptx_slide_texts(deck), docx_text(briefing)]).replace("\u2060", "")
    assert "1億2500万回" in printed
    assert not re.search(r"万[\d,]*万", printed), printed
