"""The document check names a briefing's bar chart drawn across that is shorter than its bars need
(BAR_CM a bar and EDGE_CM for its title and margins: office/bar_rows.py), as the ko festival's three
stage bars squeezed to 2.1 cm to fit page 1 (review UU3 #4 of round 23); a chart as tall as its
bars, or of another kind, is not named."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from reportgen.office import word
from reportgen.office.bar_rows import squeezed_bars
from reportgen.office.repeats import Drawn
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

FAIR = ROOT / "tests" / "data" / "review_events" / "agrifood-noord-nl.yaml"
_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"'
)


def _body(name: str, height_cm: float) -> etree._Element:
    return etree.fromstring(
        f'<w:body {_NS}><w:p><w:r><w:drawing><wp:inline><wp:extent cx="5976000" '
        f'cy="{round(height_cm * 360_000)}"/><wp:docPr id="1" name="{name}" descr=""/>'
        "</wp:inline></w:drawing></w:r></w:p></w:body>"
    )


@pytest.mark.parametrize(
    ("height_cm", "across", "named"),
    [
        (2.1, 3, True),  # the ko festival's stage bars
        (5.4, 9, True),  # the nl fair's nine countries (review RR3's floor)
        (4.06, 3, False),
        (8.08, 9, False),  # the boat show's nine categories, as tall as their rows
        (2.1, 0, False),  # not drawn across: columns, a donut
    ],
)
def test_a_squeezed_bar_chart_is_named(height_cm: float, across: int, named: bool) -> None:
    drawn = [Drawn("stages", "", (), (), across)]
    found = squeezed_bars(_body("차트 stages", height_cm), drawn, "briefing.docx")
    assert bool(found) is named, found


def test_the_check_names_the_fairs_country_chart_squeezed_to_fit_page_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Planted: a bar chart drawn as short as any chart (under half its height), as round 23 drew it.
    Round 24's page 1 (band24's lede, scale24's rows) no longer asks the ko festival's stage bars to
    shrink, so the plant is tried on the nl fair's 9 countries, which page 1 still squeezes."""
    monkeypatch.setattr(word, "least_height_pt", lambda data, drawn, share: 0.4 * drawn)
    result = build(FAIR, Settings.simple(tmp_path / "out", TEMPLATES))
    named = [w for w in result.warnings if "names and bars" in w]
    assert any("briefing.docx" in w and "'Grafiek landen'" in w for w in named), result.warnings
    monkeypatch.undo()  # drawn to its rows' floor, the same chart is not named
    real = build(FAIR, Settings.simple(tmp_path / "real", TEMPLATES))
    assert not [w for w in real.warnings if "names and bars" in w], real.warnings
