"""The document check of a briefing's PDF: what only its pages show.

A last page that holds only a short trailing block (a heading and a line or two: 'Sources' and
one source) or a line or two of text reads as a leftover. Where the pages break is LibreOffice's
(or Word's) to decide, so only the PDF shows it: with `--pdf`, the last page's text is read
(pypdf) and the briefing's headings, header and footer (from the DOCX) tell the block. A page
that starts with a quotation's credit ('— Paolo Rinaldi') has it parted from its quotation; one
that starts with a quotation whose line (a person's) ends the page before, the line from it. A page
other than the last filled to less than LEAST_FILLED of its body is named with what left it so:
a chart that starts the next page and did not fit below, a paragraph kept with what follows it (a
heading, a chart's lead-in, a launch's line) that moved whole with its block (a heading, its
summary and a tall chart moved whole to page 2 left page 1 half empty; WAIC's launch and its
quotation, kept with the next heading, left page 1 a fifth empty), or else what starts the next
page. The text's and pictures' places on the page are read from the PDF, the body's margins and
the paragraphs' keeps from the DOCX.
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path
from typing import Any

from reportgen.office.chart_sections import charts_under_other_headings
from reportgen.office.ooxml import qn

#: A last page of at most this many lines of body text, starting with a heading, is a lone block.
LONE_BLOCK_LINES = 4
#: A last page of at most this many lines of body text is a leftover, whatever they are.
LONE_LINES = 2
#: The pages read for a credit at the top of a page (a briefing has a few; a long one is not read whole).
MAX_PAGES_READ = 12
#: What a quotation's credit starts with ('— Paolo Rinaldi', '―― 张为').
_CREDIT_MARKS = ("\u2014", "\u2015")
#: A page other than the last is filled to at least this share of its body's height: a chart that
#: starts the next page is drawn shorter, or the text after it fills the page (review U: the wine
#: salon's page 1 was a quarter empty over its 12-bar chart); a chain kept together is parted
#: before a heading in it (word_fill.py).
LEAST_FILLED = 0.85
#: ... or to at least this share where the next page opens a section with its heading: a heading
#: kept with its first lines, and a summary with the bullet it announces, may leave a page's foot
#: white, as print does (review Y: the port congress's page 1 ended 84 % filled before
#: 'Slotverklaring', which moved whole with its bullets; parted from them, it had read as cut off).
LEAST_FILLED_BEFORE_SECTION = 0.75
#: ... or to at least this share where the next page opens with a chart that ends its section,
#: the next section's heading within CAPTION_LINES lines after it (its caption and notes): no text
#: of its section is left to fill the page above it, and the next section's would set the chart
#: under a heading not its own (review AA: the film market's co-productions under 'Ils ont dit').
#: Never more than a quarter empty (review PP: the nl fair's page 1, 71 % filled over its 9-bar
#: chart, was a third empty to the reader); no other section's text fills it (review RR3: the
#: chart read as that section's), the chart is drawn to its bars' least height (word_fill.py).
LEAST_FILLED_BEFORE_CHART = 0.75
CAPTION_LINES = 4
#: ... or to at least this share where the next page opens with a heading whose summary leads into
#: its chart: the three moved whole, as none is left at a page's foot without the others (reviews
#: CC and EE: the sv festival's 'Publik 2022–2026' and its summary ended page 1, their chart
#: opening page 2), where the chart could not be drawn short enough to end the page
#: (word_fill.MIN_HEIGHT_SHARE).
LEAST_FILLED_BEFORE_FIGURE = 0.60
#: ... or to at least this share where what moved is a heading, its summary and a bullet that gives
#: no figure, which the page could have held, its chart opening the next (review MM: the nl fair's
#: page 1, 62 % filled, its sponsors line gone with the chart): never more than a third empty.
#: word_fill.HEADED_FULL, the estimate's bound, is two thirds; the PDF's fill is read at the last
#: line's baseline, so a page whose text ends a third up from its foot reads 0.66-0.67.
LEAST_FILLED_BEFORE_WORDS = 0.65
#: A last page filled to less than this share of its body's height is a leftover where no chart
#: before it could give the room (office/word_fill.py: the summit's page 3 held its Sources, 12 %
#: of the page, under two full pages, before its chart was drawn less tall).
LEAST_LAST_FILLED = 0.10
#: ... and a third page or later filled to less than this share under a full page before it
#: (LEAST_FILLED) is a spill: a page the briefing did not need (review UU2 NEW-2: the boat show's
#: page 3 held its winners' line and its Sources, 20 % of it, under a full page 2).
LEAST_LAST_AFTER_FULL = 0.25
#: The page from which a last page under LEAST_LAST_AFTER_FULL is named (a two-page briefing's
#: short second page is a briefing of a page and a bit, as offices send them).
SPILL_PAGE = 3
#: A heading is read over at most this many of a page's last lines (a long one wraps).
HEADING_LINES = 3
_EMU_PER_PT = 12700


def check_briefing_pdf(
    pdf: Path, docx: Path | Any, shown: str, owners: dict[str, str] | None = None
) -> list[str]:
    """Warnings about the pages of `pdf`, the PDF of the briefing `docx` (a path or the python-docx
    Document), naming `shown` and the page; `owners`, each chart's id to its section's title (the
    plan's), names a chart printed under another section's heading (office/chart_sections.py)."""
    from docx import Document
    from pypdf import PdfReader

    reader = PdfReader(str(pdf))
    count = len(reader.pages)
    if count < 2:
        return []
    document = Document(str(docx)) if isinstance(docx, Path) else docx
    margins = _margin_texts(document)
    pages = [_body_lines(page, margins) for page in reader.pages[:MAX_PAGES_READ]]
    warnings = [
        f"{shown}: page {number} starts with a quotation's credit ('{_plain(lines[0])[:40]}'), parted from "
        f"its quotation on page {number - 1}: keep the quotation with its credit (keep with next)"
        for number, lines in enumerate(pages, start=1)
        if number > 1 and lines and lines[0].startswith(_CREDIT_MARKS)
    ]
    warnings += [
        f"{shown}: page {number} starts with the quotation '{quote[:40]}', parted from the line it is "
        f"printed under on page {number - 1} ('{line[:40]}'): print them as one paragraph kept whole"
        for number, line, quote in quotes_parted(pages, document)
    ]
    warnings += [
        f"{shown}: page {number} ends with the heading '{heading[:60]}', its text on page {number + 1}: "
        "keep the heading with its first paragraph (keep with next)"
        for number, heading in headings_at_foot(pages, document)
    ]
    warnings += [
        f"{shown}: page {number} ends with the heading '{heading[:60]}' and only the first lines of what "
        f"it heads, the rest on page {number + 1}: keep the heading with its summary and chart, or "
        "move it to the next page"
        for number, heading in headings_stranded(reader.pages[:MAX_PAGES_READ], pages, document)
    ]
    warnings += [
        f"{shown}: page {number} prints the chart '{caption[:40]}' of '{owner[:40]}' under the heading "
        f"'{heading[:40]}', read as that section's: draw it shorter to fit under its own section, or "
        "let its own section's text, not another's, fill the page before it"
        for number, caption, heading, owner in charts_under_other_headings(pages, document, owners or {})
    ]
    warnings += _underfilled(reader.pages[: min(count, MAX_PAGES_READ)], pages, document, shown)
    if _has_pictures(reader.pages[-1]):
        return warnings  # a chart fills the last page: its text lines say nothing of how full it is
    last = pages[-1] if count <= MAX_PAGES_READ else _body_lines(reader.pages[-1], margins)
    lone = _last_page(last, document, shown, count)
    if lone or not last:
        return warnings + lone
    section = document.sections[-1]
    top, bottom = (section.top_margin or 0) / _EMU_PER_PT, (section.bottom_margin or 0) / _EMU_PER_PT
    filled, _ = _body_extent(reader.pages[-1], top, bottom)
    if _breaks_pages(document):
        return warnings
    if filled >= LEAST_LAST_FILLED:
        return warnings + _spilled(list(reader.pages), filled, (top, bottom), shown, last)
    first = _plain(last[0])[:40]
    return [
        *warnings,
        f"{shown}: page {count}, the last, is only {round(filled * 100)} % filled ('{first}'): "
        "shorten the pages before it (a chart drawn less tall), or let the block fit the page before",
    ]


def _spilled(
    read: list[Any], filled: float, margins: tuple[float, float], shown: str, last: list[str]
) -> list[str]:
    """The last page of `read` (all the pages) named where it is page SPILL_PAGE or later, filled
    to `filled`, less than LEAST_LAST_AFTER_FULL, under a page filled to LEAST_FILLED."""
    count = len(read)
    if count < SPILL_PAGE or filled >= LEAST_LAST_AFTER_FULL or not last:
        return []
    before, _ = _body_extent(read[-2], *margins)
    if before < LEAST_FILLED:
        return []
    return [
        f"{shown}: page {count}, the last, is only {round(filled * 100)} % filled ('{_plain(last[0])[:40]}') "
        f"under a full page {count - 1}: a page the briefing did not need; shorten the pages before it "
        "(a chart drawn less tall, a table's columns as their entries need)"
    ]


def headings_at_foot(pages: list[list[str]], document: Any) -> list[tuple[int, str]]:
    """(page number, heading) of each page but the last whose last lines are a heading: parted
    from its text, which starts the next page (LibreOffice can leave one there, keep with next set:
    the cardiology congress's 'Messages du congrès' ended its page 1)."""
    headings = {_bare(p.text): _plain(p.text) for p in document.paragraphs if _heading(p) and p.text.strip()}
    found = []
    for number, lines in enumerate(pages[:-1], start=1):
        if not pages[number]:
            continue
        for many in range(1, min(HEADING_LINES, len(lines)) + 1):
            tail = _bare("".join(lines[-many:]))
            if tail in headings:
                found.append((number, headings[tail]))
                break
    return found


#: A heading ends a page with at least this many lines of what it heads under it; fewer, or only
#: its lead-in (its summary) with the chart it leads into opening the next page, and it is stranded
#: (reviews CC and EE: the sv festival's, the showcase's and the marathon's headings and summaries
#: ended a page, their charts opening the next).
LEAST_LINES_UNDER_HEADING = 3


def headings_stranded(read: list[Any], pages: list[list[str]], document: Any) -> list[tuple[int, str]]:
    """(page number, heading) of each page but the last whose last heading has under it, on that
    page, only the lead-in of a chart that opens the next page (its summary, the one
    paragraph before its section's first picture), or fewer than LEAST_LINES_UNDER_HEADING lines of a
    section that goes on on the next page. `read` are the PDF's pages, `pages` their lines. A
    heading with nothing under it is `headings_at_foot`'s."""
    section = document.sections[-1]
    top, bottom = (section.top_margin or 0) / _EMU_PER_PT, (section.bottom_margin or 0) / _EMU_PER_PT
    headings, lead_ins, two = _lead_ins(document)
    found = []
    for number in range(1, min(len(read), len(pages))):
        lines, following = pages[number - 1], pages[number]
        if not lines:
            continue
        at = _last_heading(lines, headings)
        if at is None:
            continue
        start, heading = at
        under = lines[start:]
        opens_section = bool(following) and _bare(following[0]) in headings
        if not under or (opens_section and not _body_extent(read[number], top, bottom)[1]):
            continue
        lead = lead_ins.get(_bare(heading), "")
        summary_only = bool(lead) and lead.startswith("".join(_bare(u).lstrip(_BULLETS) for u in under))
        chart_next = _body_extent(read[number], top, bottom)[1]
        few = len(under) < LEAST_LINES_UNDER_HEADING and not opens_section
        # a heading, its summary and a bullet end the page where moving them would leave it more
        # than a third empty (word_fill.HEADED_FULL; review MM: the nl fair's page 1, 62 % filled)
        kept = _bare(heading) in two and _filled_above(read[number - 1], heading, top, bottom) < (
            LEAST_FILLED_BEFORE_WORDS
        )
        if (summary_only and chart_next and not kept) or few:
            found.append((number, heading))
    return found


def _filled_above(page: Any, heading: str, top: float, bottom: float) -> float:
    """How far down its body (a share of its height) a page's text reaches above the last line
    that starts `heading`; 1.0 where the heading is not found."""
    height = float(page.mediabox.height)
    lines: list[tuple[float, str]] = []

    def text(value: str, cm: list[float], tm: list[float], font: Any, size: Any) -> None:
        if value.strip():
            lines.append((tm[5] * cm[3] + tm[4] * cm[1] + cm[5], _bare(value)))

    page.extract_text(visitor_text=text)
    wanted = _bare(heading)
    at = [y for y, value in lines if len(value) >= 3 and wanted.startswith(value)]
    if not at:
        return 1.0
    above = [y for y, _ in lines if y > min(at) + 1 and y <= height - top + 2]
    if not above:
        return 0.0
    return (height - top - min(above)) / max(height - top - bottom, 1.0)


#: What a bullet's line starts with in a PDF's text: its glyph ('•', or Symbol's U+F0B7).
_BULLETS = "•·◦▪–-\uf0b7"


def _lead_ins(document: Any) -> tuple[dict[str, str], dict[str, str], set[str]]:
    """The body's headings (bare text: as printed), and for each heading whose section's first
    picture follows its one paragraph (its summary) or two (its summary and a bullet: review GG,
    '国际选手' and its text ended the marathon's page 1, its chart opened page 2), their bare text;
    and the headings whose lead-in is two paragraphs, the second giving no figure (a bullet of
    words: the nl fair's sponsors, not the marathon's '境外选手612人。'; word_fill.HEADED_FULL)."""
    headings: dict[str, str] = {}
    lead_ins: dict[str, str] = {}
    two: set[str] = set()
    current, texts, last = "", [], None
    for paragraph in document.paragraphs:
        if _heading(paragraph) and paragraph.text.strip():
            current, texts = _bare(paragraph.text), []
            headings[current] = _plain(paragraph.text)
            continue
        if not current:
            continue
        if paragraph._p.find(f".//{qn('wp:inline')}") is not None:
            # a lead-in keeps with its chart (word_pages.py); text a chart was floated after, to
            # fill the page before it, does not (word_fill.chart_filling_page: the film market's
            # voices, before the co-productions chart that opens page 2)
            led = last is not None and _keeps_with_next(last)
            if led and 1 <= len(texts) <= 2 and current not in lead_ins:  # longer: text of its own
                lead_ins[current] = "".join(texts)
                if len(texts) == 2 and not any(c.isdigit() for c in texts[1]):
                    two.add(current)
            current = ""
        elif paragraph.text.strip():
            texts.append(_bare(paragraph.text))
            last = paragraph
    return headings, lead_ins, two


def _last_heading(lines: list[str], headings: dict[str, str]) -> tuple[int, str] | None:
    """(index of the line after it, heading) of the last heading among `lines`, in one line or
    wrapped over up to HEADING_LINES."""
    for start in range(len(lines) - 1, -1, -1):
        for many in range(1, HEADING_LINES + 1):
            if start + many > len(lines):
                break
            text = _bare("".join(lines[start : start + many]))
            if text in headings:
                return start + many, headings[text]
    return None


def quotes_parted(pages: list[list[str]], document: Any) -> list[tuple[int, str, str]]:
    """(page number, line, quotation) of each page but the first that starts with a quotation printed
    under a line of its own (a person's, a figure's), that line ending the page before: LibreOffice
    drops the keep with next of a paragraph that ends exactly at a page's foot (the innovation
    week's 'Wanjiru Kamau-Odhiambo, …' ended page 1, her quotation opened page 2)."""
    paragraphs = [p for p in document.paragraphs if p.text.strip()]
    pairs = [
        (_plain(line.text), _plain(quote.text))
        for line, quote in itertools.pairwise(paragraphs)
        if _quotation(quote) and not _quotation(line) and not _heading(line)
    ]
    found = []
    for number in range(1, len(pages)):
        before, lines = pages[number - 1], pages[number]
        if not before or not lines:
            continue
        first, last = _bare(lines[0]), _bare(before[-1])
        for line, quote in pairs:
            if first and _bare(quote).startswith(first) and last and _bare(line).endswith(last):
                found.append((number + 1, line, quote))
                break
    return found


def _quotation(paragraph: Any) -> bool:
    """A quotation's paragraph (the Quote style's), not its credit ('— Paolo Rinaldi')."""
    style = paragraph.style.name if paragraph.style is not None else ""
    return "Quote" in (style or "") and not paragraph.text.strip().startswith(_CREDIT_MARKS)


def _underfilled(read: list[Any], lines: list[list[str]], document: Any, shown: str) -> list[str]:
    """Each page but the last filled to less than LEAST_FILLED, with what left it so: the chart
    that starts the next page did not fit below, and was neither drawn shorter nor had the text
    after it fill the page (word_fill.py), unless it opens the last page, followed there only by
    the last section (its Sources: the page before could be filled only with the Sources before
    the chart, or a chart too short to read); a paragraph kept with what follows it (a heading, a
    chart's lead-in) starts the next page: a block kept together that did not fit; else what
    starts the next page. None where the document breaks its pages itself (a cover page, a
    section on a page of its own)."""
    if _breaks_pages(document):
        return []
    section = document.sections[-1]
    top = (section.top_margin or 0) / _EMU_PER_PT
    bottom = (section.bottom_margin or 0) / _EMU_PER_PT
    kept = _kept_starts(document)
    headings = {_bare(p.text) for p in document.paragraphs if _heading(p) and p.text.strip()}
    _, lead_ins, worded = _lead_ins(document)
    summarised = set(lead_ins)
    found = []
    for number in range(1, len(read)):
        filled, _ = _body_extent(read[number - 1], top, bottom)
        if filled >= LEAST_FILLED or not lines[number]:
            continue
        if filled >= LEAST_FILLED_BEFORE_SECTION and _bare(lines[number][0]) in headings:
            continue  # a section opens the next page
        opening = _bare(lines[number][0])
        least = LEAST_FILLED_BEFORE_WORDS if opening in worded else LEAST_FILLED_BEFORE_FIGURE
        if filled >= least and opening in summarised:
            if filled < LEAST_FILLED_BEFORE_SECTION and _text_section_after(document, opening):
                # the next section, text only and not the last, could fill the page before the
                # chart's section where the event's data put it first: the briefing keeps the data's
                # order, so only its author may (review WW2 #8: the en_CA hockey's page 1 was 70 %
                # filled above 'Round-robin standings' and its 12 bars; review YY3 #3: set before
                # it by the build, 'Prize money' preceded 'Livestock entries')
                found.append(
                    f"{shown}: page {number} is only {round(filled * 100)} % filled: the heading "
                    f"'{_plain(lines[number][0])[:40]}', which starts page {number + 1}, moved there with "
                    "its summary and its chart, which did not fit below; draw the chart shorter, or put "
                    "the section after it before it in the event's data (the briefing keeps its order)"
                )
            continue  # a heading moved with its summary and chart, as none is left at a page's foot
        _, starts_with_picture = _body_extent(read[number], top, bottom)
        if (
            starts_with_picture
            and filled >= LEAST_FILLED_BEFORE_CHART
            and any(_bare(line) in headings for line in lines[number][:CAPTION_LINES])
        ):
            continue  # the chart ends its section: no text of it to move above it (word_fill.py)
        if starts_with_picture and not _chart_and_last_section(lines, number, document):
            found.append(
                f"{shown}: page {number} is only {round(filled * 100)} % filled: the chart that starts page "
                f"{number + 1} did not fit below; draw it shorter, or let the text after it fill the page"
            )
            continue
        if starts_with_picture:
            continue
        first = _bare(lines[number][0]).lstrip("•·◦▪–-")
        shown_first = _plain(lines[number][0]).lstrip("•·◦▪–- ")[:40]
        if first in summarised:
            found.append(
                f"{shown}: page {number} is only {round(filled * 100)} % filled: the heading "
                f"'{shown_first}', which starts page {number + 1}, moved there with its summary and its "
                "chart, which did not fit below; draw the chart shorter"
            )
            continue
        if not first or not any(k.startswith(first) for k in kept):
            found.append(
                f"{shown}: page {number} is only {round(filled * 100)} % filled: '{shown_first}', which "
                f"starts page {number + 1}, did not fit below; let it break across the pages, or shorten "
                "what precedes it"
            )
            continue
        found.append(
            f"{shown}: page {number} is only {round(filled * 100)} % filled: '{shown_first}', which starts "
            f"page {number + 1}, is kept together with what follows it and did not fit below; keep a "
            "heading with its first paragraph only, and let a chart follow on the next page with its caption"
        )
    return found


def _text_section_after(document: Any, heading: str) -> bool:
    """Whether the section after the one headed `heading` (bare text) holds no picture and is not
    the document's last (its Sources): text that, put before `heading`'s section in the event's
    data, could fill the page above it (the build never reorders the data's sections)."""
    sections: list[list[Any]] = []
    for paragraph in document.paragraphs:
        if _heading(paragraph) and paragraph.text.strip():
            sections.append([paragraph])
        elif sections:
            sections[-1].append(paragraph)
    at = next((k for k, s in enumerate(sections) if _bare(s[0].text) == heading), None)
    if at is None or at + 2 >= len(sections):
        return False
    return all(p._p.find(f".//{qn('wp:inline')}") is None for p in sections[at + 1])


def _chart_and_last_section(lines: list[list[str]], number: int, document: Any) -> bool:
    """Whether page `number` + 1, which starts with a chart, is the last and holds, after that
    chart, only the document's last section (its Sources): the page before could be filled only
    with the Sources before the chart, or a chart too short to read (the Vienna congress)."""
    if number + 1 != len(lines):
        return False
    headings = [_bare(p.text) for p in document.paragraphs if _heading(p) and p.text.strip()]
    shown = [_bare(line) for line in lines[number]]
    on_page = [h for h in headings if h in shown]
    return bool(headings) and on_page == [headings[-1]]


def _kept_starts(document: Any) -> list[str]:
    """The texts (bare) of the body's paragraphs that keep with the next, by themselves or their style."""
    kept = []
    for paragraph in document.paragraphs:
        text = _bare(paragraph.text)
        if text and _keeps_with_next(paragraph):
            kept.append(text)
    return kept


def _keeps_with_next(paragraph: Any) -> bool:
    own = paragraph._p.find(f"{qn('w:pPr')}/{qn('w:keepNext')}")
    if own is not None:
        return own.get(qn("w:val"), "1") not in ("0", "false", "off")
    style, seen = paragraph.style, 0
    while style is not None and seen < 20:
        found = style.element.find(f"{qn('w:pPr')}/{qn('w:keepNext')}")
        if found is not None:
            return found.get(qn("w:val"), "1") not in ("0", "false", "off")
        style, seen = style.base_style, seen + 1
    return False


def _breaks_pages(document: Any) -> bool:
    """Whether the document breaks a page itself: a page break, a page break before a paragraph,
    or more than one section."""
    body = document.element.body
    breaks = (qn("w:br"), qn("w:pageBreakBefore"), qn("w:sectPr"))
    for element in body.iter(*breaks):
        if element.tag == qn("w:br") and element.get(qn("w:type")) == "page":
            return True
        if element.tag == qn("w:pageBreakBefore") and element.get(qn("w:val"), "1") not in ("0", "false"):
            return True
        if element.tag == qn("w:sectPr") and element.getparent() is not body:
            return True  # a section break inside the body (the body's own sectPr is the last section)
    return False


def _body_extent(page: Any, top: float, bottom: float) -> tuple[float, bool]:
    """How far down its body (between the margins `top` and `bottom`, in pt) a page's text and
    pictures reach, as a share of the body's height; and whether a picture is the first thing on it."""
    height = float(page.mediabox.height)
    texts: list[float] = []
    pictures: list[tuple[float, float]] = []  # (bottom, top) in PDF points, from the page's foot

    def text(value: str, cm: list[float], tm: list[float], font: Any, size: Any) -> None:
        if value.strip():
            texts.append(tm[5] * cm[3] + tm[4] * cm[1] + cm[5])

    def operator(op: bytes, args: Any, cm: list[float], tm: list[float]) -> None:
        if op == b"Do":
            pictures.append((cm[5], cm[5] + cm[3]))

    page.extract_text(visitor_text=text, visitor_operand_before=operator)
    low, high = bottom - 2, height - top + 2  # a baseline may sit a little into the margin
    shown = [y for y in texts if low <= y <= high] + [b for b, t in pictures if t >= low and b <= high]
    if not shown:
        return 0.0, False
    filled = (height - top - min(shown)) / max(height - top - bottom, 1.0)
    highest_text = max((y for y in texts if low <= y <= high), default=-1.0)
    first_picture = any(b <= high and t > highest_text for b, t in pictures)
    return filled, first_picture


def _body_lines(page: Any, margins: list[str]) -> list[str]:
    """A page's lines of text, less its header and footer."""
    text = page.extract_text() or ""
    return [line.strip() for line in text.splitlines() if line.strip() and not _in_margin(line, margins)]


def _last_page(lines: list[str], document: Any, shown: str, count: int) -> list[str]:
    headings = {_plain(p.text) for p in document.paragraphs if _heading(p) and p.text.strip()}
    first = _plain(lines[0]) if lines else ""
    if lines and first in headings and len(lines) <= LONE_BLOCK_LINES:
        rest = len(lines) - 1
        return [
            f"{shown}: page {count}, the last, holds only '{first}' and {rest} line{'s' * (rest != 1)}: "
            "shorten the pages before it, or keep the block with what precedes it (keep with next)"
        ]
    if 0 < len(lines) <= LONE_LINES:
        return [
            f"{shown}: page {count}, the last, holds only {len(lines)} line{'s' * (len(lines) != 1)} "
            f"('{first[:40]}'): shorten the pages before it by a few lines"
        ]
    return []


def _has_pictures(page: Any) -> bool:
    """Whether a PDF page draws a picture: an image XObject its content paints (`/Name Do`; the
    resources alone do not tell, LibreOffice shares them between pages)."""
    resources = page.get("/Resources")
    objects = resources.get_object().get("/XObject") if resources is not None else None
    contents = page.get_contents()
    if objects is None or contents is None:
        return False
    objects = objects.get_object()
    painted = {m.decode() for m in re.findall(rb"/([^\s/\[\]()<>{}%]+)\s+Do\b", contents.get_data())}
    named = [objects[f"/{n}"].get_object() for n in painted if f"/{n}" in objects]
    return any(x.get("/Subtype") == "/Image" for x in named)


def _heading(paragraph: Any) -> bool:
    return (paragraph.style.name or "").startswith("Heading") if paragraph.style is not None else False


def _plain(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


def _margin_texts(document: Any) -> list[str]:
    """The header's and footer's texts, up to a field's place (a page number is a field)."""
    texts = []
    for section in document.sections:
        for part in (section.header, section.footer, section.first_page_header, section.first_page_footer):
            try:
                texts += [_plain(p.text) for p in part.paragraphs if p.text.strip()]
            except (AttributeError, ValueError, KeyError):  # a part the template leaves out
                continue
    # a page number's cached text, with the few letters a language writes after it ('第1页',
    # '1ページ'), is a place for any number: `_in_margin`
    return [m for t in texts if (m := re.sub(r"\s*\d+(\D{0,3})$", "\0\\1", t)).strip("\0")]


def _in_margin(line: str, margins: list[str]) -> bool:
    """Whether `line` is the header's or footer's text; compared without spaces or joiners: a
    Chinese or Japanese header is printed with the gap its automatic spacing puts between
    'ロボット' and '2026' ('机器人挑战赛 2026·闭幕简报'), which its text does not hold."""
    bare = _bare(line)
    for head, _, tail in (m.partition("\0") for m in map(_bare, margins)):
        number = bare[len(head) : len(bare) - len(tail)] if len(bare) >= len(head) + len(tail) else "x"
        if bare.startswith(head) and bare.endswith(tail) and (number == "" or number.isdigit()):
            return True
    return False


def _bare(text: str) -> str:
    return re.sub(r"[\s\u2060]+", "", text)


def parted_headings(pdf: Path, docx: Path) -> list[str]:
    """The headings LibreOffice left at the foot of a page of `pdf` (the PDF of the briefing
    `docx`), their text on the next page (`headings_at_foot`), or all of it but their summary, kept
    with their chart (`headings_stranded`: LibreOffice 7.4 drops the keep with next of a summary
    that ends at a page's foot, as it did a person's line's: the cup's 'Broadcast and digital
    reach'), read from the files."""
    from docx import Document
    from pypdf import PdfReader

    reader = PdfReader(str(pdf))
    if len(reader.pages) < 2:
        return []
    document = Document(str(docx))
    margins = _margin_texts(document)
    read = list(reader.pages[:MAX_PAGES_READ])
    pages = [_body_lines(page, margins) for page in read]
    found = headings_at_foot(pages, document) + headings_stranded(read, pages, document)
    return [heading for _, heading in sorted(found)]
