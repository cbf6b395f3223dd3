"""Review NN: the Taiwanese briefing's title parted the competition's name, '2026第十二屆臺中國際動畫
影展暨亞洲 / 獨立動畫短片競賽', where the deck's cover ended the line after '暨', which joins the
festival's name and the competition's. A Chinese or Japanese title's line ends at such a joint
where that takes no more lines (powerpoint/cjk_words.title_breaks)."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from reportgen.office.ooxml import qn
from reportgen.office.powerpoint.cjk_words import line_breaks, title_breaks
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

NAME = "2026第十二屆臺中國際動畫影展暨亞洲獨立動畫短片競賽"


def _lines(text: str, breaks: list[int]) -> list[str]:
    return [text[a:b] for a, b in zip([0, *breaks], [*breaks, len(text)], strict=True)]


@pytest.mark.parametrize("width", [17.0, 20.0, 24.0])
def test_a_name_joined_by_ji_ends_its_line_after_it(width: float) -> None:
    lines = _lines(NAME, title_breaks(NAME, width, "zh"))
    assert lines == ["2026第十二屆臺中國際動畫影展暨", "亞洲獨立動畫短片競賽"]


def test_a_joint_that_would_take_another_line_is_not_taken() -> None:
    # 14 ems: the festival's name alone takes two lines, so the joint would make three of two
    assert len(line_breaks(NAME, 14.0, "zh")) == 1
    assert title_breaks(NAME, 14.0, "zh") == line_breaks(NAME, 14.0, "zh")


def test_the_taichung_briefings_title_ends_its_first_line_after_ji(tmp_path: Path) -> None:
    event = ROOT / "tests" / "data" / "review_events" / "taichung-animation-festival-zh-tw.yaml"
    result = build(event, Settings.simple(tmp_path / "out", TEMPLATES))
    document = Document(str(next(f for f in result.files if f.suffix == ".docx")))
    title = next(p for p in document.paragraphs if p.style.style_id == "Title")
    lines = "".join(
        "\n" if node.tag == qn("w:br") else node.text or "" for node in title._p.iter(qn("w:t"), qn("w:br"))
    ).split("\n")
    assert lines[0].endswith("影展暨") and lines[1].startswith("亞洲"), lines
