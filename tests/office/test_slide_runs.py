"""Slides as a reader turns them and their speaker reads them (review RR4: Polarlys's tiles of
'Program og økonomi', then that section's slide of the same title; its first page of tiles'
notes printing the visitors' quote twice, its second page's notes empty; Limerick's subtitle
'… from the start-line arch to the finishers' medals'). The default deck has none of these, and
the document check names each where a deck has it: the built deck edited to show it, as a
restyled template or another event would."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from pptx import Presentation

from reportgen.office.notes_check import notes_paragraphs
from reportgen.office.quality import check_deck
from reportgen.office.shape_boxes import _is_tile
from reportgen.office.slide_runs import slide_kind
from reportgen.pipeline.pipeline import BuildResult

from ..conftest import ROOT

REVIEWS = ROOT / "tests" / "data" / "review_events"
POLARLYS = REVIEWS / "polarlys-tromso-nb-no.yaml"
TASMAN = REVIEWS / "tasman-marine-symposium-en-au.yaml"
KOLDING = REVIEWS / "designbiennale-kolding-da-dk.yaml"


def _deck(result: BuildResult) -> Path:
    return next(f for f in result.files if f.suffix == ".pptx")


def _title(slide: Any) -> str:
    return " ".join(slide.shapes.title.text_frame.text.split())


@pytest.mark.parametrize("event", [POLARLYS, TASMAN, KOLDING], ids=lambda p: p.stem)
def test_no_two_slides_in_a_row_share_a_title(
    event: Path, built_event: Callable[[Path], BuildResult]
) -> None:
    titles = [_title(slide) for slide in Presentation(str(_deck(built_event(event)))).slides]
    assert all(a != b for a, b in itertools.pairwise(titles)), titles


def test_a_title_twice_in_a_row_is_named(built_event: Callable[[Path], BuildResult]) -> None:
    prs = Presentation(str(_deck(built_event(POLARLYS))))
    slides = list(prs.slides)
    slides[3].shapes.title.text_frame.text = _title(slides[2])  # a restyled template's titles
    found = [w for w in check_deck(prs, "deck.pptx", locale="nb_NO") if "two slides in a row" in w]
    assert found and found[0].startswith("deck.pptx: slide 4: its title"), found


def test_a_continued_slide_of_another_kind_is_named(built_event: Callable[[Path], BuildResult]) -> None:
    prs = Presentation(str(_deck(built_event(TASMAN))))
    area = prs.slide_width * prs.slide_height
    kinds = [slide_kind(slide, area) for slide in prs.slides]
    chart = kinds.index("a chart")
    text = kinds.index("text", chart)
    slides = list(prs.slides)
    first = _title(slides[chart])
    for slide in slides[chart + 1 : text]:  # the run goes on from the chart's slide
        slide.shapes.title.text_frame.text = f"{first} (continued)"
    slides[text].shapes.title.text_frame.text = f"{first} (continued)"
    found = [w for w in check_deck(prs, "deck.pptx", locale="en_AU") if "continues slide" in w]
    named = f"deck.pptx: slide {text + 1}: it continues slide {chart + 1} (a chart)"
    assert any(w.startswith(named) for w in found), found


def test_a_glance_pages_notes_say_its_quote_once(built_event: Callable[[Path], BuildResult]) -> None:
    for event in (POLARLYS, KOLDING):
        prs = Presentation(str(_deck(built_event(event))))
        notes = notes_paragraphs(prs.slides[1])
        quote = next(p for p in notes if "«" in p or "“" in p)
        said = quote.split("«" if "«" in quote else "“", 1)[1].rstrip("»”").split()[:6]
        assert sum(" ".join(said) in " ".join(p.split()) for p in notes) == 1, notes


def test_every_content_slide_has_notes(built_event: Callable[[Path], BuildResult]) -> None:
    prs = Presentation(str(_deck(built_event(POLARLYS))))
    area = prs.slide_width * prs.slide_height
    for number, slide in enumerate(prs.slides, start=1):
        assert notes_paragraphs(slide), f"slide {number} has no notes"
        tiles = [s for s in slide.shapes if _is_tile(s, area)]
        if number > 2 and tiles:  # a page of tiles with no quote: its figures, for its speaker
            notes = " ".join(" ".join(notes_paragraphs(slide)).split())
            for tile in tiles:
                number_line = [p for p in tile.text_frame.paragraphs if any(c.isdigit() for c in p.text)]
                assert " ".join(number_line[0].text.split()) in notes, (number_line[0].text, notes)


def test_notes_said_twice_or_missing_are_named(built_event: Callable[[Path], BuildResult]) -> None:
    prs = Presentation(str(_deck(built_event(POLARLYS))))
    slides = list(prs.slides)
    frame = slides[3].notes_slide.notes_text_frame
    frame.add_paragraph().text = notes_paragraphs(slides[3])[1]
    slides[2].notes_slide.notes_text_frame.text = ""
    found = check_deck(prs, "deck.pptx", locale="nb_NO")
    assert any(w.startswith("deck.pptx: slide 4: the speaker notes say") for w in found), found
    assert any(w.startswith("deck.pptx: slide 3: the slide has no speaker notes") for w in found), found


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("… from the start-line arch to the finishers’ medals.", True),
        ("and the city’s charities shared the largest sum.", True),
        ("van Gogh Museum lent three paintings to the fair.", False),
        ("iPhone makers showed their new lines.", False),
        ("“…and then the rain came,” said the director.", False),
        ("展览面积12万m²。", False),  # a script without case, a lower-case unit in its word
        ("m² of stands were sold out.", True),
    ],
)
def test_a_text_that_opens_mid_sentence_is_named(
    text: str, named: bool, built_event: Callable[[Path], BuildResult]
) -> None:
    prs = Presentation(str(_deck(built_event(TASMAN))))
    slide = next(s for s in prs.slides if any(sh.name == "Headline" for sh in s.shapes))
    number = list(prs.slides).index(slide) + 1
    next(sh for sh in slide.shapes if sh.name == "Headline").text_frame.text = text
    found = [w for w in check_deck(prs, "deck.pptx", locale="en_AU") if "opens mid-sentence" in w]
    assert bool(found) == named, found
    assert not found or found[0].startswith(f"deck.pptx: slide {number}:")


COBALT = REVIEWS / "cobalt-devsummit-en-us.yaml"


def test_a_sources_slide_is_asked_no_notes_a_content_slide_is(
    built_event: Callable[[Path], BuildResult],
) -> None:
    """Cobalt's three sources end its deck on a Sources slide, which its speaker reads no notes
    over (no figure of it has a note to say): the check names no missing notes there, and still
    names a content slide whose notes are taken away."""
    result = built_event(COBALT)
    prs = Presentation(str(_deck(result)))
    slides = list(prs.slides)
    assert _title(slides[-1]) == "Sources" and not notes_paragraphs(slides[-1])
    assert not [w for w in result.warnings if "no speaker notes" in w], result.warnings
    titles = [
        source["title"] for source in yaml.safe_load(COBALT.read_text(encoding="utf-8"))["sources"].values()
    ]
    slides[-2].notes_slide.notes_text_frame.text = ""  # a restyled template's slide without notes
    found = [
        w for w in check_deck(prs, "deck.pptx", locale="en_US", sources=titles) if "no speaker notes" in w
    ]
    assert found == [
        f"deck.pptx: slide {len(slides) - 1}: the slide has no speaker notes, as the deck's other slides "
        "have; give it notes (what its figures or its text say, their sources) for its speaker"
    ], found


@pytest.mark.parametrize(
    ("event", "key"),
    [(COBALT, "launches"), (ROOT / "tests" / "events" / "med-congress-us.yaml", "guidelines")],
    ids=lambda v: getattr(v, "stem", v),
)
def test_launches_open_their_section_and_the_people_follow_under_their_own_title(
    event: Path, key: str, built_event: Callable[[Path], BuildResult]
) -> None:
    """A section of launches and of the people who presented them, whose summary speaks of the
    launches (review SS1 #13: cobalt's two keynote speakers first, its three launches on
    'Launches (continued)'; the congress's guidelines): the launches on the section's first
    slide, before any of the people's words; no slide of the section is its '(continued)'."""
    section = yaml.safe_load(event.read_text(encoding="utf-8"))["sections"][key]
    prs = Presentation(str(_deck(built_event(event))))
    texts = [
        (
            _title(slide),
            " ".join(" ".join(s.text_frame.text.split()) for s in slide.shapes if s.has_text_frame),
        )
        for slide in prs.slides
    ]
    launch = section["launches"][0]["name"]
    at = next(i for i, (_, text) in enumerate(texts) if launch in text)
    assert section["title"] in texts[at][1], texts[at]  # its title or kicker: the section's slide
    assert not any(section["title"] in text for _, text in texts[:at]), texts[:at]
    quotes = [p["quote"]["text"][:40] for p in section["people"] if p.get("quote")]
    said = [(i, text.index(q)) for i, (_, text) in enumerate(texts) for q in quotes if q in text]
    assert said and min(said) > (at, texts[at][1].index(launch)), (at, said)
    assert not any(title == f"{section['title']} (continued)" for title, _ in texts), texts
