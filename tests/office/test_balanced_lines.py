"""A centred statement's lines come out even, never parting a name (review OO2: 'The 2027
Invitational moves to Las' over 'Vegas in August 2027.')."""

from __future__ import annotations

import itertools
from pathlib import Path

from pptx import Presentation

from reportgen.office.powerpoint.balanced_lines import statement_breaks
from reportgen.office.word_wrap import width_em
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import TEMPLATES

EVENT = """\
event: {name: Rift Invitational 2026, short_name: Rift 2026, year: 2026, city: Seattle,
  closing_date: 2026-08-16}
sources: {release: {title: Closing release}}
sections:
  viewers:
    title: Viewers
    figures:
      peak: {label: Peak viewers, value: 4700000, qualifier: more than, key: true}
      hours: {label: Hours watched, value: 38600000, key: true}
      fans: {label: Arena attendance, value: 71250, unit: fans, key: true}
  next:
    title: Next edition
    summary: The 2027 Invitational moves to Las Vegas in August 2027.
"""


def _lines(text: str, breaks: list[int]) -> list[str]:
    bounds = [0, *(b + 1 for b in breaks), len(text) + 1]
    return [text[a : b - 1] for a, b in itertools.pairwise(bounds)]


def test_the_lines_break_evenly_and_never_inside_a_name() -> None:
    text = "The 2027 Invitational moves to Las Vegas in\u00a0August\u00a02027."
    breaks = statement_breaks(text, 744, 36.5)
    lines = _lines(text, breaks)
    assert lines == ["The 2027 Invitational moves", "to Las Vegas in\u00a0August\u00a02027."], lines
    widths = [width_em(line) for line in lines]
    assert max(widths) / min(widths) < 1.2  # greedily: 'The 2027 Invitational moves to Las' / 'Vegas …'


def test_one_line_and_text_without_spaces_are_left_to_the_renderer() -> None:
    assert statement_breaks("Next year in Las Vegas.", 744, 36.5) == []
    assert (
        statement_breaks("来年はラスベガスで開催されます。来年はラスベガスで開催されます。", 300, 36.5) == []
    )


def test_the_decks_statement_slide_sets_its_lines_even(tmp_path: Path) -> None:
    event = tmp_path / "rift.yaml"
    event.write_text(EVENT, encoding="utf-8")
    result = build(event, Settings.simple(tmp_path / "out", TEMPLATES))
    deck = Presentation(str(next(f for f in result.files if f.suffix == ".pptx")))
    said = [
        shape.text_frame.text
        for slide in deck.slides
        for shape in slide.shapes
        if shape.has_text_frame and "Las Vegas" in shape.text_frame.text
    ]
    assert said == ["The 2027 Invitational moves \vto Las Vegas in\u00a0August\u00a02027."], said
