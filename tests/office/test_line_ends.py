"""The document check of a PDF's lines (office/line_ends.py): an address broken at its hyphen, an
as-of word parted from its date, a separator at a line's end (review KK); and nothing in the lines
a reader breaks there too."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportgen.office.line_ends import check_line_ends, parted_units

from ..conftest import libreoffice_pdfs


@pytest.mark.parametrize(
    ("lines", "kind"),
    [
        (["Covadonga», 3 de mayo de 2026. https://example.es/prensa/2026-", "balance; «Impacto»"], "address"),
        (["Besøgende i alt, pr.", "20. september 2026 kl. 18.00"], "as of"),
        (["Visits to the metaverse, as of", "2 pm on 3 September 2022"], "as of"),
        (["Besucher: Stand:", "22. Oktober 2023"], "as of"),
        (["결승전 최고 동시 시청자, 2026년 11월 22일 오후 9시 47분", "기준"], "as of"),
        (["Informe de clausura · 29 de abril – 3 de mayo de 2026 ·", "Oviedo, España"], "separator"),
        (["Relatório final · 8 a 12 de abril de 2026", "· Ribeirão Preto"], "separator"),
    ],
)
def test_a_unit_parted_by_a_line_end_is_named(lines: list[str], kind: str) -> None:
    assert [found[0] for found in parted_units(lines)] == [kind]


@pytest.mark.parametrize(
    "lines",
    [
        ["https://example.es/vueltaasturias/prensa/", "2026-balance"],  # after a slash: a place to break
        ["La carrera llegó a", "205.000 aficionados"],  # a preposition of the text, not a label's
        ["Informe de clausura · 29 de abril – 3 de mayo de 2026", "Oviedo, España"],
        ["Besøgende i alt, pr. 20. september 2026", "kl. 18.00"],
        ["2026년 11월 22일", "오후 9시 47분 기준"],
        ["기준 금리는 올랐다"],
    ],
)
def test_lines_a_reader_breaks_there_are_not_named(lines: list[str]) -> None:
    assert parted_units(lines) == []


@pytest.mark.slow
def test_a_users_template_with_its_as_of_word_at_a_line_end_is_named(soffice: str, tmp_path: Path) -> None:
    """A user's briefing whose narrow label breaks after 'pr.' (plain spaces): its PDF, as
    LibreOffice sets it, is named with the page and the words either side."""
    from docx import Document
    from docx.shared import Pt

    document = Document()
    section = document.sections[0]
    section.left_margin = section.right_margin = Pt(72)
    label = document.add_paragraph()
    label.paragraph_format.right_indent = Pt(468 - 118)  # a tile's width: 'Besøgende i alt, pr.' fills it
    label.add_run("Besøgende i alt, pr. 20. september 2026 kl. 18.00").font.size = Pt(11)
    document.add_paragraph("Slutrapport")
    docx = tmp_path / "users-briefing.docx"
    document.save(str(docx))
    (tmp_path / "pdf").mkdir()
    (pdf,) = libreoffice_pdfs(soffice, [docx], tmp_path / "pdf")
    warnings = check_line_ends(pdf, "users-briefing.pdf")
    assert warnings == [
        "users-briefing.pdf: page 1 ends a line with 'Besøgende i alt, pr.' and starts the next with "
        "'20. september 2026': an as-of label's word starts the line its date or time is on; "
        "where they cannot share a line, shorten the label or widen its box"
    ], warnings
