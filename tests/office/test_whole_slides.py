"""A slide says something whole (review S): a lone count is no statement slide (the summit's '96
sessions and workshops' set alone, large, under 'Delegates and speakers'); a quotation is whole in
one place, credited, not its first sentence as the title and the rest a bullet under it (the
furniture fair's '„Jeszcze pięć lat temu kupcy pytali nas o cenę”'); the section's news (a
`headline: true` figure) reaches its section's slides, not only a tile and the speaker notes (the
cardiology congress's record attendance, while a lesser figure titled its slide)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from pptx import Presentation

from reportgen.data import titles
from reportgen.data.prepare import prepare
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

REVIEWS = ROOT / "tests" / "data" / "review_events"
#: The events of review S, of every shape: a chart's leftovers, quotes of two sentences, a record.
EVENTS = [
    REVIEWS / f"{name}.yaml"
    for name in (
        "southern-cross-summit-en-au",
        "congres-cardio-lausanne-fr-ch",
        "targi-meblowe-nadarzyn-pl",
        "demo-day-es-mx",
        "fun-run-en-gb",
        "sons-do-cerrado-pt-br",
        "hanbit-esports-ko-kr",
        "siljan-skidmaraton-sv-se",
        "bengaluru-techexpo-en-in",
    )
]
#: Characters a slide sets that the file writes otherwise (no-break space, word joiner, a
#: quotation's freed qualifier's zero-width break, hyphen).
_SET = str.maketrans(
    {"\u00a0": " ", "\u202f": " ", "\u2060": None, "\u200b": None, "\u2011": "-", "\x0b": " "}
)
#: The marks around a quotation, in the languages we write.
_MARKS = "“”„«»「」『』‘’\"' "
_STOPS = (".", "!", "?", "。", "！", "？", "”", "»", "」", "』")


_BUILT: dict[Path, list[dict[str, str]]] = {}


def _slides(event: Path, out: Path) -> list[dict[str, str]]:
    """The deck's texts per slide, built once for the module's four tests."""
    if event not in _BUILT:
        _BUILT[event] = _built_slides(event, out)
    return _BUILT[event]


def _built_slides(event: Path, out: Path) -> list[dict[str, str]]:
    result = build(event, Settings.simple(out, TEMPLATES))
    deck = next(f for f in result.files if f.suffix == ".pptx")
    return [
        {s.name: s.text_frame.text.translate(_SET) for s in slide.shapes if s.has_text_frame}
        for slide in Presentation(str(deck)).slides
    ]


def _quotes(event: Path) -> list[str]:
    data = yaml.safe_load(event.read_text(encoding="utf-8"))
    out = []
    for section in data.get("sections", {}).values():
        for holder in (
            *section.get("people", []),
            *section.get("figures", {}).values(),
            *section.get("launches", []),
        ):
            if isinstance(holder, dict) and holder.get("quote"):
                out.append(str(holder["quote"]["text"]).translate(_SET))
    return out


def _bare(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip(_MARKS)).strip()


@pytest.mark.parametrize("event", EVENTS, ids=lambda p: p.stem)
def test_a_quotation_is_whole_in_one_place(event: Path, tmp_path: Path) -> None:
    quotes = [q for q in _quotes(event) if titles.first_sentence(q) != q.strip()]  # two sentences or more
    for number, slide in enumerate(_slides(event, tmp_path), start=1):
        title = _bare(slide.get("Title 1", ""))
        for quote in quotes:
            first = _bare(titles.unstopped(titles.first_sentence(quote)))
            assert title != first, f"slide {number}: the title is a part of a quotation: {quote!r}"


@pytest.mark.parametrize("event", EVENTS, ids=lambda p: p.stem)
def test_a_statement_slide_states_something(event: Path, tmp_path: Path) -> None:
    """A slide set large as a statement holds a sentence or a quotation, not a bare count alone."""
    for number, slide in enumerate(_slides(event, tmp_path), start=1):
        statement = slide.get("Statement")
        if statement is None:
            continue
        lines = [line.strip() for line in statement.split("\n") if line.strip()]
        said = [line for line in lines if line.endswith(_STOPS) or "— " in line or "――" in line]
        assert said, f"slide {number}: a statement slide of a bare count: {lines!r}"


@pytest.mark.parametrize("event", EVENTS, ids=lambda p: p.stem)
def test_a_sections_news_reaches_its_slides(event: Path, tmp_path: Path) -> None:
    """The news figure of a section (`headline: true`) is printed on its section's slides (title
    or body), in its amount or its source's words, not only on a tile, a chart's bar and in the
    speaker notes. A bar that labels it counts (round 16: a bar keeps its label, a bare one read
    as a value missing; where the quote would be a third printing it stays in the notes)."""
    derived = prepare(event).derived
    slides = _slides(event, tmp_path)
    for section in derived.sections.values():
        elsewhere = {  # the amounts the deck's charts label (a bar of the same fact)
            round(bar.value, 6)
            for chart in derived.charts.values()
            if "deck" in chart.documents
            for bar in chart.bars
            if bar.text
        }
        news = [f for f in section.figure_list if f.headline and f.deck != "omit"]
        if not news or section.deck == "omit":
            continue
        mine = [
            " ".join(t for name, t in s.items())
            for s in slides
            # not the tiles, on which the news is printed anyway
            # its kicker the section's name, '(continued)' after it on a continuation (review WW1 #3)
            if (
                "Key figure 1" not in s
                and s.get("Section name", "").startswith(section.title.translate(_SET))
            )
            or s.get("Title 1", "").startswith(section.title.translate(_SET))  # '(continued)' too
            or any(
                section.title.translate(_SET) == line.strip()
                for line in s.get("Section text", "").split("\n")
            )
        ]
        if not mine:
            continue  # folded onto another slide under its name: `_as_points` prints it there
        # its own slides: not a chart's alt text
        text = " ".join(mine)
        for f in news:
            if round(float(f.value), 6) in elsewhere:
                continue  # its value labelled on a chart, its quote in the notes
            words = [f.amount_text.translate(_SET)]
            if f.quote is not None:
                words.append(_bare(f.quote.text.translate(_SET))[:40])
            assert any(w and w in text for w in words), (
                f"{section.title!r}: its news {f.label!r} is on no slide of it"
            )


@pytest.mark.parametrize("event", EVENTS, ids=lambda p: p.stem)
def test_no_lesser_figure_titles_a_slide_of_the_news(event: Path, tmp_path: Path) -> None:
    """A slide that prints a section's news (its `headline: true` figure's quotation) is titled
    with the news or its section's name, not with another figure's sentence (review S: '… a reçu
    640 résumés' over the congress's record, 'Kupcy przyjechali z 41 krajów' over the contracts)."""
    derived = prepare(event).derived
    slides = _slides(event, tmp_path)
    for section in derived.sections.values():
        news = [
            _bare(f.quote.text.translate(_SET))[:40] for f in section.figure_list if f.headline and f.quote
        ]
        lesser = {
            _bare(said.translate(_SET))
            for f in section.figure_list
            if not f.headline and f.sentence
            for said in (titles.unstopped(f.sentence), titles.content_title((f.sentence,)))
        }
        for number, slide in enumerate(slides, start=1):
            body = " ".join(t for name, t in slide.items() if name != "Title 1")
            if any(n and n in body for n in news):
                title = _bare(slide.get("Title 1", ""))
                assert title not in lesser, f"slide {number}: a lesser figure titles the news: {title!r}"
