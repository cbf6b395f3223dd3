"""A quotation set as a quote wherever a slide prints it (review CC, the zh marathon's slide 3;
review GG, the showcase's quotation set in its chart slide's lead box as the fact beside it).

A statement (`fit.is_statement`: one or two texts set large in the middle of their slide) printed
the news's quote, its credit and the section's fact in one size and one style, the credit running
on after the closing mark and broken inside the name ('泉州国际马拉松 / 组委会'). Two kinds of text
take two styles: the quotation is set at the fact's size, never smaller (set a step smaller, the
marathon's record quote read as a caption to the fact under it, review II), told apart in italics
where its script has them (not Chinese, Japanese or Korean: their fonts have none), and its credit goes
on a line of its own (`<a:br/>`), smaller still (CREDIT_SCALE), upright and kept whole: on its own line
it fits, and a name's spaces are no-break ones. The statement
keeps its first size, which `fit.is_statement` reads, so it is still grown and checked as one.

Any other box (a lead, the tiles' 'Lead', a chart's lead, a bullet) sets its quotation so too, in
its own size, its credit a step smaller (BOX_CREDIT_SCALE); a sentence before the quotation in its
paragraph keeps its runs. Chinese, Japanese and Korean, with no italics, set the quotation in the
theme's accent colour (QUOTE_COLOUR) instead. A paragraph that is one of the event's quotations
alone, with no credit (a person's words directly under their line, data/plan/deck_pages.py), is a
quotation too: the renderer is handed their words (`DocumentInfo.quotations`).

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
    EMU_PER_PT,
    MIN_FIT_PT,
    STATEMENT_PT,
    _paragraph_size,
    inherited_size,
    is_statement,
    text_em,
)

#: Its credit, on a line of its own: as a byline is set under a pull quote.
CREDIT_SCALE = 0.6
#: A credit under a quotation in any other box (a lead, a bullet): a step smaller than the
#: quotation, never below CREDIT_PT.
BOX_CREDIT_SCALE = 0.8
CREDIT_PT = 14.0
#: How much wider than fit.py's table a credit may print (a fallback font, bold): a box's credit is
#: kept whole only where it fits so.
WIDER = 1.5
#: A credit longer than this (narrow characters) is a person's titles too: it may break.
WHOLE_CREDIT = 40
#: The colour a Chinese, Japanese or Korean quotation is set in, their fonts having no italics:
#: the theme's accent that the title slide's quoted theme is set in.
QUOTE_COLOUR = "accent2"

_OPENING = '“„«「『‘‚‹»"'
_CLOSING = '”“»«」』’‘›"'
#: An opening quotation mark of any of the languages (data/punctuation.py's and typography's), a
#: closing one, then the credit's dash (an em dash, or two in Chinese and Japanese) and the credit;
#: a sentence may stand before it in its paragraph (a lead: 'Die Aussteller kamen … „Knapp …“').
_QUOTATION = re.compile(
    rf"^(?P<lead>[^{_OPENING}]*?(?:[.!?][\s\u00a0]+|[。！？][\s\u00a0]*))?(?P<quote>[{_OPENING}].*[{_CLOSING}])(?P<gap>[\s\u00a0]*)"
    r"(?P<dash>—{1,2}[\u00a0\u2060 ]?)(?P<credit>[^—]+)$",
    re.DOTALL,
)
#: A quotation alone in its paragraph, with no credit: one of the event's (`quotations`).
_BARE = re.compile(rf"^(?P<quote>[{_OPENING}](?P<words>.*)[{_CLOSING}])$", re.DOTALL)
_CJK = frozenset({"zh", "ja", "ko"})
_TITLES = frozenset({"title", "ctrTitle"})
#: What follows a run's fill in DrawingML's `a:rPr` (CT_TextCharacterProperties), in order.
_AFTER_FILL = (
    "effectLst",
    "effectDag",
    "highlight",
    "uLnTx",
    "uLn",
    "uFillTx",
    "uFill",
    "latin",
    "ea",
    "cs",
    "sym",
    "hlinkClick",
    "hlinkMouseOver",
    "rtl",
    "extLst",
)


def set_quotes(
    shapes: Any, rendered: set[int], sizes: dict[Any, float], locale: str, quotations: tuple[str, ...] = ()
) -> None:
    """Every quotation of the text shapes among `shapes` (those whose element's id is in
    `rendered`; not a title) set as a quote, its credit on a line of its own (the module's rule):
    each in its paragraph's size (a statement's at its fact's). `quotations`,
    the event's quotations' words: a paragraph that is one of them in quotation marks with no
    credit (a person's words under their line) is set as a quote too."""
    upright = locale.split("_")[0].lower() in _CJK
    known = tuple(_plain(q) for q in quotations if q)
    for shape in shapes:
        if id(shape._element) not in rendered or not shape.has_text_frame or _is_title(shape):
            continue
        default = inherited_size(shape, sizes)
        large = _set_large(shape, default)
        room = max((shape.width or 0) - 2 * 91440, 0) / EMU_PER_PT  # its default insets
        for p in shape._element.iter(qn("a:p")):
            _set(p, default, upright, large, known, room)


def _is_title(shape: Any) -> bool:
    ph = shape._element.find(f".//{qn('p:nvPr')}/{qn('p:ph')}")
    return ph is not None and ph.get("type") in _TITLES


#: Marks the typography of a printed quotation changes ("child's" prints as 'child’s', a quotation
#: inside one takes the inner marks): left out where a printed quotation is matched to its words.
_MARKS = dict.fromkeys(map(ord, _OPENING + _CLOSING + "'’‘`"), None)


def _plain(text: str) -> str:
    text = text.replace(WORD_JOINER, "").replace("\u00a0", " ").replace("\u202f", " ")
    return " ".join(text.translate(_MARKS).split())


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
    """The quotations of a text `shape` (not a title) whose credit runs on after the closing mark,
    on the quotation's line, or is set in its size, or that are set as the text around them (no
    italics, no colour of their own): the credits, for the document check to name."""
    if not shape.has_text_frame or _is_title(shape):
        return []
    found = []
    for p in shape._element.iter(qn("a:p")):
        match = _QUOTATION.match(_text(p))
        if match and ("\n" not in match.group("gap") or not _smaller_credit(p) or not _styled(p)):
            found.append(match.group("credit").replace(WORD_JOINER, "").strip())
    return found


def _styled(p: etree._Element) -> bool:
    """Whether a run of the paragraph is set as a quote: in italics, or in an accent colour."""
    for r_pr in p.iter(qn("a:rPr")):
        fill = r_pr.find(qn("a:solidFill"))
        colour = fill[0].get("val", "") if fill is not None and len(fill) else ""
        if r_pr.get("i") == "1" or colour == QUOTE_COLOUR:
            return True
    return False


def _smaller_credit(p: etree._Element) -> bool:
    """Whether the paragraph's last run with a dash (its credit's) is set smaller than its first."""
    sizes = [(r.findtext(qn("a:t")) or "", r.find(qn("a:rPr"))) for r in p.findall(qn("a:r"))]
    sized = [(t, int(r.get("sz"))) for t, r in sizes if r is not None and r.get("sz", "").isdigit()]
    dashed = [size for text, size in sized if "—" in text]
    return bool(sized and dashed) and dashed[-1] < max(size for _, size in sized)


def _text(p: etree._Element) -> str:
    """The paragraph's text, a line break as a newline."""
    return "".join("\n" if e.tag == qn("a:br") else e.text or "" for e in p.iter(qn("a:t"), qn("a:br")))


def _known(words: str, known: tuple[str, ...]) -> bool:
    """Whether a quotation's words are (the start of, where the slide shortened them) one of the
    event's quotations."""
    plain = _plain(words).strip().rstrip("…").strip()
    return len(plain) > 1 and any(q.startswith(plain) for q in known)


def _set(
    p: etree._Element, default: float, upright: bool, large: bool, known: tuple[str, ...], room: float = 0.0
) -> None:
    """The paragraph, if it is a quotation (with its credit, or one of `known` alone), as its
    lead's runs and line breaks as they were, one run of the quotation, a line break and one run
    of the credit, each in its style; the credit kept whole where it fits `room` (pt) so."""
    if not p.findall(qn("a:r")) or p.find(qn("a:fld")) is not None:
        return
    text = _text(p)
    match = _QUOTATION.match(text)
    bare = None if match else _BARE.match(text)
    if match is None and (bare is None or not _known(bare.group("words"), known)):
        return
    quoted = match or bare
    if "\n" in quoted.group("quote"):
        return  # a quotation whose lines are already ended: as they are
    lead = (quoted.group("lead") or "") if match else ""
    parts = _split_at(p, len(lead))  # the lead's own runs and breaks stay
    runs = [e for e in parts if e.tag == qn("a:r")]
    first = runs[0].find(qn("a:rPr"))
    size = int(first.get("sz")) / 100 if first is not None and first.get("sz") else default
    quote = _run(first, quoted.group("quote"), size, italic=not upright, coloured=upright)
    made = [quote]
    if match:
        smaller = max(size * CREDIT_SCALE, MIN_FIT_PT) if large else max(size * BOX_CREDIT_SCALE, CREDIT_PT)
        said = match.group("dash") + match.group("credit").strip()
        if large or text_em(said) * WIDER * min(smaller, size - 1) <= room:
            said = match.group("dash") + _whole(match.group("credit").strip())
        credit = _run(first, said, min(smaller, size - 1))
        br = etree.Element(qn("a:br"))
        br.append(deepcopy(quote.find(qn("a:rPr"))))
        made += [br, credit]
    at = p.index(parts[0])
    for element in parts:
        p.remove(element)
    for offset, element in enumerate(made):
        p.insert(at + offset, element)
    if not lead:
        _unbulleted(p)


def _unbulleted(p: etree._Element) -> None:
    """A paragraph that is a quotation alone, set as a quote: no bullet before it (review II: '•
    “More than 4.12 lakh …”'), its lines starting where the bullet stood."""
    p_pr = p.find(qn("a:pPr"))
    if p_pr is None:
        p_pr = etree.Element(qn("a:pPr"))
        p.insert(0, p_pr)
    for old in list(p_pr):
        if etree.QName(old).localname.startswith("bu"):
            p_pr.remove(old)
    p_pr.set("marL", str(max(int(p_pr.get("marL", "0")) + int(p_pr.get("indent", "0")), 0)))
    p_pr.set("indent", "0")
    after = [p_pr.find(qn(f"a:{n}")) for n in ("tabLst", "defRPr", "extLst")]  # CT_TextParagraphProperties
    anchor = next((e for e in after if e is not None), None)
    if anchor is not None:
        anchor.addprevious(etree.Element(qn("a:buNone")))
    else:
        p_pr.append(etree.Element(qn("a:buNone")))


def _split_at(p: etree._Element, at: int) -> list[etree._Element]:
    """The paragraph's runs and line breaks (one character each) from character `at` on, the run
    that holds it split there."""
    seen = 0
    parts = [e for e in p if e.tag in (qn("a:r"), qn("a:br"))]
    for index, element in enumerate(parts):
        t = element.find(qn("a:t"))
        value = "\n" if element.tag == qn("a:br") else (t.text or "") if t is not None else ""
        if seen + len(value) <= at:
            seen += len(value)
            continue
        if at > seen:
            second = deepcopy(element)
            t.text = value[: at - seen]
            second.find(qn("a:t")).text = value[at - seen :]
            element.addnext(second)
            return [second, *parts[index + 1 :]]
        return parts[index:]
    return []


def _run(
    template: etree._Element | None, text: str, size: float, italic: bool = False, coloured: bool = False
) -> etree._Element:
    run = etree.Element(qn("a:r"))
    r_pr = deepcopy(template) if template is not None else etree.Element(qn("a:rPr"))
    r_pr.tag = qn("a:rPr")
    r_pr.set("sz", str(round(size) * 100))  # whole points, as `fit` grows them
    if italic:
        r_pr.set("i", "1")
    elif "i" in r_pr.attrib:
        del r_pr.attrib["i"]
    if coloured:  # the accent colour, in the place DrawingML's schema gives a run's fill
        for old in r_pr.findall(qn("a:solidFill")):
            r_pr.remove(old)
        fill = etree.Element(qn("a:solidFill"))
        etree.SubElement(fill, qn("a:schemeClr")).set("val", QUOTE_COLOUR)
        after = [r_pr.find(qn(f"a:{n}")) for n in _AFTER_FILL]
        anchor = next((e for e in after if e is not None), None)
        if anchor is not None:
            anchor.addprevious(fill)
        else:
            r_pr.append(fill)
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
