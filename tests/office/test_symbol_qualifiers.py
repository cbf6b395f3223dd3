"""A unit symbol stays on its number's line when the language writes the qualifier after it: the
Korean tile '42% 가까이' (nearly 42 %) printed '42' over '% 가까이' (review QQ1), the sign cut from
its number. The qualifier is part of the number: on its line, a no-break space before it."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation

from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES, seen

EVENT = ROOT / "tests" / "data" / "review_events" / "seomjin-riverfest-ko-kr.yaml"


def test_a_percent_with_its_qualifier_after_keeps_its_sign_on_the_numbers_line(tmp_path: Path) -> None:
    assert "qualifier: nearly" in EVENT.read_text(encoding="utf-8")
    result = build(EVENT, Settings.simple(tmp_path, TEMPLATES))
    deck = Presentation(str(next(f for f in result.files if f.suffix == ".pptx")))
    lines = [
        seen(paragraph.text).strip()
        for slide in deck.slides
        for shape in slide.shapes
        if shape.has_text_frame
        for paragraph in shape.text_frame.paragraphs
    ]
    numbers = [line for line in lines if line.startswith("42")]
    assert numbers, lines
    assert all(line.startswith("42%") for line in numbers), numbers
    assert not any(line.startswith("%") for line in lines)
    assert any("가까이" in line for line in numbers)  # the qualifier on the number's line too
