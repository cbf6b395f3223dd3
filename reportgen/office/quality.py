"""The document check: what a reader would see wrong in a built document, measured on every build.

`verify_output` asks whether a file opens; this asks whether an office would send it. Each finding
is one warning naming the file and the slide or paragraph ("output/x-deck.pptx: slide 7: only 12 %
of the slide is used; ..."), so a user's own templates and data get the same judgement as ours, and
`--strict` fails on them. The checks, one small function each:

- near-empty slides: boxes of pictures, charts and tables, and an estimate of the text's extent,
  cover less than a quarter of a slide (the title slide excepted); or, as a reader sees it, a
  slide of text alone whose body sets one or two lines (not a statement: large type, centred); or
  a slide that only lists a few of the event's sources, whose text covers less than LEAST_INK;
- missing titles: a slide without a title placeholder holding text (accessibility checkers and
  the outline view need one);
- figures repeated beyond the plan: a figure printed more than twice in a document, in whatever
  form ('52,000', '52 000', '150亿元' for 'RMB 15 billion'), chart pictures' value labels included
  (office/repeats.py);
- numbers broken across lines: a breakable space between a number and its unit, scale word,
  currency or qualifier, or inside a date (what `typography.bind_numbers` would have bound);
- text addressing the file's author ("TODO", "check whether", "this file": data/author_text.py);
- native charts (office/chart_check.py): bars out of order although their categories are not a
  sequence, a logarithmic axis for fewer than 3 values or less than two orders of magnitude, a
  value label on a fill below WCAG AA contrast;
- a number kept whole by no-break spaces but wider than its box or table cell;
- a currency noun, scale word or unit alone on the last line of a deck's text box, laid out with
  the deck's own line fitter (office/lone_words.py);
- a line that reads 'Label: value' with no verb, as `validate` finds it (data/wording.py);
- a slide (not the title or the closing one) whose body is one sentence or one quote, however
  large it is set: a leftover another slide should lead with (office/lone_texts.py);
- a slide crowded by a folded section: shrunk, or filled to its foot (office/crowded.py).

Text that does not fit its box even at the autofit floor is already reported by the deck's
renderer, naming the template slide and shape (office/powerpoint/__init__.py, `_fit`).
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from types import MappingProxyType
from typing import Any

from docx import Document
from lxml import etree
from pptx import Presentation

from reportgen.data.author_text import addresses_author
from reportgen.data.typography import (
    bind_cjk_numbers,
    bind_numbers,
    freed_in_quotations,
    freed_space,
    honoured_joiners,
)
from reportgen.memo import Memo
from reportgen.office import xpaths
from reportgen.office.chart_check import (
    chart_problems,
    picture_problems,
    share_problems,
    theme_colours,
    unsaid_marks,
)
from reportgen.office.crowded import crowded
from reportgen.office.glance_check import lone_tile, paged_by_section
from reportgen.office.hyphens import SOFT_HYPHEN
from reportgen.office.invisible import invisible_in_number, stray_break
from reportgen.office.kicker_check import repeated_kickers
from reportgen.office.lone_texts import lone_text
from reportgen.office.lone_words import lone_words
from reportgen.office.ooxml import paragraph_text, qn
from reportgen.office.powerpoint.dots import is_tick_series
from reportgen.office.powerpoint.fit import (
    STATEMENT_MAX_PT,
    WORD_MARGIN,
    WORD_MARGIN_BOLD,
    _paragraph_size,
    autofit_scale,
    inherited_size,
    is_statement,
    text_columns,
    text_em,
    text_height,
    unbreakable,
    word_margin,
    wrapping_body,
)
from reportgen.office.powerpoint.quote_lines import unset_quotes
from reportgen.office.powerpoint.reclaim import is_text_box
from reportgen.office.powerpoint.under_title import outranking
from reportgen.office.repeats import Amount, Drawn, repeated
from reportgen.office.seen import quoted
from reportgen.office.totals import unprinted_totals
from reportgen.office.unsaid import unsaid_clauses
from reportgen.office.word_fit import numbers_too_wide, words_too_wide

xpaths.install("pptx")  # the libraries' queries, compiled once a process
xpaths.install("docx")

#: A slide other than the title slide covers at least this share of its area.
LEAST_COVERED = 0.25
#: A slide that only lists the event's sources covers at least this share of it with its text
#: (each line's length by its height): a Sources slide of two short sources, four or five lines
#: of 20 pt under its title, covered 13-15 % (27-31 % with the space between its lines), which a
#: reader sees as an empty slide; so did two and three longer ones, 16 and 19 % (review BB). Their
#: place is a footer (data/plan/sources.py).
LEAST_INK = 0.2
#: A slide of text alone whose body sets at most this many lines reads as empty, however far
#: apart its title and its lines stretch their box ...
FEW_LINES = 2
#: ... unless those lines are set as a statement: at least this size, centred (a pull quote).
STATEMENT_PT = 28.0
#: A filled shape smaller than this share of the slide is a decoration (an accent bar), not content.
_DECORATION = 0.02
_EMU_PER_PT = 12700
_INSET_EMU = 91440  # a text box's default left and right inset
_BREAKABLE = re.compile(r"[ \t\n\u2002-\u200b\u3000]+")  # spaces a line may break at (not U+00A0, U+202F)


def check_deck(
    path: Path | Any,
    shown: str,
    figures: Sequence[str | Amount] = (),
    locale: str = "en",
    ordered: frozenset[str] = frozenset(),
    cited: Sequence[str] = (),
    drawn: Sequence[Drawn] = (),
    label_lines: Mapping[str, str] = MappingProxyType({}),
    sources: Sequence[str] | None = None,
    summaries: Sequence[str] = (),
    totals: Sequence[tuple[str, Amount]] = (),
) -> list[str]:
    """Warnings about a built deck, each naming `shown` (the file as the user knows it) and a slide.
    `path` is the file, or the python-pptx Presentation the renderer just saved (the same parts,
    not read back: see pipeline.document_warnings). `figures` are the event's figures (or their
    printed amounts); `ordered`, the titles of charts whose bars the data puts in its own order;
    `drawn`, the value labels of chart pictures (office/repeats.py); `sources`, the titles of the
    event's sources (`cited` where not given: `cited` may hold quotes too, which a slide of a
    quote set large is not a Sources slide for); `summaries`, its sections' summaries, each clause
    of which its section's slides print (office/unsaid.py); `totals`, its breakdowns' wholes, each
    printed on some slide (office/totals.py)."""
    prs = Presentation(str(path)) if isinstance(path, Path) else path
    area = (prs.slide_width or 1) * (prs.slide_height or 1)
    theme = theme_colours(prs)
    warnings: list[str] = []
    texts: list[tuple[str, str]] = []  # (where, printed text)
    sizes: dict[Any, float] = {}  # placeholders' inherited sizes, for this pass (`inherited_size`)
    digests: dict[int, bytes] = {}  # each layout's and master's content, for this pass
    height = prs.slide_height or 1
    printed: list[tuple[str, ...]] = []  # each slide's printed texts, its charts' included
    glance: list[tuple[int, list[tuple[int, int, int, int]]]] = []  # each slide's tiles (glance_check)
    for number, slide in enumerate(prs.slides, start=1):
        where = f"{shown}: slide {number}"
        digest = _slide_digest(slide, digests)
        listed = tuple(cited if sources is None else sources)
        key = (digest or b"", where, area, height, locale, tuple(cited), listed)
        known = _SLIDES.get(key) if digest is not None else None
        if known is None:
            known = _slide_problems(slide, number, where, height, area, locale, listed, sizes)
            if digest is not None:
                _SLIDES.remember(key, known)
        found, slide_texts = known
        charts = [_chart_checked(shape, where, theme, ordered) for shape in _charts(slide)]
        chart_texts = [text for _, printed in charts for text in printed]
        warnings += found
        warnings += _text_problems(chart_texts, where, locale, joiners=False)
        printed.append((*slide_texts, *chart_texts))
        texts += [(f"slide {number}", text) for text in (*slide_texts, *chart_texts)]
        texts += [(f"slide {number}", label) for label in _picture_labels(slide.shapes._spTree, drawn)]
        warnings += [problem for problems, _ in charts for problem in problems]
        warnings += [w for shape in _charts(slide) for w in unsaid_marks(shape, where, slide_texts, locale)]
        warnings += repeated_kickers(slide, where)
        if number > 1 and not _is_title_slide(slide):  # a title slide's band is no tile
            glance.append((number, [_box(s) for s in slide.shapes if _is_tile(s, area)]))
            warnings += lone_tile(number, glance[-1][1], _beside_tiles(slide, area), shown)
        emptied = any(f"{where}: its body is" in w or "of the slide is used" in w for w in found)
        if 1 < number < len(prs.slides) and not emptied and not _is_title_slide(slide):  # nor the
            warnings += _one_text(slide, area, where, height, sizes)  # closing slide; once a slide
    warnings += unsaid_clauses(list(prs.slides), printed, summaries, shown)
    warnings += paged_by_section(glance, shown)
    warnings += unprinted_totals(totals, texts, shown, locale)
    return warnings + repeated(figures, texts, shown, locale, cited) + _label_value(texts, shown, label_lines)


def _slide_problems(
    slide: Any,
    number: int,
    where: str,
    height: int,
    area: int,
    locale: str,
    sources: Sequence[str],
    sizes: dict[Any, float],
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """What the check finds on a slide's own shapes (its charts' parts aside), and its printed texts;
    `sources`, the titles a Sources slide's lines cite."""
    warnings = _missing_title(slide, where)
    shapes = list(slide.shapes)  # python-pptx makes each shape anew on every pass: once a slide
    if number > 1 and not _is_title_slide(slide):
        body = [shape for shape in shapes if not _in_footer(shape, height, sizes)]
        found = _near_empty(body, area, where, sizes, slide.shapes.title) or _few_sources(
            body, area, where, sizes, sources
        )
        warnings += found or _few_lines(body, slide.shapes.title, area, where, sizes)
        warnings += [w for shape in body for w in _small_statement(shape, area, where, sizes)]
        warnings += [w for shape in body for w in crowded(shape, where, sizes)]  # a folded section's
        warnings += [  # body text set larger than its title reads as the title (review CC)
            f"{where}: the text '{' '.join(shape.text_frame.text.split())[:30]}' is set at {size:g} pt, "
            f"larger than its title ({top:g} pt); set it no larger than the title"
            for shape, size, top in outranking(shapes, sizes)
        ]
        warnings += [  # a statement's quote and fact set alike (review CC)
            f"{where}: the quotation credited to '{credit[:30]}' runs on into its credit, set like the "
            "slide's other text; set the credit on a line of its own, the quotation as a quote"
            for shape in body
            for credit in unset_quotes(shape)
        ]
    warnings += _text_over_text(shapes, where, sizes)
    warnings += [problem for shape in shapes for problem in _number_too_wide(shape, where, sizes)]
    warnings += [problem for shape in shapes for problem in _word_too_wide(shape, where, sizes)]
    warnings += [problem for shape in shapes for problem in lone_words(shape, where, locale, sizes)]
    slide_texts = tuple(_slide_texts(slide))
    warnings += _text_problems(slide_texts, where, locale)
    return tuple(warnings), slide_texts


