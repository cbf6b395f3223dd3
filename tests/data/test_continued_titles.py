"""A section's continuation slide of text is titled with a message, never '<section> (continued)'
(review WW1 #3: Málaga's 'La carrera (continuación)' over the women's course record, the summary
that says it only in the notes; 'De top (vervolg)' over a speaker's announcement): the section's
summary where no slide of the section before it printed it, else a claim of its bullets; the
section's name, continued, is the small kicker above it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
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
    for kind, kicker, title, _ in continued:
        if kind == "text":
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


def test_a_summary_printed_before_gives_way_to_the_slides_own_claim(
    built_event: Callable[[Path], BuildResult],
) -> None:
    # the summary is the first slide's lead: the continuation takes the speaker's line, once
    slides = _slides(built_event(REVIEWS / "techtop-utrecht-nl-nl.yaml"))
    summary = "In de Jaarbeurs spraken vijf hoofdsprekers"
    assert sum(summary in f"{title} {body}" for _, _, title, body in slides) == 1
    _, _, title, body = next(s for s in slides if s[1] == "De top (vervolg)")
    assert title == "Fatima el Amrani lichtte de aanbesteding voor een overheidscloud toe"
    assert "lichtte de aanbesteding" not in body  # said in the title, not again under it


@pytest.mark.parametrize(
    ("event", "locale", "kicker"),
    [
        ("maraton-malaga-es-es", "es_ES", "La carrera (continuación)"),
        ("benefizgala-frankfurt-de", "de_DE", "Stimmen des Abends (Fortsetzung)"),
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
