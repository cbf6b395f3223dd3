"""The news said in words (office/news_check.py; review RR1): a record that only its tile's small mark
says is named by the build's check, in any template; the plan titles such a page by the record
(plan/news.py: 'Kwota zebrana w 2026 roku na rekordowym poziomie'), so the built deck is clean."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from pptx import Presentation

from reportgen.office.news_check import unsaid_news
from reportgen.office.quality import check_deck
from reportgen.pipeline.pipeline import BuildResult

from ..conftest import ROOT

PL = ROOT / "tests" / "data" / "review_events" / "bieg-dla-szpitala-pl.yaml"
MARK = "Najwięcej w latach 2022–2026"
RECORDS = [(MARK, "Kwota zebrana w 2026 roku")]


def test_a_record_said_by_its_mark_alone_is_named() -> None:
    tiles = ("ponad 2,43 mln zł", "Kwota zebrana w 2026 roku", MARK)  # a tile's paragraphs
    assert unsaid_news([("Bieg z Sercem 2026 w skrócie", *tiles)], RECORDS, "deck.pptx") == [
        "deck.pptx: slide 1: the news, 'Kwota zebrana w 2026 roku' (its tile marked "
        f"'{MARK}'), is said by no title or lead of its slide, only by its tile's mark: title the "
        "slide by the record, or lead it with the words that claim it"
    ]
    # said on another slide only (the cover's summary): still named, on the tiles' slide
    cover = ("Biegacze zebrali w tym roku rekordową kwotę.",)
    assert len(unsaid_news([cover, ("Bieg z Sercem 2026 w skrócie", *tiles)], RECORDS, "d.pptx")) == 1
    # its lead says it, in its quote's words: clean
    led = ("Bieg z Sercem 2026 w skrócie", "Zebraliśmy najwięcej w historii biegu.", *tiles)
    assert unsaid_news([cover, led], RECORDS, "deck.pptx") == []
    # a title that ends with the mark's words is no mark ('총 관람객 역대 최다' over '역대 최다')
    assert (
        unsaid_news(
            [("총 관람객 역대 최다", "131만 2000명", "총 관람객", "역대 최다")],
            [("역대 최다", "총 관람객")],
            "d",
        )
        == []
    )
    titled = ("Kwota zebrana w 2026 roku na rekordowym poziomie", *tiles)
    assert unsaid_news([titled], RECORDS, "deck.pptx") == []
    # a template that prints no marks: nothing to say
    assert unsaid_news([("Bieg z Sercem 2026 w skrócie", "ponad 2,43 mln zł")], RECORDS, "deck.pptx") == []


def test_the_built_deck_says_its_record_and_the_check_names_a_title_that_does_not(
    built_event: Callable[[Path], BuildResult], tmp_path: Path
) -> None:
    deck = next(f for f in built_event(PL).files if f.suffix == ".pptx")
    prs = Presentation(str(deck))
    title = prs.slides[1].shapes.title.text_frame
    assert title.text.replace("\u00a0", " ") == "Kwota zebrana w 2026 roku na rekordowym poziomie"
    assert check_deck(deck, "deck.pptx", records=RECORDS) == []
    # the page's title as a restyled template might print it, the event's name 'at a glance'
    copy = tmp_path / "deck.pptx"
    shutil.copy(deck, copy)
    title.paragraphs[0].runs[0].text = "Bieg z Sercem 2026 w skrócie"
    for run in title.paragraphs[0].runs[1:]:
        run.text = ""
    prs.save(str(copy))
    found = [w for w in check_deck(copy, "deck.pptx", records=RECORDS) if "the news" in w]
    assert len(found) == 1 and found[0].startswith("deck.pptx: slide 2: the news"), found
