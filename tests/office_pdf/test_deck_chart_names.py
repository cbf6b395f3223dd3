"""A deck's native bar chart prints every category name through LibreOffice, in every script
(review N): 18 Chinese city names fit their rows by a line height for Latin fonts, and LibreOffice
dropped every other one; the names' column took 42 % of the chart for names of 2 or 3 characters."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from pptx import Presentation
from pypdf import PdfReader

from reportgen.data import chart_shape, phrases
from reportgen.data.chart_shape import line_height
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

EVENT = ROOT / "tests" / "data" / "review_events" / "nongbohui-zh-cn.yaml"


def _cities() -> list[str]:
    event = yaml.safe_load(EVENT.read_text(encoding="utf-8"))
    figures = [f for s in event["sections"].values() for f in (s.get("figures") or {}).values()]
    parts = next(f["breakdown"] for f in figures if len(f.get("breakdown") or {}) == 18)
    return [part["label"] for part in parts.values()]


def test_chinese_names_need_taller_rows_than_latin_ones() -> None:
    assert line_height(["成都", "南充"]) > line_height(["Chengdu", "Nanchong"])
    assert line_height(["서울"]) > line_height(["Seoul"])
    assert chart_shape._CJK_CHAR.pattern == phrases._CJK.pattern  # the same characters as the text's


def test_the_chart_sets_its_names_in_a_column_as_wide_as_they_are(tmp_path: Path) -> None:
    result = build(EVENT, Settings.simple(tmp_path, TEMPLATES))
    deck = next(f for f in result.files if f.suffix == ".pptx")
    chart = next(
        shape.chart for slide in Presentation(str(deck)).slides for shape in slide.shapes if shape.has_chart
    )
    x = float(re.search(rb'<c:x val="([0-9.]+)"', chart.part.blob).group(1))
    assert x < 0.15  # the plot starts after the names' column, not at 42 % of the chart


@pytest.mark.slow
@pytest.mark.libreoffice
def test_every_chinese_city_name_is_printed_in_the_decks_pdf(soffice: str, tmp_path: Path) -> None:
    result = build(EVENT, Settings.simple(tmp_path, TEMPLATES, pdf=True))
    pdf = next(f for f in result.files if f.suffix == ".pdf" and "deck" in f.name)
    pages = [page.extract_text() for page in PdfReader(str(pdf)).pages]
    page = next(text for text in pages if "各市" in text)
    names = _cities()
    assert len(names) == 18
    assert [name for name in names if name not in page] == []
