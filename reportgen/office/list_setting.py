"""How a deck sets its lists, as a reader sees them: a line of names set centred and large is a
poster, not a list (review QQ1: 'Partnerzy: Miasto Lublin, …' at 24 pt, centred; QQ2:
'Patrocinadores: Banco Planalto, …'); a long list of short names continued on another slide in one
narrow column wants columns (review UU2 F2). The document check calls these on each deck
(office/quality.py); a continuation of another kind is office/slide_runs.py's."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from pptx.enum.text import PP_ALIGN

from reportgen.office.lone_texts import lone_text
from reportgen.office.powerpoint.fit import EMU_PER_PT, inherited_size, text_em
from reportgen.office.slide_runs import FOOT_SHARE, continuations, slide_kind

#: A paragraph set at this size or larger is a statement's, not a tile's label or a footer's.
STATEMENT_PT = 20.0


def list_statements(slide: Any, where: str) -> Iterator[str]:
    """A paragraph of the slide's body that is one line of names (office/lone_texts.py: a list)
    set centred, as a statement, where the statement is lists alone: set it as a list, an item a
    line. A list's line among the figures' lines of a short slide is set with them (the plan's
    `DeckPage.pull`: the Test Expo's 'Who came', Harbourside's 'Halls: …' beside its counts)."""
    title = slide.shapes.title
    centred: list[str] = []
    for shape in slide.shapes:
        if not shape.has_text_frame or (title is not None and shape.shape_id == title.shape_id):
            continue
        for paragraph in shape.text_frame.paragraphs:
            text = " ".join(paragraph.text.split())
            sizes = [run.font.size.pt for run in paragraph.runs if run.font.size is not None]
            large = max(sizes, default=0.0) >= STATEMENT_PT  # not a tile's small label
            if large and paragraph.alignment == PP_ALIGN.CENTER and text:
                centred.append(text)
    if not centred or any(lone_text([text]) != "list" for text in centred):
        return
    for text in centred:
        yield (
            f"{where}: the list '{text[:40]}…' is set centred as a statement; set its items as a "
            "list, one a line (in columns where many)"
        )


def narrow_continued_lists(
    slides: Sequence[Any], shown: str, height: int, sizes: dict[Any, float], locale: str, area: int
) -> list[str]:
    """A list continued on a '(continued)' slide while it stands in one column whose longest line
    uses under NARROW of its box's width (review UU2 F2: the gala's 16 sponsors over two slides
    of one narrow column, the right half of both empty): set in two or three columns, the list
    would fit one slide. Continuations as office/slide_runs.py reads them."""
    warnings = []
    for at, start in continuations(slides, locale):
        lists = all(slide_kind(slides[i], area, height) == "a list" for i in (start, at))
        if lists and all(_narrow(slides[i], height, sizes) for i in (start, at)):
            warnings.append(
                f"{shown}: slide {at + 1}: the list on slide {start + 1} goes on here in one column "
                f"that uses under {NARROW:.0%} of its width; set it in columns, on one slide"
            )
    return warnings


#: A list's one column whose longest line takes less than this share of its box is narrow.
NARROW = 0.5


def _narrow(slide: Any, height: int, sizes: dict[Any, float]) -> bool:
    """Whether a slide's body is one text box (one column) whose longest line uses under NARROW
    of the box's width."""
    title = slide.shapes.title
    below = float(title.top or 0) + float(title.height or 0) if title is not None else 0.0
    body = [
        s
        for s in slide.shapes
        if s.has_text_frame
        and s.text_frame.text.strip()
        and below <= float(s.top or 0) < FOOT_SHARE * height
        and (title is None or s.shape_id != title.shape_id)
    ]
    lists = [s for s in body if len([p for p in s.text_frame.paragraphs if p.text.strip()]) > 2]
    if len(lists) != 1 or not lists[0].width:
        return False
    shape = lists[0]
    size = inherited_size(shape, sizes)
    widest = 0.0
    for paragraph in shape.text_frame.paragraphs:
        if not paragraph.text.strip():
            continue
        pts = [run.font.size.pt for run in paragraph.runs if run.font.size is not None]
        widest = max(widest, text_em(" ".join(paragraph.text.split())) * (max(pts) if pts else size))
    return widest * EMU_PER_PT < NARROW * float(shape.width)
