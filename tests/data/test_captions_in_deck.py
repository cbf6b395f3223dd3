"""A chart's caption that states the author's finding reaches the deck, as its slide's title or its
lead, also where it writes no digit (review JJ: the Danish 'Hovedudstillingen på Trapholt trak
flest gæster, men havneudstillingen var tæt på …' and the Korean '관람객 열 명 중 네 명은 수도권 등
경북 밖에서 왔다.' were on no slide and in no notes, the briefing printing both); a caption that
only describes its chart ('Funds raised by source of giving.') does not take the title from the
section's summary. `inspect --plan` says where a chart slide's title came from."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pptx import Presentation

from reportgen.data.derive import derive
from reportgen.data.formatting import Formatter
from reportgen.data.load import load_event
from reportgen.data.plan_view import plan_data, plan_text
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES, seen

REVIEWS = ROOT / "tests" / "data" / "review_events"
EVENTS = ROOT / "tests" / "events"


def _derived(path: Path):
    summary = load_event(path)
    return summary, derive(
        summary, Formatter(summary.formatting.locale, dict(summary.formatting.currency_labels))
    )


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.casefold()))


def _chart_pages(path: Path):
    summary, derived = _derived(path)
    for section in derived.deck_sections:
        for page in section.deck_pages:
            if page.chart:
                yield summary.charts[page.chart], derived.charts[page.chart], section, page


@pytest.mark.parametrize(
    ("path", "chart"),
    [
        (REVIEWS / "andong-talchum-ko-kr.yaml", "guseong"),  # '관람객 열 명 중 네 명은 …' (ko)
        (EVENTS / "languages" / "game-expo-ko.yaml", "booths_by_genre"),  # '… 절반 가까이를 차지했다'
        (EVENTS / "numbers" / "percent-fr.yaml", "terrain"),  # 'Les quais ont accueilli …' (fr)
        (EVENTS / "numbers" / "units-ko.yaml", "b"),  # '관람객 대부분이 한국에서 왔다.'
    ],
)
def test_a_caption_without_a_digit_that_names_a_category_is_on_its_slide(path: Path, chart: str) -> None:
    pages = [(data, page) for _, data, _, page in _chart_pages(path) if data.id == chart]
    assert pages, f"{chart} has no slide"
    data, page = pages[0]
    assert not any(ch.isdigit() for ch in data.caption)
    printed = _words(" ".join((page.title_finding, page.lead, *page.points)))
    wanted = _words(data.caption)
    assert len(wanted & printed) >= 0.9 * len(wanted), (data.caption, page.title_finding, page.lead)


@pytest.mark.parametrize(
    ("path", "chart"),
    [(EVENTS / "charity-gala.yaml", "sources_of_giving"), (EVENTS / "youth-cup-us.yaml", "by_country")],
)
def test_a_caption_that_only_describes_its_chart_leaves_the_summary_the_title(path: Path, chart: str) -> None:
    for _, data, section, page in _chart_pages(path):
        if data.id == chart:
            assert _words(page.title_finding) <= _words(section.summary or "")
            assert not _words(data.caption) <= _words(page.title_finding)


def test_the_donuts_caption_is_on_the_korean_deck(tmp_path: Path) -> None:
    result = build(REVIEWS / "andong-talchum-ko-kr.yaml", Settings.simple(tmp_path, TEMPLATES))
    deck = next(f for f in result.files if f.suffix == ".pptx")
    texts = [
        seen(" ".join(s.text_frame.text for s in slide.shapes if s.has_text_frame))
        for slide in Presentation(str(deck)).slides
    ]
    donut = next(t for t in texts if "관람객 구성" in t or "수도권" in t)
    assert "관람객 열 명 중 네 명은 수도권 등 경북 밖에서 왔다" in donut


def test_inspect_says_a_title_from_the_sections_summary_is_the_summarys() -> None:
    summary, derived = _derived(REVIEWS / "castello-it-ch.yaml")
    text = plan_text(plan_data(summary, derived))
    line = next(line for line in text.splitlines() if "chart 'luoghi'" in line and "slide" in line)
    assert "titled with its section's summary" in line, line
    assert "from its data" not in line
