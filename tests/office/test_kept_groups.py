"""A short table is kept on one page with the paragraph that leads into it, its rows never parted
(the es-MX prizes' header row ended page 1 under its heading, its winners on page 2, once the band
grew), and a list's last item is kept with the one before it (review XX5 #10: the en_GB book
awards' 'Grace Liu' bullet alone on page 2): Word's keep controls, which LibreOffice honours too."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from docx import Document

from reportgen.office.ooxml import qn
from reportgen.office.word_pages import KEPT_ROWS
from reportgen.pipeline.pipeline import BuildResult

from ..conftest import ROOT

REVIEWS = ROOT / "tests" / "data" / "review_events"
EVENTS = [
    "demo-day-es-mx",
    "northern-lights-book-awards-en-gb",
    "hanbit-esports-ko-kr",
    "agrishow-ribeirao-pt-br",
]


def _kept(paragraph) -> bool:
    found = paragraph.find(f"{qn('w:pPr')}/{qn('w:keepNext')}")
    return found is not None and found.get(qn("w:val"), "true") not in {"0", "false"}


def _style(paragraph) -> str:
    found = paragraph.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
    return found.get(qn("w:val"), "") if found is not None else ""


def _body(name: str, built_event: Callable[[Path], BuildResult]):
    result = built_event(REVIEWS / f"{name}.yaml")
    return Document(str(next(f for f in result.files if f.suffix == ".docx"))).element.body


@pytest.mark.parametrize("name", EVENTS)
def test_a_short_table_is_kept_whole_with_its_lead_in(
    name: str, built_event: Callable[[Path], BuildResult]
) -> None:
    body = _body(name, built_event)
    blocks = [el for el in body if el.tag in (qn("w:p"), qn("w:tbl"))]
    tables = [(i, t) for i, t in enumerate(blocks) if t.tag == qn("w:tbl")]
    short = [(i, t) for i, t in tables if 2 <= len(t.findall(qn("w:tr"))) <= KEPT_ROWS]
    assert short
    for index, table in short:
        rows = table.findall(qn("w:tr"))
        assert all(_kept(p) for row in rows[:-1] for p in row.iter(qn("w:p")))
        assert all(row.find(f"{qn('w:trPr')}/{qn('w:cantSplit')}") is not None for row in rows)
        before = blocks[index - 1]
        assert before.tag != qn("w:p") or _kept(before) or not "".join(before.itertext()).strip()


@pytest.mark.parametrize("name", EVENTS)
def test_a_lists_last_item_is_kept_with_the_one_before(
    name: str, built_event: Callable[[Path], BuildResult]
) -> None:
    body = _body(name, built_event)
    items = [
        p
        for p in body
        if p.tag == qn("w:p") and _style(p).startswith("List") and "".join(p.itertext()).strip()
    ]
    assert items
    blocks = list(body)
    ends = [
        blocks[i - 1]
        for i, p in enumerate(blocks)
        if p in items and blocks[i - 1] in items and (i + 1 == len(blocks) or blocks[i + 1] not in items)
    ]
    assert ends and all(_kept(p) for p in ends)
