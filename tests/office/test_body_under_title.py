"""Body text is never set larger than its slide's title (review CC: the fr film market's slide 3
and the ja showcase's slide 5 set a sparse slide's body at 32 pt under a 28 pt title, shrunk to
two lines), and the document check says where a deck does it."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation
from pptx.oxml.ns import qn

from reportgen.office.quality import check_deck
from reportgen.pipeline.pipeline import build
from reportgen.project.settings import Settings

from ..conftest import ROOT, TEMPLATES

REVIEWS = ROOT / "tests" / "data" / "review_events"


def _printed(shape) -> float:
    """The largest run size a shape prints at (its autofit scale counted), as the test reads it."""
    body = shape._element.find(qn("p:txBody"))
    fit = body.find(f"{qn('a:bodyPr')}/{qn('a:normAutofit')}")
    scale = int(fit.get("fontScale")) / 100000 if fit is not None and fit.get("fontScale") else 1.0
    sizes = [
        int(r.find(qn("a:rPr")).get("sz")) / 100
        for r in body.iter(qn("a:r"))
        if (r.findtext(qn("a:t")) or "").strip()
        and r.find(qn("a:rPr")) is not None
        and r.find(qn("a:rPr")).get("sz")
    ]
    return max(sizes, default=0.0) * scale


def _centred(shape) -> bool:
    paragraphs = [p for p in shape.text_frame.paragraphs if p.text.strip()]
    return bool(paragraphs) and all(
        p._p.find(qn("a:pPr")) is not None and p._p.find(qn("a:pPr")).get("algn") == "ctr" for p in paragraphs
    )


def _outranking(deck: Path) -> list[tuple[int, str, float, float]]:
    found = []
    for number, slide in enumerate(Presentation(str(deck)).slides, start=1):
        title = slide.shapes.title
        if title is None or not title.text_frame.text.strip():
            continue
        top = _printed(title)
        if not top:
            continue  # a title of the layout's size (the title slide's event name, 44 pt)
        for shape in slide.placeholders:
            if shape.shape_id == title.shape_id or not shape.has_text_frame or _centred(shape):
                continue  # a pull quote, centred, is display type
            if _printed(shape) > top + 0.05:
                found.append((number, shape.text_frame.text[:30], _printed(shape), top))
    return found


@pytest.mark.parametrize(
    ("event", "slide"),
    [("marche-film-montreal-fr-ca.yaml", 3), ("game-showcase-online-ja-jp.yaml", 5)],
)
def test_a_sparse_slides_body_is_no_larger_than_its_title(tmp_path: Path, event: str, slide: int) -> None:
    result = build(REVIEWS / event, Settings.simple(tmp_path / "out", TEMPLATES))
    deck = next(f for f in result.files if f.suffix == ".pptx")
    assert _outranking(deck) == []
    assert not [w for w in result.warnings if "larger than" in w]


def test_the_check_says_where_body_text_outranks_its_title(tmp_path: Path) -> None:
    result = build(REVIEWS / "marche-film-montreal-fr-ca.yaml", Settings.simple(tmp_path / "out", TEMPLATES))
    deck = next(f for f in result.files if f.suffix == ".pptx")
    prs = Presentation(str(deck))
    slide = prs.slides[2]
    body = next(s for s in slide.placeholders if s.shape_id != slide.shapes.title.shape_id)
    for run in body._element.iter(qn("a:r")):
        run.get_or_add_rPr().set("sz", "4000")
    prs.save(str(deck))
    found = [w for w in check_deck(deck, deck.name) if "larger than its title" in w]
    assert [w.split(":")[1].strip() for w in found] == ["slide 3"], found
