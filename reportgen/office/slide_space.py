"""How a slide uses its space, as the document check (office/quality.py) reads it: near-empty (its
content covers less than LEAST_COVERED), a few sources alone, a body of one or two lines, one
sentence or one quote alone, a statement set too small; the footer, which does not count."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from typing import Any

from reportgen.office.broken_numbers import _excerpt
from reportgen.office.lone_texts import lone_text
from reportgen.office.ooxml import qn
from reportgen.office.powerpoint.fit import (
    STATEMENT_MAX_PT,
    _paragraph_size,
    autofit_scale,
    inherited_size,
    is_statement,
    text_em,
    text_height,
)
from reportgen.office.shape_boxes import (
    _DECORATION,
    _EMU_PER_PT,
    _INSET_EMU,
    _area,
    _content_box,
    _is_tile,
    _shows_something,
    _span,
    _text_extent,
)

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


def cites_only(slide: Any, cited: Sequence[str]) -> bool:
    """Whether a slide's every paragraph but one (its title) cites one of the event's sources
    (`cited`: their titles): a Sources slide, in any template."""
    titles = [_bare(t) for t in cited if t.strip()]
    if not titles:
        return False
    paragraphs = [_bare(text) for shape in slide.shapes for text in _paragraph_texts(shape)]
    listed = [p for p in paragraphs if any(t in p for t in titles)]
    return bool(listed) and len(paragraphs) - len(listed) <= 1


def closing_slide(slides: Sequence[Any], cited: Sequence[str]) -> int:
    """The number of the deck's closing slide: its last, or the last before the Sources slides that
    end it (`cites_only`). A closing section the plan sets alone as a statement, where no slide
    before it had room (plan/folding.py: it stays last), stands there by the plan's choice (review
    SS1 #9: 'Næste år' and 'Next year' before their Sources slide were named as leftovers)."""
    number = len(slides)
    while number > 1 and cites_only(slides[number - 1], cited):
        number -= 1
    return number


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
    kind = lone_text([text for shape in body for text in _paragraph_texts(shape)])
    if (
        kind != "list"
        and title is not None
        and any(
            float(s.top or 0) < float(title.top or 0) and _paragraph_texts(s) for s in shapes if s not in body
        )
    ):
        # a kicker over its title: the title states what the slide says, not its name; a list of
        # names alone is a leftover under any title (review OO1: the nl fair's six sponsors, set
        # large under 'Hoofdsponsors', the kicker 'Bezoekers en exposanten' over it)
        return []
    lines = sum(count for shape in body for count, _, _ in _paragraph_lines(shape, sizes))
    if not kind or lines > LONE_LINES:
        return []
    said = " ".join(text for shape in body for text in _paragraph_texts(shape))
    if kind == "list":
        return [
            f"{where}: its body is one list alone ({_excerpt(said)}); set it as a line on the closing "
            "slide or among its section's other text"
        ]
    return [
        f"{where}: its body is one {kind} alone ({_excerpt(said)}); make it the lead of a slide "
        "beside it (its chart's, its tiles') or join it to its section's other slide"
    ]


#: A slide of text alone whose lines end above this share of its height leaves its lower half
#: empty: a user's slide of five short bullets at 24 pt set from the top of its body. gipfel-zh's
#: '展会概况', five short lines set from the top of the box a statement's type was to fill, ended
#: at 57 % of the slide (61 % as `fit.text_height` measures it, which promises no room that is
#: not there) before the renderer spread them (powerpoint/top_anchor.py); a block of one or two
#: paragraphs already set at its title's size (the zh marathon's '奖金与成绩', 53 %) is the plan's
#: to fold, and is not named until the plan can.
LOWEST_FOOT = 0.5


def _empty_foot(
    shapes: list[Any],
    title: Any,
    area: int,
    height: int,
    where: str,
    sizes: dict[Any, float],
    floor: float | None = None,
) -> list[str]:
    """A slide of text alone (no picture, chart, table or tile) whose body's lines, where their
    anchor and their spacing set them (`fit.text_height`), end above LOWEST_FOOT of the slide:
    what a reader sees is a slide whose lower part is empty, however large the body's box is (a
    user's template too). A statement (centred in the middle, set large) is display type, which
    `_small_statement` measures. `floor`: where the slide's footer text starts (`_top_heavy`)."""
    if (
        title is None
        or not height
        or any(_shows_something(s) and _area(s) >= _DECORATION * area for s in shapes)
    ):
        return []
    below = float(title.top or 0) + float(title.height or 0)
    feet = [
        foot
        for shape in shapes
        if shape.shape_id != title.shape_id
        and float(shape.top or 0) >= below
        and (foot := _text_foot(shape, sizes)) is not None
    ]
    statements = (
        is_statement(s._element, s.width or 0, s.height or 0, inherited_size(s, sizes))
        for s in shapes
        if s.has_text_frame
    )
    if any(statements):
        return []
    if not feet:
        return []
    empty = round((1 - max(feet) / height) * 100)
    if max(feet) < LOWEST_FOOT * height:
        return [
            f"{where}: its text ends above the lower {empty} % of the slide, which is left empty; "
            "spread it over the slide, set it larger, or fold it into another slide"
        ]
    room = (height, float(height) if floor is None else floor)
    return _top_heavy(shapes, below, max(feet), area, room, where, sizes)


