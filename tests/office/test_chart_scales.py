"""The document check names a chart label that counts a fraction of its scale word ('$0.55 billion'
beside '$1.1 billion', 'about €0.82 million': reviews UU1 C, UU4 H), in the deck's native charts and
the briefing's pictures alike (office/chart_scales.py); labels at several scales ('$550 million'
beside '$1.1 billion') and shares are not named."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import pytest

from reportgen.data.formatting import Formatter
from reportgen.office.chart_scales import fractional_scales, label_scale
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
        ("en_US", ["$1.1 billion (48%)", "$0.55 billion (24%)"], True),
        ("en_IE", ["more than €1.46 million", "about €0.82 million"], True),
        ("pl_PL", ["0,38 mln zł", "1,15 mln zł", "ponad 2,43 mln zł"], True),
        ("zh_CN", ["1亿（59%）", "0.7亿（41%）"], True),
        ("de_DE", ["0,085 Millionen Euro", "2,4 Millionen Euro"], True),
        ("en_US", ["$1.1 billion (48%)", "$550 million (24%)"], False),  # a newsroom's legend
        ("pl_PL", ["380 000 zł", "720 000 zł", "1,15 mln zł", "ponad 2,43 mln zł"], False),
        ("zh_CN", ["1亿（59%）", "7000万（41%）"], False),
        ("zh_CN", ["8,000", "1.2万"], False),
        ("ko_KR", ["8,200명", "5만\u00a02000명"], False),
        ("en_GB", ["142 (20%)", "88 (12%)", "0.5 (1%)"], False),  # no scale word
        ("fr_FR", ["0,5\u00a0%", "49\u00a0%"], False),  # shares
    ],
)
def test_a_chart_label_counting_a_fraction_of_its_word_is_named(
    locale: str, labels: list[str], named: bool
) -> None:
    assert bool(fractional_scales(labels, "deck.pptx: slide 4", locale)) is named


def test_the_check_names_the_charity_runs_charts_where_a_label_counts_a_fraction(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Planted: one scale forced on every chart, as round 23 printed them ('0,38 mln zł')."""

    def forced(values: Sequence[float], fmt: Formatter) -> Formatter:
        return replace(fmt, scale=max(fmt.scale_of(v) for v in values)) if values else fmt

    monkeypatch.setattr("reportgen.data.chart_scale.one_scale", forced)
    result = build(RUN, Settings.simple(tmp_path / "out", TEMPLATES))
    named = [w for w in result.warnings if "fraction of a scale word" in w]
    assert any("deck.pptx" in w and "'0,38 mln zł'" in w for w in named), named
    assert any("briefing.docx" in w and "'0,64 mln zł (26%)'" in w for w in named), named
