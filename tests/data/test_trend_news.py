"""Review QQ1: the news a trend makes of its last year reached neither the glance nor the band. A
charity run's amount raised tops a five-year trend ending in the headline figure, and its tile had
no mark; a festival's attendance fell on the year before, and its tile said nothing of it. The
data proves either (plan/trend_news.py): the record of the series, 'Highest of 2022–2026' in the
language (the tile's badge, the band's line, and the page's title through plan/news.py), or the
change on the year before, 'Down 15.8% since 2025', unless a key figure prints that change."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from docx import Document
from pptx import Presentation

from reportgen.data import chart_findings
from reportgen.data.derive import derive
from reportgen.data.formatting import Formatter
from reportgen.data.load import load_event
from reportgen.data.plan_view import plan_data, plan_text
from reportgen.data.prepare import prepare
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

EVENTS = ROOT / "tests" / "data" / "review_events"
RUN = EVENTS / "bieg-dla-szpitala-pl.yaml"  # the amount raised: above each of the four years before
FESTIVAL = EVENTS / "seomjin-riverfest-ko-kr.yaml"  # attendance: 81,200 in 2025, 68,400 in 2026


def _points(*values: float, bound: str = "exact") -> list[chart_findings.Point]:
    years = range(2026 - len(values) + 1, 2027)
    return [
        chart_findings.Point(str(y), v, bound, f"{v:g}", f"{v:g}") for y, v in zip(years, values, strict=True)
    ]


@pytest.mark.parametrize(
    ("values", "record"),
    [
        ((380, 720, 1150, 1690, 2430), 1),
        ((52, 61, 74, 81, 68), 0),  # a fall, not the lowest: no record of the series
        ((90, 80, 75, 70, 40), -1),
        ((100, 300, 200, 300), 0),  # a tie with another year is no record
    ],
)
def test_a_series_record_is_its_last_above_or_below_all(values: tuple[float, ...], record: int) -> None:
    assert chart_findings.series_record(_points(*values), "years") == record


def test_an_approximate_last_is_a_record_only_where_its_slack_stays_above() -> None:
    points = [*_points(100, 120, 130), chart_findings.Point("2027", 135, "around", "about 135", "135")]
    assert chart_findings.series_record(points, "years") == 0  # 'about 135' may be below 130


def test_the_change_on_the_year_before_is_computed_from_two_exact_amounts() -> None:
    change, said = chart_findings.step_change(
        _points(52300, 61700, 74900, 81200, 68400), "years", "en_GB", lambda s: f"{s * 100:.1f}%"
    )
    assert round(change, 3) == -0.158 and said == "Down 15.8% since 2025"
    approximate = [*_points(52300, 61700, 74900), chart_findings.Point("2026", 1, "around", "", "1")]
    assert chart_findings.step_change(approximate, "years", "en_GB", str) == (0.0, "")


def _notes(event: Path) -> dict[str, str]:
    return {f.ref: f.tile_note for f in prepare(event).derived.figures.values()}


def test_a_fall_on_the_year_before_notes_the_headline_in_the_language(tmp_path: Path) -> None:
    data = yaml.safe_load(FESTIVAL.read_text(encoding="utf-8"))
    del data["sections"]["gwangaek"]["figures"]["gamso"]  # no key figure states the fall
    event = tmp_path / "festival.yaml"
    event.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    # 12,800 of 81,200 is 15.76…%: rounded, and it says so; its year as the document prints years
    assert _notes(event)["gwangaek.chong"] == "2025년 대비 약 15.8% 감소"


def test_a_change_a_key_figure_prints_is_not_noted_again() -> None:
    assert _notes(FESTIVAL)["gwangaek.chong"] == ""  # the '15.8%' tile says it


@pytest.fixture(scope="module")
def run_built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("run")
    build(RUN, Settings.simple(out, TEMPLATES))
    return out


def test_a_series_record_marks_the_tile_and_the_band(run_built: Path) -> None:
    deck = Presentation(str(next(run_built.glob("*-deck.pptx"))))
    glance = deck.slides[1]
    texts = [s.text_frame.text for s in glance.shapes if s.has_text_frame]
    assert any("w latach 2022–2026" in t.replace("\u00a0", " ") for t in texts), texts
    briefing = Document(str(next(run_built.glob("*-briefing.docx"))))
    cells = [c.text for t in briefing.tables for r in t.rows for c in r.cells]
    body = [p.text for p in briefing.paragraphs if p.text.strip()]
    # the band prints the news and marks it, whatever else prints it (review UU4 D: the band had
    # left it to the lede and the trend's bar; now the bar's label gives way in the briefing)
    marked = any("Najwięcej w latach 2022–2026" in t.replace("\u00a0", " ") for t in cells)
    assert marked and any("2,43" in c for c in cells), (cells, body[:3])


def test_a_trends_caption_that_gave_way_leaves_its_change_in_its_place(run_built: Path) -> None:
    """Review QQ1: the author's caption 'wzrosła z 380 tys. zł do ponad 2,43 mln zł' gives way (the
    tile and the last bar print the headline), and the chart was left titled by its description,
    'Kwota zebrana w latach 2022–2026', its briefing caption empty. Its data's change since the
    first year, 'more than' as the last amount is, titles the slide and is the caption."""
    deck = Presentation(str(next(run_built.glob("*-deck.pptx"))))
    titles = [s.shapes.title.text_frame.text for s in deck.slides if s.shapes.title is not None]
    # 2,430,000 / 380,000 = 6.39…, the last 'more than' (review RR1: 'O ponad 539% więcej niż w 2022')
    # with what rose, its last figure's label (review UU3 #6: 'Ponad sześć razy …', more of what?)
    said = "Kwota zebrana w 2026 roku: ponad sześć razy więcej niż w 2022 roku"
    assert any(said in t.replace("\u00a0", " ") for t in titles), titles
    assert "Kwota zebrana w latach 2022–2026" not in titles
    briefing = Document(str(next(run_built.glob("*-briefing.docx"))))
    assert any(said in p.text.replace("\u00a0", " ") for p in briefing.paragraphs)


def test_the_plan_says_why_a_caption_gave_way() -> None:
    summary = load_event(FESTIVAL)
    text = plan_text(plan_data(summary, derive(summary, Formatter("ko_KR"))))
    line = next(line for line in text.splitlines() if "caption gave way" in line).replace("\u00a0", " ")
    # a series that turns: its last year on the one before, printed as the '15.8%' tile prints it
    # (review RR1: 'about 15.8%' beside an exact '15.8%' is one number in two forms)
    assert "2025년 대비 15.8% 감소" in line, line
