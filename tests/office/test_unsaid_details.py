"""A figure's own sentence said only in a slide's speaker notes is named where it qualifies the
figure after its number ('… uit vijf continenten'), not where the words before its number are the
sentence's frame, who did what, which its tile's label says in its own words ('Runners came from
38 countries.' under the tile '38 countries / Countries represented': a template with four tile
places, whose second page's notes say its tiles as sentences, round 23). Planted decks, no build."""

from __future__ import annotations

from pptx import Presentation
from pptx.util import Inches

from reportgen.data.plan.sentence_tail import words_beyond
from reportgen.office.unsaid import unsaid_details


def _deck(tile: list[str], notes: str):
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    box = slide.shapes.add_textbox(Inches(1), Inches(1), Inches(3), Inches(2))
    box.text_frame.text = "\n".join(tile)
    slide.notes_slide.notes_text_frame.text = notes
    return prs, [tile]


def test_a_sentence_whose_frame_alone_the_tile_leaves_unsaid_is_not_named() -> None:
    sentence = "Runners came from 38 countries."
    prs, printed = _deck(["38 countries", "Countries represented"], sentence)
    beyond = words_beyond("Runners came from {value}.")
    assert beyond == ""
    assert unsaid_details(list(prs.slides), printed, [(sentence, beyond)], "deck") == []
    # read whole, as before, its frame's words counted: named
    assert len(unsaid_details(list(prs.slides), printed, [sentence], "deck")) == 1


def test_a_sentence_that_qualifies_its_figure_after_its_number_is_named() -> None:
    sentence = "Het Deltapact werd ondertekend door 28 steden uit vijf continenten."
    prs, printed = _deck(["28 steden", "Ondertekenaars"], sentence)
    beyond = words_beyond("Het Deltapact werd ondertekend door {value} uit vijf continenten.")
    assert beyond == "uit vijf continenten"
    assert unsaid_details(list(prs.slides), printed, [(sentence, beyond)], "deck") == [
        f"deck: slide 1: its speaker notes say '{sentence}', which qualifies a figure the deck "
        "prints, and no slide prints it (only the speaker notes do)"
    ]
