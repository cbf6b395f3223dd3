"""A section's one slide of text that is a line or two set large (a pull quote, the lower third
empty) prints its own figures' lines, which were on its tiles and in the speaker notes only
(reviews KK and LL: the Danish biennale's 'Salg og ordrer' without its order total, 'knap 47
millioner kroner'; the Turkish conference's 'Yatırım ve iş birlikleri', two centred sentences
without its USD 38 million of deals). A line whose number a text of the slide states already (the
news's quote) is not printed again: that would be its third printing."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation

from reportgen.data.derive import derive
from reportgen.data.formatting import Formatter
from reportgen.data.load import load_event
from reportgen.data.plan.stated import _Figures, _written_in
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
def test_no_pull_quote_leaves_off_its_tiles_own_sentences(event: Path) -> None:
    """A section's one slide of text, led by its summary, is no pull quote while a sentence the
    event file gives one of its tiles (not one the slide or a deck chart states already) is
    printed only on the tile: its lines fill the slide, at the body's size."""
    derived = _derived(event)
    locale = load_event(event).formatting.locale
    tiled = {f.ref for page in derived.glance_pages for f in page}
    deck = [c for c in derived.charts.values() if "deck" in c.documents]
    drawn = {round(b.value, 6) for c in deck for b in c.bars}
    for section in derived.deck_sections:
        if len(section.deck_pages) != 1 or section.deck_charts or section.lists:
            continue
        (page,) = section.deck_pages
        if page.layout != "points" or not page.pull or page.folded or not page.headline:
            continue
        if section.deck in ("own-slide", "fold"):  # the event file's say: its slide as it is
            continue
        said = _said(page)
        own = [f for f in section.figure_list if f.ref in tiled and f.own_sentence]
        stated = _written_in(_Figures(tuple(own)), [said, page.headline], locale)
        left = [
            f.sentence
            for f in own
            if f.sentence.rstrip("。.") not in said and f.ref not in stated and round(f.value, 6) not in drawn
        ]
        assert not left, (event.stem, section.id, left)


def test_the_danish_and_turkish_slides_print_their_sections_totals() -> None:
    danish = next(s for s in _derived(DANISH).deck_sections if s.id == "salg")
    assert "knap 47 millioner kroner" in _said(danish.deck_pages[0])
    assert not danish.deck_pages[0].pull
    turkish = next(s for s in _derived(TURKISH).deck_sections if s.id == "is_birligi")
    assert "neredeyse 38 milyon dolar" in _said(turkish.deck_pages[0])
    assert not turkish.deck_pages[0].pull


def test_a_line_whose_number_the_slides_quote_states_is_not_restored() -> None:
    """taipei's news quote '…國際買主達4.2萬人次，來自153個國家及地區。' is on the visitors' slide:
    the 4.2萬 and 153 lines stay off it (tile, quote: two printings; fold18 printed them again)."""
    derived = _derived(TAIPEI)
    section = next(s for s in derived.deck_sections if s.id == "visitors")
    said = _said(section.deck_pages[0])
    assert said.count("4.2萬") == 1 and said.count("153") == 1, said


@pytest.mark.parametrize(
    ("event", "title", "wanted"),
    [
        (DANISH, "Salg og ordrer", "knap 47 millioner kroner"),
        (TURKISH, "Yatırım ve iş birlikleri", "38 milyon"),
    ],
)
def test_the_built_slide_prints_the_sections_figure_once_and_cleanly(
    event: Path, title: str, wanted: str, tmp_path: Path
) -> None:
    result = build(event, Settings.simple(tmp_path, TEMPLATES))
    assert result.warnings == []
    deck = next(f for f in result.files if f.suffix == ".pptx")
    for slide in Presentation(str(deck)).slides:
        texts = [seen(s.text_frame.text).replace("\u2060", "") for s in slide.shapes if s.has_text_frame]
        if any(t.strip() == title for t in texts):  # the section's name, over its title
            break
    else:
        raise AssertionError(f"no slide of '{title}'")
    body = " ".join(texts)
    assert body.count(wanted) == 1, body
