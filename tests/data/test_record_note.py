"""Reviews LL and MM: the news was on no slide. Where a key figure's quote calls its number a
record ('… more than €1.46 million, the most in the race's history', '… 412 papers, a record for
the symposium', '創下影展舉辦十二屆以來的最高紀錄'), the quote stays in the notes when the tile and a
bar print the number already (docs/data.md), and the deck said nowhere why the number was news.
The figure's tile and the briefing's band now say 'A record' in the event's language
(`FigureView.tile_note`), unless the file gives the figure a note of its own."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from docx import Document
from pptx import Presentation

from reportgen.data.prepare import prepare
from reportgen.data.superlatives import claims_record
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES, docx_paragraphs

LIMERICK = ROOT / "tests" / "data" / "review_events" / "limerick-half-marathon-en-ie.yaml"


@pytest.mark.parametrize(
    ("text", "record"),
    [
        ("Runners raised more than €1.46 million, the most in the race's history.", True),
        ("Submissions rose to 412 papers, a record for the symposium.", True),
        ("getekend, het hoogste bedrag in de geschiedenis van de beurs.", True),
        ("De beurs sloot af met meer afgesloten contracten dan ooit.", True),
        ("Der Rekordumsatz der Messe lag bei 12 Millionen Euro.", True),
        ("本屆影展觀影人次約8.6萬，創下影展舉辦十二屆以來的最高紀錄。", True),
        ("来場者数は過去最高の12万人に達した。", True),
        ("관람객 수는 역대 최다인 131만 명을 기록했다.", True),
        # a number counted is no record: 'recorded', '記録した', '기록했다' alone
        ("The organisers recorded 40,000 visitors.", False),
        ("来場者は10万人を記録した。", False),
        ("관람객 131만 명을 기록했다.", False),
        ("The busiest venue was the harbour.", False),  # a superlative, not of all time
    ],
)
def test_a_record_is_read_in_every_language(text: str, record: bool) -> None:
    assert claims_record(text) is record


def _tile_notes(event: Path) -> dict[str, str]:
    prepared = prepare(event)
    return {f.ref: f.tile_note for f in prepared.derived.figures.values()}


def test_the_record_figure_and_only_it_is_marked(tmp_path: Path) -> None:
    notes = _tile_notes(LIMERICK)
    marked = {ref for ref, note in notes.items() if note}
    assert marked == {"fundraising.raised"}, marked
    assert notes["fundraising.raised"] == "A record"


def test_a_note_of_the_files_own_wins(tmp_path: Path) -> None:
    data = yaml.safe_load(LIMERICK.read_text(encoding="utf-8"))
    data["sections"]["fundraising"]["figures"]["raised"]["note"] = "Up a fifth on 2025"
    event = tmp_path / "limerick.yaml"
    event.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    assert _tile_notes(event)["fundraising.raised"] == "Up a fifth on 2025"


def test_the_deck_tile_and_the_band_say_it(tmp_path: Path) -> None:
    result = build(LIMERICK, Settings.simple(tmp_path / "out", TEMPLATES))
    deck = next(f for f in result.files if f.suffix == ".pptx")
    briefing = next(f for f in result.files if f.suffix == ".docx")
    tiles = [
        shape.text_frame.text
        for slide in Presentation(str(deck)).slides
        for shape in slide.shapes
        if shape.has_text_frame and "€1.46\u00a0million" in shape.text_frame.text.replace(" ", "\u00a0")
    ]
    assert any(text.rstrip().endswith("A record") for text in tiles), tiles
    first_page = docx_paragraphs(briefing)[:12]
    # on a line of its own under the band's label, not a fragment after it ('Raised for charity. A
    # record', review NN), bold in the numbers' colour
    assert any(p.startswith("Raised for charity") for p in first_page), first_page
    cell = [p.text for p in Document(str(briefing)).tables[0]._cells[0].paragraphs if p.text.strip()]
    assert cell[-2:] == ["Raised for charity", "A record"], cell
    note = Document(str(briefing)).tables[0]._cells[0].paragraphs[-1].runs[0]
    assert note.bold and note.font.color.theme_color is not None
