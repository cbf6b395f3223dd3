"""In a quotation's running text a number keeps its unit and scale word, but its qualifier may
part from it at a line's end: a qualifier tied to its number made a long unbreakable run that left
the quote ragged ('we raised / almost £250,000 – enough…': review U on fun-run-en-gb's slide 3).
The qualifier's own words stay together ('more than'), and the document check stays quiet."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from pptx import Presentation

from reportgen.data.formatting import Formatter

from ..conftest import ROOT
from ..pipeline.test_catalogues import built

REVIEWS = ROOT / "tests" / "data" / "review_events"
NBSP = "\u00a0"


def _quote(texts: list[str]) -> str:
    return next(t for t in texts if "we raised" in t)


def test_a_quotes_qualifier_may_part_from_its_number_on_the_slide_and_on_the_page(tmp_path: Path) -> None:
    briefing, deck = built(REVIEWS / "fun-run-en-gb.yaml", tmp_path / "out")
    slides = [
        p.text
        for s in Presentation(str(deck)).slides
        for sh in s.shapes
        if sh.has_text_frame
        for p in sh.text_frame.paragraphs
    ]
    pages = [p.text for p in Document(str(briefing)).paragraphs]
    for quote in (_quote(slides), _quote(pages)):
        assert f"almost{NBSP}£" not in quote and f"than{NBSP}400" not in quote
        assert f"more{NBSP}than" in quote  # the qualifier's words stay one
        assert "almost £250,000" in quote.replace("\u200b", "")


def test_outside_a_quotation_the_qualifier_stays_tied() -> None:
    fmt = Formatter("en_GB")
    assert fmt.typeset("We raised almost £250,000.") == f"We raised almost{NBSP}£250,000."
    quoted = fmt.typeset("“We raised almost £250,000 over 5 km on one sunny day.”")
    assert f"almost{NBSP}£" not in quoted and f"5{NBSP}km" in quoted
    french = Formatter("fr_FR").typeset("« Nous avons levé près de 300 millions d’euros. »")
    assert f"près{NBSP}de" in french and f"de{NBSP}300" not in french
    assert f"300{NBSP}millions{NBSP}d’euros" in french
    # a short phrase quoted whole stays one
    assert fmt.typeset("“almost £250,000”") == f"“almost{NBSP}£250,000”"
