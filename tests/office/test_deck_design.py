"""The default deck's design as a reader meets it: tiles in data order, for any number of key figures."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from pptx import Presentation

from reportgen.data.prepare import prepare
from reportgen.office.powerpoint import render_deck
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings
from tests.conftest import ROOT, TEMPLATES, seen


def _event(count: int) -> str:
    figures = "\n".join(
        f"      f{i:02d}: {{label: Figure number {i}, value: {1000 + i}, key: true}}"
        for i in range(1, count + 1)
    )
    return (
        "event: {name: Tile Test 2026, short_name: TT 2026, year: 2026, city: Lyon,"
        " closing_date: 2026-05-04}\n"
        "sources: {release: {title: Closing release}}\n"
        "sections:\n  all:\n    title: All\n    figures:\n" + figures + "\n"
    )


def _deck(tmp_path: Path, text: str) -> Presentation:
    path = tmp_path / "event.yaml"
    path.write_text(text, encoding="utf-8")
    prepared = prepare(path)
    out = tmp_path / "deck.pptx"
    render_deck(TEMPLATES / "deck.pptx", prepared.context, {}, prepared.formatter, out)
    return Presentation(str(out))


@pytest.mark.parametrize("count", range(1, 13))
def test_tiles_come_out_in_data_order_each_figure_once(tmp_path: Path, count: int) -> None:
    prs = _deck(tmp_path, _event(count))
    seen = []
    for slide in prs.slides:
        for shape in slide.shapes:
            if shape.name.startswith("Key figure"):
                seen.append(shape.text_frame.text.splitlines()[-1])
    if count == 1:  # one number is no glance: its section's slide prints it (test_lone_tile.py)
        texts = [s.text_frame.text for slide in prs.slides for s in slide.shapes if s.has_text_frame]
        assert seen == [] and any("1,001" in t for t in texts), texts
        return
    assert seen == [f"Figure number {i}" for i in range(1, count + 1)]


EVENTS = Path(__file__).resolve().parents[1] / "events"
UNBOUND = re.compile(r"\d (billion|million|thousand|m²|%)|\b(EUR|RMB|USD) \d")


def test_no_number_parts_from_its_unit_and_tiles_fit_their_numbers(tmp_path: Path) -> None:
    prepared = prepare(EVENTS / "seven-figures.yaml")
    out = tmp_path / "deck.pptx"
    render_deck(TEMPLATES / "deck.pptx", prepared.context, {}, prepared.formatter, out)
    prs = Presentation(str(out))
    texts = [s.text_frame.text for slide in prs.slides for s in slide.shapes if s.has_text_frame]
    assert texts and not [t for t in texts if UNBOUND.search(t)]
    tiles = {
        seen(s.text_frame.text.splitlines()[-1]): s
        for slide in prs.slides
        for s in slide.shapes
        if s.name.startswith("Key figure")
    }
    assert tiles["Visitors under 30"].text_frame.text == "61%\nVisitors under\u00a030"  # as English sets it
    rights = tiles["Rights deals signed"].text_frame.paragraphs[1]
    assert rights.text == "EUR\u00a015\u00a0billion"
    size = rights.runs[0].font.size.pt
    # whole at 40 pt in a half-width tile of the two-by-two grid (a third-width tile shrank it)
    assert 16 <= size <= 40
    width_pt = (tiles["Rights deals signed"].width - 2 * 91440) / 12700
    assert _em_width(rights.text) * size <= width_pt


def _em_width(text: str) -> float:
    from reportgen.office.powerpoint.fit import _char_em

    return sum(_char_em(c) for c in text)


def test_every_slide_has_a_title_and_the_title_slide_uses_the_title_slide_layout(deck_path: Path) -> None:
    prs = Presentation(str(deck_path))
    for number, slide in enumerate(prs.slides, start=1):
        assert slide.shapes.title is not None and slide.shapes.title.text_frame.text.strip(), number
    first = prs.slides[0]
    assert first.slide_layout.name == "Title Slide"
    assert seen(first.shapes.title.text_frame.text) == "World Artificial Intelligence Conference 2022"
    dates = "3\u00a0September\u00a02022\u00a0· Shanghai,\u00a0China"  # the dot tied to the date before it
    assert first.placeholders[1].text_frame.text.endswith(dates)


def test_the_deck_and_the_briefing_speak_the_events_language(deck_path: Path, briefing_path: Path) -> None:
    with zipfile.ZipFile(deck_path) as deck:
        xml = "".join(deck.read(n).decode() for n in deck.namelist() if n.endswith(".xml"))
    tags = set(re.findall(r' lang="([^"]+)"', xml))
    assert tags == {"en-GB"}
    with zipfile.ZipFile(briefing_path) as briefing:
        styles = briefing.read("word/styles.xml").decode()
    assert set(re.findall(r'<w:lang w:val="([^"]+)"', styles)) == {"en-GB"}


def test_body_text_is_in_the_layouts_body_placeholders(deck_path: Path) -> None:
    prs = Presentation(str(deck_path))
    bodies = {
        shape.name: shape
        for slide in prs.slides
        for shape in slide.shapes
        if shape.name in {"Points", "Section text", "Sources"}
    }
    assert set(bodies) == {"Points", "Section text"}  # WAIC's one source is its last slide's footer
    for name, shape in bodies.items():
        assert shape.is_placeholder and shape.placeholder_format.idx == 1, name
    last = prs.slides[len(prs.slides) - 1]
    source = next(shape.text_frame.text for shape in last.shapes if shape.name == "Source")
    assert source.startswith("Source: “The World Artificial Intelligence Conference 2022 was successfully")


@pytest.mark.parametrize(("locale", "expected"), [("en_GB", "61%"), ("de_DE", "61\u00a0%"), ("zh_CN", "61%")])
def test_a_percent_tile_sets_the_sign_as_its_language_does(locale: str, expected: str) -> None:
    """'61 %' on an English tile: the gap before '%' is the language's (none in English and
    Chinese, a no-break space in German); a unit such as 'ha' keeps its no-break space."""
    from reportgen.data.derive import derive
    from reportgen.data.formatting import Formatter
    from reportgen.data.load import load_event

    summary = load_event(ROOT / "tests" / "events" / "agri-fair.yaml")
    derived = derive(summary, Formatter(locale, {}))
    share = next(f for f in derived.key_figures if f.unit_symbol == "%")
    area = next(f for f in derived.key_figures if f.unit_symbol == "ha")
    assert share.amount_text + share.symbol_gap + share.unit_symbol == expected
    assert area.symbol_gap == "\u00a0"


@pytest.mark.parametrize(
    "event", ["tests/events/tech-meetup.yaml", "tests/data/review_events/tasman-marine-symposium-en-au.yaml"]
)
def test_the_sources_sit_off_the_slides_foot_in_footnote_type(tmp_path: Path, event: str) -> None:
    """The deck's sources are a footnote: 12 pt at most, and their box ends 0.2 in or more above the
    slide's foot (reviews OO: five lines of 16 pt ran to 0.05 in of the edge)."""
    result = build(ROOT / event, Settings.simple(tmp_path, TEMPLATES))
    deck = Presentation(str(next(f for f in result.files if f.name.endswith("-deck.pptx"))))
    sources = [
        shape
        for slide in deck.slides
        for shape in slide.shapes
        if shape.name == "Source" and shape.has_text_frame and shape.text_frame.text.strip()
    ]
    assert sources, "the event's sources are printed in a slide's footer"
    for shape in sources:
        assert deck.slide_height - (shape.top + shape.height) >= 0.2 * 914400
        sizes = {run.font.size.pt for p in shape.text_frame.paragraphs for run in p.runs if run.font.size}
        assert sizes and max(sizes) <= 12
