"""A statement slide sets a quote as a quote and a fact as a fact (review CC, the zh marathon's
slide 3): the news's quote, its credit and the section's fact ran together in one size and
style, and the credit broke inside the name '泉州国际马拉松 / 组委会'. A quotation on a statement
(`fit.is_statement`) is set apart from the slide's other text (smaller, and in italics where the
script has them), its credit on a line of its own, smaller, where it fits whole; the document check
names a statement's quotation whose credit runs on after it."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree
from pptx import Presentation

from reportgen.office import quality
from reportgen.office.ooxml import qn
from reportgen.office.powerpoint import quote_lines

from ..conftest import ROOT
from ..pipeline.test_catalogues import built

REVIEWS = ROOT / "tests" / "data" / "review_events"
JOINER = "\u2060"


def _statement_paragraphs(deck: Path, needle: str) -> tuple[list[etree._Element], int, int]:
    """The paragraphs of the statement that holds `needle`, the slide's number, the box's width."""
    for number, slide in enumerate(Presentation(str(deck)).slides, 1):
        for shape in slide.shapes:
            if not shape.has_text_frame or needle not in shape.text_frame.text.replace(JOINER, "").replace(
                "\u00a0", " "
            ):
                continue
            if shape.text_frame._txBody.bodyPr.get("anchor") != "ctr":
                continue
            paragraphs = [p._p for p in shape.text_frame.paragraphs if p.text.strip()]
            return paragraphs, number, shape.width
    raise AssertionError(f"no statement holds {needle!r}")


def _runs(p: etree._Element) -> list[tuple[str, etree._Element]]:
    """(its text, its rPr) of each run, a line break as '\\n'."""
    out = []
    for child in p:
        if child.tag == qn("a:r"):
            out.append((child.findtext(qn("a:t")) or "", child.find(qn("a:rPr"))))
        elif child.tag == qn("a:br"):
            out.append(("\n", child.find(qn("a:rPr"))))
    return out


def _size(r_pr: etree._Element | None) -> int:
    return int(r_pr.get("sz")) if r_pr is not None and r_pr.get("sz") else 0


@pytest.mark.parametrize(
    ("event", "credit", "italic"),
    [
        (REVIEWS / "marathon-quanzhou-zh-cn.yaml", "泉州国际马拉松组委会", False),
        (REVIEWS / "vinitaly-langhe-it-it.yaml", "Ente Fiera Alba", True),
        (ROOT / "tests" / "events" / "awards-night-en-gb.yaml", "Northern Engineering Forum", True),
        # a statement of a summary and a quote, set left (page.statement, not a pull quote)
        (REVIEWS / "feira-sabores-pt-pt.yaml", "CNEMA", True),
    ],
)
def test_a_statements_quote_is_set_as_a_quote_its_credit_on_its_own_line(
    tmp_path: Path, event: Path, credit: str, italic: bool
) -> None:
    _, deck = built(event, tmp_path)
    paragraphs, _, width = _statement_paragraphs(deck, credit)
    quote = next(p for p in paragraphs if credit[:2] in "".join(t for t, _ in _runs(p)))
    runs = _runs(quote)
    texts = [t for t, _ in runs]
    assert "\n" in texts, texts  # the credit on a line of its own
    last = len(texts) - 1 - texts[::-1].index("\n")  # the quotation's own lines may break before
    before, after = runs[:last], runs[last + 1 :]
    said = "".join(t for t, _ in after)
    assert credit in said.replace(JOINER, "").replace("\u00a0", " ")
    # kept whole: no space to break at, and narrower than its box at its size
    name = said[said.index(credit[0]) :]
    assert " " not in name
    wide = sum(2 if ord(c) > 0x2E80 else 1 for c in name) * 0.55  # ems, a narrow character's 0.55
    assert wide * max(_size(r) for _, r in after) / 100 < width / 12700, (name, width)
    # the credit smaller than the quotation; the quotation in italics where the script has them
    assert max(_size(r) for _, r in after) < min(_size(r) for _, r in before)
    assert all((r.get("i") == "1") == italic for t, r in before if t.strip())
    assert all(r.get("i") != "1" for t, r in after if t.strip())
    # a fact beside it is set otherwise
    for other in paragraphs:
        if other is not quote:
            facts = [r for t, r in _runs(other) if t.strip()]
            assert all(r.get("i") != "1" for r in facts)
            assert min(_size(r) for r in facts) > max(_size(r) for _, r in before)


def test_the_check_names_a_statements_quote_whose_credit_runs_on(tmp_path: Path, monkeypatch) -> None:
    """Where a statement's quotation is left as the template set it (its credit on its line, in
    its style), the document check names the slide."""
    event = REVIEWS / "marathon-quanzhou-zh-cn.yaml"
    _, deck = built(event, tmp_path / "set")
    assert not [w for w in quality.check_deck(deck, "deck", [], "zh_CN") if "credit" in w]
    monkeypatch.setattr(quote_lines, "set_quotes", lambda *args, **kwargs: None)
    _, deck = built(event, tmp_path / "left")
    _, number, _ = _statement_paragraphs(deck, "泉州国际马拉松组委会")
    found = [w for w in quality.check_deck(deck, "deck", [], "zh_CN") if "credit" in w]
    assert len(found) == 1 and f"slide {number}" in found[0], found