def _slide_digest(slide: Any, digests: dict[int, bytes]) -> bytes | None:
    """A SHA-256 of everything `_slide_problems` reads: the slide's XML, its layout's and its
    master's (placeholders' places and sizes, the title style); None for a slide without them.
    `digests` keeps each layout's and master's for one pass over a deck (by id: all alive meanwhile)."""
    try:
        layout = slide.slide_layout
        master = layout.slide_master
    except (KeyError, AttributeError):  # a damaged template's slide: checked as it is, not kept
        return None
    found = hashlib.sha256(etree.tostring(slide._element))
    for part in (layout, master):
        digest = digests.get(id(part.part))
        if digest is None:
            digest = digests[id(part.part)] = hashlib.sha256(etree.tostring(part._element)).digest()
        found.update(digest)
    return found.digest()


#: What `_slide_problems` found on each slide, by its digest and everything else it reads: a
#: rebuild after a text-only edit checks mostly the slides it checked before (256 slides).
_SlideKey = tuple[bytes, str, int, int, str, tuple[str, ...], tuple[str, ...]]
_SLIDES: Memo[_SlideKey, tuple[tuple[str, ...], tuple[str, ...]]] = Memo(256)


def check_briefing(
    path: Path | Any,
    shown: str,
    figures: Sequence[str | Amount] = (),
    locale: str = "en",
    ordered: frozenset[str] = frozenset(),
    cited: Sequence[str] = (),
    drawn: Sequence[Drawn] = (),
    label_lines: Mapping[str, str] = MappingProxyType({}),
    totals: Sequence[tuple[str, Amount]] = (),
) -> list[str]:
    """Warnings about a built briefing, each naming `shown` and the paragraph (with its heading).
    `path` is the file, or the python-docx Document the renderer just saved; `totals`, the event's
    breakdowns' wholes, each printed somewhere in it (office/totals.py)."""
    warnings: list[str] = []
    texts: list[tuple[str, str]] = []
    heading = ""
    body = (Document(str(path)) if isinstance(path, Path) else path).element.body
    for _, word, size, room in numbers_too_wide(body):
        warnings.append(
            f"{shown}: {quoted(word)} is wider than its table cell at {size:g} pt "
            f"({room:.0f} pt of room) and would break inside the number; widen the cell or set it smaller"
        )
    for word, size, room in words_too_wide(body):
        warnings.append(
            f"{shown}: {quoted(word)} is wider than its table cell at {size:g} pt ({room:.0f} pt of "
            "room) and would break inside the word without a hyphen; shorten it or widen the cell"
        )
    for number, (text, is_heading, p) in enumerate(_briefing_paragraphs(body, drawn), start=1):
        if is_heading:
            heading = text
        where = f"paragraph {number}" + (f" (under {quoted(heading[:40])})" if heading else "")
        if text.strip():
            warnings += _text_problems([text], f"{shown}: {where}", locale)
            texts.append((where, text))
        texts += [(where, label) for label in _picture_labels(p, drawn)]
    warnings += picture_problems(body, shown)  # a chart picture's '34（34%）' or '100%' (its alt text)
    warnings += unprinted_totals(totals, texts, shown, locale)
    return warnings + repeated(figures, texts, shown, locale, cited) + _label_value(texts, shown, label_lines)


