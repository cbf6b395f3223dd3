"""A briefing's chart whose title says what the heading above it says is drawn without its title
(review II: the ja showcase's heading '視聴回数の推移' stood over a picture titled '視聴回数の推移').
The rule of when two titles repeat is data/kicker_words.py's; the deck's picture keeps its title,
and a chart's longer title ('Sections of the programme' under 'Programme') stays."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportgen.charts.draw import build_figure
from reportgen.charts.theme import DEFAULT_THEME
from reportgen.data.chart_data import as_drawn
from reportgen.data.derive import derive
from reportgen.data.formatting import Formatter
from reportgen.data.load import load_event

from ..conftest import ROOT

REVIEWS = ROOT / "tests" / "data" / "review_events"


def _title(data, document: str) -> str:
    fig = build_figure(as_drawn(data, document), DEFAULT_THEME)
    return fig._suptitle.get_text() if fig._suptitle is not None else ""


@pytest.mark.parametrize(
    ("event", "chart", "heading"),
    [(REVIEWS / "game-showcase-online-ja-jp.yaml", "suii", "視聴回数の推移")],
)
def test_a_briefing_chart_titled_as_its_heading_is_drawn_untitled(
    event: Path, chart: str, heading: str
) -> None:
    summary = load_event(event)
    plan = derive(summary, Formatter(summary.formatting.locale))
    section = next(s for s in plan.sections.values() if chart in s.briefing_charts)
    assert section.title == heading
    data = plan.charts[chart]
    assert _title(data, "briefing") == ""
    assert heading in _title(data, "deck").replace("\n", "")


def test_a_chart_whose_title_says_more_than_its_heading_keeps_it() -> None:
    summary = load_event(REVIEWS / "game-showcase-online-ja-jp.yaml")
    plan = derive(summary, Formatter(summary.formatting.locale))
    for section in plan.sections.values():
        for chart in section.briefing_charts:
            if plan.charts[chart].title.strip() != section.title.strip():
                assert not plan.charts[chart].briefing_untitled


def test_a_chart_title_with_a_bracketed_qualifier_its_heading_lacks_keeps_it() -> None:
    """Review JJ: '프로그램별 관람객 (연인원)' under the heading '프로그램별 관람객' was drawn
    untitled, and with it went '연인원' (person-visits): its eleven bars add up to about the whole
    festival's visitors, read as unique ones without it. A bracket the heading lacks is news."""
    summary = load_event(REVIEWS / "andong-talchum-ko-kr.yaml")
    plan = derive(summary, Formatter(summary.formatting.locale))
    section = next(s for s in plan.sections.values() if "program" in s.briefing_charts)
    assert section.title == "프로그램별 관람객"
    data = plan.charts["program"]
    assert not data.briefing_untitled
    assert "연인원" in _title(data, "briefing")


@pytest.mark.parametrize(
    ("title", "heading", "news"),
    [
        ("연도별 관객 (2022~2026년)", "연도별 관객", False),  # review QQ1: the bars print the years
        ("観客数（2019–2026年）", "観客数", False),
        ("Attendance (2022-2026)", "Attendance", False),
        ("프로그램별 관람객 (연인원)", "프로그램별 관람객", True),  # review JJ: what is counted
        ("Visitors (2026, estimated)", "Visitors", True),
    ],
)
def test_a_bracket_of_years_alone_is_no_news_under_its_heading(title: str, heading: str, news: bool) -> None:
    from reportgen.data.plan.picture_titles import _bracket_news

    assert _bracket_news(title, heading) is news
