"""The editorial plan (data/derive.py), checked on its decisions and on the documents it makes:
each figure on the briefing's first page once, a tile left to the chart whose headline states its
figure, small sections folded into other slides, one source as a line, not a slide (issue 19
items 2 and 3)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportgen.data.derive import OTHER_HIGHLIGHTS, DeckPage, SectionView, _folded, derive
from reportgen.data.formatting import Formatter
from reportgen.data.load import load_event
from reportgen.office.quality import check_briefing, check_deck
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES, WAIC, WAIC_ZH

CORPUS = sorted((ROOT / "tests" / "events").glob("*.yaml"))
EXAMPLES = sorted((ROOT / "data" / "examples").glob("*.yaml"))
EVENTS = [*CORPUS, WAIC, *EXAMPLES, WAIC_ZH]
# The plan's figure checks still find these (a two-value chart's sentence, its bullets and a note
# print one figure; a key figure with a breakdown is in the band, its bullet and the source's words),
# and its slide checks these decks, each with a section it has nowhere to fold or narrow bullets.
STILL_REPEATS = {"waic2022", "harbourside-expo-2025"}
STILL_NEAR_EMPTY = {"city-marathon", "eleven-figures-long-chart", "expo-zh", "one-figure", "twelve-figures"}


def _derived(path: Path):
    summary = load_event(path)
    return derive(summary, Formatter(summary.formatting.locale, dict(summary.formatting.currency_labels)))


@pytest.mark.parametrize("event", EVENTS, ids=lambda path: path.stem)
def test_the_briefings_first_page_prints_each_figure_once(event: Path) -> None:
    derived = _derived(event)
    band = [f.ref for f in derived.headline_figures]
    table = [f.ref for f in derived.table_figures]
    assert not set(band) & set(table)
    assert set(band) | set(table) == {f.ref for f in derived.key_figures} | set(band)
    shown = set(band) | set(table)
    for section in derived.sections.values():
        for figure in section.briefing_figures:  # a bullet prints it again only for its breakdown
            assert figure.ref not in shown or figure.parts, (section.id, figure.ref)


def test_a_tile_is_left_to_the_chart_whose_headline_states_it() -> None:
    derived = _derived(WAIC)
    tiles = [f.label for page in derived.glance_pages for f in page]
    assert tiles == [
        "Representative AI industrial projects signed",
        "Visits to the WAIC metaverse",
        "Online viewers",
    ]
    caption = derived.charts["capital"].caption
    assert caption.startswith("Nearly RMB\u00a015\u00a0billion")
    assert "Total investment of the signed projects" not in tiles


def test_a_small_section_joins_the_slide_of_text_before_it() -> None:
    derived = _derived(ROOT / "tests" / "events" / "peace-summit.yaml")
    titles = [s.title for s in derived.deck_sections if s.deck_pages]
    assert "Speakers" not in titles
    declaration = next(s for s in derived.deck_sections if s.title == "The Lucerne Declaration")
    points = declaration.deck_pages[-1].points
    at = points.index("Speakers")  # its bullets under its name, not read as the declaration's
    assert points[at + 1 : at + 3] == (
        "Elena Marković, Minister of Water, opened the summit.",
        "Idris Haddad, Secretary-General of the Basin Council, closed the summit.",
    )
    assert points[-1] == "Source: “Closing communiqué (sample)”"  # one source: its last line
    assert derived.sources_slide is False


def _section(sid: str, title: str, pages: tuple[DeckPage, ...]) -> SectionView:
    return SectionView(sid, title, None, {}, (), {}, (), (), deck_pages=pages)


def test_small_sections_share_an_other_highlights_slide() -> None:
    """Two small sections after a chart slide, which cannot take bullets: one slide for both."""
    chart = DeckPage("chart", "c", (), "A finding", True, False)
    small = DeckPage(
        "points",
        "",
        ("The opening ceremony was held in the main hall of the congress centre", "Closing ceremony: 1"),
        "",
        True,
        False,
    )
    other = DeckPage(
        "points",
        "",
        ("A gala dinner for all delegations on the second evening by the lake", "Press conferences: 4"),
        "",
        True,
        False,
    )
    sections = (
        _section("a", "Chart", (chart,)),
        _section("b", "Ceremonies", (small,)),
        _section("c", "Extras", (other,)),
    )
    folded = _folded(sections, Formatter("en_GB"))
    assert [s.deck_pages for s in folded[:3]] == [(chart,), (), ()]
    assert folded[3].id == OTHER_HIGHLIGHTS and folded[3].title == "Other highlights"
    assert folded[3].deck_pages[0].points == ("Ceremonies", *small.points, "Extras", *other.points)
    assert _folded(sections, Formatter("de_DE"))[3].title == "Weitere Höhepunkte"


def test_a_full_slide_is_not_folded() -> None:
    points = tuple(
        f"Delegation number {n} from a river-basin state: more than {n * 10} people" for n in range(5)
    )
    page = DeckPage("points", "", points, "Three days of talks between river-basin states.", True, False)
    sections = (_section("a", "The summit", (page,)),)
    assert _folded(sections, Formatter("en_GB")) == sections


@pytest.mark.parametrize("event", EVENTS, ids=lambda path: path.stem)
def test_the_documents_keep_to_the_plan(event: Path, tmp_path: Path) -> None:
    result = build(event, Settings.simple(tmp_path / "out", TEMPLATES))
    files = {f.suffix: f for f in result.files if f.suffix in {".docx", ".pptx"}}
    derived = _derived(event)
    amounts = [f.amount_text for f in derived.figures.values()]
    locale = load_event(event).formatting.locale
    deck = [
        w for w in check_deck(files[".pptx"], "deck", amounts, locale, plan=True) if "% of the slide" in w
    ]
    repeats = [
        w
        for path in files.values()
        for w in (check_deck if path.suffix == ".pptx" else check_briefing)(
            path, "d", amounts, locale, plan=True
        )
        if "is printed" in w
    ]
    stem = event.stem.removesuffix(".zh")
    if stem not in STILL_REPEATS:
        assert repeats == []
    if event.stem not in STILL_NEAR_EMPTY:
        assert deck == []
