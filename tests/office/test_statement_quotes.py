"""A statement slide sets a quote as a quote and a fact as a fact (review CC, the zh marathon's
slide 3): the news's quote, its credit and the section's fact ran together in one size and
style, and the credit broke inside the name '泉州国际马拉松 / 组委会'. A quotation on a statement
(`fit.is_statement`) is set apart from the slide's other text (at the fact's size, never smaller,
in italics where the script has them, in the accent colour where not), its credit on a line of
its own, smaller, where it fits whole; the document check names a statement's quotation whose
credit runs on after it."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree
from pptx import Presentation

from reportgen.office import quality
from reportgen.office.ooxml import qn
from reportgen.office.powerpoint import quote_lines
from reportgen.office.powerpoint.cjk_words import line_breaks
from reportgen.office.powerpoint.under_title import STATEMENT_STEP

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
    # a fact beside it is set otherwise, and no larger: a quote set smaller than the fact under it
    # read as its caption (review II, the marathon's 28.5 pt record quote above its 32 pt fact)
    for other in paragraphs:
        if other is not quote:
            facts = [r for t, r in _runs(other) if t.strip()]
            assert all(r.get("i") != "1" for r in facts)
            assert max(_size(r) for r in facts) <= min(_size(r) for t, r in before if t.strip())


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


def test_a_statement_is_a_step_larger_than_its_title_at_most_its_words_whole(tmp_path: Path) -> None:
    """Review GG, the marathon's slide 3: a 40 pt statement under a 28 pt title made the title read
    as its caption, and a line break parted '创历 / 届新高' inside '历届'. A statement may stand
    larger than its title by one step (under_title.STATEMENT_STEP), and its hand-set breaks fall
    between words."""
    _, deck = built(REVIEWS / "marathon-quanzhou-zh-cn.yaml", tmp_path)
    paragraphs, number, _ = _statement_paragraphs(deck, "泉州国际马拉松组委会")
    slide = Presentation(str(deck)).slides[number - 1]
    title = max(
        _size(r.find(qn("a:rPr")))
        for r in slide.shapes.title._element.iter(qn("a:r"))
        if r.findtext(qn("a:t"))
    )
    largest = max(_size(r) for p in paragraphs for t, r in _runs(p) if t.strip() and t != "\n")
    assert title < largest <= title * STATEMENT_STEP + 50, (title, largest)
    lines = "".join(t for p in paragraphs for t, _ in _runs(p)).replace(JOINER, "").split("\n")
    assert not any(line.endswith("历") for line in lines), lines


def test_a_line_never_starts_with_the_counter_of_the_word_before_it() -> None:
    """'届' closes the word it counts ('本届', '历届'): no line of ours starts with it."""
    text = "“本届赛事共有28640\u2060名选手完赛，创历届新高。”"
    for width in range(8, 20):
        for at in line_breaks(text, width, "zh"):
            assert text[at] != "届", (width, text[:at], text[at:])
