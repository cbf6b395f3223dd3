"""The deck check keeps what it found on each slide and chart (a rebuild after a text-only edit
checks mostly the same ones), by everything its finding is made from: a slide or chart that
changes, or the same one under another name or language, is checked anew."""

from __future__ import annotations

from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_LABEL_POSITION
from pptx.util import Inches

from reportgen.office.quality import check_deck

from ..conftest import TEMPLATES

_AUTHOR = "addresses the file's author"


def _deck() -> tuple[object, object]:
    prs = Presentation(str(TEMPLATES / "deck.pptx"))
    slide = prs.slides.add_slide(next(layout for layout in prs.slide_layouts if layout.name == "Title Only"))
    slide.shapes.title.text = "Visitors"
    box = slide.shapes.add_textbox(Inches(0.6), Inches(1.6), Inches(8), Inches(4))
    box.text_frame.text = "Visitors came from 40 countries, more than in any year before."
    return prs, box


def test_a_slide_edited_between_two_checks_is_checked_anew() -> None:
    prs, box = _deck()
    assert not [w for w in check_deck(prs, "x-deck.pptx") if _AUTHOR in w]
    box.text_frame.text = "TODO: check whether 40 countries is right."
    found = [w for w in check_deck(prs, "x-deck.pptx") if _AUTHOR in w]
    assert len(found) == 1 and found[0].startswith(f"x-deck.pptx: slide {len(prs.slides)}: "), found
    box.text_frame.text = "Visitors came from 40 countries, more than in any year before."
    assert not [w for w in check_deck(prs, "x-deck.pptx") if _AUTHOR in w]


def test_a_finding_kept_from_an_earlier_check_names_the_deck_it_is_in() -> None:
    prs, box = _deck()
    box.text_frame.text = "TODO: check whether 40 countries is right."
    first = [w for w in check_deck(prs, "a-deck.pptx") if _AUTHOR in w]
    second = [w for w in check_deck(prs, "b-deck.pptx") if _AUTHOR in w]
    assert len(first) == len(second) == 1
    assert first[0].startswith("a-deck.pptx: ") and second[0].startswith("b-deck.pptx: ")


def test_a_chart_recoloured_between_two_checks_is_checked_anew() -> None:
    prs, _ = _deck()
    slide = prs.slides[len(prs.slides) - 1]
    data = CategoryChartData()
    data.categories = ["2024", "2025"]
    data.add_series("Visitors", (10, 15))
    frame = slide.shapes.add_chart(XL_CHART_TYPE.COLUMN_CLUSTERED, 0, Inches(1.5), Inches(9), Inches(5), data)
    plot = frame.chart.plots[0]
    plot.series[0].format.fill.solid()
    plot.series[0].format.fill.fore_color.rgb = RGBColor(0x0B, 0x1F, 0x4D)  # dark: the label is unreadable
    plot.has_data_labels = True
    plot.data_labels.position = XL_LABEL_POSITION.INSIDE_END
    assert len([w for w in check_deck(prs, "d.pptx") if "contrast" in w]) == 1
    plot.series[0].format.fill.fore_color.rgb = RGBColor(0xF2, 0xF2, 0xF2)  # light: the label reads
    assert [w for w in check_deck(prs, "d.pptx") if "contrast" in w] == []
