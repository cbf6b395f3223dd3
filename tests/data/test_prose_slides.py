"""Review OO1 (round 21): prose set as a poster. A slide of text whose paragraphs are prose (one of
three rows or more, five in all) was set as a statement, in large type: JASS Fukuoka's
'基調講演とセッション' ran to eight lines of 32 pt, larger than its title, with ragged breaks. Such a
slide is set at the body's size (data/plan/views.py `_prose`), and the document check names a
body of prose in large type in any deck (office/walls.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation
from pptx.oxml.ns import qn

from reportgen.data.plan import views
from reportgen.office.walls import walls
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

JASS = ROOT / "tests" / "events" / "languages" / "jass-fukuoka-ja.yaml"
IOGK = ROOT / "tests" / "data" / "review_events" / "oyun-gelistiricileri-istanbul-tr-tr.yaml"


def _sizes(deck: Path, words: str) -> list[float]:
    """The run sizes (pt) of the paragraphs that hold `words` on the deck's slides."""
    found = []
    for slide in Presentation(str(deck)).slides:
        for shape in slide.shapes:
            if not shape.has_text_frame:
                continue
            for p in shape.text_frame.paragraphs:
                text = p.text.replace("\u2060", "").replace("\v", "").replace("\n", "")
                if words in text:
                    found += [r.font.size.pt for r in p.runs if r.font.size is not None]
    return found


@pytest.mark.parametrize(
    ("event", "words"),
    [
        (JASS, "シンガポールの政府系ファンド"),
        (JASS, "スタートアップビザ"),
        (IOGK, "Açılış konuşmasını yapay zekâ"),
    ],
)
def test_prose_is_set_at_the_bodys_size(event: Path, words: str, tmp_path: Path) -> None:
    result = build(event, Settings.simple(tmp_path, TEMPLATES))
    deck = next(f for f in result.files if f.suffix == ".pptx")
    sizes = _sizes(deck, words)
    assert sizes, f"{words} is on no slide"
    assert max(sizes) < 28, sizes  # not a statement's large type
    assert not [w for w in result.warnings if "large type" in w], result.warnings


def test_the_check_names_prose_set_in_large_type(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The deck as the plan set it before: the two prose slides as statements, in large type."""
    monkeypatch.setattr(views, "_prose", lambda texts: False)
    result = build(JASS, Settings.simple(tmp_path, TEMPLATES))
    deck = next(f for f in result.files if f.suffix == ".pptx")
    assert max(_sizes(deck, "シンガポールの政府系ファンド")) >= 28  # as the plan set it before
    named = [w for w in result.warnings if "large type" in w]
    assert any("slide 4" in w for w in named), result.warnings
    assert any("slide 5" in w for w in named), result.warnings
    # the same body of short lines in the same large type is a statement, not prose: not named
    prs = Presentation(str(deck))
    body = next(s for s in prs.slides[3].shapes if s.name == "Section text")
    assert [w for w in walls(body, "slide 4", {}, prs.slide_width) if "large type" in w]
    for p in body.text_frame.paragraphs:
        for r in p.runs[1:]:
            r._r.getparent().remove(r._r)
        for br in p._p.findall(qn("a:br")):
            p._p.remove(br)
        p.runs[0].text = "基調講演は三つ"
    assert not [w for w in walls(body, "slide 4", {}, prs.slide_width) if "large type" in w]
