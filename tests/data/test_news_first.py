"""Review YY4 #3: the glance page's title named one figure's record ('Número recorde de
participantes', 'Cifra récord de asistentes') while the tile set apart under it, dark, was the
news (`headline: true`), another figure ('mais de 2,3 bilhões de reais'). A page the news's tile
leads is titled by no other tile's record: the record's words are its lead's (plan/news_first.py),
so title, lead and dark tile tell one news, and the record is still said on its slide in words.
The check names a title of another tile's record over the news's tile (office/news_tile.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pptx import Presentation

from reportgen.data.plan.news import names_record
from reportgen.data.plan.news_first import other_record, record_lead
from reportgen.data.prepare import prepare
from reportgen.data.small_counts import same_count
from reportgen.data.superlatives import claims_record
from reportgen.office.quality import check_deck
from reportgen.pipeline.pipeline import BuildResult

from ..conftest import ROOT

EVENTS = ROOT / "tests" / "events"
REVIEWS = ROOT / "tests" / "data" / "review_events"
# the news an amount (investment, an MoU's sum), the record another tile's count, or the news a
# count and the record an amount: Korean, Canadian and Indian English
CASES = [
    REVIEWS / "climatetech-ko-kr.yaml",
    REVIEWS / "riverbend-fest-en-ca.yaml",
    EVENTS / "techsummit-en-in.yaml",
]


def _news_page(event: Path) -> tuple[str, str, str, object]:
    """(locale, the news page's title, its lead, the record's figure) of `event`'s plan."""
    prepared = prepare(event)
    plan = prepared.derived
    at, page = next((i, p) for i, p in enumerate(plan.glance_pages) if any(f.headline for f in p))
    record = other_record(page)
    assert record is not None, [f.label for f in page]  # the case: the news is no record, a tile is
    return prepared.formatter.locale, plan.glance_headlines[at], plan.glance_leads[at], record


@pytest.mark.parametrize("event", CASES, ids=lambda p: p.stem)
def test_no_other_tile_s_record_titles_the_news_page(event: Path) -> None:
    locale, head, lead, record = _news_page(event)
    assert not claims_record(head), head
    # the record is said in words on its slide still: its lead's last sentence
    assert claims_record(lead) and names_record(lead, record, locale), lead  # type: ignore[arg-type]


def test_the_record_joins_a_lead_where_it_fits() -> None:
    assert record_lead("", "A record number of delegates", "en_IN", 200) == "A record number of delegates."
    assert record_lead("Hotels were full.", "Cifra récord", "es_MX", 200) == "Hotels were full. Cifra récord."
    korean = record_lead("호텔이 가득 찼다.", "참가자 역대 최다", "ko_KR", 200)
    assert korean == "호텔이 가득 찼다. 참가자 역대 최다."
    assert record_lead("x" * 190, "Cifra récord", "es_MX", 200) is None  # the record keeps the title


@pytest.mark.parametrize("event", CASES[:2], ids=lambda p: p.stem)
def test_the_check_names_another_record_over_the_news(
    event: Path, built_event: Callable[[Path], BuildResult], tmp_path: Path
) -> None:
    result = built_event(event)
    deck = next(f for f in result.files if f.suffix == ".pptx")
    plan = prepare(event).derived
    records = [(f.record_note, f.label) for p in plan.glance_pages for f in p if f.record_note]
    news = [f.label for p in plan.glance_pages for f in p if f.headline]
    quiet = check_deck(deck, "deck.pptx", records=records, news=news)
    assert not [w for w in quiet if "says the record of" in w], quiet
    # the deck as it was built before: the record's title over the news's dark tile
    prs = Presentation(str(deck))
    slide = prs.slides[1]
    _, _, lead, record = _news_page(event)
    slide.shapes.title.text_frame.text = lead.split(". ")[-1].rstrip(".")
    bad = tmp_path / "bad.pptx"
    prs.save(str(bad))
    loud = [w for w in check_deck(bad, "deck.pptx", records=records, news=news) if "says the record of" in w]
    assert loud and record.label in loud[0], loud  # type: ignore[attr-defined]


def test_a_year_in_a_label_is_no_count_of_years() -> None:
    """The Korean lead '2026년 참가자 역대 최다.' over the tile labelled '2026년 참가자' writes a year,
    not the tile's number with its word; three years is a count still."""
    assert same_count("2026년 참가자 역대 최다.", "약\n2만 1400명\n2026년 참가자", "ko_KR") == ""
    assert same_count("2026年の来場者は過去最多。", "2万1400人\n2026年の来場者", "ja_JP") == ""
    assert same_count("3년 연속 개최했다.", "3년\n연속 개최", "ko_KR") == "년"