_UNSEEN = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2060": None, "\u200b": None, "\u00ad": None})


def _plain(text: str) -> str:
    return " ".join(text.translate(_UNSEEN).split())


def _label_value(texts: Sequence[tuple[str, str]], shown: str, label_lines: Mapping[str, str]) -> list[str]:
    """A line that reads 'Label: value', where the document prints it: `label_lines` maps each
    line `wording.label_value_lines` finds in the plan to what `validate` says of it, so the two
    commands say the same (review Q)."""
    warnings = []
    for line, said in label_lines.items():
        plain = _plain(line)
        where = next((w for w, text in texts if plain and plain in _plain(text)), None)
        if where is not None:
            warnings.append(f"{shown}: {where}: {said}")
    if len(warnings) <= MOST_LABEL_LINES:
        return warnings
    more = len(warnings) - MOST_LABEL_LINES  # a build's warnings fit one screen
    return [
        *warnings[:MOST_LABEL_LINES],
        f"{shown}: {more} more line{'s' * (more != 1)} read 'Label: value'; `reportgen validate` names each",
    ]


#: The "Label: value" lines a document's check names one by one; the rest are counted.
MOST_LABEL_LINES = 3


def _briefing_paragraphs(
    body: etree._Element, drawn: Sequence[Drawn] = ()
) -> Iterable[tuple[str, bool, etree._Element]]:
    """Each printed paragraph of the body (tables' cells included), whether it is a heading, and
    the paragraph; one that holds only a picture too when there are chart pictures to count."""
    for p in body.iter(qn("w:p")):
        text = paragraph_text(p)  # a name's no-break hyphen read as its hyphen
        if not text.strip() and not (drawn and next(p.iter(qn("w:drawing")), None) is not None):
            continue
        style = p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
        name = style.get(qn("w:val"), "") if style is not None else ""
        yield text, name.lower().startswith(("heading", "title")), p


def _picture_labels(element: etree._Element, drawn: Sequence[Drawn]) -> list[str]:
    """The value labels of the chart pictures under `element` (a slide's shape tree, a paragraph),
    each picture known by its name ('Chart visitors', 'Diagramm visitors') or its alt text."""
    if not drawn:
        return []
    labels: list[str] = []
    for tag in ("p:cNvPr", "wp:docPr"):
        for properties in element.iter(qn(tag)):
            holder = properties.getparent()
            if holder is None or (  # a picture's, not a native chart's (its labels are text)
                holder.tag != qn("p:nvPicPr") and next(holder.iter(qn("pic:pic")), None) is None
            ):
                continue
            name, alt = properties.get("name", ""), properties.get("descr", "")
            for chart in drawn:
                if name.endswith(f" {chart.chart_id}") or (alt and alt == chart.alt):
                    labels += [label for label in chart.labels if label]
                    break
    return labels


