"""Korean sentences end with '.', as Korean is written, though its script is as wide as Chinese and
Japanese: a glance lead that joined a section's finding to its next sentence by the script's width
printed '…유지했습니다。자원봉사자…' (review QQ1). Every Korean event of the corpora, read through its
plan: no Chinese or Japanese full stop or comma anywhere in its words."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reportgen.data.derive import derive
from reportgen.data.formatting import Formatter
from reportgen.data.load import load_event
from reportgen.data.plan_view import plan_data

from ..conftest import ROOT

KOREAN = sorted(
    path
    for folder in ("tests/data/review_events", "tests/events")
    for path in (ROOT / folder).rglob("*.yaml")
    if "locale: ko" in path.read_text(encoding="utf-8")
)


def test_the_corpora_hold_korean_events() -> None:
    assert len(KOREAN) >= 8


@pytest.mark.parametrize("event", KOREAN, ids=lambda p: p.stem)
def test_a_korean_plan_writes_no_east_asian_stop(event: Path) -> None:
    summary = load_event(event)
    fmt = Formatter(summary.formatting.locale, dict(summary.formatting.currency_labels))
    said = json.dumps(plan_data(summary, derive(summary, fmt)), ensure_ascii=False)
    assert "。" not in said and "、" not in said
