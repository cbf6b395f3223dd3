"""The briefing's first sentence says the news (plan/news_lede.py; review RR4 #4, #9, #14): where
the data marks a figure as the news, the lede opens with the data's own words for it, its number
exact and with its qualifier, and the closing sentence follows; the headline's quote, which a
chart's bar had kept out of the briefing, prints once, as that sentence. An event without such
words keeps the closing sentence first."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from docx import Document

from reportgen.pipeline.pipeline import BuildResult

from ..conftest import ROOT, seen

REVIEWS = ROOT / "tests" / "data" / "review_events"

#: (event, the lede's first sentence, the closing sentence's start that follows it)
NEWS = [
    (
        "limerick-half-marathon-en-ie.yaml",
        "Between sponsorship, online giving and the buckets on the day, runners raised more than "
        "€1.46 million, the most in the race’s history.",
        "Limerick Half 2026 ended on 20 September 2026.",
    ),
    (
        "tasman-marine-symposium-en-au.yaml",
        "Submissions rose for the third year running, to 412 papers, a record for the symposium.",
        "TASMARS 2026 ended in Hobart on 12 February 2026.",
    ),
    (
        "polarlys-tromso-nb-no.yaml",
        "Over 48 500 besøkende fant veien til Polarlys i år, flere enn noen gang før.",
        "Polarlys 2026 ble avsluttet i Tromsø 25. januar 2026.",
    ),
    (
        "seomjin-riverfest-ko-kr.yaml",
        "사흘간 누적 관객은 6만 8400명으로 지난해 8만 1200명보다 15.8% 줄었습니다.",
        "섬진강 뮤직페스타가 2026년 8월 16일 구례에서 폐막했습니다.",  # not '… 2026 행사가' (YY3 #9)
    ),
]


def _texts(result: BuildResult) -> list[str]:
    briefing = next(f for f in result.files if f.suffix == ".docx")
    cells = [c.text for t in Document(str(briefing)).tables for c in t._cells]
    paragraphs = [p.text for p in Document(str(briefing)).paragraphs if p.text.strip()]
    return [seen(t).replace("\u2060", "").replace("'", "’") for t in (*paragraphs, *cells)]


@pytest.mark.parametrize(("event", "news", "closing"), NEWS, ids=lambda v: str(v)[:24])
def test_the_briefing_opens_with_the_news_then_its_closing(
    built_event: Callable[[Path], BuildResult], event: str, news: str, closing: str
) -> None:
    texts = _texts(built_event(REVIEWS / event))
    lede = next(t for t in texts if closing in t)
    assert lede.startswith(f"{news} {closing}"), lede
    # the quote prints once: as the lede, not again under its section's summary
    assert sum(news in t for t in texts) == 1


@pytest.mark.parametrize(
    ("event", "closing"),
    [
        (ROOT / "data" / "waic2022.yaml", "WAIC 2022 ended in Shanghai on 3 September 2022."),
        (ROOT / "tests" / "events" / "film-festival.yaml", "NIFF 2025 ended on 13 September 2025."),
    ],
    ids=("waic", "film-festival"),
)
def test_an_event_without_the_news_in_words_opens_with_its_closing(
    built_event: Callable[[Path], BuildResult], event: Path, closing: str
) -> None:
    """WAIC's news quote is a fragment ('with a total investment of …'); the film festival marks
    no news: their ledes stay the closing sentence, then the summary."""
    texts = _texts(built_event(event))
    assert any(t.startswith(closing) for t in texts), texts[:4]


@pytest.mark.parametrize(
    ("event", "words"),
    [
        (REVIEWS / "fun-run-en-gb.yaml", "we raised almost £250,000"),
        (ROOT / "tests" / "events" / "colloque-fr.yaml", "jamais notre colloque"),
    ],
    ids=("fun-run", "colloque"),
)
def test_a_quote_in_the_first_person_stays_a_credited_quotation(
    built_event: Callable[[Path], BuildResult], event: Path, words: str
) -> None:
    """'… we raised almost £250,000 …' set as the briefing's own first sentence would have the
    office speak as the organiser: the quote prints only as a credited quotation, in its section,
    or not at all in the briefing where the lede is the catalogue's sentence for its record (the
    colloque's 'On a compté près de 2 300 participants, un record.': plan/record_lede.py, review UU4
    F; with its verb since review YY4 #4, no longer 'Participants : près de 2 300, un record.')."""
    texts = _texts(built_event(event))
    quoted = [t for t in texts if words in t]
    assert all(t.lstrip()[:1] in '“«"' for t in quoted), quoted
    spaced = [" ".join(t.replace("\u202f", " ").split()) for t in texts]
    lede = "On a compté près de 2 300 participants, un record."
    assert quoted or any(t.startswith(lede) for t in spaced), spaced[:5]