# -- slides -----------------------------------------------------------------------------------


def _is_title_slide(slide: Any) -> bool:
    return any(ph.get("type") == "ctrTitle" for ph in slide.shapes._spTree.iter(qn("p:ph"))) or any(
        ph.get("type") == "ctrTitle" for ph in slide.slide_layout.shapes._spTree.iter(qn("p:ph"))
    )


def _missing_title(slide: Any, where: str) -> list[str]:
    title = slide.shapes.title
    if title is not None and title.has_text_frame and title.text_frame.text.strip():
        return []
    return [
        f"{where}: the slide has no title (no title placeholder with text), so PowerPoint's outline "
        "and screen readers cannot name it; put its title in the layout's title placeholder"
    ]


def _near_empty(
    shapes: list[Any], area: int, where: str, sizes: dict[Any, float], title: Any = None
) -> list[str]:
    """The share of the slide its content covers: the box around it all; on a slide of key-figure
    tiles, the tiles' own area and the box around what else its body holds, not the span from its
    title to its tiles (review BB: a row of three tiles under a title, more than half of it empty)."""
    tiles = [shape for shape in shapes if _is_tile(shape, area)]
    if tiles:
        below = float(title.top or 0) + float(title.height or 0) if title is not None else 0.0
        rest = [s for s in shapes if s not in tiles and float(s.top or 0) >= below]
        covered = sum(_area(t) for t in tiles) + _span([_content_box(s, sizes) for s in rest])
    else:
        covered = _span([_content_box(s, sizes) for s in shapes])
    share = min(covered / area, 1.0)
    if share >= LEAST_COVERED:
        return []
    return [
        f"{where}: only {round(share * 100)} % of the slide is used (text, pictures and charts); "
        "fold its content into another slide or give it more to show"
    ]


def _few_sources(
    shapes: list[Any], area: int, where: str, sizes: dict[Any, float], cited: Sequence[str]
) -> list[str]:
    """A slide of text alone whose every paragraph but its title cites one of the event's sources
    (`cited`: their titles), whose text covers less than LEAST_INK of it."""
    if not cited or any(_shows_something(s) and _area(s) >= _DECORATION * area for s in shapes):
        return []
    titles = [_bare(t) for t in cited if t.strip()]
    paragraphs = [_bare(text) for shape in shapes for text in _paragraph_texts(shape)]
    listed = [p for p in paragraphs if any(t in p for t in titles)]
    if not listed or len(paragraphs) - len(listed) > 1:  # the slide's title, and the sources
        return []
    ink = _ink(shapes, sizes) / area
    if ink >= LEAST_INK:
        return []
    return [
        f"{where}: a slide of {len(listed)} source{'s' * (len(listed) != 1)} whose text covers only "
        f"{round(ink * 100)} % of it; cite them in the last slide's footer instead"
    ]


def _paragraph_texts(shape: Any) -> list[str]:
    body = shape._element.find(qn("p:txBody"))
    if body is None:
        return []
    texts = ("".join(t.text or "" for t in p.iter(qn("a:t"))) for p in body.iter(qn("a:p")))
    return [t for t in texts if t.strip()]


def _bare(text: str) -> str:
    """Text without its spaces and joiners (a source's title is printed with no-break spaces), its
    apostrophes and dashes as typed (printed typographic: 'all’Asia' is the data's 'all'Asia')."""
    return re.sub(r"[\s\u00a0\u2060\u202f]+", "", text).translate(_TYPED)


_TYPED = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2013": "-", "\u2014": "-"})


def _ink(shapes: list[Any], sizes: dict[Any, float]) -> float:
    """The area (EMU²) the text of `shapes` covers: each paragraph's length by its line height."""
    total = 0.0
    for shape in shapes:
        for length, size in _paragraph_lengths(shape, sizes):
            total += length * size * 1.2
    return total * _EMU_PER_PT**2


def _paragraph_lengths(shape: Any, sizes: dict[Any, float]) -> Iterable[tuple[float, float]]:
    """Each printed paragraph of a text shape: its length in pt (an estimate from character widths,
    all its lines end to end) and its size, at the box's autofit scale."""
    body = shape._element.find(qn("p:txBody"))
    if body is None:
        return
    scale = autofit_scale(body)
    default = inherited_size(shape, sizes)
    for p in body.iter(qn("a:p")):
        text = "".join(t.text or "" for t in p.iter(qn("a:t")))
        if text.strip():
            size = _paragraph_size(p, default) * scale
            yield text_em(text) * size, size


def _few_lines(shapes: list[Any], title: Any, area: int, where: str, sizes: dict[Any, float]) -> list[str]:
    """A slide of text alone (no picture, chart, table or tile) whose body, under its title, sets
    one or two lines, not as a statement: a reader sees an empty slide with a line on it, however
    far apart its title and that line stretch the covered box (a Sources slide of one short
    source, a lone bullet)."""
    if any(_shows_something(s) and _area(s) >= _DECORATION * area for s in shapes):
        return []
    below = float(title.top or 0) + float(title.height or 0) if title is not None else 0.0
    lines = 0
    for shape in shapes:
        if (title is not None and shape.shape_id == title.shape_id) or float(shape.top or 0) < below:
            continue  # the title and what is set above its foot (a kicker over it)
        for count, size, centred in _paragraph_lines(shape, sizes):
            if size >= STATEMENT_PT and centred:
                return []  # set as a statement, to be read alone
            lines += count
    if not 0 < lines <= FEW_LINES:
        return []
    return [
        f"{where}: its body is {lines} line{'s' if lines > 1 else ''} of text on an empty slide; "
        "fold its content into another slide, or set it as a statement (large, centred)"
    ]


#: A slide's body of one sentence or one quote is a leftover where it sets at most this many lines.
LONE_LINES = 4


