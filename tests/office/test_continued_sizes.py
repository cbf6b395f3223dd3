"""A section continued over several slides of text keeps one text size across them, the smallest
its fit needs, and none of them is set large as a statement: review U saw festival-cine-es-ar's
'Premios' over three slides, the second set larger (a statement) than the first and the third."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation

from reportgen.office.ooxml import qn
from reportgen.office.powerpoint.fit import inherited_size, is_statement

from ..conftest import ROOT
from ..pipeline.test_catalogues import built

REVIEWS = ROOT / "tests" / "data" / "review_events"


def _body_sizes(slide) -> tuple[float, bool]:
    """The body's bullets as set (the size most of its runs have, times its autofit scale), and
    whether centred. Not its smallest text: a quotation is set smaller than the bullets, and a
    slide of the run without one (the winners, since review CC no longer folds the coproduction
    market under them) set its bullets at the size of the others'."""
    body = next(s for s in slide.shapes if s.is_placeholder and s.placeholder_format.idx == 1)
    pr = body.text_frame._txBody.find(qn("a:bodyPr"))
    fit = pr.find(qn("a:normAutofit"))
    scale = int(fit.get("fontScale", "100000")) / 100000 if fit is not None else 1.0
    sizes = [
        r.font.size.pt for p in body.text_frame.paragraphs for r in p.runs if r.font.size and r.text.strip()
    ]
    # set as a statement: centred, large (not a short body set in the middle of its box, its lines
    # as the others': powerpoint/top_anchor.py)
    statement = is_statement(body._element, body.width, body.height, inherited_size(body))
    # at a tie the larger: one person's line and their quotation, set smaller, are the bullets'
    # size and the quotation's, not the quotation's
    return max(sorted(set(sizes), reverse=True), key=sizes.count) * scale, statement


@pytest.mark.parametrize(
    ("event", "section"),
    [
        # festival-cine-es-ar's 'Premios', the event of review U, now fits one slide of text ahead
        # of its winners' table (contin26, review YY3 #1: people counted as the lines a reader
        # sees), so the run is the Bordeaux book fair's prizes: the jury's people, then the
        # palmarès over two slides ('Palmarès', 'Palmarès (suite)')
        (ROOT / "tests" / "events" / "languages" / "salon-livre-fr.yaml", "Les prix du salon"),
    ],
)
def test_a_sections_continued_slides_share_one_text_size(tmp_path: Path, event: Path, section: str) -> None:
    _, deck = built(event, tmp_path / "out")
    slides = list(Presentation(str(deck)).slides)
    # its slides of bullets: a table of winners by category sets its own size
    run = [
        s
        for s in slides
        if (
            # its kicker the section's name, continued on the slides after the first
            any(sh.name == "Section name" and sh.text_frame.text.startswith(section) for sh in s.shapes)
            or s.shapes.title.text_frame.text.startswith(f"{section} (")
        )
        and not any(getattr(sh, "has_table", False) and sh.has_table for sh in s.shapes)
    ]
    assert len(run) >= 2
    measured = [_body_sizes(s) for s in run]
    assert not any(centred for _, centred in measured)  # none set large as a statement
    assert len({round(size, 1) for size, _ in measured}) == 1, measured


def test_the_run_takes_the_smallest_scale_its_fit_needed() -> None:
    from pptx.util import Inches

    from reportgen.data.plan.views import DeckPage
    from reportgen.office.powerpoint.continued import one_size
    from reportgen.office.powerpoint.fit import set_scale

    prs = Presentation()
    section = object()
    made = []
    for index in range(3):
        slide = prs.slides.add_slide(prs.slide_layouts[6])
        box = slide.shapes.add_textbox(Inches(1), Inches(1), Inches(4), Inches(2))
        box.name = "Section text"
        box.text_frame.text = "words"
        if index == 1:
            set_scale(box.text_frame._txBody, 0.8)  # the fit shrank the second slide's text
        page = DeckPage("points", "", ("words",), "", index == 0, index > 0, _in_run=True)
        made.append((slide, 1, {"page": page, "s": section}))
    one_size(made)
    scales = [
        s.shapes[0].text_frame._txBody.find(qn("a:bodyPr")).find(qn("a:normAutofit")).get("fontScale")
        for s in prs.slides
    ]
    assert scales == ["80000", "80000", "80000"]
