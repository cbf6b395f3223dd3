"""Review WW2 #2: the news's quotation on no slide (the ja fair's '…前回の約150億円を大きく上回りました',
the en_CA tournament's '… watched the Pats lift the cup'), as it writes its tile's number. A
quotation of the headline that says more than its number leads its glance page, credited
(data/plan/quote_lead.py); one that only says the number, or that a slide prints already, does
not. The document check takes that credited quotation for no repetition of the tile and the
summary it displaced into the notes for no lost summary (office/quoted_news.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from reportgen.data.prepare import prepare
from reportgen.office.quality import check_deck
from reportgen.office.quoted_news import credited_quotation
from reportgen.pipeline.pipeline import BuildResult

from ..conftest import ROOT

REVIEWS = ROOT / "tests" / "data" / "review_events"
FAIR = REVIEWS / "monozukuri-tenjikai-nagoya-ja-jp.yaml"  # another value: 前回の約150億円
HOCKEY = REVIEWS / "prairie-cup-hockey-en-ca.yaml"  # a winner: the Pats
SCIENCE = REVIEWS / "festiwal-nauki-wroclaw-pl.yaml"  # its quote given another value below
SKI = REVIEWS / "siljan-skidmaraton-sv-se.yaml"  # its quote printed on its section's slide


def _news_lead(event: Path) -> tuple[str, str, str]:
    """(the glance lead over the news's tile, the news's quotation, its credit)."""
    plan = prepare(event).derived
    at, news = next((i, f) for i, page in enumerate(plan.glance_pages) for f in page if f.headline)
    assert news.quote is not None
    return plan.glance_leads[at], news.quote.text, news.quote.credit


def _with_quote(event: Path, said: str, folder: Path) -> Path:
    data = yaml.safe_load(event.read_text(encoding="utf-8"))
    for section in data["sections"].values():
        for figure in (section.get("figures") or {}).values():
            if isinstance(figure, dict) and figure.get("headline"):
                figure["quote"]["text"] = said
    out = folder / event.name
    out.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return out


@pytest.mark.parametrize("event", [FAIR, HOCKEY], ids=lambda p: p.stem)
def test_a_news_quote_that_says_more_leads_its_glance_page(event: Path) -> None:
    lead, quote, credit = _news_lead(event)
    assert quote in lead and credit and credit in lead.replace("\u2060", ""), (lead, quote)


def test_a_news_quote_with_a_value_to_compare_leads_in_polish(tmp_path: Path) -> None:
    said = "W tegorocznym festiwalu wzięło udział ponad 61 tysięcy osób, wobec 51 tysięcy przed rokiem."
    lead, quote, credit = _news_lead(_with_quote(SCIENCE, said, tmp_path))
    assert quote == said and said in lead and credit in lead, lead


@pytest.mark.parametrize(
    ("event", "said"),
    [
        (HOCKEY, "The final was watched by 15,196 spectators."),
        (FAIR, "会期中の商談額は約210億円となりました。"),
        (SCIENCE, "W tegorocznym festiwalu wzięło udział ponad 61 tysięcy osób."),
        # says more than its number, but its section's slide prints it already
        (SKI, "Drygt 15 800 åkare stod på startlinjen i Sälen, mot 14 900 året innan."),
    ],
    ids=["en_CA", "ja", "pl", "sv-on-its-slide"],
)
def test_a_news_quote_of_its_number_alone_does_not_lead(event: Path, said: str, tmp_path: Path) -> None:
    lead, quote, _ = _news_lead(_with_quote(event, said, tmp_path))
    assert quote == said
    assert said not in lead, lead


@pytest.mark.parametrize(("event", "locale"), [(FAIR, "ja_JP"), (HOCKEY, "en_CA")], ids=["ja", "en_CA"])
def test_the_check_takes_the_news_quote_lead_for_no_repeat(
    event: Path, locale: str, built_event: Callable[[Path], BuildResult]
) -> None:
    result = built_event(event)
    deck = next(f for f in result.files if f.suffix == ".pptx")
    plan = prepare(event).derived
    label = next(f for page in plan.glance_pages for f in page if f.headline).label
    said = [s.summary for s in plan.sections.values() if s.summary]
    quiet = check_deck(deck, "deck.pptx", locale=locale, news=[label], summaries=said)
    assert not [w for w in quiet if "slide 2:" in w], quiet
    # without the news's tile known, the quotation is a lead over its own tile and the summary it
    # displaced is in the notes only: both rules fire on that page
    loud = [w for w in check_deck(deck, "deck.pptx", locale=locale, summaries=said) if "slide 2:" in w]
    assert any("under it; a reader needs it once there" in w for w in loud), loud
    assert any("only the speaker notes do" in w for w in loud), loud


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        ("「会期中の商談額は約210億円となりました。」——\u2060中部ものづくり技術展実行委員会", True),
        ("“A crowd of 15,196 watched the Pats lift the cup.”\v— Prairie Cup Organizing Committee", True),
        ("„W festiwalu wzięło udział 61 tysięcy osób.” — Uniwersytet Wrocławski", True),
        ("“A crowd of 15,196 watched the Pats lift the cup.”", False),  # no credit: our words
        ("The final drew 15,196. “It was loud.” — Prairie Cup Organizing Committee", False),
    ],
)
def test_the_check_tells_a_credited_quotation(text: str, credited: bool) -> None:
    assert credited_quotation(text) is credited
