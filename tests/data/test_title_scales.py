"""A chart title's bracketed scale that the values already count in whole is dropped (review CC):
the showcase's '視聴回数の推移（万回）' stood over labels printing '1億2500万回', as the file's
'unit: 万回' is merged into each number (data/unit_scales.py); in every language ('(in millions)',
'（万人）', '(Mio. €)'), a currency after the scale kept, any other bracketed text kept."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from pptx import Presentation

from reportgen.data.unit_scales import title_without_scale
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES, seen

SHOWCASE = ROOT / "tests" / "data" / "review_events" / "game-showcase-online-ja-jp.yaml"


@pytest.mark.parametrize(
    ("title", "values", "read"),
    [
        ("視聴回数の推移（万回）", [1.25e8, 3.8e7], "視聴回数の推移"),
        ("入場者数（単位：万人）", [1.2e6], "入場者数"),
        ("观众人数（万人次）", [1.01e6], "观众人数"),
        ("관람객 수 (만 명)", [3.2e5], "관람객 수"),
        ("Viewers (in millions)", [1.25e7], "Viewers"),
        ("Umsatz (Mio. €)", [4.18e7], "Umsatz (€)"),
        ("Visiteurs (en milliers)", [45_000], "Visiteurs"),
        ("Ingresos (millones de pesos)", [3e6], "Ingresos (pesos)"),
        ("Omsättning (miljoner kronor)", [4.18e7], "Omsättning (kronor)"),
        ("Revenue (USD millions)", [3e6], "Revenue (USD)"),
    ],
)
def test_a_scale_the_numbers_print_whole_leaves_the_title(title: str, values: list[float], read: str) -> None:
    assert title_without_scale(title, values) == read


@pytest.mark.parametrize(
    ("title", "values"),
    [
        ("Viewers (in millions)", [12.5, 9.1]),  # the numbers are in millions: the title says so
        ("境外选手来源国（人）", [500]),
        ("Commitments and funds announced (KES)", [1e9]),
        ("各市（州）参展企业数量", [1e5]),
        ("시청 규모 (로그 축)", [1e8]),
        ("Inversión comprometida por edición (pesos)", [3e7]),
    ],
)
def test_other_titles_stay(title: str, values: list[float]) -> None:
    assert title_without_scale(title, values) == title


def test_the_showcase_s_trend_is_titled_without_its_scale(tmp_path: Path) -> None:
    result = build(SHOWCASE, Settings.simple(tmp_path / "out", TEMPLATES))
    assert result.warnings == []
    deck = next(f for f in result.files if f.name.endswith("-deck.pptx"))
    charts = [s.chart for slide in Presentation(str(deck)).slides for s in slide.shapes if s.has_chart]
    titles = [seen(c.chart_title.text_frame.text) for c in charts if c.has_title]
    labels = [
        seen(t.text or "")
        for c in charts
        for t in c._chartSpace.iter("{http://schemas.openxmlformats.org/drawingml/2006/main}t")
    ]
    assert any(re.fullmatch(r"1億\d+万回", label) for label in labels), labels  # whole counts
    assert titles and not any("万回" in t for t in titles), titles
    briefing = next(f for f in result.files if f.name.endswith("-briefing.docx"))
    xml = zipfile.ZipFile(briefing).read("word/document.xml").decode()
    assert "（万回）" not in xml
