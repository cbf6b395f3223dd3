"""A table on a slide with no room around it (review RR4 #11: the symposium's awards table flush
against a three-line source footer, its winners wrapped to two or three lines in a column too
narrow for them): the document check names the slide, for a table a user's template or layout
sets; the same table clear of the footer, its columns sized to their entries, is not named."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pptx import Presentation
from pptx.util import Emu, Pt

from reportgen.office.quality import check_deck
from reportgen.pipeline.pipeline import BuildResult

from ..conftest import ROOT

TASMAN = ROOT / "tests" / "data" / "review_events" / "tasman-marine-symposium-en-au.yaml"
WINNERS = [
    ("Best Paper", "Dr Priya Natarajan (University of Tasmania)"),
    ("Best Student Paper", "Liam Chatterton (Tasman University)"),
    ("Best Poster", "Mei-Ling Zhou (James Cook University)"),
]


def _with_table(deck: Path, narrow: bool, flush: bool) -> tuple[Presentation, int]:
    prs = Presentation(str(deck))
    footed = [any(h.name == "Source" and h.text_frame.text for h in s.shapes) for s in prs.slides]
    number = footed.index(True) + 1  # a slide with sources in its footer
    slide = prs.slides[number - 1]
    source = next(sh for sh in slide.shapes if sh.name == "Source")
    for shape in list(slide.shapes):  # the awards as a table, in the place of the slide's text
        if shape.has_text_frame and shape.name in ("Section text", "List"):
            shape._element.getparent().remove(shape._element)
    top = Emu(int(prs.slide_height * 0.25))
    width = Emu(int(prs.slide_width * 0.8))
    text_top = source.top + source.height - Emu(Pt(12 * 3 * 1.2))  # its three lines, set from its foot
    height = Emu(text_top - top) if flush else Emu(int((text_top - top) * 0.6))
    frame = slide.shapes.add_table(len(WINNERS), 2, Emu(int(prs.slide_width * 0.1)), top, width, height)
    table = frame.table
    table.columns[0].width = Emu(int(width * (0.75 if narrow else 0.3)))  # the winners' room
    table.columns[1].width = Emu(width - table.columns[0].width)
    for row, (award, winner) in enumerate(WINNERS):
        for column, text in enumerate((award, winner)):
            cell = table.cell(row, column)
            cell.text = text
            cell.text_frame.paragraphs[0].runs[0].font.size = Pt(20)
    return prs, number


def test_a_table_flush_against_the_footer_and_crowded_is_named(
    built_event: Callable[[Path], BuildResult],
) -> None:
    deck = next(f for f in built_event(TASMAN).files if f.suffix == ".pptx")
    prs, number = _with_table(deck, narrow=True, flush=True)
    found = [w for w in check_deck(prs, "deck.pptx") if "its table" in w]
    assert any(w.startswith(f"deck.pptx: slide {number}: its table ends") for w in found), found
    assert any("its table's cell 'Dr Priya Natarajan" in w for w in found), found
    prs, _ = _with_table(deck, narrow=False, flush=False)
    assert not [w for w in check_deck(prs, "deck.pptx") if "its table" in w]
