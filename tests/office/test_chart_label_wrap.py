"""A native chart's value label is set on one line: LibreOffice wraps a label that lets its text
wrap at about 93 pt, at a no-break space too, and set '약 3400억 / 원' in robot-expo-ko's stacked
columns, which PowerPoint kept whole (review O). The document check finds such a label."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation

from reportgen.office.chart_check import chart_problems
from reportgen.office.ooxml import qn
from reportgen.office.powerpoint.native import _label_size

from ..conftest import ROOT
from ..pipeline.test_catalogues import built

EVENT = ROOT / "tests" / "data" / "review_events" / "robot-expo-ko.yaml"


def _charts(deck: Path) -> list:
    slides = Presentation(str(deck)).slides
    return [shape for slide in slides for shape in slide.shapes if getattr(shape, "has_chart", False)]


def test_every_value_label_of_the_korean_deck_is_set_on_one_line(tmp_path: Path) -> None:
    _, deck = built(EVENT, tmp_path / "out")
    labels = [
        label
        for shape in _charts(deck)
        for label in shape.chart._chartSpace.iter(qn("c:dLbl"))
        if label.find(f"{qn('c:tx')}/{qn('c:rich')}") is not None
    ]
    texts = ["".join(t.text for t in label.iter(qn("a:t"))) for label in labels]
    assert "약\u00a03400억\u00a0원" in texts
    assert [label.find(f".//{qn('a:bodyPr')}").get("wrap") for label in labels] == ["none"] * len(labels)
    for shape in _charts(deck):
        assert chart_problems(shape.chart, "deck", {}, frozenset(), (shape.width, shape.height)) == []


def test_the_check_finds_a_label_libreoffice_would_wrap(tmp_path: Path) -> None:
    _, deck = built(EVENT, tmp_path / "out")
    shape = next(s for s in _charts(deck) if "3400" in s.chart.part.blob.decode())
    for body in shape.chart._chartSpace.iter(qn("a:bodyPr")):
        body.attrib.pop("wrap", None)  # as a user's chart, or ours before, let them wrap
    found = [
        w
        for w in chart_problems(shape.chart, "deck", {}, frozenset(), (shape.width, shape.height))
        if "wraps" in w
    ]
    assert (
        "deck: the value label '약 3400억 원' is 99 pt wide at 16 pt and LibreOffice wraps a label at about "
        "93 pt, inside its number and unit; set it on one line (no wrapping) or shorten it" in found
    )
    assert not any("약 1400억 원" not in w and "'약" not in w for w in found)


def test_a_columns_label_is_set_smaller_where_its_column_is_narrower() -> None:
    assert _label_size("약\u00a03400억\u00a0원", None) == 16  # beside a bar: the room after it
    assert _label_size("약\u00a03400억\u00a0원", 200.0) == 16
    assert _label_size("약\u00a03400억\u00a0원", 90.0) == 13  # 6.2 em × 13 pt × 1.05 = 84.6 pt
    assert _label_size("약\u00a03400억\u00a0원", 10.0) == 12  # never below MIN_CATEGORY_PT
