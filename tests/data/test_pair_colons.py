"""A list item is a pair of a label and its value where a colon parts them, never at a colon
between two digits: a time's ('2:08:41') or a score's ('3:1'). The ja marathon's top five
('1位 ジョセフ・キプロノ（ケニア）2:08:41') were set as a table split at the time's first colon,
'…2' | '08:41', a wrong finish time in every row of the briefing (review ZZ3 #1)."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from pptx import Presentation

from reportgen.data.plan.lists import pair_rows, pairs
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
MARATHON = Path(__file__).parent / "list_events" / "kanazawa-marathon-ja-jp.yaml"


@pytest.mark.parametrize(
    "items",
    [
        ("1位 ジョセフ・キプロノ（ケニア）2:08:41", "2位 ダニエル・ムワンギ（ケニア）2:09:15"),
        ("1. Kipchoge 2:03:37", "2. Lemma 2:04:02"),
        ("Finale 3:1 gegen Basel", "Halbfinale 2:0 gegen Bern"),
    ],
)
def test_a_colon_between_digits_makes_no_pair(items: tuple[str, ...]) -> None:
    assert not pairs(items) and pair_rows(items) == ()


def test_a_labels_colon_still_makes_pairs() -> None:
    items = ("Poetry: Late Light, by Margaret Healey", "Prize 2026: Cosecha Viva", "最優秀賞：金沢の星")
    assert pair_rows(items) == (
        ("Poetry", "Late Light, by Margaret Healey"),
        ("Prize 2026", "Cosecha Viva"),
        ("最優秀賞", "金沢の星"),
    )


@pytest.mark.slow
def test_the_marathons_finish_times_print_whole_in_both_documents(tmp_path: Path) -> None:
    result = build(MARATHON, Settings.simple(tmp_path, ROOT / "templates"))
    docx = next(p for p in result.files if p.suffix == ".docx")
    pptx = next(p for p in result.files if p.suffix == ".pptx")
    document = Document(str(docx))
    texts = [p.text for p in document.paragraphs]
    texts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    deck = [
        shape.text_frame.text
        for slide in Presentation(str(pptx)).slides
        for shape in slide.shapes
        if shape.has_text_frame
    ]
    deck += [
        cell.text
        for slide in Presentation(str(pptx)).slides
        for shape in slide.shapes
        if shape.has_table
        for row in shape.table.rows
        for cell in row.cells
    ]
    for printed in (texts, deck):
        joined = "\n".join(printed)
        assert "2:08:41" in joined, joined
        assert not any(t.strip().startswith("08:41") for t in printed), printed
