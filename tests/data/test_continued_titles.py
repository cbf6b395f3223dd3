"""A section's continuation slide of text is titled with a message, never '<section> (continued)'
(review WW1 #3: Málaga's 'La carrera (continuación)' over the women's course record, the summary
that says it only in the notes; 'De top (vervolg)' over a speaker's announcement): the section's
summary where no slide of the section before it printed it, else a claim of its bullets; the
section's name, continued, is the small kicker above it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from pptx import Presentation

from reportgen.office.quality import check_deck
from reportgen.office.slide_runs import continued_form, slide_kind
from reportgen.pipeline.pipeline import BuildResult

from ..conftest import INVISIBLE, ROOT

REVIEWS = ROOT / "tests" / "data" / "review_events"


def _slides(result: BuildResult) -> list[tuple[str, str, str, str]]:
    """(its kind, its kicker, its title, the rest of its text) of each slide of a built deck."""
    deck = next(f for f in result.files if f.suffix == ".pptx")
    prs = Presentation(str(deck))
    area = int(prs.slide_width) * int(prs.slide_height)
    out = []
    for slide in prs.slides:
        title = slide.shapes.title
        head = " ".join(title.text_frame.text.translate(INVISIBLE).split()) if title is not None else ""
        top = float(title.top or 0) if title is not None else 0.0
        texts = [
            (float(s.top or 0), " ".join(s.text_frame.text.translate(INVISIBLE).split()))
            for s in slide.shapes
            if s.has_text_frame and (title is None or s.shape_id != title.shape_id)
        ]
        kicker = next((t for at, t in texts if at < top and t), "")
        body = " ".join(t for at, t in texts if at >= top)
        out.append((slide_kind(slide, area), kicker, head, body))
    return out


@pytest.mark.parametrize(
    ("event", "locale"),
    [
        ("maraton-malaga-es-es", "es_ES"),
        ("techtop-utrecht-nl-nl", "nl_NL"),
        ("havnemadmarked-aarhus-da-dk", "da_DK"),
        ("benefizgala-frankfurt-de", "de_DE"),
        ("prix-litteraire-fr", "fr_FR"),
    ],
)
def test_a_continuation_slide_of_text_is_titled_with_a_message(
    event: str, locale: str, built_event: Callable[[Path], BuildResult]
) -> None:
    before, after = (" ".join(part.split()) for part in continued_form(locale))
    slides = _slides(built_event(REVIEWS / f"{event}.yaml"))
    continued = [s for s in slides if s[1].endswith(after) or s[2].endswith(after)]
    assert continued, "the event has a continuation slide"
    people = _people(event)
    for kind, kicker, title, body in continued:
        if kind == "text" and sum(p in body for p in people) < 2:  # several people: their section's
            assert not title.endswith(after), title  # its message, not '<section> (continued)'
            assert kicker.startswith(before) and kicker.endswith(after), kicker  # the section's, continued


def test_the_sections_unprinted_summary_titles_its_continuation(
    built_event: Callable[[Path], BuildResult],
) -> None:
    # the chart's caption titled the section's first slide: the summary's record on the next one
    slides = _slides(built_event(REVIEWS / "maraton-malaga-es-es.yaml"))
    _, _, title, body = next(s for s in slides if s[1] == "La carrera (continuación)")
    assert title == "La keniana Mercy Jepkosgei rebajó el récord femenino del circuito"
    assert "El etíope Tesfaye Bekele ganó la prueba masculina" in body  # the rest, its lead


def test_a_summary_printed_before_is_not_printed_again_on_its_continuation(
    built_event: Callable[[Path], BuildResult],
) -> None:
    # the summary is the first slide's lead: the continuation of three speakers keeps its
    # section's name (none of them titles the others: review XX4 NEW-1), each line whole
    slides = _slides(built_event(REVIEWS / "techtop-utrecht-nl-nl.yaml"))
    summary = "In de Jaarbeurs spraken vijf hoofdsprekers"
    assert sum(summary in f"{title} {body}" for _, _, title, body in slides) == 1
    _, _, title, body = next(s for s in slides if s[2] == "De top (vervolg)")
    assert "Fatima el Amrani lichtte de aanbesteding voor een overheidscloud toe" not in title
    assert "lichtte de aanbesteding" in body  # her line keeps what she did


def test_a_summary_led_under_a_charts_caption_does_not_title_the_continuation(
    built_event: Callable[[Path], BuildResult],
) -> None:
    # the chart's caption titles the section's first slide and the summary is its lead: the
    # continuation had the summary again as its title, two slides in a row (review ZZ2 F2)
    event = ROOT / "tests" / "data" / "continued_events" / "esports-championship-en-us.yaml"
    slides = _slides(built_event(event))
    summary = "The prize pool was split between the eight teams by final placing"
    assert sum(summary in f"{title} {body}" for _, _, title, body in slides) == 1, slides


@pytest.mark.parametrize(
    ("event", "locale", "kicker"),
    [
        ("maraton-malaga-es-es", "es_ES", "La carrera (continuación)"),  # a record among runners
    ],
)
def test_the_check_names_a_continuation_titled_by_its_topic(
    event: str, locale: str, kicker: str, built_event: Callable[[Path], BuildResult], tmp_path: Path
) -> None:
    deck = next(f for f in built_event(REVIEWS / f"{event}.yaml").files if f.suffix == ".pptx")
    assert not topic_warnings(deck, locale)  # as the plan titles it: nothing to say
    prs = Presentation(str(deck))
    slide = next(
        s for s in prs.slides if any(sh.has_text_frame and sh.text_frame.text == kicker for sh in s.shapes)
    )
    runs = slide.shapes.title.text_frame.paragraphs[0].runs  # as a template titling by the topic sets it
    runs[0].text = kicker
    for run in runs[1:]:
        run.text = ""
    bad = tmp_path / deck.name
    prs.save(str(bad))
    found = topic_warnings(bad, locale)
    assert len(found) == 1 and kicker in found[0], found


def topic_warnings(deck: Path, locale: str) -> list[str]:
    """The document check's warnings on a deck that name a title of only its continued topic."""
    return [
        w for w in check_deck(deck, deck.name, locale=locale) if "names only the section it continues" in w
    ]


