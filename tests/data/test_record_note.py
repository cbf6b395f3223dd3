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

from reportgen.data.contrast import AA_TEXT, contrast
from reportgen.data.prepare import prepare
from reportgen.data.superlatives import claims_record
from reportgen.office.look import deck_look
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
    # the briefing opens with the record in its quote's words (plan/news_lede.py, review RR4 #9),
    # and the band keeps it with its record mark (review UU4 D): the trend's last bar in the
    # briefing gives way (two printings)
    lede = next(p for p in docx_paragraphs(briefing) if "ended on" in p)
    assert lede.startswith("Between sponsorship, online giving and the buckets on the day, runners raised")
    assert "the most in the race’s history. Limerick Half 2026 ended on" in lede.replace("'", "’"), lede
    band = " ".join(c.text for c in Document(str(briefing)).tables[0]._cells)
    assert "1.46" in band and "A record" in band, band
    # where the band prints the record (Polarlys: no chart draws it), on a line of its own under the
    # band's label, not a fragment after it ('Raised for charity. A record', review NN), bold in
    # the numbers' colour
    nb = LIMERICK.with_name("polarlys-tromso-nb-no.yaml")
    polarlys = build(nb, Settings.simple(tmp_path / "nb", TEMPLATES))
    briefing = next(f for f in polarlys.files if f.suffix == ".docx")
    cell = [p.text for p in Document(str(briefing)).tables[0]._cells[0].paragraphs if p.text.strip()]
    assert cell[-2:] == ["Besøkende", "Rekord"], cell
    note = Document(str(briefing)).tables[0]._cells[0].paragraphs[-1].runs[0]
    assert note.bold and note.font.color.theme_color is not None


def _record_tile(deck: Path):
    """The tile that says 'A record', and the run that says it."""
    for slide in Presentation(str(deck)).slides:
        for shape in slide.shapes:
            for paragraph in shape.text_frame.paragraphs if shape.has_text_frame else ():
                if paragraph.text == "A record":
                    return shape, paragraph.runs[0]
    raise AssertionError("no tile says 'A record'")


def _scheme(element: etree._Element | None) -> str:
    """The scheme colour name a fill or run refers to ('accent1'), '' for none."""
    solid = element.find(qn("a:solidFill")) if element is not None else None
    return solid[0].get("val", "") if solid is not None and solid[0].tag == qn("a:schemeClr") else ""


def _shaded(colour: str, element: etree._Element) -> str:
    """'#RRGGBB' of a theme colour with the luminance `element` (a:schemeClr) modifies it by."""
    hue, light, saturation = colorsys.rgb_to_hls(*(int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)))
    change = {child.tag: int(child.get("val")) / 100_000 for child in element}
    light = light * change.get(qn("a:lumMod"), 1) + change.get(qn("a:lumOff"), 0)
    return "#" + "".join(f"{round(v * 255):02X}" for v in colorsys.hls_to_rgb(hue, light, saturation))


#: DrawingML's scheme names as a slide's colour map gives them, to the theme's (Look.colours).
_MAPPED = {"tx1": "text1", "bg1": "background1", "tx2": "text2", "bg2": "background2"}


def _shown(run, prs) -> str:
    """'#RRGGBB' of a run's colour as shown: its scheme colour in the deck's theme, shaded as it says."""
    colour = run._r.find(qn("a:rPr") + "/" + qn("a:solidFill"))[0]
    if colour.tag == qn("a:srgbClr"):
        return "#" + colour.get("val")
    look = deck_look(prs)
    return _shaded(look.colour(_MAPPED.get(colour.get("val"), colour.get("val"))), colour)


def _built_deck(folder: Path, templates: Path = TEMPLATES):
    result = build(LIMERICK, Settings.simple(folder, templates))
    return Presentation(str(next(f for f in result.files if f.suffix == ".pptx")))


def _record_slide(prs) -> tuple[list, object]:
    """The tiles of the slide whose tile says 'A record', and that tile."""
    for slide in prs.slides:
        tiles = [s for s in slide.shapes if s.name.startswith("Key figure")]
        marked = [t for t in tiles if any(p.text == "A record" for p in t.text_frame.paragraphs)]
        if marked:
            return tiles, marked[0]
    raise AssertionError("no tile says 'A record'")


def test_the_record_s_tile_is_filled_with_the_templates_accent_its_words_readable(tmp_path: Path) -> None:
    """Review OO1: 'A record' was a small line under its tile's label, read as a footnote. Its tile
    is now filled with the theme's first accent (by reference: a restyled theme restyles it), every
    other tile keeps the template's fill, and each of its runs reads on it (AA): the word in the
    template's second accent, in a shade, where one reads."""
    prs = _built_deck(tmp_path / "out")
    tiles, record = _record_slide(prs)
    fills = [_scheme(t._element.spPr) for t in tiles]
    assert len(fills) == 8 and fills.count("accent1") == 1 and _scheme(record._element.spPr) == "accent1", (
        fills
    )
    fill = deck_look(prs).colour("accent1")
    word = next(p for p in record.text_frame.paragraphs if p.text == "A record").runs[0]
    assert word._r.find(qn("a:rPr") + "/" + qn("a:solidFill"))[0].get("val") == "accent2"
    runs = [r for p in record.text_frame.paragraphs for r in p.runs if r.text.strip()]
    assert all(contrast(_shown(r, prs), fill) >= AA_TEXT for r in runs), [
        (r.text, _shown(r, prs)) for r in runs
    ]
    # a restyled theme, its first accent a light yellow: the tile's text then dark on it
    templates = tmp_path / "templates"
    templates.mkdir()
    shutil.copy(TEMPLATES / "briefing.docx", templates / "briefing.docx")
    _rewrite_theme(TEMPLATES / "deck.pptx", templates / "deck.pptx", {"accent1": "F2C94C"})
    prs = _built_deck(tmp_path / "restyled", templates)
    _, record = _record_slide(prs)
    assert _scheme(record._element.spPr) == "accent1"
    runs = [r for p in record.text_frame.paragraphs for r in p.runs if r.text.strip()]
    assert all(contrast(_shown(r, prs), "#F2C94C") >= AA_TEXT for r in runs), [
        (r.text, _shown(r, prs)) for r in runs
    ]
