"""A figure's note in the briefing's band or key-figures table is a note, regular weight: only its
short news mark ('A record', its trend) is set bold in the numbers' colour (review NN). Reviews YY2
#10 (it rally: 'Stima degli organizzatori …' bold blue over three lines of a narrow cell) and YY1
#5 (pt festival: the note bold blue in the table's value cell)."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from reportgen.data.prepare import prepare
from reportgen.office.ooxml import paragraph_text, qn
from reportgen.office.quality import check_briefing
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

REVIEW = ROOT / "tests" / "data" / "review_events"
#: events whose band or key-figures table prints a figure's own note (it, pt), and one whose
#: band prints a record's mark
CASES = [
    REVIEW / "rally-sanremo-it-it.yaml",
    REVIEW / "agrishow-ribeirao-pt-br.yaml",
    REVIEW / "limerick-half-marathon-en-ie.yaml",
]


def _bold(run) -> bool:
    props = run.find(qn("w:rPr"))
    b = props.find(qn("w:b")) if props is not None else None
    return b is not None and b.get(qn("w:val"), "true") not in ("0", "false")


@pytest.mark.parametrize("event", CASES, ids=[e.stem for e in CASES])
def test_a_note_is_regular_and_a_mark_bold(event: Path, tmp_path: Path) -> None:
    figures = prepare(event).derived.figures.values()
    notes = {f.note.strip() for f in figures if f.note}
    marks = {m.strip() for f in figures if not f.note and (m := f.record_note or f.trend_note)}
    result = build(event, Settings.simple(tmp_path / "out", TEMPLATES))
    (docx,) = [f for f in result.files if f.suffix == ".docx"]
    seen_note = seen_mark = False
    for table in Document(str(docx)).element.body.iter(qn("w:tbl")):
        for p in table.iter(qn("w:p")):
            text, runs = paragraph_text(p).strip(), [r for r in p.iter(qn("w:r")) if r.findtext(qn("w:t"))]
            if text in notes:
                seen_note = True
                assert not any(_bold(r) for r in runs), (event.stem, text)
            elif text in marks:
                seen_mark = True
                assert all(_bold(r) for r in runs), (event.stem, text)
    assert seen_note or seen_mark, event.stem


def test_the_check_names_a_note_set_bold(tmp_path: Path) -> None:
    result = build(CASES[0], Settings.simple(tmp_path / "out", TEMPLATES))
    (docx,) = [f for f in result.files if f.suffix == ".docx"]
    assert not [w for w in check_briefing(docx, "briefing") if "regular weight" in w]
    document = Document(str(docx))
    for run in document.element.body.iter(qn("w:r")):
        if "Stima degli organizzatori" in "".join(t.text or "" for t in run.iter(qn("w:t"))):
            run.find(qn("w:rPr")).append(run.makeelement(qn("w:b"), {}))
    document.save(str(docx))
    assert [w for w in check_briefing(docx, "briefing") if "regular weight" in w]
