"""The briefing's title keeps its last two words on one line: a long event name had left its year
alone on the title's second line ('Riverside Hospice 10K Fun Run / 2026': review W)."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

REVIEWS = ROOT / "tests" / "data" / "review_events"


@pytest.mark.parametrize(
    ("event", "end"),
    [("fun-run-en-gb.yaml", "Run\u00a02026"), ("baumesse-zuerich-de-ch.yaml", "Zürich\u00a02026")],
)
def test_the_briefings_title_ties_its_last_two_words(event: str, end: str, tmp_path: Path) -> None:
    result = build(REVIEWS / event, Settings.simple(tmp_path, TEMPLATES))
    briefing = next(p for p in result.files if p.suffix == ".docx")
    titles = [p.text for p in Document(str(briefing)).paragraphs if p.style.style_id == "Title"]
    assert titles and titles[0].endswith(end), titles
    assert titles[0].count("\u00a0") == 1  # the other words break where the line needs


@pytest.mark.parametrize(
    ("event", "main", "sub"),
    [
        (
            ROOT / "tests" / "events" / "languages" / "jass-fukuoka-ja.yaml",
            "第5回 日本・ASEANスタートアップ共創ビジネスサミット2026 in 福岡",
            "〜越境イノベーションで次世代産業をつくる〜",
        ),
        (
            ROOT / "tests" / "events" / "jahrestagung-de.yaml",
            "27. Internationale Jahrestagung der Deutschen Gesellschaft für Kommunale Wasserwirtschaft"
            " und Stadtentwässerung 2026",
            "Klimaresiliente Städte gemeinsam gestalten",
        ),
    ],
)
def test_a_names_subtitle_part_is_a_smaller_line_of_the_title(
    event: Path, main: str, sub: str, tmp_path: Path
) -> None:
    """Review OO1: the Japanese summit's name and its '〜…〜' ran on as one heading of four lines; as
    the deck's cover sets it, the subtitle part is a line of its own, smaller and not bold."""
    result = build(event, Settings.simple(tmp_path, TEMPLATES))
    briefing = next(p for p in result.files if p.suffix == ".docx")
    title = next(p for p in Document(str(briefing)).paragraphs if p.style.style_id == "Title")

    def plain(text: str) -> str:
        return text.replace("\u00a0", " ").replace("\u2060", "")

    assert plain(title.text) == f"{main}\n{sub}"
    named, part = title.runs[0], title.runs[-1]
    assert plain(part.text) == f"\n{sub}" and part.font.bold is False
    size = named.font.size or title.style.font.size
    assert part.font.size is not None and size is not None and part.font.size.pt <= 0.6 * size.pt
