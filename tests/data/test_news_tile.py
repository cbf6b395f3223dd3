"""Review WW2 #2 and WW1 #11: the news's tile (`headline: true`) looked like the tiles beside it
where it was no record (the ja fair's 約210億円 商談額), and a headline that fell said nothing of it
(the zh_TW festival's '約38.5萬 / 2026年觀眾人次' read as good news). The news's tile is set apart
whether or not it is a record (office/powerpoint/record_tiles.py), and a headline whose trend rose
or fell on the year before carries that change as its mark, 'about' where its amounts are
(chart_findings.about_step_change); the document check names a news tile filled as its row is
(office/news_tile.py)."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path

import pytest
from lxml import etree
from pptx import Presentation
from pptx.enum.dml import MSO_THEME_COLOR

from reportgen.data import chart_findings
from reportgen.data.formatting import Formatter
from reportgen.data.prepare import prepare
from reportgen.office.ooxml import qn
from reportgen.office.powerpoint.record_tiles import labelled
from reportgen.office.powerpoint.tile_lines import text_need
from reportgen.office.powerpoint.tile_room import MARKED_MARGIN, insets
from reportgen.office.quality import check_deck
from reportgen.pipeline.pipeline import BuildResult

from ..conftest import ROOT

REVIEWS = ROOT / "tests" / "data" / "review_events"
FAIR = REVIEWS / "monozukuri-tenjikai-nagoya-ja-jp.yaml"  # 約210億円, no record, no trend
FESTIVAL = REVIEWS / "wenhuajie-tainan-zh-tw.yaml"  # 約46.8萬 in 2025, 約38.5萬 in 2026
HOCKEY = REVIEWS / "prairie-cup-hockey-en-ca.yaml"  # a record: 'the largest ever'
RUN = REVIEWS / "bieg-dla-szpitala-pl.yaml"  # the record of its five years' trend
EXPO = REVIEWS / "bengaluru-techexpo-en-in.yaml"  # a fair of two pages of tiles


def _about(locale: str) -> Callable[[float], str]:
    fmt = Formatter(locale)
    return lambda share: fmt.shares([share], approximate=True)[0]


def _points(*values: float, bound: str = "around") -> list[chart_findings.Point]:
    years = range(2026 - len(values) + 1, 2027)
    return [
        chart_findings.Point(str(y), v, bound, f"{v:g}", f"{v:g}") for y, v in zip(years, values, strict=True)
    ]


@pytest.mark.parametrize(
    ("locale", "values", "words"),
    [
        ("zh_TW", (412000, 468000, 385000), ("2025", "約18%", "下降")),
        ("en_GB", (412000, 468000, 385000), ("Down about 18%", "2025")),
        ("de_DE", (41000, 52000, 60000), ("15", "2025")),
        ("ko_KR", (70000, 81200, 68400), ("16", "2025")),
    ],
)
def test_a_change_of_about_amounts_is_said_about_in_whole_percent(
    locale: str, values: tuple[float, ...], words: tuple[str, ...]
) -> None:
    change, said = chart_findings.about_step_change(_points(*values), "years", locale, _about(locale))
    assert change and all(w in said for w in words), said
    assert "." not in said.split("2025")[-1].replace("年", ""), said  # whole percent, no decimals


@pytest.mark.parametrize(
    ("values", "bound"),
    [
        ((412000, 468000, 455000), "around"),  # under 5%: 'about' amounts tell no such change
        ((412000, 468000, 385000), "above"),  # 'more than' either year: it may go either way
        ((412000, 468000, 385000), "exact"),  # exact: step_change's, to a decimal
    ],
)
def test_no_about_change_where_the_amounts_cannot_tell_it(values: tuple[float, ...], bound: str) -> None:
    assert chart_findings.about_step_change(
        _points(*values, bound=bound), "years", "en_GB", _about("en_GB")
    ) == (
        0.0,
        "",
    )


def test_the_festivals_fall_is_its_headline_tiles_mark() -> None:
    plan = prepare(FESTIVAL).derived
    news = next(f for page in plan.glance_pages for f in page if f.headline)
    assert "2025" in news.tile_badge and "18%" in news.tile_badge, news.tile_badge


def _news_tiles(deck: Path, label: str) -> list[tuple[int, object, list[object]]]:
    found = []
    for number, slide in enumerate(Presentation(str(deck)).slides, start=1):
        tiles = [s for s in slide.shapes if s.name.startswith("Key figure")]
        found += [(number, t, tiles) for t in tiles if labelled(t._element, frozenset((label,)))]
    return found


def _copy_fill(source: object, target: object) -> None:
    fills = ("solidFill", "gradFill", "pattFill", "noFill")
    props = [s._element.find(qn("p:spPr")) for s in (source, target)]  # type: ignore[attr-defined]
    for child in [c for c in props[1] if etree.QName(c).localname in fills]:
        props[1].remove(child)
    at = next(
        (i for i, c in enumerate(props[1]) if etree.QName(c).localname in ("ln", "effectLst")), len(props[1])
    )
    for child in reversed([c for c in props[0] if etree.QName(c).localname in fills]):
        props[1].insert(at, copy.deepcopy(child))


def _accent(shape: object) -> bool:
    fill = shape.fill  # type: ignore[attr-defined]
    return (
        fill.type == 1
        and fill.fore_color.type is not None
        and fill.fore_color.theme_color == MSO_THEME_COLOR.ACCENT_1
    )


@pytest.mark.parametrize("event", [FAIR, FESTIVAL, HOCKEY, RUN, EXPO], ids=lambda p: p.stem)
def test_the_news_tile_is_the_one_filled(event: Path, built_event: Callable[[Path], BuildResult]) -> None:
    result = built_event(event)
    deck = next(f for f in result.files if f.suffix == ".pptx")
    plan = prepare(event).derived
    news = next(f for page in plan.glance_pages for f in page if f.headline)
    ((number, tile, tiles),) = _news_tiles(deck, news.label)
    assert _accent(tile), (event.stem, number)
    assert not any(_accent(t) for t in tiles if t is not tile), event.stem
    assert not [w for w in result.warnings if "tile of the news" in w]


def test_the_check_names_a_news_tile_filled_as_its_row(
    tmp_path: Path, built_event: Callable[[Path], BuildResult]
) -> None:
    deck = next(f for f in built_event(FAIR).files if f.suffix == ".pptx")
    label = next(f for page in prepare(FAIR).derived.glance_pages for f in page if f.headline).label
    assert not [
        w for w in check_deck(deck, "deck.pptx", locale="ja_JP", news=[label]) if "tile of the news" in w
    ]
    prs = Presentation(str(deck))
    for slide in prs.slides:  # the news's tile filled as the tile beside it is
        tiles = [s for s in slide.shapes if s.name.startswith("Key figure")]
        for tile in (t for t in tiles if labelled(t._element, frozenset((label,)))):
            other = next(t for t in tiles if t is not tile)
            _copy_fill(other, tile)
    bad = tmp_path / "bad.pptx"
    prs.save(str(bad))
    warned = [
        w for w in check_deck(bad, "deck.pptx", locale="ja_JP", news=[label]) if "tile of the news" in w
    ]
    assert warned and label in warned[0], warned


@pytest.mark.parametrize("event", [RUN, FESTIVAL, FAIR], ids=lambda p: p.stem)
def test_the_news_tile_holds_its_mark_off_its_edge(
    event: Path, built_event: Callable[[Path], BuildResult]
) -> None:
    """Review VV3 #7: the pl charity run's tile of four lines (label, as-of stamp, mark), its mark
    against the tile's bottom edge: the news's tile has MARKED_MARGIN over and under its text
    together, its row taller or the slide's labels a step smaller."""
    deck = next(f for f in built_event(event).files if f.suffix == ".pptx")
    label = next(f for page in prepare(event).derived.glance_pages for f in page if f.headline).label
    ((_, tile, _),) = _news_tiles(deck, label)
    spare = tile.height - text_need(tile) - insets(tile)  # type: ignore[attr-defined]
    assert spare >= MARKED_MARGIN, (event.stem, spare / 12700)