@pytest.mark.parametrize(
    ("event", "locale", "kicker"),
    [
        ("benefizgala-frankfurt-de", "de_DE", "Stimmen des Abends"),
        ("techtop-utrecht-nl-nl", "nl_NL", "De top"),
    ],
)
def test_a_continuation_of_several_people_is_titled_by_none_of_them(
    event: str, locale: str, kicker: str, built_event: Callable[[Path], BuildResult]
) -> None:
    # review XX4 NEW-1: 'Jens Kallweit leitete die Versteigerung' over Kallweit, the mayor and the
    # psychologist, his verb gone from his bullet: the slide keeps a title that covers them all
    # (the section's unprinted summary, else its name continued), each person's line whole
    deck = next(f for f in built_event(REVIEWS / f"{event}.yaml").files if f.suffix == ".pptx")
    before, after = continued_form(locale)
    name = " ".join(f"{before}{kicker}{after}".split())
    slides = _slides(built_event(REVIEWS / f"{event}.yaml"))
    _, _, title, body = next(s for s in slides if name in (s[1], s[2]))
    people = _people(event)
    shown = [p for p in people if p in body]
    assert len(shown) >= 2, body  # a slide of several people
    assert not any(p in title for p in shown), title  # none of them titles it
    for line in _lines(deck, name):  # every person's line a sentence, its verb kept
        if any(line.startswith(p) for p in shown):
            assert line.rstrip('”“"').endswith("."), line
    assert not topic_warnings(deck, locale)  # the check accepts the people's slide under its name


def _people(event: str) -> list[str]:
    """The names of an event's people, all sections."""
    data = yaml.safe_load((REVIEWS / f"{event}.yaml").read_text(encoding="utf-8"))
    return [p["name"] for s in data["sections"].values() for p in (s.get("people") or [])]


def _lines(deck: Path, name: str) -> list[str]:
    """The paragraphs of the deck's slide that shows `name` (as its title or its kicker)."""
    prs = Presentation(str(deck))
    for slide in prs.slides:
        paras = [
            " ".join(p.text.translate(INVISIBLE).split())
            for sh in slide.shapes
            if sh.has_text_frame
            for p in sh.text_frame.paragraphs
        ]
        if name in paras:
            return [p for p in paras if p]
    return []


def test_a_continuation_of_one_person_keeps_their_line_as_its_title(
    built_event: Callable[[Path], BuildResult],
) -> None:
    # SNIR slide 7 shows one person beside a list's line: her line titles it (review XX4: acceptable)
    slides = _slides(built_event(REVIEWS / "salon-nautique-la-rochelle-fr.yaml"))
    _, _, title, body = next(s for s in slides if s[1] == "Ils l’ont dit (suite)")
    assert title == "Sophie Ardouin a inauguré le ponton des bateaux électriques"
    assert "a inauguré le ponton" not in body  # said in the title, not again under it
