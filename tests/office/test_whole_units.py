"""A unit a line holds whole (an address, an as-of word with its date) is placed by one line filling
(office/whole_units.py) on a slide and in a briefing alike, and the briefing's passes set their
line breaks into a paragraph's texts and runs in one way each (word_paragraphs.py, word_cells.py)."""

from __future__ import annotations

import pytest
from lxml import etree

from reportgen.office.ooxml import qn
from reportgen.office.powerpoint.fit import unbreakable
from reportgen.office.powerpoint.url_lines import addresses_apart as slide_breaks
from reportgen.office.whole_units import Piece, placed, units_apart
from reportgen.office.word_addresses import addresses_apart as briefing_breaks
from reportgen.office.word_cells import break_before_each
from reportgen.office.word_paragraphs import break_in_texts

SOURCE = (
    "«Feira Nacional de Sabores encerra com 148 mil visitantes», CNEMA, 7 de junho de 2026. "
    "https://example.org/cnema/sabores-2026/balanco"
)


@pytest.mark.parametrize(
    ("room_pt", "moved"),
    [
        (300.0, True),  # the address would start at a line's end: it starts the next
        (500.0, True),
        (400.0, False),  # it starts a line anyway
        (900.0, False),  # all on one line
        (200.0, False),  # wider than a whole line: left to the renderer
        (270.0, False),  # as wide as a line only measured SAFETY wider: left too
        (370.0, True),  # the line would end just inside the address, measured SAFETY wider
        (750.0, True),  # all on one line by the bare widths, not SAFETY wider
    ],
)
def test_a_slide_and_a_briefing_move_an_address_alike(room_pt: float, moved: bool) -> None:
    expected = [SOURCE.index("https")] if moved else []
    assert slide_breaks(SOURCE, room_pt, 10) == expected  # points, at 10 pt
    assert briefing_breaks(SOURCE, room_pt / 10) == expected  # ems


def test_the_pieces_are_placed_where_they_stand_in_the_text() -> None:
    text = "as of 2\u00a0pm, 现场 https://a.example/x-y"
    found = [(text[start:end], spaced, piece) for start, end, spaced, piece in placed(unbreakable(text))]
    assert [(where, spaced) for where, spaced, _ in found] == [
        ("as", False),
        ("of", True),
        ("2\u00a0pm,", True),
        ("现", True),
        ("场", False),
        ("https://a.example/x-y", True),
    ]
    assert all(where == piece for where, _, piece in found)


def test_a_kept_piece_starts_a_line_and_an_as_of_word_goes_with_its_date() -> None:
    pieces = [Piece(0, 0.0, 6.0), Piece(7, 1.0, 2.0, unit=5.0), Piece(10, 1.0, 3.0)]
    assert units_apart(pieces, 10.0) == [7]  # 'pr.' and '20.' fit a line together, not after 6
    kept = [Piece(0, 0.0, 6.0), Piece(7, 1.0, 5.0, kept=True)]
    assert units_apart(kept, 10.0) == [7]
    assert units_apart([Piece(0, 0.0, 6.0), Piece(7, 1.0, 5.0)], 10.0) == []  # the renderer's break
    assert units_apart([Piece(0, 0.0, 6.0), Piece(7, 1.0, 11.0, kept=True)], 10.0) == []  # too wide


def _paragraph(*texts: str) -> etree._Element:
    p = etree.Element(qn("w:p"))
    for value in texts:
        run = etree.SubElement(p, qn("w:r"))
        etree.SubElement(run, qn("w:rPr"))
        etree.SubElement(run, qn("w:t")).text = value
    return p


def _lines(p: etree._Element) -> list[str]:
    return "".join(
        "\n" if n.tag == qn("w:br") else (n.text or "") for n in p.iter(qn("w:t"), qn("w:br"))
    ).split("\n")


def test_a_body_paragraphs_break_goes_before_a_unit_or_in_place_of_a_separator() -> None:
    p = _paragraph("Fonte: ", "CNEMA https://example.org")
    break_in_texts(list(p.iter(qn("w:t"))), len("Fonte: CNEMA "))
    assert _lines(p) == ["Fonte: CNEMA ", "https://example.org"]
    p = _paragraph("Informe · 3 de mayo de 2026 · Oviedo")
    break_in_texts(list(p.iter(qn("w:t"))), len("Informe · 3 de mayo de 2026"), len(" · "))
    assert _lines(p) == ["Informe · 3 de mayo de 2026", "Oviedo"]


def test_a_cells_breaks_split_its_runs_last_first() -> None:
    p = _paragraph("现场观众，", "截至2026年7月20日16:00")
    break_before_each(list(p.iterfind(qn("w:r"))), [len("现场观众，"), len("现场观众，截至2026年7月20日")])
    assert _lines(p) == ["现场观众，", "截至2026年7月20日", "16:00"]
    assert all(len(run.findall(qn("w:br"))) <= 1 for run in p.iterfind(qn("w:r")))
