"""Reviews LL and MM: the news was on no slide. Where a key figure's quote calls its number a
record ('… more than €1.46 million, the most in the race's history', '… 412 papers, a record for
the symposium', '創下影展舉辦十二屆以來的最高紀錄'), the quote stays in the notes when the tile and a
bar print the number already (docs/data.md), and the deck said nowhere why the number was news.
The figure's tile and the briefing's band now say 'A record' in the event's language
(`FigureView.tile_note`), unless the file gives the figure a note of its own."""

from __future__ import annotations

import colorsys
import shutil
from pathlib import Path

import pytest
import yaml
from docx import Document
from lxml import etree
from pptx import Presentation

from reportgen.charts.theme import DEFAULT_THEME
from reportgen.data.contrast import AA_TEXT, contrast
from reportgen.data.prepare import prepare
from reportgen.data.superlatives import claims_record
from reportgen.office.ooxml import qn
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES, docx_paragraphs
from ..pipeline.test_chart_looks import _rewrite_theme

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


def _record_fill(deck: Path) -> etree._Element:
    """The colour of the run that says 'A record' under its tile."""
    for slide in Presentation(str(deck)).slides:
        for shape in slide.shapes:
            for paragraph in shape.text_frame.paragraphs if shape.has_text_frame else ():
                if paragraph.text == "A record":
                    return paragraph.runs[0]._r.find(qn("a:rPr") + "/" + qn("a:solidFill"))[0]
    raise AssertionError("no tile says 'A record'")


def _shaded(colour: str, element: etree._Element) -> str:
    """'#RRGGBB' of a theme colour with the luminance `element` (a:schemeClr) modifies it by."""
    hue, light, saturation = colorsys.rgb_to_hls(*(int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)))
    change = {child.tag: int(child.get("val")) / 100_000 for child in element}
    light = light * change.get(qn("a:lumMod"), 1) + change.get(qn("a:lumOff"), 0)
    return "#" + "".join(f"{round(v * 255):02X}" for v in colorsys.hls_to_rgb(hue, light, saturation))


def test_the_record_word_prints_in_the_templates_accent_that_reads(tmp_path: Path) -> None:
    """Round 20: 'A record' under its tile printed in the label's text colour: the default deck's
    second accent is 3.2:1 on the tile's fill, and the readability pass had set the theme's text
    colour instead. It keeps the template's accent, in a shade that reads (AA); a template whose
    accent reads on its tiles prints that accent as it is."""
    result = build(LIMERICK, Settings.simple(tmp_path / "out", TEMPLATES))
    deck = next(f for f in result.files if f.suffix == ".pptx")
    colour = _record_fill(deck)
    assert (colour.tag, colour.get("val")) == (qn("a:schemeClr"), "accent2")
    shown = _shaded(DEFAULT_THEME.secondary, colour)
    assert contrast(shown, DEFAULT_THEME.light) >= AA_TEXT, shown
    templates = tmp_path / "templates"
    templates.mkdir()
    shutil.copy(TEMPLATES / "briefing.docx", templates / "briefing.docx")
    _rewrite_theme(TEMPLATES / "deck.pptx", templates / "deck.pptx", {"accent2": "8E1B3A"})  # a wine red
    result = build(LIMERICK, Settings.simple(tmp_path / "restyled", templates))
    colour = _record_fill(next(f for f in result.files if f.suffix == ".pptx"))
    assert (colour.get("val"), len(colour)) == ("accent2", 0)  # 7.6:1 on the tile: no shade
