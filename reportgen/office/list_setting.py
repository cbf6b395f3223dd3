"""How a deck sets its lists and its continuations, as a reader sees them: a line of names set
centred and large is a poster, not a list (review QQ1: 'Partnerzy: Miasto Lublin, …' at 24 pt,
centred; QQ2: 'Patrocinadores: Banco Planalto, …'); a slide titled as the continuation of another
holds what that slide holds (review QQ1: 'Winners by category (continued)' over the winners' list,
after two slides of people). The document check calls these on each deck (office/quality.py)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Any

from pptx.enum.text import PP_ALIGN

from reportgen.office.lone_texts import lone_text, opens_quotation
from reportgen.office.powerpoint.fit import EMU_PER_PT, inherited_size, text_em

#: A continuation's title: a slide's title and a short word in brackets after it ('(continued)',
#: '(cd.)', '(forts.)', '（続き）'), in any language.
_CONTINUED = re.compile(r"^(?P<stem>.*\S)\s*[(（][^()（）]{1,24}[)）]\s*$")
#: A paragraph set at this size or larger is a statement's, not a tile's label or a footer's.
STATEMENT_PT = 20.0
#: Below this share of its height a shape is the slide's footer (its sources), not its body.
FOOT_SHARE = 0.85


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


def unlike_continuations(slides: Sequence[Any], shown: str, height: int) -> list[str]:
    """A slide titled as the continuation of an earlier one ('<title> (continued)') whose body is
    another kind of content than that slide's: a list of names or results after people and their
    words, people after a list, text after either. The slide it continues is the nearest before
    it whose title or kicker is its title's stem."""
    read = [(_titles(slide, height), _kind(slide, height)) for slide in slides]
    warnings = []
    for number, ((title, _), kind) in enumerate(read, start=1):
        match = _CONTINUED.match(title)
        if not match or not kind:
            continue
        stem = match["stem"]
        for (before_title, kicker), before_kind in reversed(read[: number - 1]):
            named = _CONTINUED.match(before_title)
            if stem not in (before_title, kicker, named["stem"] if named else ""):
                continue
            # a chart's slide continued by text is the plan's own title's business (the text a
            # chart leaves: plan/slide_titles.py); here people, lists and text apart
            if before_kind and before_kind != kind and "chart" not in (kind, before_kind):
                warnings.append(
                    f"{shown}: slide {number}: titled '{title}', it holds {_WORDS[kind]}, where the slide "
                    f"it continues holds {_WORDS[before_kind]}; give it a title of its own"
                )
            break
    return warnings


def narrow_continued_lists(
    slides: Sequence[Any], shown: str, height: int, sizes: dict[Any, float]
) -> list[str]:
    """A list continued on a '(continued)' slide while it stands in one column whose longest line
    uses under NARROW of its box's width (review UU2 F2: the gala's 16 sponsors over two slides
    of one narrow column, the right half of both empty): set in two or three columns, the list
    would fit one slide."""
    read = [(_titles(slide, height), _kind(slide, height)) for slide in slides]
    warnings = []
    for number, ((title, _), kind) in enumerate(read, start=1):
        match = _CONTINUED.match(title)
        if not match or kind != "list":
            continue
        stem = match["stem"]
        for index in range(number - 2, -1, -1):
            (before_title, kicker), before_kind = read[index]
            named = _CONTINUED.match(before_title)
            if stem not in (before_title, kicker, named["stem"] if named else ""):
                continue
            if before_kind == "list" and all(_narrow(slides[i], height, sizes) for i in (index, number - 1)):
                warnings.append(
                    f"{shown}: slide {number}: the list on slide {index + 1} goes on here in one column "
                    f"that uses under {NARROW:.0%} of its width; set it in columns, on one slide"
                )
            break
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


_WORDS = {"voices": "people's words", "list": "a list", "text": "text", "chart": "a chart"}


def _titles(slide: Any, height: int) -> tuple[str, str]:
    """A slide's title and its kicker (the short line above the title), as printed."""
    title = slide.shapes.title
    if title is None or not title.has_text_frame:
        return "", ""
    top = float(title.top or 0)
    above = [
        " ".join(s.text_frame.text.split())
        for s in slide.shapes
        if s.has_text_frame and s.shape_id != title.shape_id and float(s.top or 0) < top
    ]
    return " ".join(title.text_frame.text.split()), next((t for t in above if t), "")


def _kind(slide: Any, height: int) -> str:
    """What a slide's body holds: 'chart' (a chart or a picture), 'voices' (a quotation among its
    text), 'list' (lines without a sentence's end), 'text', or '' (nothing)."""
    title = slide.shapes.title
    below = float(title.top or 0) + float(title.height or 0) if title is not None else 0.0
    body = [s for s in slide.shapes if float(s.top or 0) >= below and float(s.top or 0) < FOOT_SHARE * height]
    if any(getattr(s, "has_chart", False) or s.shape_type == 13 for s in body):  # 13: a picture
        return "chart"
    lines = [
        " ".join(p.text.split())
        for s in body
        if s.has_text_frame
        for p in s.text_frame.paragraphs
        if p.text.strip()
    ]
    if not lines:
        return ""
    if any(opens_quotation(line) for line in lines):
        return "voices"
    # a list's items under a lead sentence are a list still ('Espositori', its lead, 30 names)
    ended = sum(1 for line in lines if _SENTENCE_END.search(line))
    return "list" if 2 * ended < len(lines) else "text"


#: A sentence's end at a line's end: a stop, in Latin scripts or full width.
_SENTENCE_END = re.compile(r"[.!?。！？][\s\u00a0»”’\"')]*$")
