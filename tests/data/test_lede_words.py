"""The briefing's first paragraph says the news once, in the office's words (review UU4 E, F):

- where the news lede claims the record, the event's summary after it leaves out its clause that
  claims the record again (plan/lede_summary.py: Limerick's '…, and the city's charities shared
  the largest sum the race has ever raised', mobilia's sentence that opens with 'il record'); the
  deck's cover, which has no lede, keeps the whole summary;
- where the record's quote is the organiser's, in the first person, the lede is the catalogue's
  sentence for the record in the edition's language (plan/record_lede.py), not the closing date
  alone ('İOGK 2026, 16 Ekim 2026 tarihinde sona erdi.')."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from docx import Document
from pptx import Presentation

from reportgen.data.plan.lede_summary import summary_after_lede
from reportgen.office.record_twice import record_said_again
from reportgen.pipeline.pipeline import BuildResult

from ..conftest import ROOT, seen

REVIEWS = ROOT / "tests" / "data" / "review_events"


def _first_paragraph(result: BuildResult, closing: str) -> str:
    """The briefing's paragraph that holds the closing sentence: the news lede's."""
    briefing = next(f for f in result.files if f.suffix == ".docx")
    texts = [seen(p.text).replace("\u2060", "") for p in Document(str(briefing)).paragraphs]
    return next(t for t in texts if closing in t)


def _deck_text(result: BuildResult) -> str:
    deck = next(f for f in result.files if f.suffix == ".pptx")
    shapes = (s for slide in Presentation(str(deck)).slides for s in slide.shapes if s.has_text_frame)
    return seen(" ".join(s.text_frame.text for s in shapes)).replace("\u2060", "")


@pytest.mark.parametrize(
    ("event", "closing", "kept", "again"),
    [
        (
            "limerick-half-marathon-en-ie.yaml",
            "Limerick Half 2026 ended on 20 September 2026.",
            "Runners from across Munster and beyond took to a flat course along the Shannon.",
            "the largest sum the race has ever raised",
        ),
        (
            "mobilia-pesaro-it-it.yaml",
            # its kind before its short name (review YY1 #7), no longer 'La manifestazione … si è chiusa'
            "ha chiuso i battenti il 26 aprile 2026.",
            "",
            "ha registrato il record di visitatori professionali",
        ),
    ],
    ids=("limerick", "mobilia"),
)
def test_the_lede_paragraph_claims_the_record_once(
    built_event: Callable[[Path], BuildResult], event: str, closing: str, kept: str, again: str
) -> None:
    result = built_event(REVIEWS / event)
    paragraph = " ".join(_first_paragraph(result, closing).split())
    assert again not in paragraph, paragraph
    assert kept in paragraph, paragraph
    assert again in " ".join(_deck_text(result).split())  # the deck's cover: the whole summary


#: (event, its headline quote in the first person, the record's sentence the lede opens with)
FIRST_PERSON = [
    (
        REVIEWS / "oyun-gelistiricileri-istanbul-tr-tr.yaml",
        "",
        "9.000’den fazla katılımcı yer aldı ve rekor kırıldı.",  # its verb, not 'Katılımcı: …'
    ),
    (
        REVIEWS / "polarlys-tromso-nb-no.yaml",
        "Vi tok imot over 48 500 besøkende i år, flere enn noen gang før.",
        "Det var over 48 500 besøkende, ny rekord.",  # its verb (review YY4 #4), not 'Besøkende: …'
    ),
    (
        REVIEWS / "tasman-marine-symposium-en-au.yaml",
        "We received 412 papers, a record for our symposium.",
        "There were 412 papers submitted in 2026, a record.",  # with its verb, not 'Label: …'
    ),
]


@pytest.mark.parametrize(("event", "quote", "lede"), FIRST_PERSON, ids=("tr", "nb", "en"))
def test_a_first_person_record_quote_gives_the_catalogues_record_lede(
    built_event: Callable[[Path], BuildResult], tmp_path: Path, event: Path, quote: str, lede: str
) -> None:
    if quote:  # the reviewers' event, its headline's quote in the organiser's words
        text = event.read_text(encoding="utf-8")
        start = text.index("text:", text.index("headline: true"))
        end = text.index("\n", start)
        event = tmp_path / event.name
        event.write_text(f"{text[:start]}text: {quote}{text[end:]}", encoding="utf-8")
    briefing = next(f for f in built_event(event).files if f.suffix == ".docx")
    texts = [" ".join(seen(p.text).replace("\u2060", "").split()) for p in Document(str(briefing)).paragraphs]
    assert any(t.startswith(lede) for t in texts), texts[:5]
    if quote:  # the organiser's words stay a credited quotation
        assert not any(t.startswith(quote) for t in texts)


@pytest.mark.parametrize(
    ("event", "quote", "closing"),
    [
        (
            REVIEWS / "bieg-dla-szpitala-pl.yaml",
            "",
            "Bieg z Sercem 2026 zakończył się 17 maja 2026 w Lublinie.",
        ),
        (
            REVIEWS / "limerick-half-marathon-en-ie.yaml",
            "By Monday morning, runners had raised more than €1.46 million, the most in the race's history.",
            "Limerick Half 2026 ended on 20 September 2026.",
        ),
    ],
    ids=("pl", "en"),
)
def test_a_quote_that_says_a_relative_time_opens_no_lede(
    built_event: Callable[[Path], BuildResult], tmp_path: Path, event: Path, quote: str, closing: str
) -> None:
    """'Do poniedziałku rano…', 'By Monday morning…' (review UU3 #5): which Monday? The lede is
    not the quote; the quote stays a credited quotation in its section."""
    if quote:
        text = event.read_text(encoding="utf-8")
        start = text.index("text:", text.index("headline: true"))
        end = text.index("\n", start)
        event = tmp_path / event.name
        event.write_text(f'{text[:start]}text: "{quote}"{text[end:]}', encoding="utf-8")
    paragraph = " ".join(_first_paragraph(built_event(event), closing).split())
    assert not any(w in paragraph for w in ("poniedziałku", "Monday")), paragraph


#: The ledes of round 23's builds (review UU4 E): the record, the date, the record again.
TWICE = [
    (
        "en_IE",
        "Between sponsorship, online giving and the buckets on the day, runners raised more than "
        "€1.46 million, the most in the race’s history. Limerick Half 2026 ended on 20 September "
        "2026. Runners from across Munster and beyond took to a flat course along the Shannon, and "
        "the city’s charities shared the largest sum the race has ever raised.",
    ),
    (
        "it_IT",
        "Quasi 48.000 visitatori professionali hanno attraversato i padiglioni, il dato più alto nei "
        "quarant’anni del salone. La manifestazione Mobilia Pesaro 2026 si è chiusa il 26 aprile "
        "2026. La quarantesima edizione del salone ha registrato il record di visitatori "
        "professionali e di investimenti annunciati, con una forte crescita degli espositori esteri.",
    ),
]


@pytest.mark.parametrize(("locale", "paragraph"), TWICE, ids=("en", "it"))
def test_the_check_names_a_paragraph_that_claims_the_record_twice(locale: str, paragraph: str) -> None:
    (warning,) = record_said_again(paragraph, "briefing: paragraph 4", locale)
    assert "claims a record again" in warning
    # a second record of another number is news of its own; one claim is the lede as it should be
    other = paragraph.split(". ")[0] + ". Exhibitors signed record orders of 210 million."
    assert record_said_again(other, "p", locale) == []
    assert record_said_again(paragraph.rsplit(". ", 1)[0] + ".", "p", locale) == []


@pytest.mark.parametrize(
    ("summary", "kept"),
    [
        (  # polite: the kept clause ends as its sentence did
            "전시회에서 해외 바이어 상담이 크게 늘었고, 수출 상담액은 역대 최대를 기록했습니다.",
            "전시회에서 해외 바이어 상담이 크게 늘었습니다.",
        ),
        (  # plain
            "관람객이 늘었고, 계약액은 역대 최대를 기록했다. 체험관에는 줄이 이어졌다.",
            "관람객이 늘었다. 체험관에는 줄이 이어졌다.",
        ),
    ],
)
def test_a_korean_summary_keeps_its_clause_before_the_record_it_repeats(summary: str, kept: str) -> None:
    """Korean joins clauses with a verb ending ('-고,'), no word: band24's summary after a record
    lede dropped the robot fair's whole sentence, its buyers with its record (review UU4 E)."""
    assert summary_after_lede(summary, "수출 상담액 약 1조 2400억 원, 역대 최고 기록입니다.") == kept
