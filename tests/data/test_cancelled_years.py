"""A series of short ordered names stands as columns however many (up to twelve slots), and a year
whose edition was cancelled is said so (issue 19, review SS1 #7 and #10): the Aarhus food market's
2019–2026 with 2020 cancelled was drawn as horizontal bars read top to bottom ("7 categories"),
its 2020 slot blank, and its alt text said "2020: ikke oplyst" (not stated), which was false."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from docx import Document
from pptx import Presentation
from pptx.enum.chart import XL_CHART_TYPE

from reportgen.data.chart_shape import shape
from reportgen.data.derive import derive
from reportgen.data.formatting import Formatter
from reportgen.data.load import load_event
from reportgen.errors import ReportgenError
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import TEMPLATES, seen

MARKET = """\
event: {name: Havnemarked 2026, short_name: Havnemarked, kind: madmarked, year: 2026, city: Aarhus,
        country: Danmark, closing_date: 2026-08-30}
formatting: {locale: LOCALE}
sources: {note: {title: Note}}
sections:
  besog:
    title: Besøgende
    summary: Markedet blev aflyst i 2020 og har siden vokset hvert år.
    figures:
      b2019: {label: "2019", value: 38000, unit: besøgende, qualifier: about}
      b2021: {label: "2021", value: 14500, unit: besøgende}
      b2022: {label: "2022", value: 31000, unit: besøgende, qualifier: about}
      b2023: {label: "2023", value: 41000, unit: besøgende, qualifier: about}
      b2024: {label: "2024", value: 46500, unit: besøgende, qualifier: about}
      b2025: {label: "2025", value: 49000, unit: besøgende, qualifier: about}
      b2026: {label: "2026", value: 52000, unit: besøgende, qualifier: more than, key: true}
charts:
  besog:
    title: Besøgende 2019–2026
    kind: bar
    figures: [besog.b2019, besog.b2021, besog.b2022, besog.b2023, besog.b2024, besog.b2025, besog.b2026]
    CANCELLED
"""


def _event(tmp_path: Path, locale: str = "da_DK", cancelled: str = "cancelled: [2020]") -> Path:
    path = tmp_path / f"market-{locale}.yaml"
    path.write_text(MARKET.replace("LOCALE", locale).replace("CANCELLED", cancelled), encoding="utf-8")
    return path


def test_seven_years_and_a_cancelled_one_are_columns_with_the_slot_said_in_both_documents(
    tmp_path: Path,
) -> None:
    result = build(_event(tmp_path), Settings.simple(tmp_path / "out", TEMPLATES))
    deck = next(f for f in result.files if f.suffix == ".pptx")
    chart = next(s.chart for slide in Presentation(str(deck)).slides for s in slide.shapes if s.has_chart)
    assert chart.chart_type == XL_CHART_TYPE.COLUMN_CLUSTERED  # read left to right, not top to bottom
    plot = chart.plots[0]
    names = list(plot.categories)
    assert names == ["2019", "2020", "2021", "2022", "2023", "2024", "2025", "2026"]
    labels = [p.data_label.text_frame.text for p in plot.series[0].points]
    assert labels[1] == "aflyst"
    briefing = next(f for f in result.files if f.suffix == ".docx")
    alt = " ".join(re.findall(r'descr="([^"]*)"', Document(str(briefing)).element.xml))
    assert "2020: aflyst" in seen(alt) and "ikke oplyst" not in alt


@pytest.mark.parametrize(
    ("locale", "said"),
    [
        ("ja_JP", "2020：中止"),
        ("de_DE", "2020: abgesagt"),
        ("fr_FR", "2020 : annulée"),
        ("en_GB", "2020: cancelled"),
    ],
)
def test_a_cancelled_year_is_said_in_every_language(tmp_path: Path, locale: str, said: str) -> None:
    chart = derive(load_event(_event(tmp_path, locale)), Formatter(locale)).charts["besog"]
    assert [b.status for b in chart.bars if b.missing] != [""]
    assert said in seen(chart.alt)


def test_a_year_left_out_unsaid_is_still_no_figure(tmp_path: Path) -> None:
    chart = derive(load_event(_event(tmp_path, cancelled="")), Formatter("da_DK")).charts["besog"]
    assert "2020: ikke oplyst" in seen(chart.alt)
    assert chart.kind == "bar"  # short ordered names: columns, with or without the word


@pytest.mark.parametrize("year", ["2021", "2018", "2027"])
def test_a_cancelled_year_must_be_one_the_series_leaves_out(tmp_path: Path, year: str) -> None:
    with pytest.raises(ReportgenError) as refused:
        load_event(_event(tmp_path, cancelled=f"cancelled: [{year}]"))
    assert f"{year} as cancelled" in " ".join(str(p) for p in refused.value.problems)


def test_only_short_ordered_names_stand_as_more_than_six_columns() -> None:
    values = [float(v) for v in range(1, 9)]
    years = [str(y) for y in range(2015, 2023)]
    assert shape("bar", years, values, False, "auto", 8).kind == "bar"
    assert shape("bar", years, values, False, "auto", 8).full_width  # across the slide's width
    days = [f"Day {n}" for n in range(1, 9)]
    assert shape("bar", days, values, False, "auto", 8).kind == "bar"
    # thirteen years: more than twelve slots read across
    many = [str(y) for y in range(2010, 2023)]
    assert shape("bar", many, [1.0] * 13, False, "auto", 13).kind == "hbar"
    # names in no order, or long ones, read across after six as before
    towns = ["Aarhus", "Odense", "Aalborg", "Esbjerg", "Vejle", "Horsens", "Randers"]
    assert shape("bar", towns, values[:7], False, "auto", 7).kind == "hbar"
    stages = [f"Stage {n}: qualifying round" for n in range(1, 8)]
    assert shape("bar", stages, values[:7], False, "auto", 7).kind == "hbar"


def test_more_than_six_columns_only_where_their_value_labels_fit() -> None:
    """A Korean series of years had become columns whose labels ('18만 4000명') overlapped: more
    than six columns stand only where each label's widest line fits its slot."""
    from reportgen.data.chart_shape import values_fit

    assert values_fit(["omkring\u00a038.000"] * 8)  # 'omkring' over '38.000'
    assert not values_fit(["18만\u00a04000명"] * 8)
    assert values_fit(["18만\u00a04000명"] * 6)