def _one_text(slide: Any, area: int, where: str, height: int, sizes: dict[Any, float]) -> list[str]:
    """A slide of text alone whose body, under its title, is one sentence or one quote in at most
    LONE_LINES lines, large or not (office/lone_texts.py), under a title with no kicker over it (the
    section's name, not a finding): a leftover the plan should have made another slide's lead
    (review AA). A slide titled by what it says, its section's name a kicker above, stands alone by
    the plan's choice, as the closing slide does (the caller skips that one)."""
    shapes = [shape for shape in slide.shapes if not _in_footer(shape, height, sizes)]
    if any(_shows_something(s) and _area(s) >= _DECORATION * area for s in shapes):
        return []
    title = slide.shapes.title
    below = float(title.top or 0) + float(title.height or 0) if title is not None else 0.0
    body = [
        s
        for s in shapes
        if not (title is not None and s.shape_id == title.shape_id) and float(s.top or 0) >= below
    ]
    if title is not None and any(
        float(s.top or 0) < float(title.top or 0) and _paragraph_texts(s) for s in shapes if s not in body
    ):
        return []  # a kicker over its title: the title states what the slide says, not its name
    kind = lone_text([text for shape in body for text in _paragraph_texts(shape)])
    lines = sum(count for shape in body for count, _, _ in _paragraph_lines(shape, sizes))
    if not kind or lines > LONE_LINES:
        return []
    said = " ".join(text for shape in body for text in _paragraph_texts(shape))
    return [
        f"{where}: its body is one {kind} alone ({_excerpt(said)}); make it the lead of a slide "
        "beside it (its chart's, its tiles') or join it to its section's other slide"
    ]


#: A statement's text covers at least this share of its slide, unless it is set at STATEMENT_MAX_PT.
LEAST_STATEMENT_INK = 0.12


def _small_statement(shape: Any, area: int, where: str, sizes: dict[Any, float]) -> list[str]:
    """A statement (office/powerpoint/fit.py: `is_statement`) set smaller than it may be whose text
    covers less than LEAST_STATEMENT_INK of the slide: a line lost in the middle of an empty slide."""
    if not shape.has_text_frame:
        return []
    default = inherited_size(shape, sizes)
    if not is_statement(shape._element, shape.width or 0, shape.height or 0, default):
        return []
    lengths = list(_paragraph_lengths(shape, sizes))
    ink = _ink([shape], sizes) / area
    size = max((size for _, size in lengths), default=0.0)
    if ink >= LEAST_STATEMENT_INK or size >= STATEMENT_MAX_PT - 1:
        return []
    text = " ".join(_paragraph_texts(shape))
    return [
        f"{where}: the statement '{text[:30]}' covers only {round(ink * 100)} % of the slide at {size:g} pt; "
        f"set it larger (up to {STATEMENT_MAX_PT:g} pt) so that it fills its box"
    ]


def _area(shape: Any) -> float:
    return float(shape.width or 0) * float(shape.height or 0)


def _paragraph_lines(shape: Any, sizes: dict[Any, float]) -> Iterable[tuple[int, float, bool]]:
    """Each printed paragraph of a text shape: the lines it sets (an estimate from character
    widths), its size at the box's autofit scale, and whether it is centred."""
    body = shape._element.find(qn("p:txBody"))
    if body is None:
        return
    scale = autofit_scale(body)
    box_pt = max(float(shape.width or 0) - 2 * _INSET_EMU, _EMU_PER_PT) / _EMU_PER_PT
    default = inherited_size(shape, sizes)
    for p in body.iter(qn("a:p")):
        text = "".join(t.text or "" for t in p.iter(qn("a:t")))
        if not text.strip():
            continue
        size = _paragraph_size(p, default) * scale
        properties = p.find(qn("a:pPr"))
        centred = properties is not None and properties.get("algn") == "ctr"
        yield max(1, math.ceil(text_em(text) * size / box_pt)), size, centred


_FOOTER_PLACEHOLDERS = frozenset({"ftr", "dt", "sldNum"})
#: Text that starts below this share of the slide's height is its footer (a source line, a date).
_FOOTER_FROM = 0.85


def _in_footer(shape: Any, slide_height: int, sizes: dict[Any, float] | None = None) -> bool:
    """A footer, date or slide-number placeholder, or a text box (not a picture, chart or tile)
    whose text starts in the slide's bottom strip: the footer, which does not make the body less
    empty. A box set from its bottom up (a source line growing up from the slide's foot) starts
    where its text does, not where its empty top is."""
    placeholder = shape._element.find(f".//{qn('p:nvPr')}/{qn('p:ph')}")
    if placeholder is not None and placeholder.get("type") in _FOOTER_PLACEHOLDERS:
        return True
    if _shows_something(shape):
        return False
    top = float(shape.top or 0)
    body_pr = shape._element.find(f"{qn('p:txBody')}/{qn('a:bodyPr')}")
    if body_pr is not None and body_pr.get("anchor") == "b":
        width = int(shape.width or 0)
        _, used = _text_extent(shape._element, width, inherited_size(shape, {} if sizes is None else sizes))
        top = max(top, top + float(shape.height or 0) - used)
    return top >= _FOOTER_FROM * slide_height


