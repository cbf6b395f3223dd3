"""A quotation on a statement slide set as a quote (review CC, the zh marathon's slide 3).

A statement (`fit.is_statement`: one or two texts set large in the middle of their slide) printed
the news's quote, its credit and the section's fact in one size and one style, the credit running
on after the closing mark and broken inside the name ('泉州国际马拉松 / 组委会'). Two kinds of text
take two styles: the quotation is set a step smaller than a fact (QUOTE_SCALE), in italics where
its script has them (not Chinese, Japanese or Korean: their fonts have none), and its credit goes
on a line of its own (`<a:br/>`), smaller still (CREDIT_SCALE), upright and kept whole: on its own line
it fits, and a name's spaces are no-break ones. The statement
keeps its first size, which `fit.is_statement` reads, so it is still grown and checked as one.

A quotation is a paragraph that opens with a quotation mark and ends with a credit after its
closing mark: the dash of `data/punctuation.py` ('— ', '——'). `unset_quotes` is the document
check's reading: a statement's quotation whose credit still runs on after it.
"""

from __future__ import annotations

import re
from copy import deepcopy
from typing import Any

from lxml import etree

from reportgen.data.typography import WORD_JOINER
from reportgen.office.ooxml import qn
from reportgen.office.powerpoint.fit import (
    MIN_FIT_PT,
    STATEMENT_PT,
    _paragraph_size,
    inherited_size,
    is_statement,
)

#: A quotation beside a fact: a step smaller (36 pt beside 40), never below a statement's size.
QUOTE_SCALE = 0.9
#: Its credit, on a line of its own: as a byline is set under a pull quote.
CREDIT_SCALE = 0.6
#: A credit longer than this (narrow characters) is a person's titles too: it may break.
WHOLE_CREDIT = 40

#: An opening quotation mark of any of the languages (data/punctuation.py's and typography's), a
#: closing one, then the credit's dash (an em dash, or two in Chinese and Japanese) and the credit.
_QUOTATION = re.compile(
    r"^(?P<quote>[“„«「『‘‚‹»\"].*[”“»«」』’‘›\"])(?P<gap>[\s\u00a0]*)"
    r"(?P<dash>—{1,2}[\u00a0\u2060 ]?)(?P<credit>[^—]+)$",
    re.DOTALL,
)
_CJK = frozenset({"zh", "ja", "ko"})


def set_quotes(shapes: Any, rendered: set[int], sizes: dict[Any, float], locale: str) -> None:
    """Each statement among `shapes` (those whose element's id is in `rendered`) with its quotations
    set as quotes, their credits on lines of their own (the module's rule)."""
    upright = locale.split("_")[0].lower() in _CJK
    for shape in shapes:
        if id(shape._element) not in rendered or not shape.has_text_frame:
            continue
        default = inherited_size(shape, sizes)
        if not _set_large(shape, default):
            continue
        for p in shape._element.iter(qn("a:p")):
            _set(p, default, upright, locale)


def _set_large(shape: Any, default: float) -> bool:
    """Whether a text shape is a statement (`fit.is_statement`), or a slide's text set large in the
    middle of its box as one (`page.statement`, left-aligned: the pt fair's summary over its quote,
    both at 32 pt)."""
    if is_statement(shape._element, shape.width or 0, shape.height or 0, default):
        return True
    body = shape._element.find(qn("p:txBody"))
    body_pr = body.find(qn("a:bodyPr")) if body is not None else None
    shown = [p for p in body.iter(qn("a:p")) if _text(p).strip()] if body is not None else []
    return (
        body_pr is not None
        and body_pr.get("anchor") == "ctr"
        and bool(shown)
        and all(_paragraph_size(p, default) >= STATEMENT_PT for p in shown)
    )


def unset_quotes(shape: Any) -> list[str]:
    """The quotations of a statement `shape` whose credit runs on after the closing mark, on the
    quotation's line, or is set in its size: the credits, for the document check to name."""
    if not shape.has_text_frame or not _set_large(shape, inherited_size(shape)):
        return []
    found = []
    for p in shape._element.iter(qn("a:p")):
        match = _QUOTATION.match(_text(p))
        if match and ("\n" not in match.group("gap") or not _smaller_credit(p)):
            found.append(match.group("credit").replace(WORD_JOINER, "").strip())
    return found


def _smaller_credit(p: etree._Element) -> bool:
    """Whether the paragraph's last run with a dash (its credit's) is set smaller than its first."""
    sizes = [(r.findtext(qn("a:t")) or "", r.find(qn("a:rPr"))) for r in p.findall(qn("a:r"))]
    sized = [(t, int(r.get("sz"))) for t, r in sizes if r is not None and r.get("sz", "").isdigit()]
    dashed = [size for text, size in sized if "—" in text]
    return bool(sized and dashed) and dashed[-1] < sized[0][1]


def _text(p: etree._Element) -> str:
    """The paragraph's text, a line break as a newline."""
    return "".join("\n" if e.tag == qn("a:br") else e.text or "" for e in p.iter(qn("a:t"), qn("a:br")))


def _set(p: etree._Element, default: float, upright: bool, locale: str) -> None:
    """The paragraph, if it is a quotation with its credit, as one run of the quotation, a line
    break and one run of the credit, each in its style."""
    runs = p.findall(qn("a:r"))
    if not runs or p.find(qn("a:br")) is not None or p.find(qn("a:fld")) is not None:
        return
    match = _QUOTATION.match(_text(p))
    if match is None:
        return
    first = runs[0].find(qn("a:rPr"))
    size = int(first.get("sz")) / 100 if first is not None and first.get("sz") else default
    quote = _run(first, match.group("quote"), max(size * QUOTE_SCALE, STATEMENT_PT), not upright)
    said = match.group("dash") + _whole(match.group("credit").strip())
    credit = _run(first, said, max(size * CREDIT_SCALE, MIN_FIT_PT))
    br = etree.Element(qn("a:br"))
    br.append(deepcopy(quote.find(qn("a:rPr"))))
    at = p.index(runs[0])
    for run in runs:
        p.remove(run)
    for offset, element in enumerate((quote, br, credit)):
        p.insert(at + offset, element)


def _run(template: etree._Element | None, text: str, size: float, italic: bool = False) -> etree._Element:
    run = etree.Element(qn("a:r"))
    r_pr = deepcopy(template) if template is not None else etree.Element(qn("a:rPr"))
    r_pr.tag = qn("a:rPr")
    r_pr.set("sz", str(round(size) * 100))  # whole points, as `fit` grows them
    if italic:
        r_pr.set("i", "1")
    elif "i" in r_pr.attrib:
        del r_pr.attrib["i"]
    run.append(r_pr)
    etree.SubElement(run, qn("a:t")).text = text
    return run


def _whole(credit: str) -> str:
    """The credit as no line breaks it where it is a name (short): its spaces no-break ones. A
    Chinese or Japanese name needs nothing more: on a line of its own, at CREDIT_SCALE, it fits
    (a word joiner between its characters is one LibreOffice ignores: office/joiners.py)."""
    if sum(2 if ord(c) > 0x2E80 else 1 for c in credit) > WHOLE_CREDIT:
        return credit
    return credit.replace(" ", "\u00a0")
