"""Review OO1: the news printed as a footnote. The page of tiles that holds a record is titled by it
(data/plan/news.py), where neither its title nor its lead says it: the headline of the source
whose quote calls the figure a record, its clause that says it where the headline has several,
else the catalogue's '%(label)s: a record'. Never a title that writes a figure's number, never
one where the data claims no record (WAIC)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from reportgen.data import messages
from reportgen.data.plan.news import RECORD_AMOUNT_TITLE, RECORD_TITLE, stated_in
from reportgen.data.prepare import prepare
from reportgen.data.superlatives import claims_record

from ..conftest import ROOT

EVENTS = ROOT / "tests" / "data" / "review_events"
TASMAN = EVENTS / "tasman-marine-symposium-en-au.yaml"
ISTANBUL = EVENTS / "oyun-gelistiricileri-istanbul-tr-tr.yaml"
TAICHUNG = EVENTS / "taichung-animation-festival-zh-tw.yaml"
LIMERICK = EVENTS / "limerick-half-marathon-en-ie.yaml"
FUKUOKA = ROOT / "tests" / "events" / "languages" / "jass-fukuoka-ja.yaml"
AGRIFOOD = ROOT / "tests" / "data" / "review_events" / "agrifood-noord-nl.yaml"
WAIC = ROOT / "data" / "waic2022.yaml"


def _glance(event: Path) -> list[tuple[tuple[str, ...], str, str]]:
    """Per page of tiles: its figures, its title's finding and its lead."""
    derived = prepare(event).derived
    heads = derived.glance_headlines or ("",) * len(derived.glance_pages)
    leads = derived.glance_leads or ("",) * len(derived.glance_pages)
    return [
        (tuple(f.ref for f in page), head, lead)
        for page, head, lead in zip(derived.glance_pages, heads, leads, strict=True)
    ]


def _record_page(event: Path) -> tuple[tuple[str, ...], str, str]:
    derived = prepare(event).derived
    records = {f.ref for f in derived.figures.values() if f.record_note}
    return next(page for page in _glance(event) if records & set(page[0]))


@pytest.mark.parametrize(
    ("event", "title"),
    [
        (TASMAN, "Record submissions as TASMARS 2026 closes in Hobart"),
        (LIMERICK, "Limerick Half Marathon raises record sum for local charities"),
        (ISTANBUL, "İOGK 2026 rekor katılımla sona erdi"),
        # the clause that says it, after the ideographic space: the kicker names the event
        (TAICHUNG, "觀影人次創歷屆新高"),
        (FUKUOKA, "商談件数は過去最多に"),
        # a Japanese headline's clauses parted by a space: '…選手権が閉幕 入場者数は過去最多に'
        (EVENTS / "setouchi-tennis-ja-jp.yaml", "入場者数は過去最多に"),
        # a headline of the record's section ('Footfall'), though not of its label's words
        (
            EVENTS / "bengaluru-techexpo-en-in.yaml",
            "Bengaluru Tech Expo 2026 concludes with record footfall and investment pledges",
        ),
    ],
)
def test_the_record_s_page_is_titled_by_its_source_s_headline(event: Path, title: str) -> None:
    _, head, _ = _record_page(event)
    assert head == title


def test_a_lead_that_says_the_record_keeps_the_glance_s_own_title() -> None:
    """'meer afgesloten contracten dan ooit' under the title says it: no second statement."""
    _, head, lead = _record_page(AGRIFOOD)
    assert claims_record(lead), lead
    assert head == ""
    assert stated_in(head, lead) == "lead"


def test_no_record_no_news_title() -> None:
    assert all(not claims_record(head) for _, head, _ in _glance(WAIC))
    assert [head for _, head, _ in _glance(WAIC)] == ["" for _ in _glance(WAIC)]


def _rewritten(event: Path, folder: Path, change) -> Path:
    data = yaml.safe_load(event.read_text(encoding="utf-8"))
    change(data)
    out = folder / event.name
    out.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return out


def test_without_a_headline_that_says_it_the_catalogue_s_words(tmp_path: Path) -> None:
    def plain_source(data: dict) -> None:
        data["sources"]["wrap"]["title"] = "TASMARS 2026 closes in Hobart"

    _, head, _ = _record_page(_rewritten(TASMAN, tmp_path, plain_source))
    assert head == "Papers submitted in 2026: a record"


def test_a_headline_that_writes_the_number_is_no_title(tmp_path: Path) -> None:
    """'412 papers, a record' over the tile '412': the number's third printing (issue 19 item 2)."""

    def numbered(data: dict) -> None:
        data["sources"]["wrap"]["title"] = "A record 412 papers as TASMARS 2026 closes"

    _, head, _ = _record_page(_rewritten(TASMAN, tmp_path, numbered))
    assert "412" not in head
    assert head == "Papers submitted in 2026: a record"


def test_the_catalogue_s_words_in_the_event_s_language(tmp_path: Path) -> None:
    def plain_source(data: dict) -> None:
        data["sources"]["kapanis"]["title"] = "İOGK 2026 sona erdi"

    _, head, _ = _record_page(_rewritten(ISTANBUL, tmp_path, plain_source))
    assert head == "Katılımcı: rekor"


@pytest.mark.parametrize("catalogue", messages.catalogues())
def test_every_catalogue_titles_a_record_in_its_own_words(catalogue: str) -> None:
    """Each language's pattern is translated, keeps the label, and reads as a record's claim."""
    for entry in (RECORD_TITLE, RECORD_AMOUNT_TITLE):
        pattern = messages.pgettext(catalogue, entry)
        assert pattern != entry[1], (catalogue, entry)
        assert "%(label)s" in pattern
        assert claims_record(messages.interpolate(pattern, {"label": "X"})), (catalogue, pattern)


@pytest.mark.parametrize(
    ("event", "title"),
    [
        # 'DDTS 2026 concludes with record deal announcements': a record of deals, over the delegates'
        (ROOT / "tests" / "events" / "techsummit-en-in.yaml", "Registered delegates: a record"),
        # '國際買主人數創新高' (international buyers) over the exhibitors' record tile
        (EVENTS / "diannao-zhan-taipei-zh-hant.yaml", "參展廠商創新高"),
    ],
)
def test_a_headline_of_another_record_is_not_the_title(event: Path, title: str) -> None:
    _, head, _ = _record_page(event)
    assert head == title
