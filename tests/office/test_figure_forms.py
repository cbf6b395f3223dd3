"""The document check counts a figure's printings in whatever form they are written (issue 19,
class 2): a user's text that restates a tile's figure in another form, a Korean caption's '약 25만
1천 명' for a tile's '約25.1만 명', and the value label a chart picture draws."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.shared import Cm
from PIL import Image

from reportgen.office.quality import check_briefing
from reportgen.office.repeats import Amount, Drawn
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

ONE_FIGURE = ROOT / "tests" / "events" / "one-figure.yaml"
_TAIL = "print it where it reads best and at most once more"


def test_a_users_text_restating_a_tiles_figure_in_other_forms_is_counted(tmp_path: Path) -> None:
    text = (
        ONE_FIGURE.read_text(encoding="utf-8")
        .replace(
            "guests: {label: Guests, value: 240, unit: guests, key: true}",
            "visitors: {label: Visitors, value: 52000, unit: visitors, key: true}",
        )
        .replace("to a full house.", "to a full house of 52 000 visitors.")
        .replace(
            "  closing_date: 2026-04-18\n",
            "  closing_date: 2026-04-18\n  summary: The harbour welcomed 52 thousand visitors.\n",
        )
    )
    event = tmp_path / "event.yaml"
    event.write_text(text, encoding="utf-8")
    result = build(event, Settings.simple(tmp_path / "out", TEMPLATES))
    found = sorted(w.split("out/", 1)[1] for w in result.warnings if "is printed" in w)
    assert found == [
        "hpe-2026-briefing.docx: the figure '52,000' is printed 3 times (paragraph 3 (under 'Harbour "
        "Poetry Evening 2026'), paragraph 4 (under 'Harbour Poetry Evening 2026'), paragraph 7 (under "
        f"'The evening'): written '52 thousand', '52,000', '52 000'); {_TAIL}",
        "hpe-2026-deck.pptx: the figure '52,000' is printed 3 times (slide 1, slide 2 (2 times): written "
        f"'52 thousand', '52,000', '52 000'); {_TAIL}",
    ]


def test_a_korean_caption_restating_a_tile_in_another_form_is_counted(tmp_path: Path) -> None:
    document = Document()
    for line in (
        "約25.1만 명",
        "관람객은 약 25만 1천 명이었다.",
        "관람객 251,000명",
        "2026년 12월 5일, 251명",
    ):
        document.add_paragraph(line)
    path = tmp_path / "b.docx"
    document.save(str(path))
    assert [w for w in check_briefing(path, "b.docx", ["25.1만"], "ko_KR") if "printed" in w] == [
        "b.docx: the figure '25.1만' is printed 3 times (paragraph 1, paragraph 2, paragraph 3: written "
        f"'25.1만', '25만 1천', '251,000'); {_TAIL}"
    ]


def test_a_chart_pictures_value_label_is_a_printing(tmp_path: Path) -> None:
    picture = tmp_path / "chart.png"
    Image.new("RGB", (8, 8), "white").save(picture)
    document = Document()
    document.add_paragraph("Visitors: 94 per cent came back")
    document.add_paragraph("94% of the visitors came back.")
    document.add_picture(str(picture), width=Cm(4))
    for doc_pr in document.element.body.iter("{*}docPr"):
        doc_pr.set("name", "Chart returns")
    path = tmp_path / "b.docx"
    document.save(str(path))
    amount = Amount("94%", frozenset({94.0}), True)
    drawn = [Drawn("returns", "Bar chart of returns", ("94 %", "6 %"))]
    assert [w for w in check_briefing(path, "b.docx", [amount]) if "printed" in w] == []
    assert [w for w in check_briefing(path, "b.docx", [amount], drawn=drawn) if "printed" in w] == [
        "b.docx: the figure '94%' is printed 3 times (paragraph 1, paragraph 2, paragraph 3: written "
        f"'94 per cent', '94%', '94 %'); {_TAIL}"
    ]