def _content_box(shape: Any, sizes: dict[Any, float]) -> tuple[float, float, float, float] | None:
    """The part of the slide a shape fills as a reader sees it (left, top, right, bottom in EMU):
    a picture's, chart's, table's or filled shape's box; for text, the lines it sets (an estimate
    from character widths), where its anchor and alignment put them: from the box's top, middle
    or foot, from its left or centred; None for an empty box."""
    shows = _shows_something(shape)
    element = shape._element
    if not shows and (  # an empty text box fills nothing: known from its XML, before its place
        element.find(qn("p:txBody")) is None or not "".join(element.itertext(qn("a:t"))).strip()
    ):
        return None
    left, top = float(shape.left or 0), float(shape.top or 0)
    width, height = float(shape.width or 0), float(shape.height or 0)
    if shows:
        return left, top, left + width, top + height
    columns, gap = text_columns(element.find(f"{qn('p:txBody')}/{qn('a:bodyPr')}"))
    column = (width - gap * (columns - 1)) / columns
    used_width, used_height = _text_extent(element, int(column), inherited_size(shape, sizes))
    if columns > 1 and used_height > height > 0:  # filled one column after the other
        filled = min(columns, math.ceil(used_height / height))
        used_width, used_height = (filled - 1) * (column + gap) + used_width, height
    used_width, used_height = min(used_width + 2 * _INSET_EMU, width), min(used_height, height)
    # where the lines stand in their box: set from its middle or its foot (a statement), centred
    body_pr = element.find(f"{qn('p:txBody')}/{qn('a:bodyPr')}")
    anchor = body_pr.get("anchor") if body_pr is not None else None
    top += {"ctr": (height - used_height) / 2, "b": height - used_height}.get(anchor or "t", 0.0)
    aligned = {p.get("algn") for p in element.iterfind(f"{qn('p:txBody')}/{qn('a:p')}/{qn('a:pPr')}")}
    if aligned == {"ctr"} and len(element.findall(f"{qn('p:txBody')}/{qn('a:p')}")) == len(
        element.findall(f"{qn('p:txBody')}/{qn('a:p')}/{qn('a:pPr')}")
    ):
        left += (width - used_width) / 2
    return left, top, left + used_width, top + used_height


#: Text boxes whose lines overlap by less than this (EMU, about 2 pt) are read as touching, not
#: as running into each other: the estimate of a line's height is not finer than that.
_OVERLAP_EMU = 25400


def _text_over_text(shapes: list[Any], where: str, sizes: dict[Any, float]) -> list[str]:
    """Two text boxes whose lines, where their anchors set them, run into each other (review R:
    a body's last lines over the sources set from the slide's foot)."""
    boxes = [
        (shape, box)
        for shape in shapes
        if not _shows_something(shape) and (box := _lines_box(shape, sizes)) is not None
    ]
    found = []
    for i, (first, a) in enumerate(boxes):
        for second, b in boxes[i + 1 :]:
            across = min(a[2], b[2]) - max(a[0], b[0])
            down = min(a[3], b[3]) - max(a[1], b[1])
            if across > _OVERLAP_EMU and down > _OVERLAP_EMU:
                found.append(
                    f"{where}: the text of {first.name!r} runs into the text of {second.name!r}; "
                    "shorten one of them or move its box"
                )
    return found


def _lines_box(shape: Any, sizes: dict[Any, float]) -> tuple[float, float, float, float] | None:
    """Where a text box's lines stand (left, top, right, bottom in EMU), measured as the renderer
    measures room (`text_height`: each paragraph at its indent, at the fallback font's widths),
    from its top, middle or foot as its anchor sets them, within the box where it shrinks text on
    overflow; None for a box without text."""
    element = shape._element
    if shape.width is None or shape.top is None or shape.height is None or shape.left is None:
        return None
    used = text_height(element, shape.width, inherited_size(shape, sizes))
    if not used:
        return None
    if element.find(f"{qn('p:txBody')}/{qn('a:bodyPr')}/{qn('a:normAutofit')}") is not None:
        used = min(used, shape.height)  # shrunk on overflow: its lines stay in its box
    body_pr = element.find(f"{qn('p:txBody')}/{qn('a:bodyPr')}")
    anchor = body_pr.get("anchor") if body_pr is not None else None
    top = shape.top + {"ctr": (shape.height - used) / 2, "b": shape.height - used}.get(anchor or "t", 0)
    across = _content_box(shape, sizes)  # how wide its lines are, where its alignment sets them
    left, right = (across[0], across[2]) if across is not None else (shape.left, shape.left + shape.width)
    return left, top, right, top + used


def _span(boxes: Sequence[tuple[float, float, float, float] | None]) -> float:
    """The area of the box around `boxes` (left, top, right, bottom); 0 for none."""
    shown = [b for b in boxes if b is not None]
    if not shown:
        return 0.0
    return (max(b[2] for b in shown) - min(b[0] for b in shown)) * (
        max(b[3] for b in shown) - min(b[1] for b in shown)
    )


def _is_tile(shape: Any, area: int) -> bool:
    """A key-figure tile: a shape with a visible fill that holds text (not a text box, not a
    placeholder), larger than a decoration."""
    element = shape._element
    return (
        element.tag == qn("p:sp")
        and not is_text_box(element)
        and element.find(f".//{qn('p:nvPr')}/{qn('p:ph')}") is None
        and _shows_something(shape)
        and bool("".join(element.itertext(qn("a:t"))).strip())
        and _area(shape) >= _DECORATION * area
    )


def _beside_tiles(slide: Any, area: int) -> list[tuple[int, int, int, int]]:
    """The boxes of a slide's shapes other than its title and its tiles that show something (a
    text, a picture, a chart): what may stand beside a tile (glance_check.lone_tile)."""
    title = slide.shapes.title
    return [
        _box(s)
        for s in slide.shapes
        if (title is None or s.shape_id != title.shape_id)
        and not _is_tile(s, area)
        and (_shows_something(s) or (s.has_text_frame and s.text_frame.text.strip()))
    ]


def _box(shape: Any) -> tuple[int, int, int, int]:
    return int(shape.left or 0), int(shape.top or 0), int(shape.width or 0), int(shape.height or 0)


