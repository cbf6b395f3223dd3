"""The briefing's title keeps its last two words on one line: a long event name had left its year
alone on the title's second line ('Riverside Hospice 10K Fun Run / 2026': review W)."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

REVIEWS = ROOT / "tests" / "data" / "review_events"


@pytest.mark.parametrize(
    ("event", "end"),
    [("fun-run-en-gb.yaml", "Run\u00a02026"), ("baumesse-zuerich-de-ch.yaml", "Zürich\u00a02026")],
)
def test_the_briefings_title_ties_its_last_two_words(event: str, end: str, tmp_path: Path) -> None:
    result = build(REVIEWS / event, Settings.simple(tmp_path, TEMPLATES))
    briefing = next(p for p in result.files if p.suffix == ".docx")
    titles = [p.text for p in Document(str(briefing)).paragraphs if p.style.style_id == "Title"]
    assert titles and titles[0].endswith(end), titles
    assert titles[0].count("\u00a0") == 1  # the other words break where the line needs