#: A slide of text alone whose text under its title covers less than this share of it (each line's
#: length by its height: a full list of bullets, WAIC's closing ceremony, covers 32 %) ...
FULL_INK = 0.3
#: ... and leaves at least this share of its height empty under its lines ...
EMPTY_UNDER = 0.25
#: ... more than this many times the room between its title and its first line, sits at the top of
#: a slide it leaves empty: WAIC's 'Signed projects and investment' (two paragraphs at 32 pt set
#: from the top of their box) left 175 pt under its lines and 16 pt over them (11 times), the
#: Danish biennale's 'Salg og ordrer' 177 and 16; set in the middle of the room under their title
#: (powerpoint/top_anchor.py), 122 and 69, 123 and 70 (1.7 times).
LOPSIDED = 3.0


def _top_heavy(
    shapes: list[Any],
    below: float,
    foot: float,
    area: int,
    room: tuple[int, float],
    where: str,
    sizes: dict[Any, float],
) -> list[str]:
    """A slide of text alone (not a statement: `_empty_foot` asks) whose text covers less than
    FULL_INK of it and sits at its top, under its title (`below`: the title's foot), leaving more
    than EMPTY_UNDER of the slide's height empty between its last line (`foot`) and its footer's
    text (`room`: the slide's height, and where its footer's text starts or its foot), LOPSIDED
    times the room over its first: a reader sees a few lines at the top of an empty slide, in a
    user's template too."""
    height, floor = room
    under_title = [s for s in shapes if (top := _text_top(s, sizes)) is not None and top >= below]
    tops = [_text_top(shape, sizes) or 0.0 for shape in under_title]
    if not tops or _ink(under_title, sizes) >= FULL_INK * area:
        return []
    under, over = floor - foot, max(min(tops) - below, 0.0)
    if under < EMPTY_UNDER * height or under <= LOPSIDED * over:
        return []
    return [
        f"{where}: its text sits at the top of the slide, {round(over / _EMU_PER_PT)} pt under its title, "
        f"and leaves the lower {round(under / height * 100)} % of it empty; set it in the middle of the "
        "room under its title (anchor: middle), set it larger, or give the slide more to show"
    ]


def _text_top(shape: Any, sizes: dict[Any, float]) -> float | None:
    """Where a text shape's first line starts (EMU from the slide's top), its anchor and its top
    inset counted (a list's columns set together in the middle of their boxes: powerpoint/
    list_columns.py); None for a shape without text."""
    foot = _text_foot(shape, sizes)
    if foot is None:
        return None
    used = text_height(shape._element, int(shape.width), inherited_size(shape, sizes))
    body_pr = shape._element.find(f"{qn('p:txBody')}/{qn('a:bodyPr')}")
    inset = body_pr.get("tIns", "") if body_pr is not None else ""
    return foot - min(used, float(shape.height)) + (int(inset) if inset.isdigit() else 45720)


def _text_foot(shape: Any, sizes: dict[Any, float]) -> float | None:
    """Where a text shape's last line ends (EMU from the slide's top), its anchor counted; None
    for a shape without text."""
    if not shape.has_text_frame or not _paragraph_texts(shape) or not shape.height or not shape.width:
        return None
    used = text_height(shape._element, int(shape.width), inherited_size(shape, sizes))
    body_pr = shape._element.find(f"{qn('p:txBody')}/{qn('a:bodyPr')}")
    anchor = body_pr.get("anchor") if body_pr is not None else None
    slack = max(float(shape.height) - used, 0.0)
    return (
        float(shape.top or 0)
        + {"ctr": slack / 2, "b": slack}.get(anchor or "t", 0.0)
        + min(used, float(shape.height))
    )


#: A statement's text covers at least this share of its slide, unless it is set at STATEMENT_MAX_PT.
LEAST_STATEMENT_INK = 0.12


def _small_statement(
    shape: Any, area: int, where: str, sizes: dict[Any, float], most: float = STATEMENT_MAX_PT
) -> list[str]:
    """A statement (office/powerpoint/fit.py: `is_statement`) set smaller than it may be (`most`)
    whose text covers less than LEAST_STATEMENT_INK of the slide: a line lost in the middle of an
    empty slide."""
    if not shape.has_text_frame:
        return []
    default = inherited_size(shape, sizes)
    if not is_statement(shape._element, shape.width or 0, shape.height or 0, default):
        return []
    lengths = list(_paragraph_lengths(shape, sizes))
    ink = _ink([shape], sizes) / area
    size = max((size for _, size in lengths), default=0.0)
    most = min(most, STATEMENT_MAX_PT)
    if ink >= LEAST_STATEMENT_INK or size >= most - 1:
        return []
    text = " ".join(_paragraph_texts(shape))
    return [
        f"{where}: the statement '{text[:30]}' covers only {round(ink * 100)} % of the slide at {size:g} pt; "
        f"set it larger (up to {most:g} pt) so that it fills its box"
    ]


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
