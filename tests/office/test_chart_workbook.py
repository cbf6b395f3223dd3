"""A native chart's embedded workbook holds the data's words as text and its numbers as numbers.

python-pptx writes the workbook with xlsxwriter's `write()`, which would make a formula of any
label starting with "=" (a DDE link among them) and a hyperlink of one that looks like an address.
"""

from __future__ import annotations

import pytest
from pptx import Presentation
from pptx.util import Inches

from reportgen.data.derive import ChartBar, ChartData, ChartSeries
from reportgen.office.powerpoint.native import add_native_chart

from ..pipeline.hostile_more import FORMULA_LABELS, workbook_cells

TITLE = '=WEBSERVICE("http://192.0.2.1/")'


def _workbook(data: ChartData) -> bytes:
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    frame = add_native_chart(slide.shapes, data, 0, 0, Inches(8), Inches(5))
    return frame.chart.part.chart_workbook.xlsx_part.blob


def _bars() -> tuple[ChartBar, ...]:
    return tuple(ChartBar(label, 3.0 + n, "about three", "exact") for n, label in enumerate(FORMULA_LABELS))


@pytest.mark.parametrize(
    "series",
    [
        (),
        (
            ChartSeries("=1+1", (1.0,) * 5, ("",) * 5),
            ChartSeries("https://192.0.2.1/", (2.0,) * 5, ("",) * 5),
        ),
    ],
    ids=["one-series-named-by-the-title", "series-names"],
)
def test_labels_titles_and_series_names_are_text_cells(series: tuple[ChartSeries, ...]) -> None:
    kind = "grouped" if series else "bar"
    data = ChartData("c", TITLE, kind, _bars(), False, "", "", series=series)
    strings, cells, rels = workbook_cells(_workbook(data))
    assert not [c for c in cells if b"<f" in c]
    assert not [r for r in rels if b"hyperlink" in r or b"External" in r]
    names = [s.label for s in series] or [TITLE]
    assert sorted(strings) == sorted([*names, *FORMULA_LABELS])
    numbers = [c for c in cells if b' t="' not in c]
    values = [v for s in series for v in s.values] or [3.0 + n for n in range(5)]
    assert len(numbers) == len(values)
    assert sorted(float(c.split(b"<v>")[1].split(b"</v>")[0]) for c in numbers) == sorted(values)
