"""Review YY4 #9: the Polish book fair's text-only 'Goście' slide was titled by its section's name
alone, with no kicker over it, unlike every other slide: its summary's first sentence (115
characters) is too long for a title and was cut nowhere, though a subject's relative clause
(', którzy rozmawiali …') leaves a sentence of its own once its word goes ('Rozmawiali …', a
language that drops its subject). Cut there, the clause before it titles the slide, the section's
name is its kicker, and nothing of the summary is lost (titles.py `_RELATIVE_CUTS`)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pptx import Presentation

from reportgen.office.kicker_check import KICKER
from reportgen.pipeline.pipeline import BuildResult

from ..conftest import INVISIBLE, ROOT

FAIR = ROOT / "tests" / "data" / "section_titles" / "targi-ksiazki-lodz-pl.yaml"


def test_the_guests_slide_has_a_finding_title_and_its_kicker(
    built_event: Callable[[Path], BuildResult],
) -> None:
    deck = next(f for f in built_event(FAIR).files if f.suffix == ".pptx")
    for slide in Presentation(str(deck)).slides:
        texts = {
            s.name: " ".join(s.text_frame.text.translate(INVISIBLE).split())
            for s in slide.shapes
            if s.has_text_frame
        }
        if "literaturze pogranicza" not in " ".join(texts.values()):
            continue
        title = " ".join(slide.shapes.title.text_frame.text.translate(INVISIBLE).split())
        assert title == "Gośćmi honorowymi byli pisarze z Ukrainy, Litwy i Czech", title
        assert texts.get(KICKER) == "Goście", texts
        body = " ".join(t for n, t in texts.items() if n not in (KICKER, slide.shapes.title.name))
        assert "Rozmawiali z czytelnikami o literaturze pogranicza." in body, body  # all of it said
        assert "debiutanci podpisywali swoje pierwsze powieści" in body, body
        return
    raise AssertionError("no slide prints the guests' summary")
