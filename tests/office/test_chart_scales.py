"""The document check names a chart whose labels print its numbers at more than one scale ('380 000
zł' beside '1,15 mln zł': review RR1), in the deck's native charts and the briefing's pictures
alike (office/chart_scales.py); a chart of one scale, or of shares, is not named."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportgen.data.formatting import Formatter
from reportgen.office.chart_scales import label_scale, mixed_scales
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

RUN = ROOT / "tests" / "data" / "review_events" / "bieg-dla-szpitala-pl.yaml"


@pytest.mark.parametrize(
    ("locale", "text", "scale"),
    [
        ("pl_PL", "ponad 2,43\u00a0mln zł", 6),
        ("pl_PL", "380 000 zł", 0),
        ("de_DE", "1 Million Euro", 6),
        ("de_DE", "2,5 Milliarden Euro", 9),
        ("en_IN", "₹7.5 lakh", 5),
        ("zh_CN", "约1.2万人", 4),
        ("zh_CN", "7000万", 4),
        ("zh_CN", "1亿（59%）", 8),
        ("pt_BR", "142 (20%)", 0),
        ("fr_FR", "49\u00a0%", None),  # a share
        ("en_GB", "Other", None),
    ],
)
def test_a_labels_scale(locale: str, text: str, scale: int | None) -> None:
    assert label_scale(text, locale) == scale


@pytest.mark.parametrize(
    ("locale", "labels", "named"),
    [
        ("pl_PL", ["380 000 zł", "720 000 zł", "1,15 mln zł", "ponad 2,43 mln zł"], True),
        ("pl_PL", ["0,38 mln zł", "1,15 mln zł", "ponad 2,43 mln zł"], False),
        ("de_DE", ["1 Million Euro", "2,5 Millionen Euro"], False),  # one word, two forms
        ("de_DE", ["2,15 Milliarden Euro", "980 Millionen Euro"], True),
        ("zh_CN", ["8,000", "1.2万"], True),
        ("zh_CN", ["1亿（59%）", "0.7亿（41%）"], False),
        ("ko_KR", ["8,200명", "5만\u00a02000명"], False),  # one system: 만 from 10⁴
        ("en_GB", ["142 (20%)", "88 (12%)"], False),
    ],
)
def test_a_chart_of_mixed_scales_is_named(locale: str, labels: list[str], named: bool) -> None:
    assert bool(mixed_scales(labels, "deck.pptx: slide 4", locale)) is named


def test_the_check_names_the_charity_runs_charts_where_their_labels_mix_scales(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Planted: the plan's one scale undone (each label at its own, as before round 23)."""
    monkeypatch.setattr("reportgen.data.chart_scale.one_scale", lambda values, fmt: fmt)
    assert Formatter("pl_PL").number(380_000) == "380\u00a0000"
    result = build(RUN, Settings.simple(tmp_path / "out", TEMPLATES))
    named = [w for w in result.warnings if "more than one scale" in w]
    assert any("deck.pptx" in w and "'380 000 zł'" in w and "'1,15 mln zł'" in w for w in named), named
    assert any("briefing.docx" in w and "'640 000 zł (26%)'" in w for w in named), named
