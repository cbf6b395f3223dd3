"""A short body alone under its title is set in the middle of the room under it: WAIC's 'Signed
projects and investment' (two paragraphs at 32 pt), the Danish biennale's 'Salg og ordrer' and the
Turkish conference's investment slide (a lead and two bullets) were set from the top of their box
and left the lower third of their slide empty (office/powerpoint/top_anchor.py, CENTRE_FROM). A
credit under a quotation title stays under it, the lines after it in the middle of the room left.
A full list, a statement and a chart's points keep their place. The document check names text
that sits at the top of a slide it leaves empty, in a user's template too (office/slide_space.py,
`_top_heavy`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation
from pptx.oxml.ns import qn
from pptx.util import Inches, Pt

from reportgen.office.powerpoint.fit import EMU_PER_PT, inherited_size, text_height
from reportgen.office.powerpoint.top_anchor import NEAR_PT
from reportgen.office.powerpoint.under_title import is_body
from reportgen.office.quality import check_deck
from reportgen.office.slide_space import LOPSIDED
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

REVIEWS = ROOT / "tests" / "data" / "review_events"
WAIC = ROOT / "data" / "waic2022.yaml"


def _deck(event: Path, out: Path) -> Presentation:
    result = build(event, Settings.simple(out, TEMPLATES))
    assert result.warnings == []
    return Presentation(str(next(f for f in result.files if f.suffix == ".pptx")))


def _slide(prs: Presentation, words: str):
    return next(
        s for s in prs.slides if s.shapes.title is not None and words in s.shapes.title.text_frame.text
    )


def _body(slide):
    return next(sh for sh in slide.shapes if sh.is_placeholder and sh.placeholder_format.idx == 1)


def _lines(shape) -> tuple[float, float]:
    """Where a body's first line starts and its last ends (pt from the slide's top), its anchor
    and the space after its paragraphs counted, as the deck sets them."""
    used = text_height(shape._element, shape.width, inherited_size(shape))
    anchor = shape._element.find(f"{qn('p:txBody')}/{qn('a:bodyPr')}").get("anchor")
    slack = max(shape.height - used, 0)
    top = shape.top + {"ctr": slack / 2, "b": slack}.get(anchor, 0)
    return top / EMU_PER_PT, (top + min(used, shape.height)) / EMU_PER_PT


@pytest.mark.parametrize(
    ("event", "title", "words"),
    # the Danish and Turkish sections' slides were such bodies while they repeated a tile's line
    # (review PP): statements of their own lines now, set as statements
    [(WAIC, "Signed projects and investment", ["17 of the 25 signed projects"])],
    ids=["waic"],
)
def test_a_short_body_alone_is_set_in_the_middle_of_the_room_under_its_title(
    event: Path, title: str, words: list[str], tmp_path: Path
) -> None:
    prs = _deck(event, tmp_path)
    slide = _slide(prs, title)
    body = _body(slide)
    paragraphs = [p.text for p in body.text_frame.paragraphs if p.text.strip()]
    assert all(any(w in p for p in paragraphs) for w in words), paragraphs  # its lines, all printed
    title_foot = (slide.shapes.title.top + slide.shapes.title.height) / EMU_PER_PT
    first, last = _lines(body)
    over, under = first - title_foot, prs.slide_height / EMU_PER_PT - last
    # not a few lines at the top and a third of the slide empty under them (as the template set them:
    # 16 pt over, 175 under on WAIC's slide), nor floating in the middle (at most a quarter of its box)
    assert under < LOPSIDED * over, (over, under, paragraphs)
    assert first - body.top / EMU_PER_PT <= body.height / EMU_PER_PT / 4, (first, body.top / EMU_PER_PT)
    assert last <= (body.top + body.height) / EMU_PER_PT  # within its box
    if len(paragraphs) > 2:  # a list stays a list: its items each a paragraph of their own
        assert len(paragraphs) == 1 + len(words), paragraphs


def test_a_credit_under_a_quotation_title_stays_under_it(tmp_path: Path) -> None:
    """The Danish biennale's prize slide: its title the director's quotation, its body the credit
    and three lines. The credit stays under the title; the lines are set in the room under it."""
    prs = _deck(REVIEWS / "designbiennale-kolding-da-dk.yaml", tmp_path)
    slide = _slide(prs, "cirkulært design")
    body = _body(slide)
    credit, *rest = [p for p in body.text_frame.paragraphs if p.text.strip()]
    assert credit.text.startswith("—") and len(rest) == 3
    title_foot = (slide.shapes.title.top + slide.shapes.title.height) / EMU_PER_PT
    first, last = _lines(body)
    assert first - title_foot <= NEAR_PT  # the credit right under its quotation
    after = credit._p.find(f"{qn('a:pPr')}/{qn('a:spcAft')}/{qn('a:spcPts')}")
    assert after is not None and int(after.get("val")) >= 12 * 100  # the lines set apart from it
    assert prs.slide_height / EMU_PER_PT - last < 0.25 * prs.slide_height / EMU_PER_PT


def test_a_full_list_a_statement_and_a_charts_points_keep_their_place(tmp_path: Path) -> None:
    prs = _deck(WAIC, tmp_path)
    full = _body(_slide(prs, "Zhang Wei declared"))  # five long bullets: a full slide
    statement = _body(_slide(prs, "Reach and media"))  # set large, centred (a pull quote)
    chart = _body(_slide(prs, "Project investment"))  # its points beside its chart
    anchors = [
        shape._element.find(f"{qn('p:txBody')}/{qn('a:bodyPr')}").get("anchor")
        for shape in (full, statement, chart)
    ]
    assert anchors == ["t", "ctr", "t"]
    for shape in (full, chart):  # the template's space between its paragraphs (8 pt), none added
        assert shape._element.find(f"{qn('p:txBody')}/{qn('a:bodyPr')}").get("tIns") is None
        after = [
            p._p.find(f"{qn('a:pPr')}/{qn('a:spcAft')}/{qn('a:spcPts')}") for p in shape.text_frame.paragraphs
        ]
        assert all(a is None or int(a.get("val")) <= 800 for a in after)
    assert not is_body(statement)  # a statement: display type, the renderer's `_grow` sets it
    assert {r.font.size.pt for p in statement.text_frame.paragraphs for r in p.runs if r.text.strip()} == {
        36.0
    }


def test_the_check_names_short_text_at_the_top_of_a_users_slide(tmp_path: Path) -> None:
    """A user's slide of three sentences of two lines at 24 pt set from the top of a tall body:
    named; the same set in the middle of its box: not named."""
    result = build(ROOT / "tests" / "events" / "seven-figures.yaml", Settings.simple(tmp_path, TEMPLATES))
    deck = next(f for f in result.files if f.suffix == ".pptx")
    prs = Presentation(str(deck))
    layout = next(layout for layout in prs.slide_layouts if layout.name == "Title and Content")
    for anchor in ("t", "ctr"):
        slide = prs.slides.add_slide(layout)
        slide.shapes.title.text = "Exhibition and deals"
        body = next(sh for sh in slide.placeholders if sh.placeholder_format.idx == 1)
        body.left, body.top, body.width, body.height = Inches(0.6), Inches(1.6), Inches(12.1), Inches(5.0)
        body.text_frame.text = "\n".join(
            f"{120 + i} exhibitors from the region signed contracts with the organisers at the fair, "
            "most for two years"
            for i in range(3)
        )
        body.text_frame._txBody.find(qn("a:bodyPr")).set("anchor", anchor)
        for p in body.text_frame.paragraphs:
            p.runs[0].font.size = Pt(24)
    prs.save(str(deck))
    every = check_deck(deck, "x-deck.pptx")
    found = [w for w in every if "sits at the top" in w]
    assert [w.split(": its text")[0] for w in found] == [f"x-deck.pptx: slide {len(prs.slides) - 1}"], every
    assert "leaves the lower" in found[0] and "empty" in found[0]