def _shows_something(shape: Any) -> bool:
    """A picture, chart, table or group, or a shape with a visible fill (a tile)."""
    element = shape._element
    if element.tag in {qn("p:pic"), qn("p:graphicFrame"), qn("p:grpSp")}:
        return True
    properties = element.find(qn("p:spPr"))
    if properties is not None and (
        properties.find(qn("a:blipFill")) is not None or properties.find(qn("a:solidFill")) is not None
    ):
        return True
    style = element.find(f"{qn('p:style')}/{qn('a:fillRef')}")
    return (
        style is not None
        and style.get("idx", "0") != "0"
        and properties is not None
        and (properties.find(qn("a:noFill")) is None)
    )


def _text_extent(element: etree._Element, width_emu: int, default_pt: float) -> tuple[float, float]:
    """Width and height (EMU) of a text body's lines, at the autofit scale it carries."""
    body = element.find(qn("p:txBody"))
    if body is None:
        return 0.0, 0.0
    scale = autofit_scale(body)
    box_pt = max(width_emu - 2 * _INSET_EMU, _EMU_PER_PT) / _EMU_PER_PT
    widest = height = 0.0
    for p in body.iter(qn("a:p")):
        text = "".join(t.text or "" for t in p.iter(qn("a:t")))
        size = _paragraph_size(p, default_pt) * scale
        line = text_em(text) * size
        lines = max(1, -(-int(line) // max(int(box_pt), 1))) if text else 1
        widest = max(widest, min(line, box_pt))
        height += lines * size * 1.2
    return widest * _EMU_PER_PT, height * _EMU_PER_PT


def _number_too_wide(shape: Any, where: str, sizes: dict[Any, float]) -> list[str]:
    """A number kept whole by its no-break spaces ("EUR\u00a015\u00a0billion") that is wider than
    its box at the size it is set: it would break inside the number, or run out of a tile."""
    body = shape._element.find(qn("p:txBody"))
    if body is None or not shape.width:
        return []
    scale = autofit_scale(body)
    box_pt = (shape.width - 2 * _INSET_EMU) / _EMU_PER_PT
    found = []
    default_pt = inherited_size(shape, sizes)
    for p in body.iter(qn("a:p")):
        size = _paragraph_size(p, default_pt) * scale
        text = "".join(t.text or "" for t in p.iter(qn("a:t")))
        bold = any(r.get("b") == "1" for r in p.iter(qn("a:rPr")))
        margin = WORD_MARGIN_BOLD if bold else WORD_MARGIN  # as the renderer measures it
        for word, em in _number_words(text):
            if em * size * margin > box_pt:
                found.append(
                    f"{where}, shape {shape.name!r}: {quoted(word)} is wider than its "
                    f"box at {size:g} pt and would break inside the number; set it smaller or widen the box"
                )
    return found


def _word_too_wide(shape: Any, where: str, sizes: dict[Any, float]) -> list[str]:
    """A word wider than its box at the size it is set, with no soft hyphen to break it at: the
    renderer breaks it at the letter its line runs out ('Wärmepumpenheizungsersatzf / örderbeitrag',
    review V), where the fit (powerpoint/fit.py) breaks a word its language has patterns for with
    a printed hyphen (LINE_HYPHEN)."""
    body = wrapping_body(shape)
    if body is None:
        return []
    scale = autofit_scale(body)
    box_pt = (shape.width - 2 * _INSET_EMU) / _EMU_PER_PT
    default_pt = inherited_size(shape, sizes)
    found = []
    for p in body.iter(qn("a:p")):
        size = _paragraph_size(p, default_pt) * scale
        margin = word_margin("", any(r.get("b") == "1" for r in p.iter(qn("a:rPr"))))  # a letter's
        # a soft hyphen is no break a slide prints a hyphen at in LibreOffice (office/hyphens.py)
        text = "".join(t.text or "" for t in p.iter(qn("a:t"))).replace(SOFT_HYPHEN, "")
        for part in _BREAKABLE.split(text):
            for _, word in unbreakable(part):
                letters = any(c.isalpha() for c in word) and not any(c.isdigit() for c in word)
                if letters and text_em(word) * size * margin > box_pt:
                    found.append(
                        f"{where}, shape {shape.name!r}: {quoted(word)} is wider than its box at "
                        f"{size:g} pt and would break inside the word without a hyphen; "
                        "shorten it or widen the box"
                    )
    return found


def _number_words(text: str) -> tuple[tuple[str, float], ...]:
    """The pieces of `text` a line never breaks inside that hold a digit, each with its width in
    ems at 1 pt; worked out once a process for each text (a rebuild checks mostly the same ones)."""
    known = _NUMBER_WORDS.get(text)
    if known is None:
        pieces = (piece for part in _BREAKABLE.split(text) for _, piece in unbreakable(part))
        known = tuple((word, text_em(word)) for word in pieces if any(c.isdigit() for c in word))
        _NUMBER_WORDS.remember(text, known)
    return known


_NUMBER_WORDS: Memo[str, tuple[tuple[str, float], ...]] = Memo(4096)


def _slide_texts(slide: Any) -> Iterable[str]:
    """The printed text of a slide's shapes and table cells; speaker notes are not printed."""
    for element in slide.shapes._spTree.iter(qn("a:p")):
        text = "".join(t.text or "" for t in element.iter(qn("a:t")))
        if text.strip():
            yield text


def _chart_checked(
    shape: Any, where: str, theme: dict[str, str], ordered: frozenset[str]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A native chart's problems (office/chart_check.py) and its printed texts, worked out once a
    process for each chart's XML, frame and name (a text-only edit changes no chart)."""
    chart = shape.chart
    space = chart._chartSpace
    named = f"{where}, chart {shape.name!r}"
    box = (shape.width, shape.height)
    key = (hashlib.sha256(etree.tostring(space)).digest(), named, tuple(theme.items()), ordered, box)
    known = _CHARTS.get(key)
    if known is None:
        known = tuple(chart_problems(chart, named, theme, ordered, box)), tuple(_chart_texts(space))
        _CHARTS.remember(key, known)
    return known


_CHARTS: Memo[tuple[Any, ...], tuple[tuple[str, ...], tuple[str, ...]]] = Memo(256)


def _chart_texts(space: etree._Element) -> Iterable[str]:
    """The printed text of a native chart (labels, titles, categories), from its c:chartSpace; a
    dot plot's ticks in words (powerpoint/dots.py) are its axis's numbers, no figure's."""
    axis = {e for s in space.iter(qn("c:ser")) if is_tick_series(s) for e in s.iter(qn("a:p"), qn("c:v"))}
    for element in space.iter(qn("a:p"), qn("c:v")):
        if element in axis:
            continue
        text = (
            element.text
            if element.tag == qn("c:v")
            else "".join(t.text or "" for t in element.iter(qn("a:t")))
        )
        if text and text.strip() and not _a_number_cache(element):
            yield text


def _a_number_cache(element: etree._Element) -> bool:
    """A value of a chart's numbers (c:numCache's c:pt's c:v): drawn as a bar, and printed only
    as the value label that says it (rich text, read as such)."""
    point = element.getparent()
    holder = point.getparent() if point is not None else None
    return holder is not None and holder.tag in (qn("c:numCache"), qn("c:numLit"))


def _charts(slide: Any) -> list[Any]:
    return [shape for shape in slide.shapes if getattr(shape, "has_chart", False) and shape.has_chart]


# -- text -------------------------------------------------------------------------------------


def _text_problems(texts: Iterable[str], where: str, locale: str, joiners: bool = True) -> list[str]:
    """What a reader would see wrong in each text; `joiners`: whether its Chinese or Japanese
    numbers need word joiners (a native chart's labels are set on one line each, as its pictures
    are drawn, and take none)."""
    texts = list(texts)
    warnings = share_problems(texts, where)  # '34（34%）': parts in percent given a share again
    for text in texts:
        phrase = addresses_author(text)
        if phrase:
            warnings.append(
                f"{where}: {phrase!r} addresses the file's author, not its readers ({_excerpt(text)}); "
                "move it to a comment, which is never printed, or remove it"
            )
        invisible = invisible_in_number(text)
        if invisible:
            warnings.append(
                f"{where}: {quoted(invisible[0])} carries an invisible character ({invisible[1]}) inside the "
                "number, which a reader copies with it; a number keeps only a word joiner beside a digit "
                "(office/invisible.py)"
            )
        stray = None if invisible else stray_break(text)
        if stray:
            warnings.append(
                f"{where}: {quoted(stray)} carries an invisible character (U+200B) beside a space, which "
                "breaks nothing the space does not and a reader copies with the text (office/invisible.py)"
            )
        broken = _breakable_number(text, locale, joiners)
        if broken:
            warnings.append(
                f"{where}: {quoted(broken)} may break across lines between the number and its unit, scale "
                "word, currency, qualifier or date; join them with a no-break space (in Chinese and "
                "Japanese a word joiner, U+2060)"
            )
    return warnings


def _breakable_number(text: str, locale: str, joiners: bool = True) -> str | None:
    """The first number-and-unit pair of `text` held together by a plain, breakable space, or
    (`joiners`) a Chinese or Japanese one without its word joiners (found once a process for each
    text: a rebuild checks mostly the same texts)."""
    key = (text, locale, joiners)
    if key in _BROKEN_NUMBERS:
        return _BROKEN_NUMBERS.get(key)
    found = _first_breakable(text, locale, joiners)
    _BROKEN_NUMBERS.remember(key, found)
    return found


_BROKEN_NUMBERS: Memo[tuple[str, str, bool], str | None] = Memo(4096)


def _first_breakable(text: str, locale: str, joiners: bool) -> str | None:
    freed = freed_space(text, locale)  # a tie the fit freed on purpose (FREED_SPACE): read as tied
    text = text if freed == -1 else f"{text[:freed]}\u00a0{text[freed + 1 :]}"
    bound = freed_in_quotations(bind_numbers(text, locale), locale)  # a quote's qualifier may part
    if bound == text:
        return _first_unjoined(text, locale) if joiners else None
    at = next(i for i, (a, b) in enumerate(zip(text, bound, strict=True)) if a != b)
    # the whole run the ties make one, between the spaces a line may still break at ('mehr als
    # 3,8 Milliarden Euro', where the first missing tie is after 'mehr')
    start = bound.rfind(" ", 0, at) + 1
    end = bound.find(" ", at + 1)
    run = text[start : end if end != -1 else len(text)].rstrip(",;:!?)")
    return run[:-1] if run.endswith(".") and run[-2:-1].isdigit() else run  # not the sentence's stop


def _first_unjoined(text: str, locale: str) -> str | None:
    """In Chinese and Japanese, the first number, date or qualifier after a number ('以上') that
    lacks the word joiners `typography.bind_cjk_numbers` sets, with a few characters either side."""
    text = honoured_joiners(text)  # the document prints only these (office/joiners.py)
    bound = honoured_joiners(bind_cjk_numbers(text, locale))
    if bound == text:
        return None
    at = next((i for i, (a, b) in enumerate(zip(text, bound, strict=False)) if a != b), len(text))
    start, end = max(at - 6, 0), min(at + 6, len(text))
    while start > 0 and (text[start - 1].isdigit() or text[start - 1] in ",.\u2060"):
        start -= 1  # never from the middle of a number
    while end < len(text) and (text[end].isdigit() or text[end] in ",.\u2060"):
        end += 1
    return text[start:end].replace("\u2060", "")


def _excerpt(text: str) -> str:
    text = " ".join(text.split())
    return f"'{text[:60]}…'" if len(text) > 60 else f"'{text}'"
