"""An empty text box's room goes to the shape right under it (powerpoint/reclaim.py); what moves
is kept for the next build by everything it is read from, so a slide that differs is worked out
anew and one met again is moved exactly as the first time."""

from __future__ import annotations

from lxml import etree
from pptx import Presentation
from pptx.util import Inches

from reportgen.memo import Memo
from reportgen.office.powerpoint import reclaim
from reportgen.office.powerpoint.reclaim import reclaim_empty_boxes

from ..conftest import TEMPLATES


def _slide(below_at: float, empty_left: float = 0.5) -> tuple[object, object]:
    """A slide with an empty text box (1 in high, its foot at 2 in) and a text box `below_at` in
    from the top."""
    prs = Presentation(str(TEMPLATES / "deck.pptx"))
    slide = prs.slides.add_slide(next(layout for layout in prs.slide_layouts if layout.name == "Title Only"))
    slide.shapes.title.text = "Visitors"
    slide.shapes.add_textbox(Inches(empty_left), Inches(1), Inches(9), Inches(1))
    under = slide.shapes.add_textbox(Inches(1), Inches(below_at), Inches(8), Inches(3))
    under.text_frame.text = "Visitors came from 40 countries."
    return slide, under


def test_a_shape_right_under_an_empty_box_moves_up_the_same_way_every_time() -> None:
    first, under = _slide(2.1)
    reclaim_empty_boxes(first)
    assert (under.top, under.height) == (Inches(1), Inches(2.1) + Inches(3) - Inches(1))
    again, under_again = _slide(2.1)
    reclaim_empty_boxes(again)  # the same slide: its moves are made again
    assert (under_again.top, under_again.height) == (Inches(1), Inches(2.1) + Inches(3) - Inches(1))
    assert etree.tostring(again.shapes._spTree) == etree.tostring(first.shapes._spTree)


def test_a_slide_that_differs_is_worked_out_anew() -> None:
    moved, _ = _slide(2.1)
    reclaim_empty_boxes(moved)
    far, under = _slide(4.0)  # too far under the box to take its room
    reclaim_empty_boxes(far)
    assert (under.top, under.height) == (Inches(4), Inches(3))
    aside, under = _slide(2.1, empty_left=3)  # the box does not cover it
    reclaim_empty_boxes(aside)
    assert (under.top, under.height) == (Inches(2.1), Inches(3))


def test_a_slide_met_again_with_another_builds_marker_is_not_worked_out_again(monkeypatch) -> None:
    worked: list[object] = []
    original = reclaim._moves

    def counted(slide: object) -> tuple[tuple[int, int, int], ...]:
        worked.append(slide)
        return original(slide)

    monkeypatch.setattr(reclaim, "_MOVES", Memo(8))
    monkeypatch.setattr(reclaim, "_moves", counted)
    for secret in ("0123456789abcdef", "fedcba9876543210"):  # two builds: two secrets
        marker = f"[[reportgen-picture-{secret}:"
        slide, under = _slide(2.1)
        under.text_frame.text = f"{marker}reach]]"
        reclaim_empty_boxes(slide, marker)
        assert (under.top, under.height) == (Inches(1), Inches(2.1) + Inches(3) - Inches(1))
    assert len(worked) == 1
    slide, under = _slide(2.1)
    under.text_frame.text = "[[reportgen-picture-0123456789abcdef:other]]"  # another slot: another slide
    reclaim_empty_boxes(slide, "[[reportgen-picture-0123456789abcdef:")
    assert len(worked) == 2
