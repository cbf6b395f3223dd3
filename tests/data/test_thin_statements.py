"""A section's one slide of text that is a line or two set large (a pull quote, the lower third
empty) takes back no line of its tiles: the glance printed them a slide or two before (review PP,
after reviews KK and LL had asked for them: the Turkish conference's slide 4 repeated its '38
milyon' tile; the Danish biennale's 'Salg og ordrer' was titled by its 'knap 47 millioner
kroner'). It joins its neighbour's text slide where that has room, or stays as it is. A line
whose number a text of the slide states already (the news's quote) is not printed again: that
would be its third printing."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation

from reportgen.data.derive import derive
from reportgen.data.formatting import Formatter
from reportgen.data.load import load_event
from reportgen.data.plan.sentence_words import unprinted_words
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES, seen

REVIEWS = ROOT / "tests" / "data" / "review_events"
DANISH = REVIEWS / "designbiennale-kolding-da-dk.yaml"
TURKISH = REVIEWS / "oyun-gelistiricileri-istanbul-tr-tr.yaml"
TAIPEI = ROOT / "tests" / "events" / "languages" / "taipei-computer-expo-2026.yaml"
EVENTS = [
    *sorted(REVIEWS.glob("*.yaml")),
    *sorted((ROOT / "tests" / "events").glob("*.yaml")),
    *sorted((ROOT / "tests" / "events").glob("*/*.yaml")),
]


def _derived(path: Path):
    summary = load_event(path)
    return derive(summary, Formatter(summary.formatting.locale, dict(summary.formatting.currency_labels)))


def _said(page) -> str:
    return " ".join(str(t) for t in (page.title_finding, page.lead, *page.points))


@pytest.mark.parametrize("event", EVENTS, ids=lambda path: path.stem)
def test_no_slide_says_a_tile_again_in_its_own_words(event: Path) -> None:
    """No slide of a section prints the own sentence of one of its tiles that says nothing the tile
    does not (its words beyond the label, the section's title and summary: none, `unprinted_words`):
    the glance printed that number a slide or two before (review PP: the Turkish conference's
    slide 4 repeated the '38 milyon' tile; the Danish 'Salg og ordrer' took back 'knap 47
    millioner kroner' the same way). A thin slide joins its neighbour instead, or stays thin."""
    summary = load_event(event)
    derived = _derived(event)
    tiled = {f.ref for page in derived.glance_pages for f in page}
    for section in derived.deck_sections:
        said = " ".join(_said(page) for page in section.deck_pages)
        again = [
            f.sentence
            for f in section.figure_list
            if f.ref in tiled
            and f.own_sentence
            and not unprinted_words(f, section, summary.event.name)
            and f.sentence in said
        ]
        assert not again, (event.stem, section.id, again)


def test_the_turkish_deals_line_says_nothing_its_tile_does_not() -> None:
    """'… toplam değeri {value} oldu.': a Turkish copula after the value and the word for 'in all'
    are no words of their own (the tile is the total)."""
    summary = load_event(TURKISH)
    derived = _derived(TURKISH)
    section = next(s for s in derived.deck_sections if s.id == "is_birligi")
    deals = next(f for f in section.figure_list if f.id == "yatirim")
    assert unprinted_words(deals, section, summary.event.name) == ()
    assert "38 milyon" not in " ".join(_said(page) for page in section.deck_pages)


def test_the_danish_sales_slide_prints_its_own_lines_not_its_tiles() -> None:
    """'Salg og ordrer' prints its summary and the lines the glance does not; its order total
    stays the glance's tile. The visitors' quote before it is no host: the glance takes that slide
    of one text into its notes (test_glance_lead_tiles.py)."""
    derived = _derived(DANISH)
    (page,) = next(s for s in derived.deck_sections if s.id == "salg").deck_pages
    assert "knap 47" not in _said(page) and "6,3 millioner kroner" in _said(page)
    assert not any("salg" in p.folded for s in derived.deck_sections for p in s.deck_pages)


def test_a_line_whose_number_the_slides_quote_states_is_not_restored() -> None:
    """taipei's news quote '…國際買主達4.2萬人次，來自153個國家及地區。' is on the visitors' slide:
    the 4.2萬 and 153 lines stay off it (tile, quote: two printings; fold18 printed them again)."""
    derived = _derived(TAIPEI)
    section = next(s for s in derived.deck_sections if s.id == "visitors")
    said = _said(section.deck_pages[0])
    assert said.count("4.2萬") == 1 and said.count("153") == 1, said


@pytest.mark.parametrize(
    ("event", "wanted"),
    [(DANISH, "knap 47 millioner kroner"), (TURKISH, "38 milyon")],
)
def test_the_built_deck_prints_the_tile_once_and_cleanly(event: Path, wanted: str, tmp_path: Path) -> None:
    result = build(event, Settings.simple(tmp_path, TEMPLATES))
    assert result.warnings == []
    deck = next(f for f in result.files if f.suffix == ".pptx")
    texts = [
        " ".join(seen(s.text_frame.text).replace("\u2060", "").split())
        for slide in Presentation(str(deck)).slides
        for s in slide.shapes
        if s.has_text_frame
    ]
    body = " ".join(texts)
    assert body.count(wanted) == 1, body


def test_a_thin_slide_joins_the_text_slide_before_it_where_that_has_room(tmp_path: Path) -> None:
    """The Turkish conference without the news's quote: its attendance slide has room, and the
    deals' two sentences join it under their section's name rather than stand alone, set large,
    and the build's check stays clean (review PP)."""
    text = TURKISH.read_text(encoding="utf-8")
    quote = text[text.index("        quote:\n          source: kapanis") : text.index("      studyo:")]
    event = tmp_path / TURKISH.name
    event.write_text(text.replace(quote, ""), encoding="utf-8")
    derived = _derived(event)
    assert not next(s for s in derived.deck_sections if s.id == "is_birligi").deck_pages
    (host,) = next(s for s in derived.deck_sections if s.id == "katilim").deck_pages
    assert host.folded == ("is_birligi",) and "Yatırım ve iş birlikleri" in host.heads
    assert any("2,5 milyon TL" in p for p in host.points) and "38 milyon" not in _said(host)
    result = build(event, Settings.simple(tmp_path / "out", TEMPLATES))
    assert result.warnings == []
