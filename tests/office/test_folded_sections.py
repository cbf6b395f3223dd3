"""A section folded onto another's slide reads as a section, in the file's order (review V): its
name a heading, its summary a paragraph without a bullet, its facts bullets at the slide's own
level; on a later section's slide it comes first, and that section's bullets follow under its
name. The two documents word a launch's list of names alike, and the briefing keeps a launch's
figures with its line."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from pptx import Presentation

from reportgen.data.load import load_event
from reportgen.data.prepare import formatter
from reportgen.data.sentences import listing

from ..conftest import ROOT
from ..pipeline.test_catalogues import built

QUEBEC = ROOT / "tests" / "data" / "review_events" / "sommet-medias-quebec-fr-ca.yaml"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


def _plain(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2060", "").split())


@pytest.fixture(scope="module")
def quebec(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return built(QUEBEC, tmp_path_factory.mktemp("quebec"))


def _paragraphs(deck: Path, text: str) -> list:
    """The body paragraphs of the deck's slide that prints `text`."""
    for slide in Presentation(str(deck)).slides:
        for shape in slide.placeholders:
            if shape.placeholder_format.idx != 0 and shape.has_text_frame:
                paragraphs = list(shape.text_frame.paragraphs)
                if any(text in _plain(p.text) for p in paragraphs):
                    return paragraphs
    raise AssertionError(f"no slide prints {text!r}")


def _texts(slide) -> list:
    """The paragraphs of a slide's shapes but its title."""
    title = slide.shapes.title
    return [
        p
        for shape in slide.shapes
        if shape.has_text_frame and shape != title
        for p in shape.text_frame.paragraphs
    ]


def _bulleted(paragraph) -> bool:
    properties = paragraph._p.pPr
    return properties is None or properties.find(f"{_A}buNone") is None


def test_a_small_section_before_a_finding_keeps_its_own_slide_in_the_files_order(
    quebec: tuple[Path, Path],
) -> None:
    """Round 12 folded the summit's small 'Financement' onto the next section's slide, as a section
    (its name a heading, its summary a paragraph); round 13 keeps it off a slide whose title is
    that next section's finding ('Trois initiatives ont été présentées…'), where it read as
    announced by it (review W): it keeps a slide of its own, before the launches', as in the file.
    Round 15: that slide held its one sentence alone (review AA); its figures are tiles, and it is
    the line under their page's title, still before the launches' slide."""
    event = load_event(QUEBEC)
    order = list(event.sections)
    folded, host = event.sections["financement"], event.sections["lancements"]
    assert order.index("financement") < order.index("lancements")
    slides = [
        (_plain(slide.shapes.title.text_frame.text), " ".join(_plain(p.text) for p in _texts(slide)))
        for slide in Presentation(str(quebec[1])).slides
    ]
    own = next(i for i, (_, body) in enumerate(slides) if _plain(folded.summary) in body)
    launches = next(i for i, (_, body) in enumerate(slides) if host.launches[0].name in body)
    assert own < launches
    assert slides[own][0] == folded.title or any(
        s.name == "Lead" for s in list(Presentation(str(quebec[1])).slides)[own].shapes
    )
    assert _plain(folded.summary) not in slides[launches][1]


def test_a_launchs_names_are_listed_alike_in_both_documents(quebec: tuple[Path, Path]) -> None:
    event = load_event(QUEBEC)
    launch = event.sections["lancements"].launches[0]
    listed = _plain(listing(list(launch.items), formatter(event).locale))
    assert " et " in listed
    briefing = [_plain(p.text) for p in Document(str(quebec[0])).paragraphs]
    assert any(listed in t for t in briefing), briefing
    deck = _paragraphs(quebec[1], launch.name)
    assert any(listed in _plain(p.text) for p in deck)


def test_a_launchs_figures_keep_with_its_line_in_the_briefing(quebec: tuple[Path, Path]) -> None:
    paragraphs = Document(str(quebec[0])).paragraphs
    texts = [_plain(p.text) for p in paragraphs]
    at = next(i for i, t in enumerate(texts) if t.startswith("Fonds francophone de doublage"))
    lead, line, figure = paragraphs[at - 1], paragraphs[at], paragraphs[at + 1]
    assert figure.style.name.startswith("List") and "6 millions de dollars" in texts[at + 1]
    assert line.paragraph_format.keep_with_next
    assert not figure.paragraph_format.keep_with_next  # the launch's last bullet: not chained on
    # the summary that announces the launches goes with the first of them, under its heading
    assert paragraphs[at - 2].style.name.startswith("Heading") and lead.paragraph_format.keep_with_next
